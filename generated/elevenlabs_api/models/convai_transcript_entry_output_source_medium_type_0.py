from typing import Literal, cast

ConvaiTranscriptEntryOutputSourceMediumType0 = Literal["audio", "text"]

CONVAI_TRANSCRIPT_ENTRY_OUTPUT_SOURCE_MEDIUM_TYPE_0_VALUES: set[ConvaiTranscriptEntryOutputSourceMediumType0] = {
    "audio",
    "text",
}


def check_convai_transcript_entry_output_source_medium_type_0(
    value: str,
) -> ConvaiTranscriptEntryOutputSourceMediumType0:
    """Accept ``value`` as a ConvaiTranscriptEntryOutputSourceMediumType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TRANSCRIPT_ENTRY_OUTPUT_SOURCE_MEDIUM_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTranscriptEntryOutputSourceMediumType0, value)
