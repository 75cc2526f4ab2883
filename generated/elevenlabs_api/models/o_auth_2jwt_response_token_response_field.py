from typing import Literal, cast

OAuth2JWTResponseTokenResponseField = Literal["access_token", "id_token"]

O_AUTH_2JWT_RESPONSE_TOKEN_RESPONSE_FIELD_VALUES: set[OAuth2JWTResponseTokenResponseField] = {
    "access_token",
    "id_token",
}


def check_o_auth_2jwt_response_token_response_field(value: str) -> OAuth2JWTResponseTokenResponseField:
    """Accept ``value`` as a OAuth2JWTResponseTokenResponseField.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``O_AUTH_2JWT_RESPONSE_TOKEN_RESPONSE_FIELD_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(OAuth2JWTResponseTokenResponseField, value)
