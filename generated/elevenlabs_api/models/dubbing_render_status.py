from typing import Literal, cast

DubbingRenderStatus = Literal["complete", "failed", "processing"]

DUBBING_RENDER_STATUS_VALUES: set[DubbingRenderStatus] = {
    "complete",
    "failed",
    "processing",
}


def check_dubbing_render_status(value: str) -> DubbingRenderStatus:
    """Accept ``value`` as a DubbingRenderStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_RENDER_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingRenderStatus, value)
