from typing import Literal, cast

ToolCallSoundBehavior = Literal["always", "auto"]

TOOL_CALL_SOUND_BEHAVIOR_VALUES: set[ToolCallSoundBehavior] = {
    "always",
    "auto",
}


def check_tool_call_sound_behavior(value: str) -> ToolCallSoundBehavior:
    """Accept ``value`` as a ToolCallSoundBehavior.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_CALL_SOUND_BEHAVIOR_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolCallSoundBehavior, value)
