from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_request_model_edges import AgentWorkflowRequestModelEdges
    from ..models.agent_workflow_request_model_nodes import AgentWorkflowRequestModelNodes


T = TypeVar("T", bound="AgentWorkflowRequestModel")


@_attrs_define
class AgentWorkflowRequestModel:
    """
    Attributes:
        edges (AgentWorkflowRequestModelEdges | Unset):
        nodes (AgentWorkflowRequestModelNodes | Unset):
        prevent_subagent_loops (bool | Unset):  Default: False.
    """

    edges: AgentWorkflowRequestModelEdges | Unset = UNSET
    nodes: AgentWorkflowRequestModelNodes | Unset = UNSET
    prevent_subagent_loops: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        edges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edges, Unset):
            edges = self.edges.to_dict()

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        prevent_subagent_loops = self.prevent_subagent_loops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edges is not UNSET:
            field_dict["edges"] = edges
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if prevent_subagent_loops is not UNSET:
            field_dict["prevent_subagent_loops"] = prevent_subagent_loops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _edges = d.pop("edges", UNSET)
        edges: AgentWorkflowRequestModelEdges | Unset
        if isinstance(_edges, Unset):
            edges = UNSET
        else:
            edges = AgentWorkflowRequestModelEdges.from_dict(_edges)

        _nodes = d.pop("nodes", UNSET)
        nodes: AgentWorkflowRequestModelNodes | Unset
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = AgentWorkflowRequestModelNodes.from_dict(_nodes)

        prevent_subagent_loops = d.pop("prevent_subagent_loops", UNSET)

        agent_workflow_request_model = cls(
            edges=edges,
            nodes=nodes,
            prevent_subagent_loops=prevent_subagent_loops,
        )

        agent_workflow_request_model.additional_properties = d
        return agent_workflow_request_model

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
    global _nested_models_loaded, AgentWorkflowRequestModelEdges, AgentWorkflowRequestModelNodes
    from ..models.agent_workflow_request_model_edges import AgentWorkflowRequestModelEdges  # noqa: F401
    from ..models.agent_workflow_request_model_nodes import AgentWorkflowRequestModelNodes  # noqa: F401

    _nested_models_loaded = True
