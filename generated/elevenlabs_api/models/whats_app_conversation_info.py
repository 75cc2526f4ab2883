from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_conversation_info_direction import (
    WhatsAppConversationInfoDirection,
    check_whats_app_conversation_info_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppConversationInfo")


@_attrs_define
class WhatsAppConversationInfo:
    """
    Attributes:
        whatsapp_user_id (str):
        direction (WhatsAppConversationInfoDirection | Unset):  Default: 'unknown'.
        whatsapp_phone_number_id (None | str | Unset):
        awaiting_first_user_message (bool | None | Unset):
    """

    whatsapp_user_id: str
    direction: WhatsAppConversationInfoDirection | Unset = "unknown"
    whatsapp_phone_number_id: None | str | Unset = UNSET
    awaiting_first_user_message: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_user_id = self.whatsapp_user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        whatsapp_phone_number_id: None | str | Unset
        if isinstance(self.whatsapp_phone_number_id, Unset):
            whatsapp_phone_number_id = UNSET
        else:
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        awaiting_first_user_message: bool | None | Unset
        if isinstance(self.awaiting_first_user_message, Unset):
            awaiting_first_user_message = UNSET
        else:
            awaiting_first_user_message = self.awaiting_first_user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whatsapp_user_id": whatsapp_user_id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if whatsapp_phone_number_id is not UNSET:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id
        if awaiting_first_user_message is not UNSET:
            field_dict["awaiting_first_user_message"] = awaiting_first_user_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whatsapp_user_id = d.pop("whatsapp_user_id")

        _direction = d.pop("direction", UNSET)
        direction: WhatsAppConversationInfoDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_whats_app_conversation_info_direction(_direction)

        def _parse_whatsapp_phone_number_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whatsapp_phone_number_id = _parse_whatsapp_phone_number_id(d.pop("whatsapp_phone_number_id", UNSET))

        def _parse_awaiting_first_user_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        awaiting_first_user_message = _parse_awaiting_first_user_message(d.pop("awaiting_first_user_message", UNSET))

        whats_app_conversation_info = cls(
            whatsapp_user_id=whatsapp_user_id,
            direction=direction,
            whatsapp_phone_number_id=whatsapp_phone_number_id,
            awaiting_first_user_message=awaiting_first_user_message,
        )

        whats_app_conversation_info.additional_properties = d
        return whats_app_conversation_info

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
