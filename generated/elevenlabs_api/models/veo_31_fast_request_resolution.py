from typing import Literal, cast

Veo31FastRequestResolution = Literal["1080p", "4K", "720p"]

VEO_31_FAST_REQUEST_RESOLUTION_VALUES: set[Veo31FastRequestResolution] = {
    "1080p",
    "4K",
    "720p",
}


def check_veo_31_fast_request_resolution(value: str) -> Veo31FastRequestResolution:
    """Accept ``value`` as a Veo31FastRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_31_FAST_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Veo31FastRequestResolution, value)
