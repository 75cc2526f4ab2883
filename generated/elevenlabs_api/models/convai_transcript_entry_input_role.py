from typing import Literal, cast

ConvaiTranscriptEntryInputRole = Literal["agent", "user"]

CONVAI_TRANSCRIPT_ENTRY_INPUT_ROLE_VALUES: set[ConvaiTranscriptEntryInputRole] = {
    "agent",
    "user",
}


def check_convai_transcript_entry_input_role(value: str) -> ConvaiTranscriptEntryInputRole:
    """Accept ``value`` as a ConvaiTranscriptEntryInputRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TRANSCRIPT_ENTRY_INPUT_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTranscriptEntryInputRole, value)
