from typing import Literal, cast

HistoryListSourceType0 = Literal["Flows", "STS", "TTS"]

HISTORY_LIST_SOURCE_TYPE_0_VALUES: set[HistoryListSourceType0] = {
    "Flows",
    "STS",
    "TTS",
}


def check_history_list_source_type_0(value: str) -> HistoryListSourceType0:
    """Accept ``value`` as a HistoryListSourceType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``HISTORY_LIST_SOURCE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(HistoryListSourceType0, value)
