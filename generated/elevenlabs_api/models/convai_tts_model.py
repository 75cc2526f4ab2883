from typing import Literal, cast

ConvaiTtsModel = Literal[
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_v3_conversational",
]

CONVAI_TTS_MODEL_VALUES: set[ConvaiTtsModel] = {
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_v3_conversational",
}


def check_convai_tts_model(value: str) -> ConvaiTtsModel:
    """Accept ``value`` as a ConvaiTtsModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TTS_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTtsModel, value)
