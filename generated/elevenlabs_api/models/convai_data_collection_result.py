from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty


T = TypeVar("T", bound="ConvaiDataCollectionResult")


@_attrs_define
class ConvaiDataCollectionResult:
    """
    Attributes:
        data_collection_id (str):
        rationale (str):
        value (Any | Unset): The collected value, of any JSON type.
        json_schema (ConvaiLiteralJsonSchemaProperty | None | Unset):
    """

    data_collection_id: str
    rationale: str
    value: Any | Unset = UNSET
    json_schema: ConvaiLiteralJsonSchemaProperty | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        data_collection_id = self.data_collection_id

        rationale = self.rationale

        value = self.value

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, ConvaiLiteralJsonSchemaProperty):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_collection_id": data_collection_id,
                "rationale": rationale,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        data_collection_id = d.pop("data_collection_id")

        rationale = d.pop("rationale")

        value = d.pop("value", UNSET)

        def _parse_json_schema(data: object) -> ConvaiLiteralJsonSchemaProperty | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_schema_type_0 = ConvaiLiteralJsonSchemaProperty.from_dict(data)

                return json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLiteralJsonSchemaProperty | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        convai_data_collection_result = cls(
            data_collection_id=data_collection_id,
            rationale=rationale,
            value=value,
            json_schema=json_schema,
        )

        convai_data_collection_result.additional_properties = d
        return convai_data_collection_result

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiLiteralJsonSchemaProperty
    from ..models.convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty  # noqa: F401

    _nested_models_loaded = True
