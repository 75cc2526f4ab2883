from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tool_type import ConvaiToolType, check_convai_tool_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_call_client_details import ConvaiToolCallClientDetails
    from ..models.convai_tool_call_mcp_details import ConvaiToolCallMcpDetails
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails
    from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_input import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
    )


T = TypeVar("T", bound="ConvaiTranscriptToolCall")


@_attrs_define
class ConvaiTranscriptToolCall:
    """A tool call the agent made in a turn.

    Attributes:
        request_id (str):
        tool_name (str):
        params_as_json (str):
        tool_has_been_called (bool):
        type_ (ConvaiToolType | None | Unset):
        tool_details (ConvaiToolCallClientDetails | ConvaiToolCallMcpDetails | ConvaiToolCallWebhookDetails |
            ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput | None | Unset):
    """

    request_id: str
    tool_name: str
    params_as_json: str
    tool_has_been_called: bool
    type_: ConvaiToolType | None | Unset = UNSET
    tool_details: (
        ConvaiToolCallClientDetails
        | ConvaiToolCallMcpDetails
        | ConvaiToolCallWebhookDetails
        | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        params_as_json = self.params_as_json

        tool_has_been_called = self.tool_has_been_called

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        tool_details: dict[str, Any] | None | Unset
        if isinstance(self.tool_details, Unset):
            tool_details = UNSET
        elif isinstance(self.tool_details, ConvaiToolCallWebhookDetails):
            tool_details = self.tool_details.to_dict()
        elif isinstance(self.tool_details, ConvaiToolCallClientDetails):
            tool_details = self.tool_details.to_dict()
        elif isinstance(self.tool_details, ConvaiToolCallMcpDetails):
            tool_details = self.tool_details.to_dict()
        elif isinstance(self.tool_details, ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput):
            tool_details = self.tool_details.to_dict()
        else:
            tool_details = self.tool_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "tool_name": tool_name,
                "params_as_json": params_as_json,
                "tool_has_been_called": tool_has_been_called,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tool_details is not UNSET:
            field_dict["tool_details"] = tool_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        request_id = d.pop("request_id")

        tool_name = d.pop("tool_name")

        params_as_json = d.pop("params_as_json")

        tool_has_been_called = d.pop("tool_has_been_called")

        def _parse_type_(data: object) -> ConvaiToolType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_convai_tool_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiToolType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_tool_details(
            data: object,
        ) -> (
            ConvaiToolCallClientDetails
            | ConvaiToolCallMcpDetails
            | ConvaiToolCallWebhookDetails
            | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "webhook":
                    tool_details_type_0_type_0 = ConvaiToolCallWebhookDetails.from_dict(data)

                    return tool_details_type_0_type_0
                if data.get("type") == "client":
                    tool_details_type_0_type_1 = ConvaiToolCallClientDetails.from_dict(data)

                    return tool_details_type_0_type_1
                if data.get("type") == "mcp":
                    tool_details_type_0_type_2 = ConvaiToolCallMcpDetails.from_dict(data)

                    return tool_details_type_0_type_2
                if data.get("type") == "api_integration_webhook":
                    tool_details_type_0_type_3 = (
                        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput.from_dict(data)
                    )

                    return tool_details_type_0_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_details_type_0_type_0 = ConvaiToolCallWebhookDetails.from_dict(data)

                return tool_details_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_details_type_0_type_1 = ConvaiToolCallClientDetails.from_dict(data)

                return tool_details_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_details_type_0_type_2 = ConvaiToolCallMcpDetails.from_dict(data)

                return tool_details_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_details_type_0_type_3 = (
                    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput.from_dict(data)
                )

                return tool_details_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ConvaiToolCallClientDetails
                | ConvaiToolCallMcpDetails
                | ConvaiToolCallWebhookDetails
                | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
                | None
                | Unset,
                data,
            )

        tool_details = _parse_tool_details(d.pop("tool_details", UNSET))

        convai_transcript_tool_call = cls(
            request_id=request_id,
            tool_name=tool_name,
            params_as_json=params_as_json,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            tool_details=tool_details,
        )

        convai_transcript_tool_call.additional_properties = d
        return convai_transcript_tool_call

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
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
    from ..models.convai_tool_call_client_details import ConvaiToolCallClientDetails  # noqa: F401
    from ..models.convai_tool_call_mcp_details import ConvaiToolCallMcpDetails  # noqa: F401
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails  # noqa: F401
    from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_input import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,  # noqa: F401
    )

    _nested_models_loaded = True
