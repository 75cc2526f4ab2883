from typing import Literal, cast

BytedanceSeedream5ProRequestResolution = Literal["1K", "2K"]

BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5ProRequestResolution] = {
    "1K",
    "2K",
}


def check_bytedance_seedream_5_pro_request_resolution(value: str) -> BytedanceSeedream5ProRequestResolution:
    """Accept ``value`` as a BytedanceSeedream5ProRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedream5ProRequestResolution, value)
