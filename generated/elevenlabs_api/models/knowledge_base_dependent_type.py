from typing import Literal, cast

KnowledgeBaseDependentType = Literal["all", "direct", "transitive"]

KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES: set[KnowledgeBaseDependentType] = {
    "all",
    "direct",
    "transitive",
}


def check_knowledge_base_dependent_type(value: str) -> KnowledgeBaseDependentType:
    """Accept ``value`` as a KnowledgeBaseDependentType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(KnowledgeBaseDependentType, value)
