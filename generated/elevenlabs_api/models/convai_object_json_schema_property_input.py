from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_object_json_schema_property_input_properties import (
        ConvaiObjectJsonSchemaPropertyInputProperties,
    )


T = TypeVar("T", bound="ConvaiObjectJsonSchemaPropertyInput")


@_attrs_define
class ConvaiObjectJsonSchemaPropertyInput:
    """An object parameter of a tool, as sent.

    Attributes:
        type_ (Literal['object'] | Unset):  Default: 'object'.
        required (list[str] | Unset):
        description (str | Unset):  Default: ''.
        properties (ConvaiObjectJsonSchemaPropertyInputProperties | Unset):
    """

    type_: Literal["object"] | Unset = "object"
    required: list[str] | Unset = UNSET
    description: str | Unset = ""
    properties: ConvaiObjectJsonSchemaPropertyInputProperties | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        description = self.description

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["object"] | Unset, d.pop("type", UNSET))
        if type_ != "object" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'object', got '{type_}'")

        required = cast(list[str], d.pop("required", UNSET))

        description = d.pop("description", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: ConvaiObjectJsonSchemaPropertyInputProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ConvaiObjectJsonSchemaPropertyInputProperties.from_dict(_properties)

        convai_object_json_schema_property_input = cls(
            type_=type_,
            required=required,
            description=description,
            properties=properties,
        )

        return convai_object_json_schema_property_input


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiObjectJsonSchemaPropertyInputProperties
    from ..models.convai_object_json_schema_property_input_properties import (
        ConvaiObjectJsonSchemaPropertyInputProperties,  # noqa: F401
    )

    _nested_models_loaded = True
