from typing import Literal, cast

AssetTranscriptionStatus = Literal["completed", "failed", "processing"]

ASSET_TRANSCRIPTION_STATUS_VALUES: set[AssetTranscriptionStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_asset_transcription_status(value: str) -> AssetTranscriptionStatus:
    """Accept ``value`` as a AssetTranscriptionStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ASSET_TRANSCRIPTION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AssetTranscriptionStatus, value)
