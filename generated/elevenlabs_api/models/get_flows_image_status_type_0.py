from typing import Literal, cast

GetFlowsImageStatusType0 = Literal["completed", "failed", "generating", "pending"]

GET_FLOWS_IMAGE_STATUS_TYPE_0_VALUES: set[GetFlowsImageStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_get_flows_image_status_type_0(value: str) -> GetFlowsImageStatusType0:
    """Accept ``value`` as a GetFlowsImageStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_FLOWS_IMAGE_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetFlowsImageStatusType0, value)
