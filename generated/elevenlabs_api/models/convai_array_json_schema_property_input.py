from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput


T = TypeVar("T", bound="ConvaiArrayJsonSchemaPropertyInput")


@_attrs_define
class ConvaiArrayJsonSchemaPropertyInput:
    """An array parameter of a tool, as sent.

    Attributes:
        items (ConvaiArrayJsonSchemaPropertyInput | ConvaiLiteralJsonSchemaProperty |
            ConvaiObjectJsonSchemaPropertyInput): Any parameter schema of a tool, as sent.
        type_ (Literal['array'] | Unset):  Default: 'array'.
        description (str | Unset):  Default: ''.
    """

    items: ConvaiArrayJsonSchemaPropertyInput | ConvaiLiteralJsonSchemaProperty | ConvaiObjectJsonSchemaPropertyInput
    type_: Literal["array"] | Unset = "array"
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        items: dict[str, Any]
        if isinstance(self.items, ConvaiLiteralJsonSchemaProperty):
            items = self.items.to_dict()
        elif isinstance(self.items, ConvaiObjectJsonSchemaPropertyInput):
            items = self.items.to_dict()
        else:
            items = self.items.to_dict()

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_items(
            data: object,
        ) -> ConvaiArrayJsonSchemaPropertyInput | ConvaiLiteralJsonSchemaProperty | ConvaiObjectJsonSchemaPropertyInput:
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
                componentsschemas_convai_json_schema_property_input_type_0 = ConvaiLiteralJsonSchemaProperty.from_dict(
                    data
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
            componentsschemas_convai_json_schema_property_input_type_2 = ConvaiArrayJsonSchemaPropertyInput.from_dict(
                data
            )

            return componentsschemas_convai_json_schema_property_input_type_2

        items = _parse_items(d.pop("items"))

        type_ = cast(Literal["array"] | Unset, d.pop("type", UNSET))
        if type_ != "array" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'array', got '{type_}'")

        description = d.pop("description", UNSET)

        convai_array_json_schema_property_input = cls(
            items=items,
            type_=type_,
            description=description,
        )

        return convai_array_json_schema_property_input


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiLiteralJsonSchemaProperty, ConvaiObjectJsonSchemaPropertyInput
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty  # noqa: F401
    from ..models.convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput  # noqa: F401

    _nested_models_loaded = True
