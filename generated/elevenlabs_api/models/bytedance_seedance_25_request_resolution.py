from typing import Literal, cast

BytedanceSeedance25RequestResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance25RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_25_request_resolution(value: str) -> BytedanceSeedance25RequestResolution:
    """Accept ``value`` as a BytedanceSeedance25RequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BytedanceSeedance25RequestResolution, value)
