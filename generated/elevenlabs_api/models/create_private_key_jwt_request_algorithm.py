from typing import Literal, cast

CreatePrivateKeyJWTRequestAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES: set[CreatePrivateKeyJWTRequestAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_create_private_key_jwt_request_algorithm(value: str) -> CreatePrivateKeyJWTRequestAlgorithm:
    """Accept ``value`` as a CreatePrivateKeyJWTRequestAlgorithm.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CreatePrivateKeyJWTRequestAlgorithm, value)
