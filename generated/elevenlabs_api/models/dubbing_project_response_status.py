from typing import Literal, cast

DubbingProjectResponseStatus = Literal["failed", "preparing", "processing", "queued", "ready"]

DUBBING_PROJECT_RESPONSE_STATUS_VALUES: set[DubbingProjectResponseStatus] = {
    "failed",
    "preparing",
    "processing",
    "queued",
    "ready",
}


def check_dubbing_project_response_status(value: str) -> DubbingProjectResponseStatus:
    """Accept ``value`` as a DubbingProjectResponseStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_PROJECT_RESPONSE_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingProjectResponseStatus, value)
