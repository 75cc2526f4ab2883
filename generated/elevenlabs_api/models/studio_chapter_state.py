from typing import Literal, cast

StudioChapterState = Literal["converting", "default"]

STUDIO_CHAPTER_STATE_VALUES: set[StudioChapterState] = {
    "converting",
    "default",
}


def check_studio_chapter_state(value: str) -> StudioChapterState:
    """Accept ``value`` as a StudioChapterState.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CHAPTER_STATE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioChapterState, value)
