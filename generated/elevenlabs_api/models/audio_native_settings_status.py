from typing import Literal, cast

AudioNativeSettingsStatus = Literal["processing", "ready"]

AUDIO_NATIVE_SETTINGS_STATUS_VALUES: set[AudioNativeSettingsStatus] = {
    "processing",
    "ready",
}


def check_audio_native_settings_status(value: str) -> AudioNativeSettingsStatus:
    """Accept ``value`` as a AudioNativeSettingsStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUDIO_NATIVE_SETTINGS_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AudioNativeSettingsStatus, value)
