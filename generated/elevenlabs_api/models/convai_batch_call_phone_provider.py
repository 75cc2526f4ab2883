from typing import Literal, cast

ConvaiBatchCallPhoneProvider = Literal["sip_trunk", "twilio"]

CONVAI_BATCH_CALL_PHONE_PROVIDER_VALUES: set[ConvaiBatchCallPhoneProvider] = {
    "sip_trunk",
    "twilio",
}


def check_convai_batch_call_phone_provider(value: str) -> ConvaiBatchCallPhoneProvider:
    """Accept ``value`` as a ConvaiBatchCallPhoneProvider.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_BATCH_CALL_PHONE_PROVIDER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiBatchCallPhoneProvider, value)
