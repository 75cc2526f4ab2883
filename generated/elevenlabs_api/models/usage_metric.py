from typing import Literal, cast

UsageMetric = Literal[
    "concurrency",
    "concurrency_average",
    "credits",
    "fiat_units_spent",
    "minutes_used",
    "request_count",
    "ttfb_avg",
    "ttfb_p95",
    "tts_characters",
]

USAGE_METRIC_VALUES: set[UsageMetric] = {
    "concurrency",
    "concurrency_average",
    "credits",
    "fiat_units_spent",
    "minutes_used",
    "request_count",
    "ttfb_avg",
    "ttfb_p95",
    "tts_characters",
}


def check_usage_metric(value: str) -> UsageMetric:
    """Accept ``value`` as a UsageMetric.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USAGE_METRIC_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UsageMetric, value)
