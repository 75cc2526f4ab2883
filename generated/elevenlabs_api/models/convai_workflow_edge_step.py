from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWorkflowEdgeStep")


@_attrs_define
class ConvaiWorkflowEdgeStep:
    """
    Attributes:
        step_latency_secs (float):
        edge_id (str):
        target_node_id (str):
        type_ (Literal['edge'] | Unset):  Default: 'edge'.
    """

    step_latency_secs: float
    edge_id: str
    target_node_id: str
    type_: Literal["edge"] | Unset = "edge"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_latency_secs = self.step_latency_secs

        edge_id = self.edge_id

        target_node_id = self.target_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_latency_secs": step_latency_secs,
                "edge_id": edge_id,
                "target_node_id": target_node_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_latency_secs = d.pop("step_latency_secs")

        edge_id = d.pop("edge_id")

        target_node_id = d.pop("target_node_id")

        type_ = cast(Literal["edge"] | Unset, d.pop("type", UNSET))
        if type_ != "edge" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'edge', got '{type_}'")

        convai_workflow_edge_step = cls(
            step_latency_secs=step_latency_secs,
            edge_id=edge_id,
            target_node_id=target_node_id,
            type_=type_,
        )

        convai_workflow_edge_step.additional_properties = d
        return convai_workflow_edge_step

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
