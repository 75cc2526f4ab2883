from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.llm_literal_json_schema_property import LLMLiteralJsonSchemaProperty


T = TypeVar("T", bound="ASTLLMNodeOutput")


@_attrs_define
class ASTLLMNodeOutput:
    """
    Attributes:
        type_ (Literal['llm']):  Default: 'llm'.
        value_schema (LLMLiteralJsonSchemaProperty):
        prompt (str):
    """

    value_schema: LLMLiteralJsonSchemaProperty
    prompt: str
    type_: Literal["llm"] = "llm"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        value_schema = self.value_schema.to_dict()

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value_schema": value_schema,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["llm"], d.pop("type"))
        if type_ != "llm":
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        value_schema = LLMLiteralJsonSchemaProperty.from_dict(d.pop("value_schema"))

        prompt = d.pop("prompt")

        astllm_node_output = cls(
            type_=type_,
            value_schema=value_schema,
            prompt=prompt,
        )

        astllm_node_output.additional_properties = d
        return astllm_node_output

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
