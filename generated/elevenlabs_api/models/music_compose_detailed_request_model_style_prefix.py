from typing import Literal, cast

MusicComposeDetailedRequestModelStylePrefix = Literal["music", "sfx"]

MUSIC_COMPOSE_DETAILED_REQUEST_MODEL_STYLE_PREFIX_VALUES: set[MusicComposeDetailedRequestModelStylePrefix] = {
    "music",
    "sfx",
}


def check_music_compose_detailed_request_model_style_prefix(value: str) -> MusicComposeDetailedRequestModelStylePrefix:
    """Accept ``value`` as a MusicComposeDetailedRequestModelStylePrefix.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MUSIC_COMPOSE_DETAILED_REQUEST_MODEL_STYLE_PREFIX_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MusicComposeDetailedRequestModelStylePrefix, value)
