from typing import Literal, cast

VeoImageReferenceRole = Literal["style", "subject"]

VEO_IMAGE_REFERENCE_ROLE_VALUES: set[VeoImageReferenceRole] = {
    "style",
    "subject",
}


def check_veo_image_reference_role(value: str) -> VeoImageReferenceRole:
    """Accept ``value`` as a VeoImageReferenceRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_IMAGE_REFERENCE_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VeoImageReferenceRole, value)
