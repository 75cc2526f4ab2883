from typing import Literal, cast

OAuth2JWTResponseAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

O_AUTH_2JWT_RESPONSE_ALGORITHM_VALUES: set[OAuth2JWTResponseAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_o_auth_2jwt_response_algorithm(value: str) -> OAuth2JWTResponseAlgorithm:
    """Accept ``value`` as a OAuth2JWTResponseAlgorithm.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``O_AUTH_2JWT_RESPONSE_ALGORITHM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(OAuth2JWTResponseAlgorithm, value)
