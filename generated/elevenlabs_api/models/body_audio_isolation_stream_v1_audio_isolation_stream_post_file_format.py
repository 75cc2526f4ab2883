from typing import Literal, cast

BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormat = Literal["other", "pcm_s16le_16"]

BODY_AUDIO_ISOLATION_STREAM_V1_AUDIO_ISOLATION_STREAM_POST_FILE_FORMAT_VALUES: set[
    BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormat
] = {
    "other",
    "pcm_s16le_16",
}


def check_body_audio_isolation_stream_v1_audio_isolation_stream_post_file_format(
    value: str,
) -> BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormat:
    """Accept ``value`` as a BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_AUDIO_ISOLATION_STREAM_V1_AUDIO_ISOLATION_STREAM_POST_FILE_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormat, value)
