from typing import Literal, cast

UpdateMusicFinetuneRequestModelVisibilityType0 = Literal["private", "workspace"]

UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES: set[UpdateMusicFinetuneRequestModelVisibilityType0] = {
    "private",
    "workspace",
}


def check_update_music_finetune_request_model_visibility_type_0(
    value: str,
) -> UpdateMusicFinetuneRequestModelVisibilityType0:
    """Accept ``value`` as a UpdateMusicFinetuneRequestModelVisibilityType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UpdateMusicFinetuneRequestModelVisibilityType0, value)
