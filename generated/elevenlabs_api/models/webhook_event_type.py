from typing import Literal, cast

WebhookEventType = Literal[
    "audio", "call_initiation_failure", "transcript", "unredacted_audio", "unredacted_transcript"
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "audio",
    "call_initiation_failure",
    "transcript",
    "unredacted_audio",
    "unredacted_transcript",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    """Accept ``value`` as a WebhookEventType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WEBHOOK_EVENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WebhookEventType, value)
