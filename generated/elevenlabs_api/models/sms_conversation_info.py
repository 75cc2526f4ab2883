from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_conversation_info_direction import SMSConversationInfoDirection, check_sms_conversation_info_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="SMSConversationInfo")


@_attrs_define
class SMSConversationInfo:
    """
    Attributes:
        direction (SMSConversationInfoDirection):
        sms_user_phone_number (str):
        phone_number_id (None | str | Unset):
        agent_phone_number (None | str | Unset):
    """

    direction: SMSConversationInfoDirection
    sms_user_phone_number: str
    phone_number_id: None | str | Unset = UNSET
    agent_phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        sms_user_phone_number = self.sms_user_phone_number

        phone_number_id: None | str | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = self.phone_number_id

        agent_phone_number: None | str | Unset
        if isinstance(self.agent_phone_number, Unset):
            agent_phone_number = UNSET
        else:
            agent_phone_number = self.agent_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "sms_user_phone_number": sms_user_phone_number,
            }
        )
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if agent_phone_number is not UNSET:
            field_dict["agent_phone_number"] = agent_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_sms_conversation_info_direction(d.pop("direction"))

        sms_user_phone_number = d.pop("sms_user_phone_number")

        def _parse_phone_number_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id", UNSET))

        def _parse_agent_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_phone_number = _parse_agent_phone_number(d.pop("agent_phone_number", UNSET))

        sms_conversation_info = cls(
            direction=direction,
            sms_user_phone_number=sms_user_phone_number,
            phone_number_id=phone_number_id,
            agent_phone_number=agent_phone_number,
        )

        sms_conversation_info.additional_properties = d
        return sms_conversation_info

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
