from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDynamicVariableAssignment")


@_attrs_define
class ConvaiDynamicVariableAssignment:
    """Stores a value from the tool's response in a dynamic variable.

    Attributes:
        dynamic_variable (str):
        value_path (str):
        source (Literal['response'] | Unset):  Default: 'response'.
        sanitize (bool | Unset):  Default: False.
        preserve_native_type (bool | Unset):  Default: False.
    """

    dynamic_variable: str
    value_path: str
    source: Literal["response"] | Unset = "response"
    sanitize: bool | Unset = False
    preserve_native_type: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_variable = self.dynamic_variable

        value_path = self.value_path

        source = self.source

        sanitize = self.sanitize

        preserve_native_type = self.preserve_native_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamic_variable": dynamic_variable,
                "value_path": value_path,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if sanitize is not UNSET:
            field_dict["sanitize"] = sanitize
        if preserve_native_type is not UNSET:
            field_dict["preserve_native_type"] = preserve_native_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dynamic_variable = d.pop("dynamic_variable")

        value_path = d.pop("value_path")

        source = cast(Literal["response"] | Unset, d.pop("source", UNSET))
        if source != "response" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'response', got '{source}'")

        sanitize = d.pop("sanitize", UNSET)

        preserve_native_type = d.pop("preserve_native_type", UNSET)

        convai_dynamic_variable_assignment = cls(
            dynamic_variable=dynamic_variable,
            value_path=value_path,
            source=source,
            sanitize=sanitize,
            preserve_native_type=preserve_native_type,
        )

        convai_dynamic_variable_assignment.additional_properties = d
        return convai_dynamic_variable_assignment

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
