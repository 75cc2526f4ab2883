from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_result_other import ConvaiToolResultOther
    from ..models.convai_tool_result_system import ConvaiToolResultSystem
    from ..models.convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput
    from ..models.convai_transcript_tool_call import ConvaiTranscriptToolCall
    from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
    )


T = TypeVar("T", bound="ConvaiWorkflowNestedToolsStepInput")


@_attrs_define
class ConvaiWorkflowNestedToolsStepInput:
    """
    Attributes:
        step_latency_secs (float):
        node_id (str):
        requests (list[ConvaiTranscriptToolCall]):
        results (list[ConvaiToolResultOther | ConvaiToolResultSystem | ConvaiToolResultWorkflowInput |
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput]):
        is_successful (bool):
        type_ (Literal['nested_tools'] | Unset):  Default: 'nested_tools'.
    """

    step_latency_secs: float
    node_id: str
    requests: list[ConvaiTranscriptToolCall]
    results: list[
        ConvaiToolResultOther
        | ConvaiToolResultSystem
        | ConvaiToolResultWorkflowInput
        | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
    ]
    is_successful: bool
    type_: Literal["nested_tools"] | Unset = "nested_tools"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        step_latency_secs = self.step_latency_secs

        node_id = self.node_id

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, ConvaiToolResultOther):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, ConvaiToolResultSystem):
                results_item = results_item_data.to_dict()
            elif isinstance(
                results_item_data, ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
            ):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        is_successful = self.is_successful

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_latency_secs": step_latency_secs,
                "node_id": node_id,
                "requests": requests,
                "results": results,
                "is_successful": is_successful,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        step_latency_secs = d.pop("step_latency_secs")

        node_id = d.pop("node_id")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = ConvaiTranscriptToolCall.from_dict(requests_item_data)

            requests.append(requests_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(
                data: object,
            ) -> (
                ConvaiToolResultOther
                | ConvaiToolResultSystem
                | ConvaiToolResultWorkflowInput
                | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
            ):
                if isinstance(data, dict):
                    if data.get("type") in ("client", "code", "mcp", "webhook"):
                        results_item_type_0 = ConvaiToolResultOther.from_dict(data)

                        return results_item_type_0
                    if data.get("type") == "system":
                        results_item_type_1 = ConvaiToolResultSystem.from_dict(data)

                        return results_item_type_1
                    if data.get("type") == "api_integration_webhook":
                        results_item_type_2 = (
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput.from_dict(
                                data
                            )
                        )

                        return results_item_type_2
                    if data.get("type") == "workflow":
                        results_item_type_3 = ConvaiToolResultWorkflowInput.from_dict(data)

                        return results_item_type_3

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = ConvaiToolResultOther.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_1 = ConvaiToolResultSystem.from_dict(data)

                    return results_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_2 = (
                        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput.from_dict(data)
                    )

                    return results_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_item_type_3 = ConvaiToolResultWorkflowInput.from_dict(data)

                return results_item_type_3

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        is_successful = d.pop("is_successful")

        type_ = cast(Literal["nested_tools"] | Unset, d.pop("type", UNSET))
        if type_ != "nested_tools" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'nested_tools', got '{type_}'")

        convai_workflow_nested_tools_step_input = cls(
            step_latency_secs=step_latency_secs,
            node_id=node_id,
            requests=requests,
            results=results,
            is_successful=is_successful,
            type_=type_,
        )

        convai_workflow_nested_tools_step_input.additional_properties = d
        return convai_workflow_nested_tools_step_input

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
        ConvaiToolResultOther, \
        ConvaiToolResultSystem, \
        ConvaiToolResultWorkflowInput, \
        ConvaiTranscriptToolCall, \
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
    from ..models.convai_tool_result_other import ConvaiToolResultOther  # noqa: F401
    from ..models.convai_tool_result_system import ConvaiToolResultSystem  # noqa: F401
    from ..models.convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput  # noqa: F401
    from ..models.convai_transcript_tool_call import ConvaiTranscriptToolCall  # noqa: F401
    from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,  # noqa: F401
    )

    _nested_models_loaded = True
