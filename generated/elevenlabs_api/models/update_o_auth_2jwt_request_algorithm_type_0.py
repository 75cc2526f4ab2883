from typing import Literal, cast

UpdateOAuth2JWTRequestAlgorithmType0 = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

UPDATE_O_AUTH_2JWT_REQUEST_ALGORITHM_TYPE_0_VALUES: set[UpdateOAuth2JWTRequestAlgorithmType0] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_update_o_auth_2jwt_request_algorithm_type_0(value: str) -> UpdateOAuth2JWTRequestAlgorithmType0:
    """Accept ``value`` as a UpdateOAuth2JWTRequestAlgorithmType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``UPDATE_O_AUTH_2JWT_REQUEST_ALGORITHM_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UpdateOAuth2JWTRequestAlgorithmType0, value)
