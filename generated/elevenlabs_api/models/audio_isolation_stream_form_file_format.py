from typing import Literal, cast

AudioIsolationStreamFormFileFormat = Literal["other", "pcm_s16le_16"]

AUDIO_ISOLATION_STREAM_FORM_FILE_FORMAT_VALUES: set[AudioIsolationStreamFormFileFormat] = {
    "other",
    "pcm_s16le_16",
}


def check_audio_isolation_stream_form_file_format(value: str) -> AudioIsolationStreamFormFileFormat:
    """Accept ``value`` as a AudioIsolationStreamFormFileFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUDIO_ISOLATION_STREAM_FORM_FILE_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AudioIsolationStreamFormFileFormat, value)
