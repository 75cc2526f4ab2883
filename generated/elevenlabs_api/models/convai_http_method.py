from typing import Literal, cast

ConvaiHttpMethod = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]

CONVAI_HTTP_METHOD_VALUES: set[ConvaiHttpMethod] = {
    "DELETE",
    "GET",
    "PATCH",
    "POST",
    "PUT",
}


def check_convai_http_method(value: str) -> ConvaiHttpMethod:
    """Accept ``value`` as a ConvaiHttpMethod.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_HTTP_METHOD_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiHttpMethod, value)
