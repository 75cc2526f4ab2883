from typing import Literal, cast

StudioProjectState = Literal["converting", "creating", "default", "in_queue"]

STUDIO_PROJECT_STATE_VALUES: set[StudioProjectState] = {
    "converting",
    "creating",
    "default",
    "in_queue",
}


def check_studio_project_state(value: str) -> StudioProjectState:
    """Accept ``value`` as a StudioProjectState.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PROJECT_STATE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioProjectState, value)
