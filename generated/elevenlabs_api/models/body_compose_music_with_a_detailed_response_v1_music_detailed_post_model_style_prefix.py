from typing import Literal, cast

BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix = Literal["music", "sfx"]

BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES: set[
    BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix
] = {
    "music",
    "sfx",
}


def check_body_compose_music_with_a_detailed_response_v1_music_detailed_post_model_style_prefix(
    value: str,
) -> BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix:
    """Accept ``value`` as a BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix, value)
