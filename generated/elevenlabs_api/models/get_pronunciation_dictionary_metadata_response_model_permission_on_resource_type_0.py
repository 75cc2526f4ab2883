from typing import Literal, cast

GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 = Literal[
    "admin", "commenter", "editor", "viewer"
]

GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0(
    value: str,
) -> GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0:
    """Accept ``value`` as a GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0, value)
