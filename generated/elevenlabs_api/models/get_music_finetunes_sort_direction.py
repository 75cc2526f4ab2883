from typing import Literal, cast

GetMusicFinetunesSortDirection = Literal["asc", "desc"]

GET_MUSIC_FINETUNES_SORT_DIRECTION_VALUES: set[GetMusicFinetunesSortDirection] = {
    "asc",
    "desc",
}


def check_get_music_finetunes_sort_direction(value: str) -> GetMusicFinetunesSortDirection:
    """Accept ``value`` as a GetMusicFinetunesSortDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_MUSIC_FINETUNES_SORT_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetMusicFinetunesSortDirection, value)
