from typing import Literal, cast

VoiceGenerationRequestGender = Literal["female", "male"]

VOICE_GENERATION_REQUEST_GENDER_VALUES: set[VoiceGenerationRequestGender] = {
    "female",
    "male",
}


def check_voice_generation_request_gender(value: str) -> VoiceGenerationRequestGender:
    """Accept ``value`` as a VoiceGenerationRequestGender.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_GENERATION_REQUEST_GENDER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceGenerationRequestGender, value)
