from typing import Literal, cast

ConflictSection = Literal["conversation_config", "platform_settings", "procedures", "workflow"]

CONFLICT_SECTION_VALUES: set[ConflictSection] = {
    "conversation_config",
    "platform_settings",
    "procedures",
    "workflow",
}


def check_conflict_section(value: str) -> ConflictSection:
    """Accept ``value`` as a ConflictSection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONFLICT_SECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConflictSection, value)
