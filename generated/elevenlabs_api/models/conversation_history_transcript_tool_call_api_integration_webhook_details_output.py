from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails


T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput")


@_attrs_define
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput:
    """
    Attributes:
        type_ (Literal['api_integration_webhook']):  Default: 'api_integration_webhook'.
        integration_id (str):  Default: ''.
        credential_id (str):  Default: ''.
        integration_connection_id (str):  Default: ''.
        webhook_details (ConvaiToolCallWebhookDetails):
    """

    webhook_details: ConvaiToolCallWebhookDetails
    type_: Literal["api_integration_webhook"] = "api_integration_webhook"
    integration_id: str = ""
    credential_id: str = ""
    integration_connection_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        integration_id = self.integration_id

        credential_id = self.credential_id

        integration_connection_id = self.integration_connection_id

        webhook_details = self.webhook_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "integration_id": integration_id,
                "credential_id": credential_id,
                "integration_connection_id": integration_connection_id,
                "webhook_details": webhook_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["api_integration_webhook"], d.pop("type"))
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        integration_id = d.pop("integration_id")

        credential_id = d.pop("credential_id")

        integration_connection_id = d.pop("integration_connection_id")

        webhook_details = ConvaiToolCallWebhookDetails.from_dict(d.pop("webhook_details"))

        conversation_history_transcript_tool_call_api_integration_webhook_details_output = cls(
            type_=type_,
            integration_id=integration_id,
            credential_id=credential_id,
            integration_connection_id=integration_connection_id,
            webhook_details=webhook_details,
        )

        conversation_history_transcript_tool_call_api_integration_webhook_details_output.additional_properties = d
        return conversation_history_transcript_tool_call_api_integration_webhook_details_output

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
    global _nested_models_loaded, ConvaiToolCallWebhookDetails
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails  # noqa: F401

    _nested_models_loaded = True
