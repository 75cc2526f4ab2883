from typing import Literal, cast

KnowledgeBaseToolStatus = Literal["no_matching_documents", "no_results", "success"]

KNOWLEDGE_BASE_TOOL_STATUS_VALUES: set[KnowledgeBaseToolStatus] = {
    "no_matching_documents",
    "no_results",
    "success",
}


def check_knowledge_base_tool_status(value: str) -> KnowledgeBaseToolStatus:
    """Accept ``value`` as a KnowledgeBaseToolStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``KNOWLEDGE_BASE_TOOL_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(KnowledgeBaseToolStatus, value)
