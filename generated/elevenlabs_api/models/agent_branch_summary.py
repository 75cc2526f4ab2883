from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_protection_status import BranchProtectionStatus, check_branch_protection_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="AgentBranchSummary")


@_attrs_define
class AgentBranchSummary:
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
        parent_branch_id (None | str | Unset):
        draft_exists (bool | Unset):  Default: False.
        calls_7d (int | Unset):  Default: 0.
        commits_ahead (int | None | Unset):
        commits_behind (int | None | Unset):
        merged_into_branch_id (None | str | Unset):
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
    parent_branch_id: None | str | Unset = UNSET
    draft_exists: bool | Unset = False
    calls_7d: int | Unset = 0
    commits_ahead: int | None | Unset = UNSET
    commits_behind: int | None | Unset = UNSET
    merged_into_branch_id: None | str | Unset = UNSET
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

        parent_branch_id: None | str | Unset
        if isinstance(self.parent_branch_id, Unset):
            parent_branch_id = UNSET
        else:
            parent_branch_id = self.parent_branch_id

        draft_exists = self.draft_exists

        calls_7d = self.calls_7d

        commits_ahead: int | None | Unset
        if isinstance(self.commits_ahead, Unset):
            commits_ahead = UNSET
        else:
            commits_ahead = self.commits_ahead

        commits_behind: int | None | Unset
        if isinstance(self.commits_behind, Unset):
            commits_behind = UNSET
        else:
            commits_behind = self.commits_behind

        merged_into_branch_id: None | str | Unset
        if isinstance(self.merged_into_branch_id, Unset):
            merged_into_branch_id = UNSET
        else:
            merged_into_branch_id = self.merged_into_branch_id

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
        if parent_branch_id is not UNSET:
            field_dict["parent_branch_id"] = parent_branch_id
        if draft_exists is not UNSET:
            field_dict["draft_exists"] = draft_exists
        if calls_7d is not UNSET:
            field_dict["calls_7d"] = calls_7d
        if commits_ahead is not UNSET:
            field_dict["commits_ahead"] = commits_ahead
        if commits_behind is not UNSET:
            field_dict["commits_behind"] = commits_behind
        if merged_into_branch_id is not UNSET:
            field_dict["merged_into_branch_id"] = merged_into_branch_id

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

        def _parse_parent_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_branch_id = _parse_parent_branch_id(d.pop("parent_branch_id", UNSET))

        draft_exists = d.pop("draft_exists", UNSET)

        calls_7d = d.pop("calls_7d", UNSET)

        def _parse_commits_ahead(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        commits_ahead = _parse_commits_ahead(d.pop("commits_ahead", UNSET))

        def _parse_commits_behind(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        commits_behind = _parse_commits_behind(d.pop("commits_behind", UNSET))

        def _parse_merged_into_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merged_into_branch_id = _parse_merged_into_branch_id(d.pop("merged_into_branch_id", UNSET))

        agent_branch_summary = cls(
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
            parent_branch_id=parent_branch_id,
            draft_exists=draft_exists,
            calls_7d=calls_7d,
            commits_ahead=commits_ahead,
            commits_behind=commits_behind,
            merged_into_branch_id=merged_into_branch_id,
        )

        agent_branch_summary.additional_properties = d
        return agent_branch_summary

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
    global _nested_models_loaded, ConvaiResourceAccessInfo
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
