from typing import Literal, cast

DubbingGetTranscriptFormatType = Literal["json", "srt", "webvtt"]

DUBBING_GET_TRANSCRIPT_FORMAT_TYPE_VALUES: set[DubbingGetTranscriptFormatType] = {
    "json",
    "srt",
    "webvtt",
}


def check_dubbing_get_transcript_format_type(value: str) -> DubbingGetTranscriptFormatType:
    """Accept ``value`` as a DubbingGetTranscriptFormatType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_GET_TRANSCRIPT_FORMAT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingGetTranscriptFormatType, value)
