from typing import Literal, cast

MusicModel = Literal["music_v1", "music_v2"]

MUSIC_MODEL_VALUES: set[MusicModel] = {
    "music_v1",
    "music_v2",
}


def check_music_model(value: str) -> MusicModel:
    """Accept ``value`` as a MusicModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MUSIC_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MusicModel, value)
