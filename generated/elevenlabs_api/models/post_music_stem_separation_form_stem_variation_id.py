from typing import Literal, cast

PostMusicStemSeparationFormStemVariationId = Literal["six_stems_v1", "two_stems_v1"]

POST_MUSIC_STEM_SEPARATION_FORM_STEM_VARIATION_ID_VALUES: set[PostMusicStemSeparationFormStemVariationId] = {
    "six_stems_v1",
    "two_stems_v1",
}


def check_post_music_stem_separation_form_stem_variation_id(value: str) -> PostMusicStemSeparationFormStemVariationId:
    """Accept ``value`` as a PostMusicStemSeparationFormStemVariationId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``POST_MUSIC_STEM_SEPARATION_FORM_STEM_VARIATION_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PostMusicStemSeparationFormStemVariationId, value)
