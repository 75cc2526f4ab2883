from typing import Literal, cast

FineTuningStateAdditionalProperty = Literal["delayed", "failed", "fine_tuned", "fine_tuning", "not_started", "queued"]

FINE_TUNING_STATE_ADDITIONAL_PROPERTY_VALUES: set[FineTuningStateAdditionalProperty] = {
    "delayed",
    "failed",
    "fine_tuned",
    "fine_tuning",
    "not_started",
    "queued",
}


def check_fine_tuning_state_additional_property(value: str) -> FineTuningStateAdditionalProperty:
    """Accept ``value`` as a FineTuningStateAdditionalProperty.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``FINE_TUNING_STATE_ADDITIONAL_PROPERTY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(FineTuningStateAdditionalProperty, value)
