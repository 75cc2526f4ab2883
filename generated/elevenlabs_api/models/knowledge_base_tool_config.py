from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_strategy import SearchStrategy, check_search_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseToolConfig")


@_attrs_define
class KnowledgeBaseToolConfig:
    """
    Attributes:
        system_tool_type (Literal['knowledge_base'] | Unset):  Default: 'knowledge_base'.
        enabled_strategies (list[SearchStrategy] | Unset):
    """

    system_tool_type: Literal["knowledge_base"] | Unset = "knowledge_base"
    enabled_strategies: list[SearchStrategy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        enabled_strategies: list[str] | Unset = UNSET
        if not isinstance(self.enabled_strategies, Unset):
            enabled_strategies = []
            for enabled_strategies_item_data in self.enabled_strategies:
                enabled_strategies_item: str = enabled_strategies_item_data
                enabled_strategies.append(enabled_strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if enabled_strategies is not UNSET:
            field_dict["enabled_strategies"] = enabled_strategies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_tool_type = cast(Literal["knowledge_base"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "knowledge_base" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'knowledge_base', got '{system_tool_type}'")

        _enabled_strategies = d.pop("enabled_strategies", UNSET)
        enabled_strategies: list[SearchStrategy] | Unset = UNSET
        if _enabled_strategies is not UNSET:
            enabled_strategies = []
            for enabled_strategies_item_data in _enabled_strategies:
                enabled_strategies_item = check_search_strategy(enabled_strategies_item_data)

                enabled_strategies.append(enabled_strategies_item)

        knowledge_base_tool_config = cls(
            system_tool_type=system_tool_type,
            enabled_strategies=enabled_strategies,
        )

        knowledge_base_tool_config.additional_properties = d
        return knowledge_base_tool_config

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
