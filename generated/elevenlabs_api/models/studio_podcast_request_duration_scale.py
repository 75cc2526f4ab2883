from typing import Literal, cast

StudioPodcastRequestDurationScale = Literal["default", "long", "short"]

STUDIO_PODCAST_REQUEST_DURATION_SCALE_VALUES: set[StudioPodcastRequestDurationScale] = {
    "default",
    "long",
    "short",
}


def check_studio_podcast_request_duration_scale(value: str) -> StudioPodcastRequestDurationScale:
    """Accept ``value`` as a StudioPodcastRequestDurationScale.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PODCAST_REQUEST_DURATION_SCALE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioPodcastRequestDurationScale, value)
