from typing import Literal, cast

StudioChapterBlockInputSubTypeType0 = Literal["h1", "h2", "h3", "p"]

STUDIO_CHAPTER_BLOCK_INPUT_SUB_TYPE_TYPE_0_VALUES: set[StudioChapterBlockInputSubTypeType0] = {
    "h1",
    "h2",
    "h3",
    "p",
}


def check_studio_chapter_block_input_sub_type_type_0(value: str) -> StudioChapterBlockInputSubTypeType0:
    """Accept ``value`` as a StudioChapterBlockInputSubTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CHAPTER_BLOCK_INPUT_SUB_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioChapterBlockInputSubTypeType0, value)
