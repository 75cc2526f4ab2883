from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_expression_condition_model_input import WorkflowExpressionConditionModelInput
    from ..models.workflow_llm_condition_model_input import WorkflowLLMConditionModelInput
    from ..models.workflow_result_condition_model_input import WorkflowResultConditionModelInput
    from ..models.workflow_unconditional_model_input import WorkflowUnconditionalModelInput


T = TypeVar("T", bound="WorkflowEdgeModelInput")


@_attrs_define
class WorkflowEdgeModelInput:
    """
    Attributes:
        source (str):
        target (str):
        forward_condition (None | Unset | WorkflowExpressionConditionModelInput | WorkflowLLMConditionModelInput |
            WorkflowResultConditionModelInput | WorkflowUnconditionalModelInput):
        backward_condition (None | Unset | WorkflowExpressionConditionModelInput | WorkflowLLMConditionModelInput |
            WorkflowResultConditionModelInput | WorkflowUnconditionalModelInput):
    """

    source: str
    target: str
    forward_condition: (
        None
        | Unset
        | WorkflowExpressionConditionModelInput
        | WorkflowLLMConditionModelInput
        | WorkflowResultConditionModelInput
        | WorkflowUnconditionalModelInput
    ) = UNSET
    backward_condition: (
        None
        | Unset
        | WorkflowExpressionConditionModelInput
        | WorkflowLLMConditionModelInput
        | WorkflowResultConditionModelInput
        | WorkflowUnconditionalModelInput
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        source = self.source

        target = self.target

        forward_condition: dict[str, Any] | None | Unset
        if isinstance(self.forward_condition, Unset):
            forward_condition = UNSET
        elif isinstance(self.forward_condition, WorkflowUnconditionalModelInput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowLLMConditionModelInput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowResultConditionModelInput):
            forward_condition = self.forward_condition.to_dict()
        elif isinstance(self.forward_condition, WorkflowExpressionConditionModelInput):
            forward_condition = self.forward_condition.to_dict()
        else:
            forward_condition = self.forward_condition

        backward_condition: dict[str, Any] | None | Unset
        if isinstance(self.backward_condition, Unset):
            backward_condition = UNSET
        elif isinstance(self.backward_condition, WorkflowUnconditionalModelInput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowLLMConditionModelInput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowResultConditionModelInput):
            backward_condition = self.backward_condition.to_dict()
        elif isinstance(self.backward_condition, WorkflowExpressionConditionModelInput):
            backward_condition = self.backward_condition.to_dict()
        else:
            backward_condition = self.backward_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if forward_condition is not UNSET:
            field_dict["forward_condition"] = forward_condition
        if backward_condition is not UNSET:
            field_dict["backward_condition"] = backward_condition

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
            | Unset
            | WorkflowExpressionConditionModelInput
            | WorkflowLLMConditionModelInput
            | WorkflowResultConditionModelInput
            | WorkflowUnconditionalModelInput
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "unconditional":
                    forward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                    return forward_condition_type_0_type_0
                if data.get("type") == "llm":
                    forward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                    return forward_condition_type_0_type_1
                if data.get("type") == "result":
                    forward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                    return forward_condition_type_0_type_2
                if data.get("type") == "expression":
                    forward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                    return forward_condition_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                return forward_condition_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                return forward_condition_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                return forward_condition_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                return forward_condition_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput,
                data,
            )

        forward_condition = _parse_forward_condition(d.pop("forward_condition", UNSET))

        def _parse_backward_condition(
            data: object,
        ) -> (
            None
            | Unset
            | WorkflowExpressionConditionModelInput
            | WorkflowLLMConditionModelInput
            | WorkflowResultConditionModelInput
            | WorkflowUnconditionalModelInput
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "unconditional":
                    backward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                    return backward_condition_type_0_type_0
                if data.get("type") == "llm":
                    backward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                    return backward_condition_type_0_type_1
                if data.get("type") == "result":
                    backward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                    return backward_condition_type_0_type_2
                if data.get("type") == "expression":
                    backward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                    return backward_condition_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                return backward_condition_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                return backward_condition_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                return backward_condition_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                return backward_condition_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput,
                data,
            )

        backward_condition = _parse_backward_condition(d.pop("backward_condition", UNSET))

        workflow_edge_model_input = cls(
            source=source,
            target=target,
            forward_condition=forward_condition,
            backward_condition=backward_condition,
        )

        workflow_edge_model_input.additional_properties = d
        return workflow_edge_model_input

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
        WorkflowExpressionConditionModelInput, \
        WorkflowLLMConditionModelInput, \
        WorkflowResultConditionModelInput, \
        WorkflowUnconditionalModelInput
    from ..models.workflow_expression_condition_model_input import WorkflowExpressionConditionModelInput  # noqa: F401
    from ..models.workflow_llm_condition_model_input import WorkflowLLMConditionModelInput  # noqa: F401
    from ..models.workflow_result_condition_model_input import WorkflowResultConditionModelInput  # noqa: F401
    from ..models.workflow_unconditional_model_input import WorkflowUnconditionalModelInput  # noqa: F401

    _nested_models_loaded = True
