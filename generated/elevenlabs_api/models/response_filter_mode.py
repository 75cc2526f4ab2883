from typing import Literal, cast

ResponseFilterMode = Literal["all", "allow", "hide_all"]

RESPONSE_FILTER_MODE_VALUES: set[ResponseFilterMode] = {
    "all",
    "allow",
    "hide_all",
}


def check_response_filter_mode(value: str) -> ResponseFilterMode:
    """Accept ``value`` as a ResponseFilterMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``RESPONSE_FILTER_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ResponseFilterMode, value)
