from typing import Literal, cast

FinetuneVisibility = Literal["private", "public", "workspace"]

FINETUNE_VISIBILITY_VALUES: set[FinetuneVisibility] = {
    "private",
    "public",
    "workspace",
}


def check_finetune_visibility(value: str) -> FinetuneVisibility:
    """Accept ``value`` as a FinetuneVisibility.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``FINETUNE_VISIBILITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(FinetuneVisibility, value)
