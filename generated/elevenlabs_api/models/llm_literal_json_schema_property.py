from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_literal_json_schema_property_type_type_0 import (
    LLMLiteralJsonSchemaPropertyTypeType0,
    check_llm_literal_json_schema_property_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMLiteralJsonSchemaProperty")


@_attrs_define
class LLMLiteralJsonSchemaProperty:
    """
    Attributes:
        type_ (list[str] | LLMLiteralJsonSchemaPropertyTypeType0):
        description (str):
        enum (list[str] | None | Unset):
    """

    type_: list[str] | LLMLiteralJsonSchemaPropertyTypeType0
    description: str
    enum: list[str] | None | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
            }
        )
        if enum is not UNSET:
            field_dict["enum"] = enum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> list[str] | LLMLiteralJsonSchemaPropertyTypeType0:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_llm_literal_json_schema_property_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            type_type_1 = cast(list[str], data)

            return type_type_1

        type_ = _parse_type_(d.pop("type"))

        description = d.pop("description")

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

        llm_literal_json_schema_property = cls(
            type_=type_,
            description=description,
            enum=enum,
        )

        llm_literal_json_schema_property.additional_properties = d
        return llm_literal_json_schema_property

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
