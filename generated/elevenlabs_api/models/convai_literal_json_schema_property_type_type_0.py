from typing import Literal, cast

ConvaiLiteralJsonSchemaPropertyTypeType0 = Literal["boolean", "integer", "number", "string"]

CONVAI_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES: set[ConvaiLiteralJsonSchemaPropertyTypeType0] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_convai_literal_json_schema_property_type_type_0(value: str) -> ConvaiLiteralJsonSchemaPropertyTypeType0:
    """Accept ``value`` as a ConvaiLiteralJsonSchemaPropertyTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiLiteralJsonSchemaPropertyTypeType0, value)
