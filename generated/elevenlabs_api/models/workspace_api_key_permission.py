from typing import Literal, cast

WorkspaceApiKeyPermission = Literal[
    "audio_isolation",
    "audio_native_read",
    "audio_native_write",
    "convai_read",
    "convai_write",
    "dubbing_read",
    "dubbing_write",
    "forced_alignment",
    "models_read",
    "models_write",
    "music_generation",
    "projects_read",
    "projects_write",
    "pronunciation_dictionaries_read",
    "pronunciation_dictionaries_write",
    "sound_generation",
    "speech_history_read",
    "speech_history_write",
    "speech_to_speech",
    "speech_to_text",
    "text_to_speech",
    "user_read",
    "user_write",
    "voice_generation",
    "voices_read",
    "voices_write",
    "workspace_read",
    "workspace_write",
]

WORKSPACE_API_KEY_PERMISSION_VALUES: set[WorkspaceApiKeyPermission] = {
    "audio_isolation",
    "audio_native_read",
    "audio_native_write",
    "convai_read",
    "convai_write",
    "dubbing_read",
    "dubbing_write",
    "forced_alignment",
    "models_read",
    "models_write",
    "music_generation",
    "projects_read",
    "projects_write",
    "pronunciation_dictionaries_read",
    "pronunciation_dictionaries_write",
    "sound_generation",
    "speech_history_read",
    "speech_history_write",
    "speech_to_speech",
    "speech_to_text",
    "text_to_speech",
    "user_read",
    "user_write",
    "voice_generation",
    "voices_read",
    "voices_write",
    "workspace_read",
    "workspace_write",
}


def check_workspace_api_key_permission(value: str) -> WorkspaceApiKeyPermission:
    """Accept ``value`` as a WorkspaceApiKeyPermission.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_API_KEY_PERMISSION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceApiKeyPermission, value)
