from typing import Literal, cast

FinetuneCreatedBy = Literal["elevenlabs", "self", "workspace"]

FINETUNE_CREATED_BY_VALUES: set[FinetuneCreatedBy] = {
    "elevenlabs",
    "self",
    "workspace",
}


def check_finetune_created_by(value: str) -> FinetuneCreatedBy:
    """Accept ``value`` as a FinetuneCreatedBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``FINETUNE_CREATED_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(FinetuneCreatedBy, value)
