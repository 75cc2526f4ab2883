from typing import Literal, cast

BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility = Literal["private", "workspace"]

BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_VALUES: set[
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility
] = {
    "private",
    "workspace",
}


def check_body_create_music_finetune_v1_music_finetunes_post_visibility(
    value: str,
) -> BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility:
    """Accept ``value`` as a BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility, value)
