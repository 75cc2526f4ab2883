from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referenced_tool_common_model import ReferencedToolCommonModel
    from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
    from ..models.unit_test_workflow_node_transition_evaluation_node_id import (
        UnitTestWorkflowNodeTransitionEvaluationNodeId,
    )


T = TypeVar("T", bound="UnitTestToolCallEvaluationModelOutput")


@_attrs_define
class UnitTestToolCallEvaluationModelOutput:
    """
    Attributes:
        parameters (list[UnitTestToolCallParameter] | Unset):
        referenced_tool (None | ReferencedToolCommonModel | Unset):
        verify_absence (bool | Unset):  Default: False.
        workflow_node_transition (None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset):
    """

    parameters: list[UnitTestToolCallParameter] | Unset = UNSET
    referenced_tool: None | ReferencedToolCommonModel | Unset = UNSET
    verify_absence: bool | Unset = False
    workflow_node_transition: None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        referenced_tool: dict[str, Any] | None | Unset
        if isinstance(self.referenced_tool, Unset):
            referenced_tool = UNSET
        elif isinstance(self.referenced_tool, ReferencedToolCommonModel):
            referenced_tool = self.referenced_tool.to_dict()
        else:
            referenced_tool = self.referenced_tool

        verify_absence = self.verify_absence

        workflow_node_transition: dict[str, Any] | None | Unset
        if isinstance(self.workflow_node_transition, Unset):
            workflow_node_transition = UNSET
        elif isinstance(self.workflow_node_transition, UnitTestWorkflowNodeTransitionEvaluationNodeId):
            workflow_node_transition = self.workflow_node_transition.to_dict()
        else:
            workflow_node_transition = self.workflow_node_transition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if referenced_tool is not UNSET:
            field_dict["referenced_tool"] = referenced_tool
        if verify_absence is not UNSET:
            field_dict["verify_absence"] = verify_absence
        if workflow_node_transition is not UNSET:
            field_dict["workflow_node_transition"] = workflow_node_transition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: list[UnitTestToolCallParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = UnitTestToolCallParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        def _parse_referenced_tool(data: object) -> None | ReferencedToolCommonModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referenced_tool_type_0 = ReferencedToolCommonModel.from_dict(data)

                return referenced_tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferencedToolCommonModel | Unset, data)

        referenced_tool = _parse_referenced_tool(d.pop("referenced_tool", UNSET))

        verify_absence = d.pop("verify_absence", UNSET)

        def _parse_workflow_node_transition(
            data: object,
        ) -> None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_node_transition_type_0 = UnitTestWorkflowNodeTransitionEvaluationNodeId.from_dict(data)

                return workflow_node_transition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset, data)

        workflow_node_transition = _parse_workflow_node_transition(d.pop("workflow_node_transition", UNSET))

        unit_test_tool_call_evaluation_model_output = cls(
            parameters=parameters,
            referenced_tool=referenced_tool,
            verify_absence=verify_absence,
            workflow_node_transition=workflow_node_transition,
        )

        unit_test_tool_call_evaluation_model_output.additional_properties = d
        return unit_test_tool_call_evaluation_model_output

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
    global \
        _nested_models_loaded, \
        ReferencedToolCommonModel, \
        UnitTestToolCallParameter, \
        UnitTestWorkflowNodeTransitionEvaluationNodeId
    from ..models.referenced_tool_common_model import ReferencedToolCommonModel  # noqa: F401
    from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter  # noqa: F401
    from ..models.unit_test_workflow_node_transition_evaluation_node_id import (
        UnitTestWorkflowNodeTransitionEvaluationNodeId,  # noqa: F401
    )

    _nested_models_loaded = True
