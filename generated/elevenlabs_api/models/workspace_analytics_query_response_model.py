from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_unit import ColumnUnit, check_column_unit
from ..models.workspace_analytics_query_response_model_column_types_item import (
    WorkspaceAnalyticsQueryResponseModelColumnTypesItem,
    check_workspace_analytics_query_response_model_column_types_item,
)

T = TypeVar("T", bound="WorkspaceAnalyticsQueryResponseModel")


@_attrs_define
class WorkspaceAnalyticsQueryResponseModel:
    """
    Attributes:
        columns (list[str]):
        column_types (list[WorkspaceAnalyticsQueryResponseModelColumnTypesItem]):
        rows (list[list[bool | datetime.datetime | float | int | None | str]]):
        column_units (list[ColumnUnit | None]):
    """

    columns: list[str]
    column_types: list[WorkspaceAnalyticsQueryResponseModelColumnTypesItem]
    rows: list[list[bool | datetime.datetime | float | int | None | str]]
    column_units: list[ColumnUnit | None]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        column_types = []
        for column_types_item_data in self.column_types:
            column_types_item: str = column_types_item_data
            column_types.append(column_types_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = []
            for rows_item_item_data in rows_item_data:
                rows_item_item: bool | float | int | None | str
                if isinstance(rows_item_item_data, datetime.datetime):
                    rows_item_item = rows_item_item_data.isoformat()
                else:
                    rows_item_item = rows_item_item_data
                rows_item.append(rows_item_item)

            rows.append(rows_item)

        column_units = []
        for column_units_item_data in self.column_units:
            column_units_item: None | str
            if isinstance(column_units_item_data, str):
                column_units_item = column_units_item_data
            else:
                column_units_item = column_units_item_data
            column_units.append(column_units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "column_types": column_types,
                "rows": rows,
                "column_units": column_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))

        column_types = []
        _column_types = d.pop("column_types")
        for column_types_item_data in _column_types:
            column_types_item = check_workspace_analytics_query_response_model_column_types_item(column_types_item_data)

            column_types.append(column_types_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = []
            _rows_item = rows_item_data
            for rows_item_item_data in _rows_item:

                def _parse_rows_item_item(data: object) -> bool | datetime.datetime | float | int | None | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        rows_item_item_type_4 = datetime.datetime.fromisoformat(data)

                        return rows_item_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | datetime.datetime | float | int | None | str, data)

                rows_item_item = _parse_rows_item_item(rows_item_item_data)

                rows_item.append(rows_item_item)

            rows.append(rows_item)

        column_units = []
        _column_units = d.pop("column_units")
        for column_units_item_data in _column_units:

            def _parse_column_units_item(data: object) -> ColumnUnit | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    column_units_item_type_0 = check_column_unit(data)

                    return column_units_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ColumnUnit | None, data)

            column_units_item = _parse_column_units_item(column_units_item_data)

            column_units.append(column_units_item)

        workspace_analytics_query_response_model = cls(
            columns=columns,
            column_types=column_types,
            rows=rows,
            column_units=column_units,
        )

        workspace_analytics_query_response_model.additional_properties = d
        return workspace_analytics_query_response_model

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
