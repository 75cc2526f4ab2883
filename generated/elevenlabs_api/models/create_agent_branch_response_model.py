from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateAgentBranchResponseModel")


@_attrs_define
class CreateAgentBranchResponseModel:
    """
    Attributes:
        created_branch_id (str):
        created_version_id (str):
    """

    created_branch_id: str
    created_version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_branch_id = self.created_branch_id

        created_version_id = self.created_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_branch_id": created_branch_id,
                "created_version_id": created_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_branch_id = d.pop("created_branch_id")

        created_version_id = d.pop("created_version_id")

        create_agent_branch_response_model = cls(
            created_branch_id=created_branch_id,
            created_version_id=created_version_id,
        )

        create_agent_branch_response_model.additional_properties = d
        return create_agent_branch_response_model

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
