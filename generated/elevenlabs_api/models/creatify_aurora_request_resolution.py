from typing import Literal, cast

CreatifyAuroraRequestResolution = Literal["480p", "720p"]

CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES: set[CreatifyAuroraRequestResolution] = {
    "480p",
    "720p",
}


def check_creatify_aurora_request_resolution(value: str) -> CreatifyAuroraRequestResolution:
    """Accept ``value`` as a CreatifyAuroraRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CreatifyAuroraRequestResolution, value)
