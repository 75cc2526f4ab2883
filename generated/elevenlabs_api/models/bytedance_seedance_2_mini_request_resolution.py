from typing import Literal, cast

BytedanceSeedance2MiniRequestResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2MiniRequestResolution] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_2_mini_request_resolution(value: str) -> BytedanceSeedance2MiniRequestResolution:
    """Accept ``value`` as a BytedanceSeedance2MiniRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedance2MiniRequestResolution, value)
