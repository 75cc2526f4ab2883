from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_definition_source import AgentDefinitionSource, check_agent_definition_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetadataDBModel")


@_attrs_define
class AgentMetadataDBModel:
    """
    Attributes:
        created_at_unix_secs (int):
        updated_at_unix_secs (int):
        created_from (AgentDefinitionSource | Unset):  Default: 'unknown'.
        last_updated_from (AgentDefinitionSource | Unset):  Default: 'unknown'.
    """

    created_at_unix_secs: int
    updated_at_unix_secs: int
    created_from: AgentDefinitionSource | Unset = "unknown"
    last_updated_from: AgentDefinitionSource | Unset = "unknown"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        created_from: str | Unset = UNSET
        if not isinstance(self.created_from, Unset):
            created_from = self.created_from

        last_updated_from: str | Unset = UNSET
        if not isinstance(self.last_updated_from, Unset):
            last_updated_from = self.last_updated_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at_unix_secs": created_at_unix_secs,
                "updated_at_unix_secs": updated_at_unix_secs,
            }
        )
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if last_updated_from is not UNSET:
            field_dict["last_updated_from"] = last_updated_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at_unix_secs = d.pop("created_at_unix_secs")

        updated_at_unix_secs = d.pop("updated_at_unix_secs")

        _created_from = d.pop("created_from", UNSET)
        created_from: AgentDefinitionSource | Unset
        if isinstance(_created_from, Unset):
            created_from = UNSET
        else:
            created_from = check_agent_definition_source(_created_from)

        _last_updated_from = d.pop("last_updated_from", UNSET)
        last_updated_from: AgentDefinitionSource | Unset
        if isinstance(_last_updated_from, Unset):
            last_updated_from = UNSET
        else:
            last_updated_from = check_agent_definition_source(_last_updated_from)

        agent_metadata_db_model = cls(
            created_at_unix_secs=created_at_unix_secs,
            updated_at_unix_secs=updated_at_unix_secs,
            created_from=created_from,
            last_updated_from=last_updated_from,
        )

        agent_metadata_db_model.additional_properties = d
        return agent_metadata_db_model

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
