from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput
    from ..models.whats_app_template_body_component_params import WhatsAppTemplateBodyComponentParams
    from ..models.whats_app_template_button_component_params import WhatsAppTemplateButtonComponentParams
    from ..models.whats_app_template_header_component_params import WhatsAppTemplateHeaderComponentParams


T = TypeVar("T", bound="PostConvaiWhatsappOutboundMessageRequest")


@_attrs_define
class PostConvaiWhatsappOutboundMessageRequest:
    """
    Attributes:
        whatsapp_phone_number_id (str):
        whatsapp_user_id (str):
        template_name (str):
        template_language_code (str):
        template_params (list[WhatsAppTemplateBodyComponentParams | WhatsAppTemplateButtonComponentParams |
            WhatsAppTemplateHeaderComponentParams]):
        agent_id (str):
        conversation_initiation_client_data (ConvaiConversationInitClientDataInput | None | Unset):
    """

    whatsapp_phone_number_id: str
    whatsapp_user_id: str
    template_name: str
    template_language_code: str
    template_params: list[
        WhatsAppTemplateBodyComponentParams
        | WhatsAppTemplateButtonComponentParams
        | WhatsAppTemplateHeaderComponentParams
    ]
    agent_id: str
    conversation_initiation_client_data: ConvaiConversationInitClientDataInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        whatsapp_phone_number_id = self.whatsapp_phone_number_id

        whatsapp_user_id = self.whatsapp_user_id

        template_name = self.template_name

        template_language_code = self.template_language_code

        template_params = []
        for template_params_item_data in self.template_params:
            template_params_item: dict[str, Any]
            if isinstance(template_params_item_data, WhatsAppTemplateHeaderComponentParams):
                template_params_item = template_params_item_data.to_dict()
            elif isinstance(template_params_item_data, WhatsAppTemplateBodyComponentParams):
                template_params_item = template_params_item_data.to_dict()
            else:
                template_params_item = template_params_item_data.to_dict()

            template_params.append(template_params_item)

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
                "template_name": template_name,
                "template_language_code": template_language_code,
                "template_params": template_params,
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

        template_name = d.pop("template_name")

        template_language_code = d.pop("template_language_code")

        template_params = []
        _template_params = d.pop("template_params")
        for template_params_item_data in _template_params:

            def _parse_template_params_item(
                data: object,
            ) -> (
                WhatsAppTemplateBodyComponentParams
                | WhatsAppTemplateButtonComponentParams
                | WhatsAppTemplateHeaderComponentParams
            ):
                if isinstance(data, dict):
                    if data.get("type") == "header":
                        template_params_item_type_0 = WhatsAppTemplateHeaderComponentParams.from_dict(data)

                        return template_params_item_type_0
                    if data.get("type") == "body":
                        template_params_item_type_1 = WhatsAppTemplateBodyComponentParams.from_dict(data)

                        return template_params_item_type_1
                    if data.get("type") == "button":
                        template_params_item_type_2 = WhatsAppTemplateButtonComponentParams.from_dict(data)

                        return template_params_item_type_2

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    template_params_item_type_0 = WhatsAppTemplateHeaderComponentParams.from_dict(data)

                    return template_params_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    template_params_item_type_1 = WhatsAppTemplateBodyComponentParams.from_dict(data)

                    return template_params_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                template_params_item_type_2 = WhatsAppTemplateButtonComponentParams.from_dict(data)

                return template_params_item_type_2

            template_params_item = _parse_template_params_item(template_params_item_data)

            template_params.append(template_params_item)

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

        post_convai_whatsapp_outbound_message_request = cls(
            whatsapp_phone_number_id=whatsapp_phone_number_id,
            whatsapp_user_id=whatsapp_user_id,
            template_name=template_name,
            template_language_code=template_language_code,
            template_params=template_params,
            agent_id=agent_id,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )

        post_convai_whatsapp_outbound_message_request.additional_properties = d
        return post_convai_whatsapp_outbound_message_request

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
        ConvaiConversationInitClientDataInput, \
        WhatsAppTemplateBodyComponentParams, \
        WhatsAppTemplateButtonComponentParams, \
        WhatsAppTemplateHeaderComponentParams
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput  # noqa: F401
    from ..models.whats_app_template_body_component_params import WhatsAppTemplateBodyComponentParams  # noqa: F401
    from ..models.whats_app_template_button_component_params import WhatsAppTemplateButtonComponentParams  # noqa: F401
    from ..models.whats_app_template_header_component_params import WhatsAppTemplateHeaderComponentParams  # noqa: F401

    _nested_models_loaded = True
