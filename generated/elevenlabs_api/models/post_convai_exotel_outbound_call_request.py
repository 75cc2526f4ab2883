from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput
    from ..models.telephony_call_config import TelephonyCallConfig


T = TypeVar("T", bound="PostConvaiExotelOutboundCallRequest")


@_attrs_define
class PostConvaiExotelOutboundCallRequest:
    """
    Attributes:
        agent_id (str):
        agent_phone_number_id (str):
        to_number (str):
        conversation_initiation_client_data (ConvaiConversationInitClientDataInput | None | Unset):
        telephony_call_config (TelephonyCallConfig | Unset):
    """

    agent_id: str
    agent_phone_number_id: str
    to_number: str
    conversation_initiation_client_data: ConvaiConversationInitClientDataInput | None | Unset = UNSET
    telephony_call_config: TelephonyCallConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        agent_phone_number_id = self.agent_phone_number_id

        to_number = self.to_number

        conversation_initiation_client_data: dict[str, Any] | None | Unset
        if isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        elif isinstance(self.conversation_initiation_client_data, ConvaiConversationInitClientDataInput):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
        else:
            conversation_initiation_client_data = self.conversation_initiation_client_data

        telephony_call_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephony_call_config, Unset):
            telephony_call_config = self.telephony_call_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "agent_phone_number_id": agent_phone_number_id,
                "to_number": to_number,
            }
        )
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        if telephony_call_config is not UNSET:
            field_dict["telephony_call_config"] = telephony_call_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        agent_phone_number_id = d.pop("agent_phone_number_id")

        to_number = d.pop("to_number")

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

        _telephony_call_config = d.pop("telephony_call_config", UNSET)
        telephony_call_config: TelephonyCallConfig | Unset
        if isinstance(_telephony_call_config, Unset):
            telephony_call_config = UNSET
        else:
            telephony_call_config = TelephonyCallConfig.from_dict(_telephony_call_config)

        post_convai_exotel_outbound_call_request = cls(
            agent_id=agent_id,
            agent_phone_number_id=agent_phone_number_id,
            to_number=to_number,
            conversation_initiation_client_data=conversation_initiation_client_data,
            telephony_call_config=telephony_call_config,
        )

        post_convai_exotel_outbound_call_request.additional_properties = d
        return post_convai_exotel_outbound_call_request

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
    global _nested_models_loaded, ConvaiConversationInitClientDataInput, TelephonyCallConfig
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput  # noqa: F401
    from ..models.telephony_call_config import TelephonyCallConfig  # noqa: F401

    _nested_models_loaded = True
