from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_deployment_response_traffic_percentage_branch_id_map import (
        AgentDeploymentResponseTrafficPercentageBranchIdMap,
    )


T = TypeVar("T", bound="AgentDeploymentResponse")


@_attrs_define
class AgentDeploymentResponse:
    """
    Attributes:
        traffic_percentage_branch_id_map (AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset):
    """

    traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        traffic_percentage_branch_id_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_percentage_branch_id_map, Unset):
            traffic_percentage_branch_id_map = self.traffic_percentage_branch_id_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if traffic_percentage_branch_id_map is not UNSET:
            field_dict["traffic_percentage_branch_id_map"] = traffic_percentage_branch_id_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _traffic_percentage_branch_id_map = d.pop("traffic_percentage_branch_id_map", UNSET)
        traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset
        if isinstance(_traffic_percentage_branch_id_map, Unset):
            traffic_percentage_branch_id_map = UNSET
        else:
            traffic_percentage_branch_id_map = AgentDeploymentResponseTrafficPercentageBranchIdMap.from_dict(
                _traffic_percentage_branch_id_map
            )

        agent_deployment_response = cls(
            traffic_percentage_branch_id_map=traffic_percentage_branch_id_map,
        )

        agent_deployment_response.additional_properties = d
        return agent_deployment_response

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
    global _nested_models_loaded, AgentDeploymentResponseTrafficPercentageBranchIdMap
    from ..models.agent_deployment_response_traffic_percentage_branch_id_map import (
        AgentDeploymentResponseTrafficPercentageBranchIdMap,  # noqa: F401
    )

    _nested_models_loaded = True
