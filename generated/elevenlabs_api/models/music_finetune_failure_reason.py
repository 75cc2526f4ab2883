from typing import Literal, cast

MusicFinetuneFailureReason = Literal["audio_processing_failed", "copyright_violation", "training_failed"]

MUSIC_FINETUNE_FAILURE_REASON_VALUES: set[MusicFinetuneFailureReason] = {
    "audio_processing_failed",
    "copyright_violation",
    "training_failed",
}


def check_music_finetune_failure_reason(value: str) -> MusicFinetuneFailureReason:
    """Accept ``value`` as a MusicFinetuneFailureReason.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MUSIC_FINETUNE_FAILURE_REASON_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MusicFinetuneFailureReason, value)
