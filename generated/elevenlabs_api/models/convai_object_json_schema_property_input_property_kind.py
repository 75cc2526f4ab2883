from typing import Literal, cast

ConvaiObjectJsonSchemaPropertyInputPropertyKind = Literal["array", "object"]

CONVAI_OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ConvaiObjectJsonSchemaPropertyInputPropertyKind] = {
    "array",
    "object",
}


def check_convai_object_json_schema_property_input_property_kind(
    value: str,
) -> ConvaiObjectJsonSchemaPropertyInputPropertyKind:
    """Accept ``value`` as a ConvaiObjectJsonSchemaPropertyInputPropertyKind.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiObjectJsonSchemaPropertyInputPropertyKind, value)
