from typing import Literal, cast

StudioProjectCreationMetaType = Literal["auto_assign_voices", "blank", "generate_podcast"]

STUDIO_PROJECT_CREATION_META_TYPE_VALUES: set[StudioProjectCreationMetaType] = {
    "auto_assign_voices",
    "blank",
    "generate_podcast",
}


def check_studio_project_creation_meta_type(value: str) -> StudioProjectCreationMetaType:
    """Accept ``value`` as a StudioProjectCreationMetaType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PROJECT_CREATION_META_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioProjectCreationMetaType, value)
