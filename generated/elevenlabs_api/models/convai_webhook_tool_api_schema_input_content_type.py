from typing import Literal, cast

ConvaiWebhookToolApiSchemaInputContentType = Literal["application/json", "application/x-www-form-urlencoded"]

CONVAI_WEBHOOK_TOOL_API_SCHEMA_INPUT_CONTENT_TYPE_VALUES: set[ConvaiWebhookToolApiSchemaInputContentType] = {
    "application/json",
    "application/x-www-form-urlencoded",
}


def check_convai_webhook_tool_api_schema_input_content_type(value: str) -> ConvaiWebhookToolApiSchemaInputContentType:
    """Accept ``value`` as a ConvaiWebhookToolApiSchemaInputContentType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WEBHOOK_TOOL_API_SCHEMA_INPUT_CONTENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWebhookToolApiSchemaInputContentType, value)
