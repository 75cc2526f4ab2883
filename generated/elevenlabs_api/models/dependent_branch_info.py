from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DependentBranchInfo")


@_attrs_define
class DependentBranchInfo:
    """
    Attributes:
        agent_id (str):
        agent_name (str):
        branch_id (str):
        branch_name (str):
        is_main (bool):
    """

    agent_id: str
    agent_name: str
    branch_id: str
    branch_name: str
    is_main: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_name = self.agent_name

        branch_id = self.branch_id

        branch_name = self.branch_name

        is_main = self.is_main

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "agent_name": agent_name,
                "branch_id": branch_id,
                "branch_name": branch_name,
                "is_main": is_main,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        agent_name = d.pop("agent_name")

        branch_id = d.pop("branch_id")

        branch_name = d.pop("branch_name")

        is_main = d.pop("is_main")

        dependent_branch_info = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            branch_id=branch_id,
            branch_name=branch_name,
            is_main=is_main,
        )

        dependent_branch_info.additional_properties = d
        return dependent_branch_info

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
