from typing import Literal, cast

ConvaiDocumentUsageMode = Literal["auto", "prompt"]

CONVAI_DOCUMENT_USAGE_MODE_VALUES: set[ConvaiDocumentUsageMode] = {
    "auto",
    "prompt",
}


def check_convai_document_usage_mode(value: str) -> ConvaiDocumentUsageMode:
    """Accept ``value`` as a ConvaiDocumentUsageMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_DOCUMENT_USAGE_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiDocumentUsageMode, value)
