from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput


T = TypeVar("T", bound="PostConvaiWhatsappOutboundCallRequest")


@_attrs_define
class PostConvaiWhatsappOutboundCallRequest:
    """
    Attributes:
        whatsapp_phone_number_id (str):
        whatsapp_user_id (str):
        whatsapp_call_permission_request_template_name (str):
        whatsapp_call_permission_request_template_language_code (str):
        agent_id (str):
        conversation_initiation_client_data (ConvaiConversationInitClientDataInput | None | Unset):
    """

    whatsapp_phone_number_id: str
    whatsapp_user_id: str
    whatsapp_call_permission_request_template_name: str
    whatsapp_call_permission_request_template_language_code: str
    agent_id: str
    conversation_initiation_client_data: ConvaiConversationInitClientDataInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        whatsapp_phone_number_id = self.whatsapp_phone_number_id

        whatsapp_user_id = self.whatsapp_user_id

        whatsapp_call_permission_request_template_name = self.whatsapp_call_permission_request_template_name

        whatsapp_call_permission_request_template_language_code = (
            self.whatsapp_call_permission_request_template_language_code
        )

        agent_id = self.agent_id

        conversation_initiation_client_data: dict[str, Any] | None | Unset
        if isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        elif isinstance(self.conversation_initiation_client_data, ConvaiConversationInitClientDataInput):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
        else:
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whatsapp_phone_number_id": whatsapp_phone_number_id,
                "whatsapp_user_id": whatsapp_user_id,
                "whatsapp_call_permission_request_template_name": whatsapp_call_permission_request_template_name,
                "whatsapp_call_permission_request_template_language_code": whatsapp_call_permission_request_template_language_code,
                "agent_id": agent_id,
            }
        )
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        whatsapp_phone_number_id = d.pop("whatsapp_phone_number_id")

        whatsapp_user_id = d.pop("whatsapp_user_id")

        whatsapp_call_permission_request_template_name = d.pop("whatsapp_call_permission_request_template_name")

        whatsapp_call_permission_request_template_language_code = d.pop(
            "whatsapp_call_permission_request_template_language_code"
        )

        agent_id = d.pop("agent_id")

        def _parse_conversation_initiation_client_data(
            data: object,
        ) -> ConvaiConversationInitClientDataInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_initiation_client_data_type_0 = ConvaiConversationInitClientDataInput.from_dict(data)

                return conversation_initiation_client_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitClientDataInput | None | Unset, data)

        conversation_initiation_client_data = _parse_conversation_initiation_client_data(
            d.pop("conversation_initiation_client_data", UNSET)
        )

        post_convai_whatsapp_outbound_call_request = cls(
            whatsapp_phone_number_id=whatsapp_phone_number_id,
            whatsapp_user_id=whatsapp_user_id,
            whatsapp_call_permission_request_template_name=whatsapp_call_permission_request_template_name,
            whatsapp_call_permission_request_template_language_code=whatsapp_call_permission_request_template_language_code,
            agent_id=agent_id,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )

        post_convai_whatsapp_outbound_call_request.additional_properties = d
        return post_convai_whatsapp_outbound_call_request

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
    global _nested_models_loaded, ConvaiConversationInitClientDataInput
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput  # noqa: F401

    _nested_models_loaded = True
