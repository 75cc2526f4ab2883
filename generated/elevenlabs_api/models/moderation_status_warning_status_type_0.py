from typing import Literal, cast

ModerationStatusWarningStatusType0 = Literal["warning", "warning_cleared"]

MODERATION_STATUS_WARNING_STATUS_TYPE_0_VALUES: set[ModerationStatusWarningStatusType0] = {
    "warning",
    "warning_cleared",
}


def check_moderation_status_warning_status_type_0(value: str) -> ModerationStatusWarningStatusType0:
    """Accept ``value`` as a ModerationStatusWarningStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MODERATION_STATUS_WARNING_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ModerationStatusWarningStatusType0, value)
