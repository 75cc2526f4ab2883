from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWhatsAppAccountRequest")


@_attrs_define
class UpdateWhatsAppAccountRequest:
    """
    Attributes:
        assigned_agent_id (None | str | Unset):
        enable_messaging (bool | None | Unset):
        enable_audio_message_response (bool | None | Unset):
        enable_typing_indicator (bool | None | Unset):
    """

    assigned_agent_id: None | str | Unset = UNSET
    enable_messaging: bool | None | Unset = UNSET
    enable_audio_message_response: bool | None | Unset = UNSET
    enable_typing_indicator: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_agent_id: None | str | Unset
        if isinstance(self.assigned_agent_id, Unset):
            assigned_agent_id = UNSET
        else:
            assigned_agent_id = self.assigned_agent_id

        enable_messaging: bool | None | Unset
        if isinstance(self.enable_messaging, Unset):
            enable_messaging = UNSET
        else:
            enable_messaging = self.enable_messaging

        enable_audio_message_response: bool | None | Unset
        if isinstance(self.enable_audio_message_response, Unset):
            enable_audio_message_response = UNSET
        else:
            enable_audio_message_response = self.enable_audio_message_response

        enable_typing_indicator: bool | None | Unset
        if isinstance(self.enable_typing_indicator, Unset):
            enable_typing_indicator = UNSET
        else:
            enable_typing_indicator = self.enable_typing_indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if enable_messaging is not UNSET:
            field_dict["enable_messaging"] = enable_messaging
        if enable_audio_message_response is not UNSET:
            field_dict["enable_audio_message_response"] = enable_audio_message_response
        if enable_typing_indicator is not UNSET:
            field_dict["enable_typing_indicator"] = enable_typing_indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assigned_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_id = _parse_assigned_agent_id(d.pop("assigned_agent_id", UNSET))

        def _parse_enable_messaging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_messaging = _parse_enable_messaging(d.pop("enable_messaging", UNSET))

        def _parse_enable_audio_message_response(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_audio_message_response = _parse_enable_audio_message_response(
            d.pop("enable_audio_message_response", UNSET)
        )

        def _parse_enable_typing_indicator(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_typing_indicator = _parse_enable_typing_indicator(d.pop("enable_typing_indicator", UNSET))

        update_whats_app_account_request = cls(
            assigned_agent_id=assigned_agent_id,
            enable_messaging=enable_messaging,
            enable_audio_message_response=enable_audio_message_response,
            enable_typing_indicator=enable_typing_indicator,
        )

        update_whats_app_account_request.additional_properties = d
        return update_whats_app_account_request

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
