from typing import Literal, cast

StudioSourceType = Literal["article", "blank", "book", "genfm", "screenplay", "video"]

STUDIO_SOURCE_TYPE_VALUES: set[StudioSourceType] = {
    "article",
    "blank",
    "book",
    "genfm",
    "screenplay",
    "video",
}


def check_studio_source_type(value: str) -> StudioSourceType:
    """Accept ``value`` as a StudioSourceType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_SOURCE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioSourceType, value)
