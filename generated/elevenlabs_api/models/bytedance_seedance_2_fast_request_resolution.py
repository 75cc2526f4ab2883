from typing import Literal, cast

BytedanceSeedance2FastRequestResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2FastRequestResolution] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_2_fast_request_resolution(value: str) -> BytedanceSeedance2FastRequestResolution:
    """Accept ``value`` as a BytedanceSeedance2FastRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedance2FastRequestResolution, value)
