from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetWhatsAppAccountResponse")


@_attrs_define
class GetWhatsAppAccountResponse:
    """
    Attributes:
        business_account_id (str):
        phone_number_id (str):
        business_account_name (str):
        phone_number_name (str):
        phone_number (str):
        assigned_agent_name (None | str):
        assigned_agent_id (None | str | Unset):
        enable_messaging (bool | Unset):  Default: True.
        enable_audio_message_response (bool | Unset):  Default: True.
        enable_typing_indicator (bool | Unset):  Default: True.
        is_token_expired (bool | Unset):  Default: False.
    """

    business_account_id: str
    phone_number_id: str
    business_account_name: str
    phone_number_name: str
    phone_number: str
    assigned_agent_name: None | str
    assigned_agent_id: None | str | Unset = UNSET
    enable_messaging: bool | Unset = True
    enable_audio_message_response: bool | Unset = True
    enable_typing_indicator: bool | Unset = True
    is_token_expired: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_account_id = self.business_account_id

        phone_number_id = self.phone_number_id

        business_account_name = self.business_account_name

        phone_number_name = self.phone_number_name

        phone_number = self.phone_number

        assigned_agent_name: None | str
        assigned_agent_name = self.assigned_agent_name

        assigned_agent_id: None | str | Unset
        if isinstance(self.assigned_agent_id, Unset):
            assigned_agent_id = UNSET
        else:
            assigned_agent_id = self.assigned_agent_id

        enable_messaging = self.enable_messaging

        enable_audio_message_response = self.enable_audio_message_response

        enable_typing_indicator = self.enable_typing_indicator

        is_token_expired = self.is_token_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_account_id": business_account_id,
                "phone_number_id": phone_number_id,
                "business_account_name": business_account_name,
                "phone_number_name": phone_number_name,
                "phone_number": phone_number,
                "assigned_agent_name": assigned_agent_name,
            }
        )
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if enable_messaging is not UNSET:
            field_dict["enable_messaging"] = enable_messaging
        if enable_audio_message_response is not UNSET:
            field_dict["enable_audio_message_response"] = enable_audio_message_response
        if enable_typing_indicator is not UNSET:
            field_dict["enable_typing_indicator"] = enable_typing_indicator
        if is_token_expired is not UNSET:
            field_dict["is_token_expired"] = is_token_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_account_id = d.pop("business_account_id")

        phone_number_id = d.pop("phone_number_id")

        business_account_name = d.pop("business_account_name")

        phone_number_name = d.pop("phone_number_name")

        phone_number = d.pop("phone_number")

        def _parse_assigned_agent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assigned_agent_name = _parse_assigned_agent_name(d.pop("assigned_agent_name"))

        def _parse_assigned_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_id = _parse_assigned_agent_id(d.pop("assigned_agent_id", UNSET))

        enable_messaging = d.pop("enable_messaging", UNSET)

        enable_audio_message_response = d.pop("enable_audio_message_response", UNSET)

        enable_typing_indicator = d.pop("enable_typing_indicator", UNSET)

        is_token_expired = d.pop("is_token_expired", UNSET)

        get_whats_app_account_response = cls(
            business_account_id=business_account_id,
            phone_number_id=phone_number_id,
            business_account_name=business_account_name,
            phone_number_name=phone_number_name,
            phone_number=phone_number,
            assigned_agent_name=assigned_agent_name,
            assigned_agent_id=assigned_agent_id,
            enable_messaging=enable_messaging,
            enable_audio_message_response=enable_audio_message_response,
            enable_typing_indicator=enable_typing_indicator,
            is_token_expired=is_token_expired,
        )

        get_whats_app_account_response.additional_properties = d
        return get_whats_app_account_response

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
