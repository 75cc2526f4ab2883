from typing import Literal, cast

PostDubbingProjectFormModelIdType0 = Literal["dubbing_v1", "dubbing_v2"]

POST_DUBBING_PROJECT_FORM_MODEL_ID_TYPE_0_VALUES: set[PostDubbingProjectFormModelIdType0] = {
    "dubbing_v1",
    "dubbing_v2",
}


def check_post_dubbing_project_form_model_id_type_0(value: str) -> PostDubbingProjectFormModelIdType0:
    """Accept ``value`` as a PostDubbingProjectFormModelIdType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``POST_DUBBING_PROJECT_FORM_MODEL_ID_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PostDubbingProjectFormModelIdType0, value)
