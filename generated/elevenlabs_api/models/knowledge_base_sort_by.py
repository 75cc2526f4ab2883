from typing import Literal, cast

KnowledgeBaseSortBy = Literal["created_at", "name", "size", "updated_at"]

KNOWLEDGE_BASE_SORT_BY_VALUES: set[KnowledgeBaseSortBy] = {
    "created_at",
    "name",
    "size",
    "updated_at",
}


def check_knowledge_base_sort_by(value: str) -> KnowledgeBaseSortBy:
    """Accept ``value`` as a KnowledgeBaseSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``KNOWLEDGE_BASE_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(KnowledgeBaseSortBy, value)
