from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.convai_object_json_schema_property_input_property_kind import (
    ConvaiObjectJsonSchemaPropertyInputPropertyKind,
    check_convai_object_json_schema_property_input_property_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_object_json_schema_property_input_constant_value_type_0 import (
        ConvaiObjectJsonSchemaPropertyInputConstantValueType0,
    )
    from ..models.convai_object_json_schema_property_input_properties import (
        ConvaiObjectJsonSchemaPropertyInputProperties,
    )
    from ..models.required_constraints import RequiredConstraints


T = TypeVar("T", bound="ConvaiObjectJsonSchemaPropertyInput")


@_attrs_define
class ConvaiObjectJsonSchemaPropertyInput:
    """An object parameter of a tool, as sent.

    Attributes:
        property_kind (ConvaiObjectJsonSchemaPropertyInputPropertyKind | Unset):  Default: 'object'.
        description (str | Unset):  Default: ''.
        dynamic_variable (str | Unset):  Default: ''.
        constant_value (ConvaiObjectJsonSchemaPropertyInputConstantValueType0 | None | Unset):
        is_omitted (bool | Unset):  Default: False.
        type_ (Literal['object'] | Unset):  Default: 'object'.
        required (list[str] | Unset):
        properties (ConvaiObjectJsonSchemaPropertyInputProperties | Unset):
        required_constraints (None | RequiredConstraints | Unset):
    """

    property_kind: ConvaiObjectJsonSchemaPropertyInputPropertyKind | Unset = "object"
    description: str | Unset = ""
    dynamic_variable: str | Unset = ""
    constant_value: ConvaiObjectJsonSchemaPropertyInputConstantValueType0 | None | Unset = UNSET
    is_omitted: bool | Unset = False
    type_: Literal["object"] | Unset = "object"
    required: list[str] | Unset = UNSET
    properties: ConvaiObjectJsonSchemaPropertyInputProperties | Unset = UNSET
    required_constraints: None | RequiredConstraints | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        property_kind: str | Unset = UNSET
        if not isinstance(self.property_kind, Unset):
            property_kind = self.property_kind

        description = self.description

        dynamic_variable = self.dynamic_variable

        constant_value: dict[str, Any] | None | Unset
        if isinstance(self.constant_value, Unset):
            constant_value = UNSET
        elif isinstance(self.constant_value, ConvaiObjectJsonSchemaPropertyInputConstantValueType0):
            constant_value = self.constant_value.to_dict()
        else:
            constant_value = self.constant_value

        is_omitted = self.is_omitted

        type_ = self.type_

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required_constraints: dict[str, Any] | None | Unset
        if isinstance(self.required_constraints, Unset):
            required_constraints = UNSET
        elif isinstance(self.required_constraints, RequiredConstraints):
            required_constraints = self.required_constraints.to_dict()
        else:
            required_constraints = self.required_constraints

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if property_kind is not UNSET:
            field_dict["property_kind"] = property_kind
        if description is not UNSET:
            field_dict["description"] = description
        if dynamic_variable is not UNSET:
            field_dict["dynamic_variable"] = dynamic_variable
        if constant_value is not UNSET:
            field_dict["constant_value"] = constant_value
        if is_omitted is not UNSET:
            field_dict["is_omitted"] = is_omitted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required_constraints is not UNSET:
            field_dict["required_constraints"] = required_constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _property_kind = d.pop("property_kind", UNSET)
        property_kind: ConvaiObjectJsonSchemaPropertyInputPropertyKind | Unset
        if isinstance(_property_kind, Unset):
            property_kind = UNSET
        else:
            property_kind = check_convai_object_json_schema_property_input_property_kind(_property_kind)

        description = d.pop("description", UNSET)

        dynamic_variable = d.pop("dynamic_variable", UNSET)

        def _parse_constant_value(data: object) -> ConvaiObjectJsonSchemaPropertyInputConstantValueType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constant_value_type_0 = ConvaiObjectJsonSchemaPropertyInputConstantValueType0.from_dict(data)

                return constant_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiObjectJsonSchemaPropertyInputConstantValueType0 | None | Unset, data)

        constant_value = _parse_constant_value(d.pop("constant_value", UNSET))

        is_omitted = d.pop("is_omitted", UNSET)

        type_ = cast(Literal["object"] | Unset, d.pop("type", UNSET))
        if type_ != "object" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'object', got '{type_}'")

        required = cast(list[str], d.pop("required", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: ConvaiObjectJsonSchemaPropertyInputProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ConvaiObjectJsonSchemaPropertyInputProperties.from_dict(_properties)

        def _parse_required_constraints(data: object) -> None | RequiredConstraints | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_constraints_type_0 = RequiredConstraints.from_dict(data)

                return required_constraints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequiredConstraints | Unset, data)

        required_constraints = _parse_required_constraints(d.pop("required_constraints", UNSET))

        convai_object_json_schema_property_input = cls(
            property_kind=property_kind,
            description=description,
            dynamic_variable=dynamic_variable,
            constant_value=constant_value,
            is_omitted=is_omitted,
            type_=type_,
            required=required,
            properties=properties,
            required_constraints=required_constraints,
        )

        return convai_object_json_schema_property_input


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ConvaiObjectJsonSchemaPropertyInputConstantValueType0, \
        ConvaiObjectJsonSchemaPropertyInputProperties, \
        RequiredConstraints
    from ..models.convai_object_json_schema_property_input_constant_value_type_0 import (
        ConvaiObjectJsonSchemaPropertyInputConstantValueType0,  # noqa: F401
    )
    from ..models.convai_object_json_schema_property_input_properties import (
        ConvaiObjectJsonSchemaPropertyInputProperties,  # noqa: F401
    )
    from ..models.required_constraints import RequiredConstraints  # noqa: F401

    _nested_models_loaded = True
