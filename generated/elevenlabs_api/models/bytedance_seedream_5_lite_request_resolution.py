from typing import Literal, cast

BytedanceSeedream5LiteRequestResolution = Literal["2K", "3K"]

BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5LiteRequestResolution] = {
    "2K",
    "3K",
}


def check_bytedance_seedream_5_lite_request_resolution(value: str) -> BytedanceSeedream5LiteRequestResolution:
    """Accept ``value`` as a BytedanceSeedream5LiteRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedream5LiteRequestResolution, value)
