from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_query_params_json_schema_properties import ConvaiQueryParamsJsonSchemaProperties


T = TypeVar("T", bound="ConvaiQueryParamsJsonSchema")


@_attrs_define
class ConvaiQueryParamsJsonSchema:
    """Query parameters of a webhook tool.

    Attributes:
        properties (ConvaiQueryParamsJsonSchemaProperties):
        required (list[str] | Unset):
    """

    properties: ConvaiQueryParamsJsonSchemaProperties
    required: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        properties = ConvaiQueryParamsJsonSchemaProperties.from_dict(d.pop("properties"))

        required = cast(list[str], d.pop("required", UNSET))

        convai_query_params_json_schema = cls(
            properties=properties,
            required=required,
        )

        return convai_query_params_json_schema


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiQueryParamsJsonSchemaProperties
    from ..models.convai_query_params_json_schema_properties import ConvaiQueryParamsJsonSchemaProperties  # noqa: F401

    _nested_models_loaded = True
