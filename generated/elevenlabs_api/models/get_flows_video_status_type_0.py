from typing import Literal, cast

GetFlowsVideoStatusType0 = Literal["completed", "failed", "generating", "pending"]

GET_FLOWS_VIDEO_STATUS_TYPE_0_VALUES: set[GetFlowsVideoStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_get_flows_video_status_type_0(value: str) -> GetFlowsVideoStatusType0:
    """Accept ``value`` as a GetFlowsVideoStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_FLOWS_VIDEO_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetFlowsVideoStatusType0, value)
