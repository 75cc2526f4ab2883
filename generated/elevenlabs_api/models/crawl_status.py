from typing import Literal, cast

CrawlStatus = Literal["cancelled", "failed", "processing", "queued", "skipped", "succeeded"]

CRAWL_STATUS_VALUES: set[CrawlStatus] = {
    "cancelled",
    "failed",
    "processing",
    "queued",
    "skipped",
    "succeeded",
}


def check_crawl_status(value: str) -> CrawlStatus:
    """Accept ``value`` as a CrawlStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CRAWL_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CrawlStatus, value)
