from typing import Literal, cast

Veo31RequestDurationSecs = Literal[4, 6, 8]

VEO_31_REQUEST_DURATION_SECS_VALUES: set[Veo31RequestDurationSecs] = {
    4,
    6,
    8,
}


def check_veo_31_request_duration_secs(value: int) -> Veo31RequestDurationSecs:
    """Accept ``value`` as a Veo31RequestDurationSecs.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VEO_31_REQUEST_DURATION_SECS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(Veo31RequestDurationSecs, value)
