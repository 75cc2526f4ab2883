from typing import Literal, cast

VoiceDesignModel = Literal["eleven_multilingual_ttv_v2", "eleven_ttv_v3"]

VOICE_DESIGN_MODEL_VALUES: set[VoiceDesignModel] = {
    "eleven_multilingual_ttv_v2",
    "eleven_ttv_v3",
}


def check_voice_design_model(value: str) -> VoiceDesignModel:
    """Accept ``value`` as a VoiceDesignModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_DESIGN_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceDesignModel, value)
