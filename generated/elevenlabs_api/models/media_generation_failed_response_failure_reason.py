from typing import Literal, cast

MediaGenerationFailedResponseFailureReason = Literal[
    "charging_failed",
    "dependency_failed",
    "internal_error",
    "invalid_parameters",
    "model_error",
    "moderated",
    "timeout",
]

MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_VALUES: set[MediaGenerationFailedResponseFailureReason] = {
    "charging_failed",
    "dependency_failed",
    "internal_error",
    "invalid_parameters",
    "model_error",
    "moderated",
    "timeout",
}


def check_media_generation_failed_response_failure_reason(value: str) -> MediaGenerationFailedResponseFailureReason:
    """Accept ``value`` as a MediaGenerationFailedResponseFailureReason.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MediaGenerationFailedResponseFailureReason, value)
