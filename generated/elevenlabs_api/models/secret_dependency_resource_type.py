from typing import Literal, cast

SecretDependencyResourceType = Literal["agents", "phone_numbers", "tools"]

SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES: set[SecretDependencyResourceType] = {
    "agents",
    "phone_numbers",
    "tools",
}


def check_secret_dependency_resource_type(value: str) -> SecretDependencyResourceType:
    """Accept ``value`` as a SecretDependencyResourceType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SecretDependencyResourceType, value)
