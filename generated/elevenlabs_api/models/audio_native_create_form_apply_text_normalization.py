from typing import Literal, cast

AudioNativeCreateFormApplyTextNormalization = Literal["apply_english", "auto", "off", "on"]

AUDIO_NATIVE_CREATE_FORM_APPLY_TEXT_NORMALIZATION_VALUES: set[AudioNativeCreateFormApplyTextNormalization] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_audio_native_create_form_apply_text_normalization(value: str) -> AudioNativeCreateFormApplyTextNormalization:
    """Accept ``value`` as a AudioNativeCreateFormApplyTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUDIO_NATIVE_CREATE_FORM_APPLY_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AudioNativeCreateFormApplyTextNormalization, value)
