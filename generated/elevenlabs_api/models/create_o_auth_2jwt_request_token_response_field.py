from typing import Literal, cast

CreateOAuth2JWTRequestTokenResponseField = Literal["access_token", "id_token"]

CREATE_O_AUTH_2JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES: set[CreateOAuth2JWTRequestTokenResponseField] = {
    "access_token",
    "id_token",
}


def check_create_o_auth_2jwt_request_token_response_field(value: str) -> CreateOAuth2JWTRequestTokenResponseField:
    """Accept ``value`` as a CreateOAuth2JWTRequestTokenResponseField.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CREATE_O_AUTH_2JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CreateOAuth2JWTRequestTokenResponseField, value)
