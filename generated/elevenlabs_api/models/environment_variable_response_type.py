from typing import Literal, cast

EnvironmentVariableResponseType = Literal["auth_connection", "secret", "string"]

ENVIRONMENT_VARIABLE_RESPONSE_TYPE_VALUES: set[EnvironmentVariableResponseType] = {
    "auth_connection",
    "secret",
    "string",
}


def check_environment_variable_response_type(value: str) -> EnvironmentVariableResponseType:
    """Accept ``value`` as a EnvironmentVariableResponseType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ENVIRONMENT_VARIABLE_RESPONSE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(EnvironmentVariableResponseType, value)
