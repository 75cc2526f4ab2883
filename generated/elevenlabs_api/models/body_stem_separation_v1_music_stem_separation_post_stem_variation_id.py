from typing import Literal, cast

BodyStemSeparationV1MusicStemSeparationPostStemVariationId = Literal["six_stems_v1", "two_stems_v1"]

BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES: set[
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId
] = {
    "six_stems_v1",
    "two_stems_v1",
}


def check_body_stem_separation_v1_music_stem_separation_post_stem_variation_id(
    value: str,
) -> BodyStemSeparationV1MusicStemSeparationPostStemVariationId:
    """Accept ``value`` as a BodyStemSeparationV1MusicStemSeparationPostStemVariationId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyStemSeparationV1MusicStemSeparationPostStemVariationId, value)
