from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiToolMockConfig")


@_attrs_define
class ConvaiToolMockConfig:
    """What a mocked tool answers during a simulation.

    Attributes:
        default_return_value (str | Unset):  Default: 'Tool Called.'.
        default_is_error (bool | Unset):  Default: False.
    """

    default_return_value: str | Unset = "Tool Called."
    default_is_error: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_return_value = self.default_return_value

        default_is_error = self.default_is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_return_value is not UNSET:
            field_dict["default_return_value"] = default_return_value
        if default_is_error is not UNSET:
            field_dict["default_is_error"] = default_is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_return_value = d.pop("default_return_value", UNSET)

        default_is_error = d.pop("default_is_error", UNSET)

        convai_tool_mock_config = cls(
            default_return_value=default_return_value,
            default_is_error=default_is_error,
        )

        convai_tool_mock_config.additional_properties = d
        return convai_tool_mock_config

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
