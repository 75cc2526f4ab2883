from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_call_client_details import ConvaiToolCallClientDetails
    from ..models.convai_tool_call_mcp_details import ConvaiToolCallMcpDetails
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails
    from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_output import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,
    )


T = TypeVar("T", bound="ToolExecutionResponseModel")


@_attrs_define
class ToolExecutionResponseModel:
    """
    Attributes:
        tool_id (str):
        tool_request_id (str):
        conversation_id (str):
        agent_id (str):
        timestamp (float):
        latency_secs (float):
        id (str):
        branch_id (None | str | Unset):
        is_error (bool | Unset):  Default: False.
        request_payload (None | str | Unset):
        response_payload (None | str | Unset):
        error_message (None | str | Unset):
        error_type (None | str | Unset):
        tool_call_details (ConvaiToolCallClientDetails | ConvaiToolCallMcpDetails | ConvaiToolCallWebhookDetails |
            ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput | None | Unset):
    """

    tool_id: str
    tool_request_id: str
    conversation_id: str
    agent_id: str
    timestamp: float
    latency_secs: float
    id: str
    branch_id: None | str | Unset = UNSET
    is_error: bool | Unset = False
    request_payload: None | str | Unset = UNSET
    response_payload: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    error_type: None | str | Unset = UNSET
    tool_call_details: (
        ConvaiToolCallClientDetails
        | ConvaiToolCallMcpDetails
        | ConvaiToolCallWebhookDetails
        | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_id = self.tool_id

        tool_request_id = self.tool_request_id

        conversation_id = self.conversation_id

        agent_id = self.agent_id

        timestamp = self.timestamp

        latency_secs = self.latency_secs

        id = self.id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        is_error = self.is_error

        request_payload: None | str | Unset
        if isinstance(self.request_payload, Unset):
            request_payload = UNSET
        else:
            request_payload = self.request_payload

        response_payload: None | str | Unset
        if isinstance(self.response_payload, Unset):
            response_payload = UNSET
        else:
            response_payload = self.response_payload

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        tool_call_details: dict[str, Any] | None | Unset
        if isinstance(self.tool_call_details, Unset):
            tool_call_details = UNSET
        elif isinstance(self.tool_call_details, ConvaiToolCallWebhookDetails):
            tool_call_details = self.tool_call_details.to_dict()
        elif isinstance(self.tool_call_details, ConvaiToolCallClientDetails):
            tool_call_details = self.tool_call_details.to_dict()
        elif isinstance(self.tool_call_details, ConvaiToolCallMcpDetails):
            tool_call_details = self.tool_call_details.to_dict()
        elif isinstance(
            self.tool_call_details, ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
        ):
            tool_call_details = self.tool_call_details.to_dict()
        else:
            tool_call_details = self.tool_call_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "tool_request_id": tool_request_id,
                "conversation_id": conversation_id,
                "agent_id": agent_id,
                "timestamp": timestamp,
                "latency_secs": latency_secs,
                "id": id,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if request_payload is not UNSET:
            field_dict["request_payload"] = request_payload
        if response_payload is not UNSET:
            field_dict["response_payload"] = response_payload
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if tool_call_details is not UNSET:
            field_dict["tool_call_details"] = tool_call_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tool_id = d.pop("tool_id")

        tool_request_id = d.pop("tool_request_id")

        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        timestamp = d.pop("timestamp")

        latency_secs = d.pop("latency_secs")

        id = d.pop("id")

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        is_error = d.pop("is_error", UNSET)

        def _parse_request_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_payload = _parse_request_payload(d.pop("request_payload", UNSET))

        def _parse_response_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_payload = _parse_response_payload(d.pop("response_payload", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_tool_call_details(
            data: object,
        ) -> (
            ConvaiToolCallClientDetails
            | ConvaiToolCallMcpDetails
            | ConvaiToolCallWebhookDetails
            | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "webhook":
                    tool_call_details_type_0_type_0 = ConvaiToolCallWebhookDetails.from_dict(data)

                    return tool_call_details_type_0_type_0
                if data.get("type") == "client":
                    tool_call_details_type_0_type_1 = ConvaiToolCallClientDetails.from_dict(data)

                    return tool_call_details_type_0_type_1
                if data.get("type") == "mcp":
                    tool_call_details_type_0_type_2 = ConvaiToolCallMcpDetails.from_dict(data)

                    return tool_call_details_type_0_type_2
                if data.get("type") == "api_integration_webhook":
                    tool_call_details_type_0_type_3 = (
                        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput.from_dict(data)
                    )

                    return tool_call_details_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_details_type_0_type_0 = ConvaiToolCallWebhookDetails.from_dict(data)

                return tool_call_details_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_details_type_0_type_1 = ConvaiToolCallClientDetails.from_dict(data)

                return tool_call_details_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_details_type_0_type_2 = ConvaiToolCallMcpDetails.from_dict(data)

                return tool_call_details_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_call_details_type_0_type_3 = (
                    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput.from_dict(data)
                )

                return tool_call_details_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ConvaiToolCallClientDetails
                | ConvaiToolCallMcpDetails
                | ConvaiToolCallWebhookDetails
                | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
                | None
                | Unset,
                data,
            )

        tool_call_details = _parse_tool_call_details(d.pop("tool_call_details", UNSET))

        tool_execution_response_model = cls(
            tool_id=tool_id,
            tool_request_id=tool_request_id,
            conversation_id=conversation_id,
            agent_id=agent_id,
            timestamp=timestamp,
            latency_secs=latency_secs,
            id=id,
            branch_id=branch_id,
            is_error=is_error,
            request_payload=request_payload,
            response_payload=response_payload,
            error_message=error_message,
            error_type=error_type,
            tool_call_details=tool_call_details,
        )

        tool_execution_response_model.additional_properties = d
        return tool_execution_response_model

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
        ConvaiToolCallClientDetails, \
        ConvaiToolCallMcpDetails, \
        ConvaiToolCallWebhookDetails, \
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
    from ..models.convai_tool_call_client_details import ConvaiToolCallClientDetails  # noqa: F401
    from ..models.convai_tool_call_mcp_details import ConvaiToolCallMcpDetails  # noqa: F401
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails  # noqa: F401
    from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_output import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,  # noqa: F401
    )

    _nested_models_loaded = True
