from typing import Literal, cast

DictionaryPermission = Literal["admin", "commenter", "editor", "viewer"]

DICTIONARY_PERMISSION_VALUES: set[DictionaryPermission] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_dictionary_permission(value: str) -> DictionaryPermission:
    """Accept ``value`` as a DictionaryPermission.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DICTIONARY_PERMISSION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DictionaryPermission, value)
