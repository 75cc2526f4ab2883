from typing import Literal, cast

VoiceGenerationRequestAge = Literal["middle_aged", "old", "young"]

VOICE_GENERATION_REQUEST_AGE_VALUES: set[VoiceGenerationRequestAge] = {
    "middle_aged",
    "old",
    "young",
}


def check_voice_generation_request_age(value: str) -> VoiceGenerationRequestAge:
    """Accept ``value`` as a VoiceGenerationRequestAge.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_GENERATION_REQUEST_AGE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceGenerationRequestAge, value)
