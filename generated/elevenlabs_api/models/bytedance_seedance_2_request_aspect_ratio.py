from typing import Literal, cast

BytedanceSeedance2RequestAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]

BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance2RequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedance_2_request_aspect_ratio(value: str) -> BytedanceSeedance2RequestAspectRatio:
    """Accept ``value`` as a BytedanceSeedance2RequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedance2RequestAspectRatio, value)
