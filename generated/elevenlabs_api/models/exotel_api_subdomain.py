from typing import Literal, cast

ExotelApiSubdomain = Literal["api.exotel.com", "api.in.exotel.com"]

EXOTEL_API_SUBDOMAIN_VALUES: set[ExotelApiSubdomain] = {
    "api.exotel.com",
    "api.in.exotel.com",
}


def check_exotel_api_subdomain(value: str) -> ExotelApiSubdomain:
    """Accept ``value`` as a ExotelApiSubdomain.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``EXOTEL_API_SUBDOMAIN_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ExotelApiSubdomain, value)
