from typing import Literal, cast

StudioProjectCreationMetaStatus = Literal["creating", "draft", "failed", "finished", "pending"]

STUDIO_PROJECT_CREATION_META_STATUS_VALUES: set[StudioProjectCreationMetaStatus] = {
    "creating",
    "draft",
    "failed",
    "finished",
    "pending",
}


def check_studio_project_creation_meta_status(value: str) -> StudioProjectCreationMetaStatus:
    """Accept ``value`` as a StudioProjectCreationMetaStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PROJECT_CREATION_META_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioProjectCreationMetaStatus, value)
