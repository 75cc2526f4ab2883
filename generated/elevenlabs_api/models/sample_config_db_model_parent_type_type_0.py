from typing import Literal, cast

SampleConfigDBModelParentTypeType0 = Literal["collection", "read"]

SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES: set[SampleConfigDBModelParentTypeType0] = {
    "collection",
    "read",
}


def check_sample_config_db_model_parent_type_type_0(value: str) -> SampleConfigDBModelParentTypeType0:
    """Accept ``value`` as a SampleConfigDBModelParentTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SampleConfigDBModelParentTypeType0, value)
