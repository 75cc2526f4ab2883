from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_protection_status import BranchProtectionStatus, check_branch_protection_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_branch_basic_info import AgentBranchBasicInfo
    from ..models.agent_version_metadata import AgentVersionMetadata
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="AgentBranchResponse")


@_attrs_define
class AgentBranchResponse:
    """
    Attributes:
        id (str):
        name (str):
        agent_id (str):
        description (str):
        created_at (int):
        last_committed_at (int):
        is_archived (bool):
        protection_status (BranchProtectionStatus | Unset):  Default: 'writer_perms_required'.
        access_info (ConvaiResourceAccessInfo | None | Unset):
        current_live_percentage (float | Unset):  Default: 0.0.
        parent_branch (AgentBranchBasicInfo | None | Unset):
        most_recent_versions (list[AgentVersionMetadata] | Unset):
    """

    id: str
    name: str
    agent_id: str
    description: str
    created_at: int
    last_committed_at: int
    is_archived: bool
    protection_status: BranchProtectionStatus | Unset = "writer_perms_required"
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    current_live_percentage: float | Unset = 0.0
    parent_branch: AgentBranchBasicInfo | None | Unset = UNSET
    most_recent_versions: list[AgentVersionMetadata] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        agent_id = self.agent_id

        description = self.description

        created_at = self.created_at

        last_committed_at = self.last_committed_at

        is_archived = self.is_archived

        protection_status: str | Unset = UNSET
        if not isinstance(self.protection_status, Unset):
            protection_status = self.protection_status

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        current_live_percentage = self.current_live_percentage

        parent_branch: dict[str, Any] | None | Unset
        if isinstance(self.parent_branch, Unset):
            parent_branch = UNSET
        elif isinstance(self.parent_branch, AgentBranchBasicInfo):
            parent_branch = self.parent_branch.to_dict()
        else:
            parent_branch = self.parent_branch

        most_recent_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.most_recent_versions, Unset):
            most_recent_versions = []
            for most_recent_versions_item_data in self.most_recent_versions:
                most_recent_versions_item = most_recent_versions_item_data.to_dict()
                most_recent_versions.append(most_recent_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "agent_id": agent_id,
                "description": description,
                "created_at": created_at,
                "last_committed_at": last_committed_at,
                "is_archived": is_archived,
            }
        )
        if protection_status is not UNSET:
            field_dict["protection_status"] = protection_status
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if current_live_percentage is not UNSET:
            field_dict["current_live_percentage"] = current_live_percentage
        if parent_branch is not UNSET:
            field_dict["parent_branch"] = parent_branch
        if most_recent_versions is not UNSET:
            field_dict["most_recent_versions"] = most_recent_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        agent_id = d.pop("agent_id")

        description = d.pop("description")

        created_at = d.pop("created_at")

        last_committed_at = d.pop("last_committed_at")

        is_archived = d.pop("is_archived")

        _protection_status = d.pop("protection_status", UNSET)
        protection_status: BranchProtectionStatus | Unset
        if isinstance(_protection_status, Unset):
            protection_status = UNSET
        else:
            protection_status = check_branch_protection_status(_protection_status)

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        current_live_percentage = d.pop("current_live_percentage", UNSET)

        def _parse_parent_branch(data: object) -> AgentBranchBasicInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_branch_type_0 = AgentBranchBasicInfo.from_dict(data)

                return parent_branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentBranchBasicInfo | None | Unset, data)

        parent_branch = _parse_parent_branch(d.pop("parent_branch", UNSET))

        _most_recent_versions = d.pop("most_recent_versions", UNSET)
        most_recent_versions: list[AgentVersionMetadata] | Unset = UNSET
        if _most_recent_versions is not UNSET:
            most_recent_versions = []
            for most_recent_versions_item_data in _most_recent_versions:
                most_recent_versions_item = AgentVersionMetadata.from_dict(most_recent_versions_item_data)

                most_recent_versions.append(most_recent_versions_item)

        agent_branch_response = cls(
            id=id,
            name=name,
            agent_id=agent_id,
            description=description,
            created_at=created_at,
            last_committed_at=last_committed_at,
            is_archived=is_archived,
            protection_status=protection_status,
            access_info=access_info,
            current_live_percentage=current_live_percentage,
            parent_branch=parent_branch,
            most_recent_versions=most_recent_versions,
        )

        agent_branch_response.additional_properties = d
        return agent_branch_response

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
    global _nested_models_loaded, AgentBranchBasicInfo, AgentVersionMetadata, ConvaiResourceAccessInfo
    from ..models.agent_branch_basic_info import AgentBranchBasicInfo  # noqa: F401
    from ..models.agent_version_metadata import AgentVersionMetadata  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
