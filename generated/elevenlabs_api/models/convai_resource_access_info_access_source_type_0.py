from typing import Literal, cast

ConvaiResourceAccessInfoAccessSourceType0 = Literal["creator", "explicit", "workspace_admin", "workspace_default"]

CONVAI_RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES: set[ConvaiResourceAccessInfoAccessSourceType0] = {
    "creator",
    "explicit",
    "workspace_admin",
    "workspace_default",
}


def check_convai_resource_access_info_access_source_type_0(value: str) -> ConvaiResourceAccessInfoAccessSourceType0:
    """Accept ``value`` as a ConvaiResourceAccessInfoAccessSourceType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiResourceAccessInfoAccessSourceType0, value)
