from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_workflow_response_model_edges import AgentWorkflowResponseModelEdges
    from ..models.agent_workflow_response_model_nodes import AgentWorkflowResponseModelNodes


T = TypeVar("T", bound="AgentWorkflowResponseModel")


@_attrs_define
class AgentWorkflowResponseModel:
    """
    Attributes:
        edges (AgentWorkflowResponseModelEdges):
        nodes (AgentWorkflowResponseModelNodes):
        prevent_subagent_loops (bool):  Default: False.
    """

    edges: AgentWorkflowResponseModelEdges
    nodes: AgentWorkflowResponseModelNodes
    prevent_subagent_loops: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        edges = self.edges.to_dict()

        nodes = self.nodes.to_dict()

        prevent_subagent_loops = self.prevent_subagent_loops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edges": edges,
                "nodes": nodes,
                "prevent_subagent_loops": prevent_subagent_loops,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        edges = AgentWorkflowResponseModelEdges.from_dict(d.pop("edges"))

        nodes = AgentWorkflowResponseModelNodes.from_dict(d.pop("nodes"))

        prevent_subagent_loops = d.pop("prevent_subagent_loops")

        agent_workflow_response_model = cls(
            edges=edges,
            nodes=nodes,
            prevent_subagent_loops=prevent_subagent_loops,
        )

        agent_workflow_response_model.additional_properties = d
        return agent_workflow_response_model

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
    global _nested_models_loaded, AgentWorkflowResponseModelEdges, AgentWorkflowResponseModelNodes
    from ..models.agent_workflow_response_model_edges import AgentWorkflowResponseModelEdges  # noqa: F401
    from ..models.agent_workflow_response_model_nodes import AgentWorkflowResponseModelNodes  # noqa: F401

    _nested_models_loaded = True
