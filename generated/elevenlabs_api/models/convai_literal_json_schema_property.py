from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_literal_json_schema_property_type_type_0 import (
    ConvaiLiteralJsonSchemaPropertyTypeType0,
    check_convai_literal_json_schema_property_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiLiteralJsonSchemaProperty")


@_attrs_define
class ConvaiLiteralJsonSchemaProperty:
    """A scalar parameter of a tool, filled by the model, a dynamic variable or a constant.

    Attributes:
        type_ (ConvaiLiteralJsonSchemaPropertyTypeType0 | list[str]):
        description (str | Unset):  Default: ''.
        enum (list[str] | None | Unset):
        is_system_provided (bool | Unset):  Default: False.
        dynamic_variable (str | Unset):  Default: ''.
        allowed_values_dynamic_variable (str | Unset):  Default: ''.
        constant_value (bool | float | int | None | str | Unset):  Default: ''.
        is_omitted (bool | Unset):  Default: False.
    """

    type_: ConvaiLiteralJsonSchemaPropertyTypeType0 | list[str]
    description: str | Unset = ""
    enum: list[str] | None | Unset = UNSET
    is_system_provided: bool | Unset = False
    dynamic_variable: str | Unset = ""
    allowed_values_dynamic_variable: str | Unset = ""
    constant_value: bool | float | int | None | str | Unset = ""
    is_omitted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: list[str] | str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        description = self.description

        enum: list[str] | None | Unset
        if isinstance(self.enum, Unset):
            enum = UNSET
        elif isinstance(self.enum, list):
            enum = self.enum

        else:
            enum = self.enum

        is_system_provided = self.is_system_provided

        dynamic_variable = self.dynamic_variable

        allowed_values_dynamic_variable = self.allowed_values_dynamic_variable

        constant_value: bool | float | int | None | str | Unset
        if isinstance(self.constant_value, Unset):
            constant_value = UNSET
        else:
            constant_value = self.constant_value

        is_omitted = self.is_omitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if is_system_provided is not UNSET:
            field_dict["is_system_provided"] = is_system_provided
        if dynamic_variable is not UNSET:
            field_dict["dynamic_variable"] = dynamic_variable
        if allowed_values_dynamic_variable is not UNSET:
            field_dict["allowed_values_dynamic_variable"] = allowed_values_dynamic_variable
        if constant_value is not UNSET:
            field_dict["constant_value"] = constant_value
        if is_omitted is not UNSET:
            field_dict["is_omitted"] = is_omitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ConvaiLiteralJsonSchemaPropertyTypeType0 | list[str]:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_convai_literal_json_schema_property_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            type_type_1 = cast(list[str], data)

            return type_type_1

        type_ = _parse_type_(d.pop("type"))

        description = d.pop("description", UNSET)

        def _parse_enum(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enum_type_0 = cast(list[str], data)

                return enum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enum = _parse_enum(d.pop("enum", UNSET))

        is_system_provided = d.pop("is_system_provided", UNSET)

        dynamic_variable = d.pop("dynamic_variable", UNSET)

        allowed_values_dynamic_variable = d.pop("allowed_values_dynamic_variable", UNSET)

        def _parse_constant_value(data: object) -> bool | float | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | int | None | str | Unset, data)

        constant_value = _parse_constant_value(d.pop("constant_value", UNSET))

        is_omitted = d.pop("is_omitted", UNSET)

        convai_literal_json_schema_property = cls(
            type_=type_,
            description=description,
            enum=enum,
            is_system_provided=is_system_provided,
            dynamic_variable=dynamic_variable,
            allowed_values_dynamic_variable=allowed_values_dynamic_variable,
            constant_value=constant_value,
            is_omitted=is_omitted,
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
