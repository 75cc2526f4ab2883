from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_entity_type import ConfigEntityType, check_config_entity_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationHistoryRedactionConfig")


@_attrs_define
class ConversationHistoryRedactionConfig:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        entities (list[ConfigEntityType] | Unset):
    """

    enabled: bool | Unset = False
    entities: list[ConfigEntityType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        entities: list[str] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item: str = entities_item_data
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[ConfigEntityType] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = check_config_entity_type(entities_item_data)

                entities.append(entities_item)

        conversation_history_redaction_config = cls(
            enabled=enabled,
            entities=entities,
        )

        conversation_history_redaction_config.additional_properties = d
        return conversation_history_redaction_config

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
