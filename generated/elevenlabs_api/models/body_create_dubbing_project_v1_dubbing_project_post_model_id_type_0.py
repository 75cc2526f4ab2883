from typing import Literal, cast

BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 = Literal["dubbing_v1", "dubbing_v2"]

BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES: set[
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0
] = {
    "dubbing_v1",
    "dubbing_v2",
}


def check_body_create_dubbing_project_v1_dubbing_project_post_model_id_type_0(
    value: str,
) -> BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0:
    """Accept ``value`` as a BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0, value)
