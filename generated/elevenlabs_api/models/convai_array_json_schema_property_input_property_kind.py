from typing import Literal, cast

ConvaiArrayJsonSchemaPropertyInputPropertyKind = Literal["array", "object"]

CONVAI_ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ConvaiArrayJsonSchemaPropertyInputPropertyKind] = {
    "array",
    "object",
}


def check_convai_array_json_schema_property_input_property_kind(
    value: str,
) -> ConvaiArrayJsonSchemaPropertyInputPropertyKind:
    """Accept ``value`` as a ConvaiArrayJsonSchemaPropertyInputPropertyKind.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiArrayJsonSchemaPropertyInputPropertyKind, value)
