from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_workflow_edge_step import ConvaiWorkflowEdgeStep
    from ..models.convai_workflow_max_iterations_step import ConvaiWorkflowMaxIterationsStep
    from ..models.convai_workflow_nested_tools_step_output import ConvaiWorkflowNestedToolsStepOutput


T = TypeVar("T", bound="ConvaiWorkflowToolResponseOutput")


@_attrs_define
class ConvaiWorkflowToolResponseOutput:
    """The steps a workflow tool went through.

    Attributes:
        steps (list[ConvaiWorkflowEdgeStep | ConvaiWorkflowMaxIterationsStep | ConvaiWorkflowNestedToolsStepOutput] |
            Unset):
    """

    steps: (
        list[ConvaiWorkflowEdgeStep | ConvaiWorkflowMaxIterationsStep | ConvaiWorkflowNestedToolsStepOutput] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item: dict[str, Any]
                if isinstance(steps_item_data, ConvaiWorkflowEdgeStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ConvaiWorkflowNestedToolsStepOutput):
                    steps_item = steps_item_data.to_dict()
                else:
                    steps_item = steps_item_data.to_dict()

                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: (
            list[ConvaiWorkflowEdgeStep | ConvaiWorkflowMaxIterationsStep | ConvaiWorkflowNestedToolsStepOutput] | Unset
        ) = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:

                def _parse_steps_item(
                    data: object,
                ) -> ConvaiWorkflowEdgeStep | ConvaiWorkflowMaxIterationsStep | ConvaiWorkflowNestedToolsStepOutput:
                    if isinstance(data, dict):
                        if data.get("type") == "edge":
                            steps_item_type_0 = ConvaiWorkflowEdgeStep.from_dict(data)

                            return steps_item_type_0
                        if data.get("type") == "nested_tools":
                            steps_item_type_1 = ConvaiWorkflowNestedToolsStepOutput.from_dict(data)

                            return steps_item_type_1
                        if data.get("type") == "max_iterations_exceeded":
                            steps_item_type_2 = ConvaiWorkflowMaxIterationsStep.from_dict(data)

                            return steps_item_type_2

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        steps_item_type_0 = ConvaiWorkflowEdgeStep.from_dict(data)

                        return steps_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        steps_item_type_1 = ConvaiWorkflowNestedToolsStepOutput.from_dict(data)

                        return steps_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    steps_item_type_2 = ConvaiWorkflowMaxIterationsStep.from_dict(data)

                    return steps_item_type_2

                steps_item = _parse_steps_item(steps_item_data)

                steps.append(steps_item)

        convai_workflow_tool_response_output = cls(
            steps=steps,
        )

        convai_workflow_tool_response_output.additional_properties = d
        return convai_workflow_tool_response_output

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
        ConvaiWorkflowEdgeStep, \
        ConvaiWorkflowMaxIterationsStep, \
        ConvaiWorkflowNestedToolsStepOutput
    from ..models.convai_workflow_edge_step import ConvaiWorkflowEdgeStep  # noqa: F401
    from ..models.convai_workflow_max_iterations_step import ConvaiWorkflowMaxIterationsStep  # noqa: F401
    from ..models.convai_workflow_nested_tools_step_output import ConvaiWorkflowNestedToolsStepOutput  # noqa: F401

    _nested_models_loaded = True
