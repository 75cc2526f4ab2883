from typing import Literal, cast

PreToolSpeechMode = Literal["auto", "force", "off"]

PRE_TOOL_SPEECH_MODE_VALUES: set[PreToolSpeechMode] = {
    "auto",
    "force",
    "off",
}


def check_pre_tool_speech_mode(value: str) -> PreToolSpeechMode:
    """Accept ``value`` as a PreToolSpeechMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PRE_TOOL_SPEECH_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PreToolSpeechMode, value)
