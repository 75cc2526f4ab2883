from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_workspace_analytics_requests_request_sort_type_0 import (
    PostWorkspaceAnalyticsRequestsRequestSortType0,
    check_post_workspace_analytics_requests_request_sort_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_filter import ColumnFilter


T = TypeVar("T", bound="PostWorkspaceAnalyticsRequestsRequest")


@_attrs_define
class PostWorkspaceAnalyticsRequestsRequest:
    """
    Attributes:
        start_time (int | None | Unset):
        end_time (int | None | Unset):
        limit (int | Unset):  Default: 100.
        sort (None | PostWorkspaceAnalyticsRequestsRequestSortType0 | Unset):
        filters (list[ColumnFilter] | None | Unset):
        search (None | str | Unset):
    """

    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    limit: int | Unset = 100
    sort: None | PostWorkspaceAnalyticsRequestsRequestSortType0 | Unset = UNSET
    filters: list[ColumnFilter] | None | Unset = UNSET
    search: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        limit = self.limit

        sort: None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, str):
            sort = self.sort
        else:
            sort = self.sort

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

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        limit = d.pop("limit", UNSET)

        def _parse_sort(data: object) -> None | PostWorkspaceAnalyticsRequestsRequestSortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_type_0 = check_post_workspace_analytics_requests_request_sort_type_0(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostWorkspaceAnalyticsRequestsRequestSortType0 | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

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

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        post_workspace_analytics_requests_request = cls(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            sort=sort,
            filters=filters,
            search=search,
        )

        post_workspace_analytics_requests_request.additional_properties = d
        return post_workspace_analytics_requests_request

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
