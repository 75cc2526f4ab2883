from typing import Literal, cast

HistoryItemSourceType0 = Literal[
    "AN", "ConvAI", "Dubbing", "Flows", "InVPC", "PD", "PlayAPI", "Projects", "STS", "TTS", "VoiceGeneration"
]

HISTORY_ITEM_SOURCE_TYPE_0_VALUES: set[HistoryItemSourceType0] = {
    "AN",
    "ConvAI",
    "Dubbing",
    "Flows",
    "InVPC",
    "PD",
    "PlayAPI",
    "Projects",
    "STS",
    "TTS",
    "VoiceGeneration",
}


def check_history_item_source_type_0(value: str) -> HistoryItemSourceType0:
    """Accept ``value`` as a HistoryItemSourceType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``HISTORY_ITEM_SOURCE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(HistoryItemSourceType0, value)
