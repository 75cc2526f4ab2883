from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostConvaiAgentsBranchesMergeRequest")


@_attrs_define
class PostConvaiAgentsBranchesMergeRequest:
    """
    Attributes:
        archive_source_branch (bool | Unset):  Default: True.
        force (bool | Unset):  Default: False.
    """

    archive_source_branch: bool | Unset = True
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_source_branch = self.archive_source_branch

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archive_source_branch is not UNSET:
            field_dict["archive_source_branch"] = archive_source_branch
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archive_source_branch = d.pop("archive_source_branch", UNSET)

        force = d.pop("force", UNSET)

        post_convai_agents_branches_merge_request = cls(
            archive_source_branch=archive_source_branch,
            force=force,
        )

        post_convai_agents_branches_merge_request.additional_properties = d
        return post_convai_agents_branches_merge_request

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
