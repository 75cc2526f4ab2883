from typing import Literal, cast

ExternalSyncProvider = Literal["google_drive"]

EXTERNAL_SYNC_PROVIDER_VALUES: set[ExternalSyncProvider] = {
    "google_drive",
}


def check_external_sync_provider(value: str) -> ExternalSyncProvider:
    """Accept ``value`` as a ExternalSyncProvider.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``EXTERNAL_SYNC_PROVIDER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ExternalSyncProvider, value)
