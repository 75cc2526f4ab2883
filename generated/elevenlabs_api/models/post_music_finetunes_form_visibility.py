from typing import Literal, cast

PostMusicFinetunesFormVisibility = Literal["private", "workspace"]

POST_MUSIC_FINETUNES_FORM_VISIBILITY_VALUES: set[PostMusicFinetunesFormVisibility] = {
    "private",
    "workspace",
}


def check_post_music_finetunes_form_visibility(value: str) -> PostMusicFinetunesFormVisibility:
    """Accept ``value`` as a PostMusicFinetunesFormVisibility.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``POST_MUSIC_FINETUNES_FORM_VISIBILITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PostMusicFinetunesFormVisibility, value)
