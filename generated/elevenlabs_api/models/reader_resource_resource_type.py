from typing import Literal, cast

ReaderResourceResourceType = Literal["collection", "read"]

READER_RESOURCE_RESOURCE_TYPE_VALUES: set[ReaderResourceResourceType] = {
    "collection",
    "read",
}


def check_reader_resource_resource_type(value: str) -> ReaderResourceResourceType:
    """Accept ``value`` as a ReaderResourceResourceType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``READER_RESOURCE_RESOURCE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ReaderResourceResourceType, value)
