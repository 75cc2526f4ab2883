from typing import Literal, cast

WorkspaceResourceType = Literal[
    "convai_agent_response_tests",
    "convai_agents",
    "convai_batch_calls",
    "convai_knowledge_base_documents",
    "convai_mcp_servers",
    "convai_phone_numbers",
    "convai_secrets",
    "convai_settings",
    "convai_test_suite_invocations",
    "convai_tools",
    "dubbing",
    "project",
    "pronunciation_dictionary",
    "voice",
    "voice_collection",
    "workspace_auth_connections",
]

WORKSPACE_RESOURCE_TYPE_VALUES: set[WorkspaceResourceType] = {
    "convai_agent_response_tests",
    "convai_agents",
    "convai_batch_calls",
    "convai_knowledge_base_documents",
    "convai_mcp_servers",
    "convai_phone_numbers",
    "convai_secrets",
    "convai_settings",
    "convai_test_suite_invocations",
    "convai_tools",
    "dubbing",
    "project",
    "pronunciation_dictionary",
    "voice",
    "voice_collection",
    "workspace_auth_connections",
}


def check_workspace_resource_type(value: str) -> WorkspaceResourceType:
    """Accept ``value`` as a WorkspaceResourceType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_RESOURCE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceResourceType, value)
