from typing import Literal, cast

BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0 = Literal["asc", "desc"]

BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES: set[
    BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0
] = {
    "asc",
    "desc",
}


def check_body_list_api_requests_v1_workspace_analytics_requests_post_sort_type_0(
    value: str,
) -> BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0:
    """Accept ``value`` as a BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0, value)
