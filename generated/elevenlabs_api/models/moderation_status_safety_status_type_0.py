from typing import Literal, cast

ModerationStatusSafetyStatusType0 = Literal["appeal_approved", "appeal_denied", "false_positive"]

MODERATION_STATUS_SAFETY_STATUS_TYPE_0_VALUES: set[ModerationStatusSafetyStatusType0] = {
    "appeal_approved",
    "appeal_denied",
    "false_positive",
}


def check_moderation_status_safety_status_type_0(value: str) -> ModerationStatusSafetyStatusType0:
    """Accept ``value`` as a ModerationStatusSafetyStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MODERATION_STATUS_SAFETY_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ModerationStatusSafetyStatusType0, value)
