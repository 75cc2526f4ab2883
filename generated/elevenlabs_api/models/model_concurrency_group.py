from typing import Literal, cast

ModelConcurrencyGroup = Literal["standard", "turbo"]

MODEL_CONCURRENCY_GROUP_VALUES: set[ModelConcurrencyGroup] = {
    "standard",
    "turbo",
}


def check_model_concurrency_group(value: str) -> ModelConcurrencyGroup:
    """Accept ``value`` as a ModelConcurrencyGroup.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MODEL_CONCURRENCY_GROUP_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ModelConcurrencyGroup, value)
