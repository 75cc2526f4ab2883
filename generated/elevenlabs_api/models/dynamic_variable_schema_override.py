from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicVariableSchemaOverride")


@_attrs_define
class DynamicVariableSchemaOverride:
    """
    Attributes:
        dynamic_variable (str):
        source (Literal['dynamic_variable'] | Unset):  Default: 'dynamic_variable'.
    """

    dynamic_variable: str
    source: Literal["dynamic_variable"] | Unset = "dynamic_variable"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_variable = self.dynamic_variable

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamic_variable": dynamic_variable,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dynamic_variable = d.pop("dynamic_variable")

        source = cast(Literal["dynamic_variable"] | Unset, d.pop("source", UNSET))
        if source != "dynamic_variable" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'dynamic_variable', got '{source}'")

        dynamic_variable_schema_override = cls(
            dynamic_variable=dynamic_variable,
            source=source,
        )

        dynamic_variable_schema_override.additional_properties = d
        return dynamic_variable_schema_override

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
