from typing import Literal, cast

ConvaiTranscriptEntryInputSourceMediumType0 = Literal["audio", "text"]

CONVAI_TRANSCRIPT_ENTRY_INPUT_SOURCE_MEDIUM_TYPE_0_VALUES: set[ConvaiTranscriptEntryInputSourceMediumType0] = {
    "audio",
    "text",
}


def check_convai_transcript_entry_input_source_medium_type_0(value: str) -> ConvaiTranscriptEntryInputSourceMediumType0:
    """Accept ``value`` as a ConvaiTranscriptEntryInputSourceMediumType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TRANSCRIPT_ENTRY_INPUT_SOURCE_MEDIUM_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTranscriptEntryInputSourceMediumType0, value)
