from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput


T = TypeVar("T", bound="ConvaiArrayJsonSchemaPropertyOutput")


@_attrs_define
class ConvaiArrayJsonSchemaPropertyOutput:
    """An array parameter of a tool, as returned.

    Attributes:
        description (str | Unset):  Default: ''.
        dynamic_variable (str | Unset):  Default: ''.
        constant_value (list[Any] | None | Unset):
        is_omitted (bool | Unset):  Default: False.
        type_ (Literal['array'] | Unset):  Default: 'array'.
        items (ConvaiArrayJsonSchemaPropertyOutput | ConvaiLiteralJsonSchemaProperty |
            ConvaiObjectJsonSchemaPropertyOutput | Unset):
    """

    description: str | Unset = ""
    dynamic_variable: str | Unset = ""
    constant_value: list[Any] | None | Unset = UNSET
    is_omitted: bool | Unset = False
    type_: Literal["array"] | Unset = "array"
    items: (
        ConvaiArrayJsonSchemaPropertyOutput
        | ConvaiLiteralJsonSchemaProperty
        | ConvaiObjectJsonSchemaPropertyOutput
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        description = self.description

        dynamic_variable = self.dynamic_variable

        constant_value: list[Any] | None | Unset
        if isinstance(self.constant_value, Unset):
            constant_value = UNSET
        elif isinstance(self.constant_value, list):
            constant_value = self.constant_value

        else:
            constant_value = self.constant_value

        is_omitted = self.is_omitted

        type_ = self.type_

        items: dict[str, Any] | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, ConvaiLiteralJsonSchemaProperty):
            items = self.items.to_dict()
        elif isinstance(self.items, ConvaiObjectJsonSchemaPropertyOutput):
            items = self.items.to_dict()
        else:
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        dynamic_variable = d.pop("dynamic_variable", UNSET)

        def _parse_constant_value(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constant_value_type_0 = cast(list[Any], data)

                return constant_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        constant_value = _parse_constant_value(d.pop("constant_value", UNSET))

        is_omitted = d.pop("is_omitted", UNSET)

        type_ = cast(Literal["array"] | Unset, d.pop("type", UNSET))
        if type_ != "array" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'array', got '{type_}'")

        def _parse_items(
            data: object,
        ) -> (
            ConvaiArrayJsonSchemaPropertyOutput
            | ConvaiLiteralJsonSchemaProperty
            | ConvaiObjectJsonSchemaPropertyOutput
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") in ("boolean", "integer", "number", "string"):
                    items_type_0 = ConvaiLiteralJsonSchemaProperty.from_dict(data)

                    return items_type_0
                if data.get("type") == "object":
                    items_type_1 = ConvaiObjectJsonSchemaPropertyOutput.from_dict(data)

                    return items_type_1
                if data.get("type") == "array":
                    items_type_2 = ConvaiArrayJsonSchemaPropertyOutput.from_dict(data)

                    return items_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                items_type_0 = ConvaiLiteralJsonSchemaProperty.from_dict(data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                items_type_1 = ConvaiObjectJsonSchemaPropertyOutput.from_dict(data)

                return items_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            items_type_2 = ConvaiArrayJsonSchemaPropertyOutput.from_dict(data)

            return items_type_2

        items = _parse_items(d.pop("items", UNSET))

        convai_array_json_schema_property_output = cls(
            description=description,
            dynamic_variable=dynamic_variable,
            constant_value=constant_value,
            is_omitted=is_omitted,
            type_=type_,
            items=items,
        )

        return convai_array_json_schema_property_output


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiLiteralJsonSchemaProperty, ConvaiObjectJsonSchemaPropertyOutput
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty  # noqa: F401
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput  # noqa: F401

    _nested_models_loaded = True
