from typing import Literal, cast

ToolCallSoundType = Literal["elevator1", "elevator2", "elevator3", "elevator4", "typing"]

TOOL_CALL_SOUND_TYPE_VALUES: set[ToolCallSoundType] = {
    "elevator1",
    "elevator2",
    "elevator3",
    "elevator4",
    "typing",
}


def check_tool_call_sound_type(value: str) -> ToolCallSoundType:
    """Accept ``value`` as a ToolCallSoundType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_CALL_SOUND_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolCallSoundType, value)
