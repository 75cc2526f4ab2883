from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_literal_json_schema_property import LLMLiteralJsonSchemaProperty


T = TypeVar("T", bound="ASTLLMNodeInputType0")


@_attrs_define
class ASTLLMNodeInputType0:
    """
    Attributes:
        value_schema (LLMLiteralJsonSchemaProperty):
        type_ (Literal['llm'] | Unset):  Default: 'llm'.
    """

    value_schema: LLMLiteralJsonSchemaProperty
    type_: Literal["llm"] | Unset = "llm"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        value_schema = self.value_schema.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value_schema": value_schema,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        value_schema = LLMLiteralJsonSchemaProperty.from_dict(d.pop("value_schema"))

        type_ = cast(Literal["llm"] | Unset, d.pop("type", UNSET))
        if type_ != "llm" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        astllm_node_input_type_0 = cls(
            value_schema=value_schema,
            type_=type_,
        )

        astllm_node_input_type_0.additional_properties = d
        return astllm_node_input_type_0

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
    global _nested_models_loaded, LLMLiteralJsonSchemaProperty
    from ..models.llm_literal_json_schema_property import LLMLiteralJsonSchemaProperty  # noqa: F401

    _nested_models_loaded = True
