from typing import Literal, cast

BytedanceSeedream5ProRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]

BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedream5ProRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedream_5_pro_request_aspect_ratio(value: str) -> BytedanceSeedream5ProRequestAspectRatio:
    """Accept ``value`` as a BytedanceSeedream5ProRequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedream5ProRequestAspectRatio, value)
