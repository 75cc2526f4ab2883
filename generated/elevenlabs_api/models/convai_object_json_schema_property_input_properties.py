from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_array_json_schema_property_input import ConvaiArrayJsonSchemaPropertyInput
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput


T = TypeVar("T", bound="ConvaiObjectJsonSchemaPropertyInputProperties")


@_attrs_define
class ConvaiObjectJsonSchemaPropertyInputProperties:
    additional_properties: dict[
        str, ConvaiArrayJsonSchemaPropertyInput | ConvaiLiteralJsonSchemaProperty | ConvaiObjectJsonSchemaPropertyInput
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ConvaiLiteralJsonSchemaProperty):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ConvaiObjectJsonSchemaPropertyInput):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        convai_object_json_schema_property_input_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                ConvaiArrayJsonSchemaPropertyInput
                | ConvaiLiteralJsonSchemaProperty
                | ConvaiObjectJsonSchemaPropertyInput
            ):
                if isinstance(data, dict):
                    if data.get("type") in ("boolean", "integer", "number", "string"):
                        componentsschemas_convai_json_schema_property_input_type_0 = (
                            ConvaiLiteralJsonSchemaProperty.from_dict(data)
                        )

                        return componentsschemas_convai_json_schema_property_input_type_0
                    if data.get("type") == "object":
                        componentsschemas_convai_json_schema_property_input_type_1 = (
                            ConvaiObjectJsonSchemaPropertyInput.from_dict(data)
                        )

                        return componentsschemas_convai_json_schema_property_input_type_1
                    if data.get("type") == "array":
                        componentsschemas_convai_json_schema_property_input_type_2 = (
                            ConvaiArrayJsonSchemaPropertyInput.from_dict(data)
                        )

                        return componentsschemas_convai_json_schema_property_input_type_2

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_json_schema_property_input_type_0 = (
                        ConvaiLiteralJsonSchemaProperty.from_dict(data)
                    )

                    return componentsschemas_convai_json_schema_property_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_json_schema_property_input_type_1 = (
                        ConvaiObjectJsonSchemaPropertyInput.from_dict(data)
                    )

                    return componentsschemas_convai_json_schema_property_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_json_schema_property_input_type_2 = (
                    ConvaiArrayJsonSchemaPropertyInput.from_dict(data)
                )

                return componentsschemas_convai_json_schema_property_input_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        convai_object_json_schema_property_input_properties.additional_properties = additional_properties
        return convai_object_json_schema_property_input_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ConvaiArrayJsonSchemaPropertyInput | ConvaiLiteralJsonSchemaProperty | ConvaiObjectJsonSchemaPropertyInput:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ConvaiArrayJsonSchemaPropertyInput
        | ConvaiLiteralJsonSchemaProperty
        | ConvaiObjectJsonSchemaPropertyInput,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ConvaiArrayJsonSchemaPropertyInput, \
        ConvaiLiteralJsonSchemaProperty, \
        ConvaiObjectJsonSchemaPropertyInput
    from ..models.convai_array_json_schema_property_input import ConvaiArrayJsonSchemaPropertyInput  # noqa: F401
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty  # noqa: F401
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput  # noqa: F401

    _nested_models_loaded = True
