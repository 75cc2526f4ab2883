from typing import Literal, cast

SFXModelId = Literal["eleven_text_to_sound_v2"]

SFX_MODEL_ID_VALUES: set[SFXModelId] = {
    "eleven_text_to_sound_v2",
}


def check_sfx_model_id(value: str) -> SFXModelId:
    """Accept ``value`` as a SFXModelId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SFX_MODEL_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SFXModelId, value)
