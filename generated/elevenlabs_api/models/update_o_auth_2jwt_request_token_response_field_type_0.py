from typing import Literal, cast

UpdateOAuth2JWTRequestTokenResponseFieldType0 = Literal["access_token", "id_token"]

UPDATE_O_AUTH_2JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES: set[UpdateOAuth2JWTRequestTokenResponseFieldType0] = {
    "access_token",
    "id_token",
}


def check_update_o_auth_2jwt_request_token_response_field_type_0(
    value: str,
) -> UpdateOAuth2JWTRequestTokenResponseFieldType0:
    """Accept ``value`` as a UpdateOAuth2JWTRequestTokenResponseFieldType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``UPDATE_O_AUTH_2JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UpdateOAuth2JWTRequestTokenResponseFieldType0, value)
