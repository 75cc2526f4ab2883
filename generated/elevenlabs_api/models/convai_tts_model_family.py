from typing import Literal, cast

ConvaiTtsModelFamily = Literal["flash", "multilingual", "turbo", "v3_conversational"]

CONVAI_TTS_MODEL_FAMILY_VALUES: set[ConvaiTtsModelFamily] = {
    "flash",
    "multilingual",
    "turbo",
    "v3_conversational",
}


def check_convai_tts_model_family(value: str) -> ConvaiTtsModelFamily:
    """Accept ``value`` as a ConvaiTtsModelFamily.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TTS_MODEL_FAMILY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTtsModelFamily, value)
