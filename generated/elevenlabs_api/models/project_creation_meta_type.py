from typing import Literal, cast

ProjectCreationMetaType = Literal["auto_assign_voices", "blank", "dub_video", "generate_podcast", "import_speech"]

PROJECT_CREATION_META_TYPE_VALUES: set[ProjectCreationMetaType] = {
    "auto_assign_voices",
    "blank",
    "dub_video",
    "generate_podcast",
    "import_speech",
}


def check_project_creation_meta_type(value: str) -> ProjectCreationMetaType:
    """Accept ``value`` as a ProjectCreationMetaType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PROJECT_CREATION_META_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ProjectCreationMetaType, value)
