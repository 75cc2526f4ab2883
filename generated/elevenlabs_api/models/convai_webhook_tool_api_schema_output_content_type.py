from typing import Literal, cast

ConvaiWebhookToolApiSchemaOutputContentType = Literal["application/json", "application/x-www-form-urlencoded"]

CONVAI_WEBHOOK_TOOL_API_SCHEMA_OUTPUT_CONTENT_TYPE_VALUES: set[ConvaiWebhookToolApiSchemaOutputContentType] = {
    "application/json",
    "application/x-www-form-urlencoded",
}


def check_convai_webhook_tool_api_schema_output_content_type(value: str) -> ConvaiWebhookToolApiSchemaOutputContentType:
    """Accept ``value`` as a ConvaiWebhookToolApiSchemaOutputContentType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WEBHOOK_TOOL_API_SCHEMA_OUTPUT_CONTENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWebhookToolApiSchemaOutputContentType, value)
