from typing import Literal, cast

MusicFinetuneStatus = Literal["blocked", "completed", "failed", "in_progress", "pending"]

MUSIC_FINETUNE_STATUS_VALUES: set[MusicFinetuneStatus] = {
    "blocked",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_music_finetune_status(value: str) -> MusicFinetuneStatus:
    """Accept ``value`` as a MusicFinetuneStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MUSIC_FINETUNE_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MusicFinetuneStatus, value)
