from typing import Literal, cast

PostWorkspaceAnalyticsRequestsRequestSortType0 = Literal["asc", "desc"]

POST_WORKSPACE_ANALYTICS_REQUESTS_REQUEST_SORT_TYPE_0_VALUES: set[PostWorkspaceAnalyticsRequestsRequestSortType0] = {
    "asc",
    "desc",
}


def check_post_workspace_analytics_requests_request_sort_type_0(
    value: str,
) -> PostWorkspaceAnalyticsRequestsRequestSortType0:
    """Accept ``value`` as a PostWorkspaceAnalyticsRequestsRequestSortType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``POST_WORKSPACE_ANALYTICS_REQUESTS_REQUEST_SORT_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PostWorkspaceAnalyticsRequestsRequestSortType0, value)
