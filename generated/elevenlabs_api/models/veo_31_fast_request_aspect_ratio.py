from typing import Literal, cast

Veo31FastRequestAspectRatio = Literal["16:9", "9:16"]

VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES: set[Veo31FastRequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_fast_request_aspect_ratio(value: str) -> Veo31FastRequestAspectRatio:
    """Accept ``value`` as a Veo31FastRequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Veo31FastRequestAspectRatio, value)
