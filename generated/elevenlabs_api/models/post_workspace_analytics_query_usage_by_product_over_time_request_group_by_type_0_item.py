from typing import Literal, cast

PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item = Literal[
    "actor",
    "billing_group_id",
    "fiat_charge_type",
    "fiat_currency",
    "hashed_xi_api_key",
    "model",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue_type",
    "request_source",
    "resource_id",
    "subresource_id",
    "surface",
    "user_id",
    "voice_id",
    "voice_multiplier",
]

POST_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_REQUEST_GROUP_BY_TYPE_0_ITEM_VALUES: set[
    PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item
] = {
    "actor",
    "billing_group_id",
    "fiat_charge_type",
    "fiat_currency",
    "hashed_xi_api_key",
    "model",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue_type",
    "request_source",
    "resource_id",
    "subresource_id",
    "surface",
    "user_id",
    "voice_id",
    "voice_multiplier",
}


def check_post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item(
    value: str,
) -> PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item:
    """Accept ``value`` as a PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``POST_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_REQUEST_GROUP_BY_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item, value)
