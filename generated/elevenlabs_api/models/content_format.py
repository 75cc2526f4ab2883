from typing import Literal, cast

ContentFormat = Literal["html", "markdown"]

CONTENT_FORMAT_VALUES: set[ContentFormat] = {
    "html",
    "markdown",
}


def check_content_format(value: str) -> ContentFormat:
    """Accept ``value`` as a ContentFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONTENT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ContentFormat, value)
