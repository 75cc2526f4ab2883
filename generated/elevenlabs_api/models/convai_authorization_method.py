from typing import Literal, cast

ConvaiAuthorizationMethod = Literal[
    "audiocodes_api_key",
    "authorization_header",
    "avaya_api_key",
    "genesys_api_key",
    "invalid",
    "livekit_token",
    "livekit_token_website",
    "public",
    "shareable_link",
    "signed_url",
    "sms",
    "whatsapp",
]

CONVAI_AUTHORIZATION_METHOD_VALUES: set[ConvaiAuthorizationMethod] = {
    "audiocodes_api_key",
    "authorization_header",
    "avaya_api_key",
    "genesys_api_key",
    "invalid",
    "livekit_token",
    "livekit_token_website",
    "public",
    "shareable_link",
    "signed_url",
    "sms",
    "whatsapp",
}


def check_convai_authorization_method(value: str) -> ConvaiAuthorizationMethod:
    """Accept ``value`` as a ConvaiAuthorizationMethod.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_AUTHORIZATION_METHOD_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiAuthorizationMethod, value)
