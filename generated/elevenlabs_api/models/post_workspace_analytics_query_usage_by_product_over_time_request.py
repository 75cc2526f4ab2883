from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item import (
    PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item,
    check_post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_filter import ColumnFilter


T = TypeVar("T", bound="PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequest")


@_attrs_define
class PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequest:
    """
    Attributes:
        start_time (int):
        end_time (int):
        interval_seconds (int | Unset):  Default: 60.
        group_by (list[PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item] | None | Unset):
        filters (list[ColumnFilter] | None | Unset):
        time_zone (str | Unset):  Default: 'UTC'.
    """

    start_time: int
    end_time: int
    interval_seconds: int | Unset = 60
    group_by: list[PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item] | None | Unset = UNSET
    filters: list[ColumnFilter] | None | Unset = UNSET
    time_zone: str | Unset = "UTC"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        start_time = self.start_time

        end_time = self.end_time

        interval_seconds = self.interval_seconds

        group_by: list[str] | None | Unset
        if isinstance(self.group_by, Unset):
            group_by = UNSET
        elif isinstance(self.group_by, list):
            group_by = []
            for group_by_type_0_item_data in self.group_by:
                group_by_type_0_item: str = group_by_type_0_item_data
                group_by.append(group_by_type_0_item)

        else:
            group_by = self.group_by

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if interval_seconds is not UNSET:
            field_dict["interval_seconds"] = interval_seconds
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if filters is not UNSET:
            field_dict["filters"] = filters
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        interval_seconds = d.pop("interval_seconds", UNSET)

        def _parse_group_by(
            data: object,
        ) -> list[PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_by_type_0 = []
                _group_by_type_0 = data
                for group_by_type_0_item_data in _group_by_type_0:
                    group_by_type_0_item = (
                        check_post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item(
                            group_by_type_0_item_data
                        )
                    )

                    group_by_type_0.append(group_by_type_0_item)

                return group_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item] | None | Unset, data
            )

        group_by = _parse_group_by(d.pop("group_by", UNSET))

        def _parse_filters(data: object) -> list[ColumnFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = ColumnFilter.from_dict(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ColumnFilter] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        time_zone = d.pop("time_zone", UNSET)

        post_workspace_analytics_query_usage_by_product_over_time_request = cls(
            start_time=start_time,
            end_time=end_time,
            interval_seconds=interval_seconds,
            group_by=group_by,
            filters=filters,
            time_zone=time_zone,
        )

        post_workspace_analytics_query_usage_by_product_over_time_request.additional_properties = d
        return post_workspace_analytics_query_usage_by_product_over_time_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ColumnFilter
    from ..models.column_filter import ColumnFilter  # noqa: F401

    _nested_models_loaded = True
