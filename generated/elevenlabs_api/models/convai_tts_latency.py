from typing import Literal, cast

ConvaiTtsLatency = Literal[0, 1, 2, 3, 4]

CONVAI_TTS_LATENCY_VALUES: set[ConvaiTtsLatency] = {
    0,
    1,
    2,
    3,
    4,
}


def check_convai_tts_latency(value: int) -> ConvaiTtsLatency:
    """Accept ``value`` as a ConvaiTtsLatency.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TTS_LATENCY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(ConvaiTtsLatency, value)
