from typing import Literal, cast

StudioTargetAudience = Literal["adult", "all ages", "children", "young adult"]

STUDIO_TARGET_AUDIENCE_VALUES: set[StudioTargetAudience] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_studio_target_audience(value: str) -> StudioTargetAudience:
    """Accept ``value`` as a StudioTargetAudience.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_TARGET_AUDIENCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioTargetAudience, value)
