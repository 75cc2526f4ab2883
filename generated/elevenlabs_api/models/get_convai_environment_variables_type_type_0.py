from typing import Literal, cast

GetConvaiEnvironmentVariablesTypeType0 = Literal["auth_connection", "secret", "string"]

GET_CONVAI_ENVIRONMENT_VARIABLES_TYPE_TYPE_0_VALUES: set[GetConvaiEnvironmentVariablesTypeType0] = {
    "auth_connection",
    "secret",
    "string",
}


def check_get_convai_environment_variables_type_type_0(value: str) -> GetConvaiEnvironmentVariablesTypeType0:
    """Accept ``value`` as a GetConvaiEnvironmentVariablesTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_CONVAI_ENVIRONMENT_VARIABLES_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetConvaiEnvironmentVariablesTypeType0, value)
