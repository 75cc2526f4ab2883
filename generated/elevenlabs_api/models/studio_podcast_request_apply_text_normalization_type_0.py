from typing import Literal, cast

StudioPodcastRequestApplyTextNormalizationType0 = Literal["apply_english", "auto", "off", "on"]

STUDIO_PODCAST_REQUEST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[StudioPodcastRequestApplyTextNormalizationType0] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_studio_podcast_request_apply_text_normalization_type_0(
    value: str,
) -> StudioPodcastRequestApplyTextNormalizationType0:
    """Accept ``value`` as a StudioPodcastRequestApplyTextNormalizationType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PODCAST_REQUEST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioPodcastRequestApplyTextNormalizationType0, value)
