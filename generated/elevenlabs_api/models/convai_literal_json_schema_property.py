from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_literal_json_schema_property_type import (
    ConvaiLiteralJsonSchemaPropertyType,
    check_convai_literal_json_schema_property_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiLiteralJsonSchemaProperty")


@_attrs_define
class ConvaiLiteralJsonSchemaProperty:
    """A scalar parameter of a tool, filled by the model, a dynamic variable or a constant.

    Attributes:
        type_ (ConvaiLiteralJsonSchemaPropertyType):
        description (str | Unset):  Default: ''.
        dynamic_variable (str | Unset):  Default: ''.
        constant_value (bool | float | int | str | Unset):  Default: ''.
    """

    type_: ConvaiLiteralJsonSchemaPropertyType
    description: str | Unset = ""
    dynamic_variable: str | Unset = ""
    constant_value: bool | float | int | str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        description = self.description

        dynamic_variable = self.dynamic_variable

        constant_value: bool | float | int | str | Unset
        if isinstance(self.constant_value, Unset):
            constant_value = UNSET
        else:
            constant_value = self.constant_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if dynamic_variable is not UNSET:
            field_dict["dynamic_variable"] = dynamic_variable
        if constant_value is not UNSET:
            field_dict["constant_value"] = constant_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_convai_literal_json_schema_property_type(d.pop("type"))

        description = d.pop("description", UNSET)

        dynamic_variable = d.pop("dynamic_variable", UNSET)

        def _parse_constant_value(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | int | str | Unset, data)

        constant_value = _parse_constant_value(d.pop("constant_value", UNSET))

        convai_literal_json_schema_property = cls(
            type_=type_,
            description=description,
            dynamic_variable=dynamic_variable,
            constant_value=constant_value,
        )

        convai_literal_json_schema_property.additional_properties = d
        return convai_literal_json_schema_property

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
