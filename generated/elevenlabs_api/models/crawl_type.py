from typing import Literal, cast

CrawlType = Literal["discovery", "sitemap"]

CRAWL_TYPE_VALUES: set[CrawlType] = {
    "discovery",
    "sitemap",
}


def check_crawl_type(value: str) -> CrawlType:
    """Accept ``value`` as a CrawlType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CRAWL_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CrawlType, value)
