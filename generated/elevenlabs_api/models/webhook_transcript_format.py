from typing import Literal, cast

WebhookTranscriptFormat = Literal["json", "opentelemetry"]

WEBHOOK_TRANSCRIPT_FORMAT_VALUES: set[WebhookTranscriptFormat] = {
    "json",
    "opentelemetry",
}


def check_webhook_transcript_format(value: str) -> WebhookTranscriptFormat:
    """Accept ``value`` as a WebhookTranscriptFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WEBHOOK_TRANSCRIPT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WebhookTranscriptFormat, value)
