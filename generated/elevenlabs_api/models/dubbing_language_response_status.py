from typing import Literal, cast

DubbingLanguageResponseStatus = Literal["completed", "failed", "processing", "queued", "stale"]

DUBBING_LANGUAGE_RESPONSE_STATUS_VALUES: set[DubbingLanguageResponseStatus] = {
    "completed",
    "failed",
    "processing",
    "queued",
    "stale",
}


def check_dubbing_language_response_status(value: str) -> DubbingLanguageResponseStatus:
    """Accept ``value`` as a DubbingLanguageResponseStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LANGUAGE_RESPONSE_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingLanguageResponseStatus, value)
