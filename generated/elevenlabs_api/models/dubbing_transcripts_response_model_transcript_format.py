from typing import Literal, cast

DubbingTranscriptsResponseModelTranscriptFormat = Literal["json", "srt", "webvtt"]

DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_VALUES: set[DubbingTranscriptsResponseModelTranscriptFormat] = {
    "json",
    "srt",
    "webvtt",
}


def check_dubbing_transcripts_response_model_transcript_format(
    value: str,
) -> DubbingTranscriptsResponseModelTranscriptFormat:
    """Accept ``value`` as a DubbingTranscriptsResponseModelTranscriptFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingTranscriptsResponseModelTranscriptFormat, value)
