from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_expression_condition_model_output import WorkflowExpressionConditionModelOutput
    from ..models.workflow_llm_condition_model_output import WorkflowLLMConditionModelOutput
    from ..models.workflow_result_condition_model_output import WorkflowResultConditionModelOutput
    from ..models.workflow_unconditional_model_output import WorkflowUnconditionalModelOutput


T = TypeVar("T", bound="WorkflowEdgeModelOutput")


@_attrs_define
class WorkflowEdgeModelOutput:
    """
    Attributes:
        source (str):
        target (str):
        forward_condition (None | WorkflowExpressionConditionModelOutput | WorkflowLLMConditionModelOutput |
            WorkflowResultConditionModelOutput | WorkflowUnconditionalModelOutput):
        backward_condition (None | WorkflowExpressionConditionModelOutput | WorkflowLLMConditionModelOutput |
            WorkflowResultConditionModelOutput | WorkflowUnconditionalModelOutput):
    """

    source: str
    target: str
    forward_condition: (
        None
        | WorkflowExpressionConditionModelOutput
        | WorkflowLLMConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    )
    backward_condition: (
        None
        | WorkflowExpressionConditionModelOutput
        | WorkflowLLMConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        source = self.source

        target = self.target

        forward_condition: dict[str, Any] | None
        if isinstance(self.forward_condition, WorkflowUnconditionalModelOutput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowLLMConditionModelOutput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowResultConditionModelOutput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowExpressionConditionModelOutput):
            forward_condition = self.forward_condition.to_dict()
        else:
            forward_condition = self.forward_condition

        backward_condition: dict[str, Any] | None
        if isinstance(self.backward_condition, WorkflowUnconditionalModelOutput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowLLMConditionModelOutput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowResultConditionModelOutput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowExpressionConditionModelOutput):
            backward_condition = self.backward_condition.to_dict()
        else:
            backward_condition = self.backward_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "forward_condition": forward_condition,
                "backward_condition": backward_condition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        source = d.pop("source")

        target = d.pop("target")

        def _parse_forward_condition(
            data: object,
        ) -> (
            None
            | WorkflowExpressionConditionModelOutput
            | WorkflowLLMConditionModelOutput
            | WorkflowResultConditionModelOutput
            | WorkflowUnconditionalModelOutput
        ):
            if data is None:
                return data
            if isinstance(data, dict):
                if data.get("type") == "unconditional":
                    forward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                    return forward_condition_type_0_type_0
                if data.get("type") == "llm":
                    forward_condition_type_0_type_1 = WorkflowLLMConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_1
                if data.get("type") == "result":
                    forward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_2
                if data.get("type") == "expression":
                    forward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                return forward_condition_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_1 = WorkflowLLMConditionModelOutput.from_dict(data)

                return forward_condition_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                return forward_condition_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                return forward_condition_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | WorkflowExpressionConditionModelOutput
                | WorkflowLLMConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput,
                data,
            )

        forward_condition = _parse_forward_condition(d.pop("forward_condition"))

        def _parse_backward_condition(
            data: object,
        ) -> (
            None
            | WorkflowExpressionConditionModelOutput
            | WorkflowLLMConditionModelOutput
            | WorkflowResultConditionModelOutput
            | WorkflowUnconditionalModelOutput
        ):
            if data is None:
                return data
            if isinstance(data, dict):
                if data.get("type") == "unconditional":
                    backward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                    return backward_condition_type_0_type_0
                if data.get("type") == "llm":
                    backward_condition_type_0_type_1 = WorkflowLLMConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_1
                if data.get("type") == "result":
                    backward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_2
                if data.get("type") == "expression":
                    backward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                return backward_condition_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_1 = WorkflowLLMConditionModelOutput.from_dict(data)

                return backward_condition_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                return backward_condition_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                return backward_condition_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | WorkflowExpressionConditionModelOutput
                | WorkflowLLMConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput,
                data,
            )

        backward_condition = _parse_backward_condition(d.pop("backward_condition"))

        workflow_edge_model_output = cls(
            source=source,
            target=target,
            forward_condition=forward_condition,
            backward_condition=backward_condition,
        )

        workflow_edge_model_output.additional_properties = d
        return workflow_edge_model_output

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
        WorkflowExpressionConditionModelOutput, \
        WorkflowLLMConditionModelOutput, \
        WorkflowResultConditionModelOutput, \
        WorkflowUnconditionalModelOutput
    from ..models.workflow_expression_condition_model_output import WorkflowExpressionConditionModelOutput  # noqa: F401
    from ..models.workflow_llm_condition_model_output import WorkflowLLMConditionModelOutput  # noqa: F401
    from ..models.workflow_result_condition_model_output import WorkflowResultConditionModelOutput  # noqa: F401
    from ..models.workflow_unconditional_model_output import WorkflowUnconditionalModelOutput  # noqa: F401

    _nested_models_loaded = True
