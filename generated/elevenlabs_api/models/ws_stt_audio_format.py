from typing import Literal, cast

WsSttAudioFormat = Literal["pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"]

WS_STT_AUDIO_FORMAT_VALUES: set[WsSttAudioFormat] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_ws_stt_audio_format(value: str) -> WsSttAudioFormat:
    """Accept ``value`` as a WsSttAudioFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_STT_AUDIO_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsSttAudioFormat, value)
