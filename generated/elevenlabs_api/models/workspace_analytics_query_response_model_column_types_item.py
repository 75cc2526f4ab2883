from typing import Literal, cast

WorkspaceAnalyticsQueryResponseModelColumnTypesItem = Literal[
    "Array", "Bool", "DateTime", "Float", "Int", "JSON", "Map", "String"
]

WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_VALUES: set[
    WorkspaceAnalyticsQueryResponseModelColumnTypesItem
] = {
    "Array",
    "Bool",
    "DateTime",
    "Float",
    "Int",
    "JSON",
    "Map",
    "String",
}


def check_workspace_analytics_query_response_model_column_types_item(
    value: str,
) -> WorkspaceAnalyticsQueryResponseModelColumnTypesItem:
    """Accept ``value`` as a WorkspaceAnalyticsQueryResponseModelColumnTypesItem.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceAnalyticsQueryResponseModelColumnTypesItem, value)
