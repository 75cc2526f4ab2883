from typing import Literal, cast

WorkspaceGroupPermission = Literal[
    "add_voice_from_voice_library",
    "ai_speech_classifier",
    "audio_native",
    "audit_log_read",
    "conversation_privacy_manage",
    "conversational_ai",
    "conversational_ai_read",
    "copy_resources_cross_workspace",
    "create_instant_voice_clone",
    "create_professional_voice_clone",
    "create_user_api_key",
    "dubbing",
    "flows",
    "group_members_manage",
    "image_video_generation",
    "music",
    "projects",
    "publish_studio_project",
    "publish_voice_to_voice_library",
    "service_accounts_manage",
    "share_voice_externally",
    "sound_effects",
    "speech_to_speech",
    "speech_to_text",
    "synthid_detector",
    "templates",
    "terms_of_service_accept",
    "text_to_speech",
    "view_fiat_balance",
    "voice_design",
    "voice_isolator",
    "voice_lab",
    "voiceover_studio",
    "webhooks_manage",
    "workspace_analytics_full_read",
    "workspace_members_invite",
    "workspace_members_remove",
]

WORKSPACE_GROUP_PERMISSION_VALUES: set[WorkspaceGroupPermission] = {
    "add_voice_from_voice_library",
    "ai_speech_classifier",
    "audio_native",
    "audit_log_read",
    "conversation_privacy_manage",
    "conversational_ai",
    "conversational_ai_read",
    "copy_resources_cross_workspace",
    "create_instant_voice_clone",
    "create_professional_voice_clone",
    "create_user_api_key",
    "dubbing",
    "flows",
    "group_members_manage",
    "image_video_generation",
    "music",
    "projects",
    "publish_studio_project",
    "publish_voice_to_voice_library",
    "service_accounts_manage",
    "share_voice_externally",
    "sound_effects",
    "speech_to_speech",
    "speech_to_text",
    "synthid_detector",
    "templates",
    "terms_of_service_accept",
    "text_to_speech",
    "view_fiat_balance",
    "voice_design",
    "voice_isolator",
    "voice_lab",
    "voiceover_studio",
    "webhooks_manage",
    "workspace_analytics_full_read",
    "workspace_members_invite",
    "workspace_members_remove",
}


def check_workspace_group_permission(value: str) -> WorkspaceGroupPermission:
    """Accept ``value`` as a WorkspaceGroupPermission.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_GROUP_PERMISSION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceGroupPermission, value)
