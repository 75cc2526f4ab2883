from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_failure_response_example import ConvaiFailureResponseExample
    from ..models.convai_successful_response_example import ConvaiSuccessfulResponseExample
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables
    from ..models.convai_test_tool_call_evaluation_input import ConvaiTestToolCallEvaluationInput
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput


T = TypeVar("T", bound="ConvaiTestCreateRequest")


@_attrs_define
class ConvaiTestCreateRequest:
    """A new agent response test.

    Attributes:
        chat_history (list[ConvaiTranscriptEntryInput]):
        success_condition (str): What the next agent reply must do to pass.
        success_examples (list[ConvaiSuccessfulResponseExample]):
        failure_examples (list[ConvaiFailureResponseExample]):
        name (str):
        tool_call_parameters (ConvaiTestToolCallEvaluationInput | None | Unset):
        dynamic_variables (ConvaiTestDynamicVariables | Unset): Dynamic variable values by name.
    """

    chat_history: list[ConvaiTranscriptEntryInput]
    success_condition: str
    success_examples: list[ConvaiSuccessfulResponseExample]
    failure_examples: list[ConvaiFailureResponseExample]
    name: str
    tool_call_parameters: ConvaiTestToolCallEvaluationInput | None | Unset = UNSET
    dynamic_variables: ConvaiTestDynamicVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        chat_history = []
        for chat_history_item_data in self.chat_history:
            chat_history_item = chat_history_item_data.to_dict()
            chat_history.append(chat_history_item)

        success_condition = self.success_condition

        success_examples = []
        for success_examples_item_data in self.success_examples:
            success_examples_item = success_examples_item_data.to_dict()
            success_examples.append(success_examples_item)

        failure_examples = []
        for failure_examples_item_data in self.failure_examples:
            failure_examples_item = failure_examples_item_data.to_dict()
            failure_examples.append(failure_examples_item)

        name = self.name

        tool_call_parameters: dict[str, Any] | None | Unset
        if isinstance(self.tool_call_parameters, Unset):
            tool_call_parameters = UNSET
        elif isinstance(self.tool_call_parameters, ConvaiTestToolCallEvaluationInput):
            tool_call_parameters = self.tool_call_parameters.to_dict()
        else:
            tool_call_parameters = self.tool_call_parameters

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_history": chat_history,
                "success_condition": success_condition,
                "success_examples": success_examples,
                "failure_examples": failure_examples,
                "name": name,
            }
        )
        if tool_call_parameters is not UNSET:
            field_dict["tool_call_parameters"] = tool_call_parameters
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        chat_history = []
        _chat_history = d.pop("chat_history")
        for chat_history_item_data in _chat_history:
            chat_history_item = ConvaiTranscriptEntryInput.from_dict(chat_history_item_data)

            chat_history.append(chat_history_item)

        success_condition = d.pop("success_condition")

        success_examples = []
        _success_examples = d.pop("success_examples")
        for success_examples_item_data in _success_examples:
            success_examples_item = ConvaiSuccessfulResponseExample.from_dict(success_examples_item_data)

            success_examples.append(success_examples_item)

        failure_examples = []
        _failure_examples = d.pop("failure_examples")
        for failure_examples_item_data in _failure_examples:
            failure_examples_item = ConvaiFailureResponseExample.from_dict(failure_examples_item_data)

            failure_examples.append(failure_examples_item)

        name = d.pop("name")

        def _parse_tool_call_parameters(data: object) -> ConvaiTestToolCallEvaluationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_parameters_type_0 = ConvaiTestToolCallEvaluationInput.from_dict(data)

                return tool_call_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTestToolCallEvaluationInput | None | Unset, data)

        tool_call_parameters = _parse_tool_call_parameters(d.pop("tool_call_parameters", UNSET))

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConvaiTestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConvaiTestDynamicVariables.from_dict(_dynamic_variables)

        convai_test_create_request = cls(
            chat_history=chat_history,
            success_condition=success_condition,
            success_examples=success_examples,
            failure_examples=failure_examples,
            name=name,
            tool_call_parameters=tool_call_parameters,
            dynamic_variables=dynamic_variables,
        )

        convai_test_create_request.additional_properties = d
        return convai_test_create_request

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
        ConvaiFailureResponseExample, \
        ConvaiSuccessfulResponseExample, \
        ConvaiTestDynamicVariables, \
        ConvaiTestToolCallEvaluationInput, \
        ConvaiTranscriptEntryInput
    from ..models.convai_failure_response_example import ConvaiFailureResponseExample  # noqa: F401
    from ..models.convai_successful_response_example import ConvaiSuccessfulResponseExample  # noqa: F401
    from ..models.convai_test_dynamic_variables import ConvaiTestDynamicVariables  # noqa: F401
    from ..models.convai_test_tool_call_evaluation_input import ConvaiTestToolCallEvaluationInput  # noqa: F401
    from ..models.convai_transcript_entry_input import ConvaiTranscriptEntryInput  # noqa: F401

    _nested_models_loaded = True
