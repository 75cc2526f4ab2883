from typing import Literal, cast

GetDubbingTranscriptsFormatByIdFormatType = Literal["json", "srt", "webvtt"]

GET_DUBBING_TRANSCRIPTS_FORMAT_BY_ID_FORMAT_TYPE_VALUES: set[GetDubbingTranscriptsFormatByIdFormatType] = {
    "json",
    "srt",
    "webvtt",
}


def check_get_dubbing_transcripts_format_by_id_format_type(value: str) -> GetDubbingTranscriptsFormatByIdFormatType:
    """Accept ``value`` as a GetDubbingTranscriptsFormatByIdFormatType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_DUBBING_TRANSCRIPTS_FORMAT_BY_ID_FORMAT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetDubbingTranscriptsFormatByIdFormatType, value)
