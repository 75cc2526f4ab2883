from typing import Literal, cast

TranscriptWordType = Literal["audio_event", "spacing", "word"]

TRANSCRIPT_WORD_TYPE_VALUES: set[TranscriptWordType] = {
    "audio_event",
    "spacing",
    "word",
}


def check_transcript_word_type(value: str) -> TranscriptWordType:
    """Accept ``value`` as a TranscriptWordType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TRANSCRIPT_WORD_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TranscriptWordType, value)
