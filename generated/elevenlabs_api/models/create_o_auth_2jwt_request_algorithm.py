from typing import Literal, cast

CreateOAuth2JWTRequestAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

CREATE_O_AUTH_2JWT_REQUEST_ALGORITHM_VALUES: set[CreateOAuth2JWTRequestAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_create_o_auth_2jwt_request_algorithm(value: str) -> CreateOAuth2JWTRequestAlgorithm:
    """Accept ``value`` as a CreateOAuth2JWTRequestAlgorithm.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CREATE_O_AUTH_2JWT_REQUEST_ALGORITHM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CreateOAuth2JWTRequestAlgorithm, value)
