from typing import Literal, cast

ConvaiAsrProvider = Literal["elevenlabs", "scribe_realtime"]

CONVAI_ASR_PROVIDER_VALUES: set[ConvaiAsrProvider] = {
    "elevenlabs",
    "scribe_realtime",
}


def check_convai_asr_provider(value: str) -> ConvaiAsrProvider:
    """Accept ``value`` as a ConvaiAsrProvider.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_ASR_PROVIDER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiAsrProvider, value)
