from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_filter_operation import ColumnFilterOperation, check_column_filter_operation

T = TypeVar("T", bound="ColumnFilter")


@_attrs_define
class ColumnFilter:
    """
    Attributes:
        column (str):
        operation (ColumnFilterOperation):
        values (list[bool | datetime.datetime | float | int | None | str]):
    """

    column: str
    operation: ColumnFilterOperation
    values: list[bool | datetime.datetime | float | int | None | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        operation: str = self.operation

        values = []
        for values_item_data in self.values:
            values_item: bool | float | int | None | str
            if isinstance(values_item_data, datetime.datetime):
                values_item = values_item_data.isoformat()
            else:
                values_item = values_item_data
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column": column,
                "operation": operation,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")

        operation = check_column_filter_operation(d.pop("operation"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> bool | datetime.datetime | float | int | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    values_item_type_3 = datetime.datetime.fromisoformat(data)

                    return values_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | datetime.datetime | float | int | None | str, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        column_filter = cls(
            column=column,
            operation=operation,
            values=values,
        )

        column_filter.additional_properties = d
        return column_filter

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
