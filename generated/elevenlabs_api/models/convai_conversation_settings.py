from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_client_event import ConvaiClientEvent, check_convai_client_event
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationSettings")


@_attrs_define
class ConvaiConversationSettings:
    """Conversation-level settings.

    Attributes:
        text_only (bool | Unset):  Default: False.
        max_duration_seconds (int | Unset):  Default: 600.
        client_events (list[ConvaiClientEvent] | Unset):
    """

    text_only: bool | Unset = False
    max_duration_seconds: int | Unset = 600
    client_events: list[ConvaiClientEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        client_events: list[str] | Unset = UNSET
        if not isinstance(self.client_events, Unset):
            client_events = []
            for client_events_item_data in self.client_events:
                client_events_item: str = client_events_item_data
                client_events.append(client_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        if client_events is not UNSET:
            field_dict["client_events"] = client_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)

        _client_events = d.pop("client_events", UNSET)
        client_events: list[ConvaiClientEvent] | Unset = UNSET
        if _client_events is not UNSET:
            client_events = []
            for client_events_item_data in _client_events:
                client_events_item = check_convai_client_event(client_events_item_data)

                client_events.append(client_events_item)

        convai_conversation_settings = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
            client_events=client_events,
        )

        convai_conversation_settings.additional_properties = d
        return convai_conversation_settings

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
