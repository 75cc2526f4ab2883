from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telephony_direction import TelephonyDirection, check_telephony_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput


T = TypeVar("T", bound="PostConvaiTwilioRegisterCallRequest")


@_attrs_define
class PostConvaiTwilioRegisterCallRequest:
    """
    Attributes:
        agent_id (str):
        from_number (str):
        to_number (str):
        direction (TelephonyDirection | Unset):  Default: 'inbound'.
        conversation_initiation_client_data (ConvaiConversationInitClientDataInput | None | Unset):
    """

    agent_id: str
    from_number: str
    to_number: str
    direction: TelephonyDirection | Unset = "inbound"
    conversation_initiation_client_data: ConvaiConversationInitClientDataInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        from_number = self.from_number

        to_number = self.to_number

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

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
                "agent_id": agent_id,
                "from_number": from_number,
                "to_number": to_number,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        from_number = d.pop("from_number")

        to_number = d.pop("to_number")

        _direction = d.pop("direction", UNSET)
        direction: TelephonyDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_telephony_direction(_direction)

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

        post_convai_twilio_register_call_request = cls(
            agent_id=agent_id,
            from_number=from_number,
            to_number=to_number,
            direction=direction,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )

        post_convai_twilio_register_call_request.additional_properties = d
        return post_convai_twilio_register_call_request

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
