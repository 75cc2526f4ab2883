from typing import Literal, cast

ConvaiTranscriptEntryOutputRole = Literal["agent", "user"]

CONVAI_TRANSCRIPT_ENTRY_OUTPUT_ROLE_VALUES: set[ConvaiTranscriptEntryOutputRole] = {
    "agent",
    "user",
}


def check_convai_transcript_entry_output_role(value: str) -> ConvaiTranscriptEntryOutputRole:
    """Accept ``value`` as a ConvaiTranscriptEntryOutputRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TRANSCRIPT_ENTRY_OUTPUT_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTranscriptEntryOutputRole, value)
