from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetadata")


@_attrs_define
class AgentMetadata:
    """
    Attributes:
        agent_id (str):
        branch_id (None | str | Unset):
        workflow_node_id (None | str | Unset):
        version_id (None | str | Unset):
    """

    agent_id: str
    branch_id: None | str | Unset = UNSET
    workflow_node_id: None | str | Unset = UNSET
    version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        workflow_node_id: None | str | Unset
        if isinstance(self.workflow_node_id, Unset):
            workflow_node_id = UNSET
        else:
            workflow_node_id = self.workflow_node_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_workflow_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_node_id = _parse_workflow_node_id(d.pop("workflow_node_id", UNSET))

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        agent_metadata = cls(
            agent_id=agent_id,
            branch_id=branch_id,
            workflow_node_id=workflow_node_id,
            version_id=version_id,
        )

        agent_metadata.additional_properties = d
        return agent_metadata

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
