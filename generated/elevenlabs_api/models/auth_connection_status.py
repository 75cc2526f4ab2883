from typing import Literal, cast

AuthConnectionStatus = Literal["active", "credential_invalid", "refresh_failed", "revoked"]

AUTH_CONNECTION_STATUS_VALUES: set[AuthConnectionStatus] = {
    "active",
    "credential_invalid",
    "refresh_failed",
    "revoked",
}


def check_auth_connection_status(value: str) -> AuthConnectionStatus:
    """Accept ``value`` as a AuthConnectionStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUTH_CONNECTION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AuthConnectionStatus, value)
