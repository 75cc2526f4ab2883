from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails


T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput")


@_attrs_define
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput:
    """
    Attributes:
        webhook_details (ConvaiToolCallWebhookDetails):
        type_ (Literal['api_integration_webhook'] | Unset):  Default: 'api_integration_webhook'.
        integration_id (str | Unset):  Default: ''.
        credential_id (str | Unset):  Default: ''.
        integration_connection_id (str | Unset):  Default: ''.
    """

    webhook_details: ConvaiToolCallWebhookDetails
    type_: Literal["api_integration_webhook"] | Unset = "api_integration_webhook"
    integration_id: str | Unset = ""
    credential_id: str | Unset = ""
    integration_connection_id: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        webhook_details = self.webhook_details.to_dict()

        type_ = self.type_

        integration_id = self.integration_id

        credential_id = self.credential_id

        integration_connection_id = self.integration_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_details": webhook_details,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if integration_connection_id is not UNSET:
            field_dict["integration_connection_id"] = integration_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        webhook_details = ConvaiToolCallWebhookDetails.from_dict(d.pop("webhook_details"))

        type_ = cast(Literal["api_integration_webhook"] | Unset, d.pop("type", UNSET))
        if type_ != "api_integration_webhook" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        integration_id = d.pop("integration_id", UNSET)

        credential_id = d.pop("credential_id", UNSET)

        integration_connection_id = d.pop("integration_connection_id", UNSET)

        conversation_history_transcript_tool_call_api_integration_webhook_details_input = cls(
            webhook_details=webhook_details,
            type_=type_,
            integration_id=integration_id,
            credential_id=credential_id,
            integration_connection_id=integration_connection_id,
        )

        conversation_history_transcript_tool_call_api_integration_webhook_details_input.additional_properties = d
        return conversation_history_transcript_tool_call_api_integration_webhook_details_input

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
