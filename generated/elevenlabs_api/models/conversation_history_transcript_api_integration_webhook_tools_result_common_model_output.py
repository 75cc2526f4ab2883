from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate


T = TypeVar("T", bound="ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput")


@_attrs_define
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput:
    """
    Attributes:
        request_id (str):
        tool_name (str):
        result_value (str):
        is_error (bool):
        is_blocked (bool):  Default: False.
        tool_has_been_called (bool):
        tool_latency_secs (float):  Default: 0.0.
        error_type (str):  Default: ''.
        raw_error_message (str):  Default: ''.
        dynamic_variable_updates (list[ConvaiDynamicVariableUpdate]):
        type_ (Literal['api_integration_webhook']):
        integration_id (str):  Default: ''.
        credential_id (str):  Default: ''.
        integration_connection_id (str):  Default: ''.
    """

    request_id: str
    tool_name: str
    result_value: str
    is_error: bool
    tool_has_been_called: bool
    dynamic_variable_updates: list[ConvaiDynamicVariableUpdate]
    type_: Literal["api_integration_webhook"]
    is_blocked: bool = False
    tool_latency_secs: float = 0.0
    error_type: str = ""
    raw_error_message: str = ""
    integration_id: str = ""
    credential_id: str = ""
    integration_connection_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        is_blocked = self.is_blocked

        tool_has_been_called = self.tool_has_been_called

        tool_latency_secs = self.tool_latency_secs

        error_type = self.error_type

        raw_error_message = self.raw_error_message

        dynamic_variable_updates = []
        for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
            dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
            dynamic_variable_updates.append(dynamic_variable_updates_item)

        type_ = self.type_

        integration_id = self.integration_id

        credential_id = self.credential_id

        integration_connection_id = self.integration_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "tool_name": tool_name,
                "result_value": result_value,
                "is_error": is_error,
                "is_blocked": is_blocked,
                "tool_has_been_called": tool_has_been_called,
                "tool_latency_secs": tool_latency_secs,
                "error_type": error_type,
                "raw_error_message": raw_error_message,
                "dynamic_variable_updates": dynamic_variable_updates,
                "type": type_,
                "integration_id": integration_id,
                "credential_id": credential_id,
                "integration_connection_id": integration_connection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        request_id = d.pop("request_id")

        tool_name = d.pop("tool_name")

        result_value = d.pop("result_value")

        is_error = d.pop("is_error")

        is_blocked = d.pop("is_blocked")

        tool_has_been_called = d.pop("tool_has_been_called")

        tool_latency_secs = d.pop("tool_latency_secs")

        error_type = d.pop("error_type")

        raw_error_message = d.pop("raw_error_message")

        dynamic_variable_updates = []
        _dynamic_variable_updates = d.pop("dynamic_variable_updates")
        for dynamic_variable_updates_item_data in _dynamic_variable_updates:
            dynamic_variable_updates_item = ConvaiDynamicVariableUpdate.from_dict(dynamic_variable_updates_item_data)

            dynamic_variable_updates.append(dynamic_variable_updates_item)

        type_ = cast(Literal["api_integration_webhook"], d.pop("type"))
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        integration_id = d.pop("integration_id")

        credential_id = d.pop("credential_id")

        integration_connection_id = d.pop("integration_connection_id")

        conversation_history_transcript_api_integration_webhook_tools_result_common_model_output = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            is_blocked=is_blocked,
            tool_has_been_called=tool_has_been_called,
            tool_latency_secs=tool_latency_secs,
            error_type=error_type,
            raw_error_message=raw_error_message,
            dynamic_variable_updates=dynamic_variable_updates,
            type_=type_,
            integration_id=integration_id,
            credential_id=credential_id,
            integration_connection_id=integration_connection_id,
        )

        conversation_history_transcript_api_integration_webhook_tools_result_common_model_output.additional_properties = d
        return conversation_history_transcript_api_integration_webhook_tools_result_common_model_output

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
    global _nested_models_loaded, ConvaiDynamicVariableUpdate
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate  # noqa: F401

    _nested_models_loaded = True
