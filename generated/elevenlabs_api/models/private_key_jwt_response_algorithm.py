from typing import Literal, cast

PrivateKeyJWTResponseAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_VALUES: set[PrivateKeyJWTResponseAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_private_key_jwt_response_algorithm(value: str) -> PrivateKeyJWTResponseAlgorithm:
    """Accept ``value`` as a PrivateKeyJWTResponseAlgorithm.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PrivateKeyJWTResponseAlgorithm, value)
