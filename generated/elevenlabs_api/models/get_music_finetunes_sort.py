from typing import Literal, cast

GetMusicFinetunesSort = Literal["created_at", "name"]

GET_MUSIC_FINETUNES_SORT_VALUES: set[GetMusicFinetunesSort] = {
    "created_at",
    "name",
}


def check_get_music_finetunes_sort(value: str) -> GetMusicFinetunesSort:
    """Accept ``value`` as a GetMusicFinetunesSort.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_MUSIC_FINETUNES_SORT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetMusicFinetunesSort, value)
