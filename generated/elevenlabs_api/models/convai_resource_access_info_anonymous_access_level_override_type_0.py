from typing import Literal, cast

ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0 = Literal["admin", "commenter", "editor", "viewer"]

CONVAI_RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_convai_resource_access_info_anonymous_access_level_override_type_0(
    value: str,
) -> ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0:
    """Accept ``value`` as a ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0, value)
