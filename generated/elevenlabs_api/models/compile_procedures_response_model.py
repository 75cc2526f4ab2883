from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_workflow_response_model import AgentWorkflowResponseModel


T = TypeVar("T", bound="CompileProceduresResponseModel")


@_attrs_define
class CompileProceduresResponseModel:
    """
    Attributes:
        workflow (AgentWorkflowResponseModel):
    """

    workflow: AgentWorkflowResponseModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow": workflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        workflow = AgentWorkflowResponseModel.from_dict(d.pop("workflow"))

        compile_procedures_response_model = cls(
            workflow=workflow,
        )

        compile_procedures_response_model.additional_properties = d
        return compile_procedures_response_model

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
    global _nested_models_loaded, AgentWorkflowResponseModel
    from ..models.agent_workflow_response_model import AgentWorkflowResponseModel  # noqa: F401

    _nested_models_loaded = True
