from typing import Literal, cast

DubbingCreateFormMode = Literal["automatic", "manual"]

DUBBING_CREATE_FORM_MODE_VALUES: set[DubbingCreateFormMode] = {
    "automatic",
    "manual",
}


def check_dubbing_create_form_mode(value: str) -> DubbingCreateFormMode:
    """Accept ``value`` as a DubbingCreateFormMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_CREATE_FORM_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingCreateFormMode, value)
