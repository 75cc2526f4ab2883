from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_version_parents import AgentVersionParents
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="AgentVersionMetadata")


@_attrs_define
class AgentVersionMetadata:
    """
    Attributes:
        id (str):
        agent_id (str):
        branch_id (str):
        version_description (str):
        seq_no_in_branch (int):
        time_committed_secs (int):
        parents (AgentVersionParents):
        access_info (ConvaiResourceAccessInfo | None | Unset):
    """

    id: str
    agent_id: str
    branch_id: str
    version_description: str
    seq_no_in_branch: int
    time_committed_secs: int
    parents: AgentVersionParents
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        agent_id = self.agent_id

        branch_id = self.branch_id

        version_description = self.version_description

        seq_no_in_branch = self.seq_no_in_branch

        time_committed_secs = self.time_committed_secs

        parents = self.parents.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "branch_id": branch_id,
                "version_description": version_description,
                "seq_no_in_branch": seq_no_in_branch,
                "time_committed_secs": time_committed_secs,
                "parents": parents,
            }
        )
        if access_info is not UNSET:
            field_dict["access_info"] = access_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agent_id")

        branch_id = d.pop("branch_id")

        version_description = d.pop("version_description")

        seq_no_in_branch = d.pop("seq_no_in_branch")

        time_committed_secs = d.pop("time_committed_secs")

        parents = AgentVersionParents.from_dict(d.pop("parents"))

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

        agent_version_metadata = cls(
            id=id,
            agent_id=agent_id,
            branch_id=branch_id,
            version_description=version_description,
            seq_no_in_branch=seq_no_in_branch,
            time_committed_secs=time_committed_secs,
            parents=parents,
            access_info=access_info,
        )

        agent_version_metadata.additional_properties = d
        return agent_version_metadata

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
    global _nested_models_loaded, AgentVersionParents, ConvaiResourceAccessInfo
    from ..models.agent_version_parents import AgentVersionParents  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
