from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseRagToolConfig")


@_attrs_define
class KnowledgeBaseRagToolConfig:
    """
    Attributes:
        system_tool_type (Literal['knowledge_base_rag'] | Unset):  Default: 'knowledge_base_rag'.
    """

    system_tool_type: Literal["knowledge_base_rag"] | Unset = "knowledge_base_rag"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_tool_type = cast(Literal["knowledge_base_rag"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "knowledge_base_rag" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'knowledge_base_rag', got '{system_tool_type}'")

        knowledge_base_rag_tool_config = cls(
            system_tool_type=system_tool_type,
        )

        knowledge_base_rag_tool_config.additional_properties = d
        return knowledge_base_rag_tool_config

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
