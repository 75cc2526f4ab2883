from typing import Literal, cast

Veo31RequestAspectRatio = Literal["16:9", "9:16"]

VEO_31_REQUEST_ASPECT_RATIO_VALUES: set[Veo31RequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_request_aspect_ratio(value: str) -> Veo31RequestAspectRatio:
    """Accept ``value`` as a Veo31RequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_31_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Veo31RequestAspectRatio, value)
