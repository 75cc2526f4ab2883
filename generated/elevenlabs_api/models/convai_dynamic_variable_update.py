from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiDynamicVariableUpdate")


@_attrs_define
class ConvaiDynamicVariableUpdate:
    """A change a tool made to a dynamic variable.

    Attributes:
        variable_name (str):
        old_value (None | str):
        new_value (str):
        updated_at (float):
        tool_name (str):
        tool_request_id (str):
    """

    variable_name: str
    old_value: None | str
    new_value: str
    updated_at: float
    tool_name: str
    tool_request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        old_value: None | str
        old_value = self.old_value

        new_value = self.new_value

        updated_at = self.updated_at

        tool_name = self.tool_name

        tool_request_id = self.tool_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
                "old_value": old_value,
                "new_value": new_value,
                "updated_at": updated_at,
                "tool_name": tool_name,
                "tool_request_id": tool_request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_name = d.pop("variable_name")

        def _parse_old_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        old_value = _parse_old_value(d.pop("old_value"))

        new_value = d.pop("new_value")

        updated_at = d.pop("updated_at")

        tool_name = d.pop("tool_name")

        tool_request_id = d.pop("tool_request_id")

        convai_dynamic_variable_update = cls(
            variable_name=variable_name,
            old_value=old_value,
            new_value=new_value,
            updated_at=updated_at,
            tool_name=tool_name,
            tool_request_id=tool_request_id,
        )

        convai_dynamic_variable_update.additional_properties = d
        return convai_dynamic_variable_update

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
