from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitTestWorkflowNodeTransitionEvaluationNodeId")


@_attrs_define
class UnitTestWorkflowNodeTransitionEvaluationNodeId:
    """
    Attributes:
        agent_id (str):
        target_node_id (str):
        type_ (Literal['node_id'] | Unset):  Default: 'node_id'.
    """

    agent_id: str
    target_node_id: str
    type_: Literal["node_id"] | Unset = "node_id"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        target_node_id = self.target_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "target_node_id": target_node_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        target_node_id = d.pop("target_node_id")

        type_ = cast(Literal["node_id"] | Unset, d.pop("type", UNSET))
        if type_ != "node_id" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'node_id', got '{type_}'")

        unit_test_workflow_node_transition_evaluation_node_id = cls(
            agent_id=agent_id,
            target_node_id=target_node_id,
            type_=type_,
        )

        unit_test_workflow_node_transition_evaluation_node_id.additional_properties = d
        return unit_test_workflow_node_transition_evaluation_node_id

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
