from typing import Literal, cast

ConvaiSecretDependencyType = Literal["conversation_initiation_webhook"]

CONVAI_SECRET_DEPENDENCY_TYPE_VALUES: set[ConvaiSecretDependencyType] = {
    "conversation_initiation_webhook",
}


def check_convai_secret_dependency_type(value: str) -> ConvaiSecretDependencyType:
    """Accept ``value`` as a ConvaiSecretDependencyType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_SECRET_DEPENDENCY_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiSecretDependencyType, value)
