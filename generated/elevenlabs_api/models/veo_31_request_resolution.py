from typing import Literal, cast

Veo31RequestResolution = Literal["1080p", "4K", "720p"]

VEO_31_REQUEST_RESOLUTION_VALUES: set[Veo31RequestResolution] = {
    "1080p",
    "4K",
    "720p",
}


def check_veo_31_request_resolution(value: str) -> Veo31RequestResolution:
    """Accept ``value`` as a Veo31RequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_31_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Veo31RequestResolution, value)
