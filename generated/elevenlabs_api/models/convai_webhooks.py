from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_transcript_format import WebhookTranscriptFormat, check_webhook_transcript_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWebhooks")


@_attrs_define
class ConvaiWebhooks:
    """Webhooks of the workspace.

    Attributes:
        post_call_webhook_id (None | str | Unset):
        events (list[WebhookEventType] | Unset):
        transcript_format (WebhookTranscriptFormat | Unset):  Default: 'json'.
        send_audio (bool | None | Unset):
    """

    post_call_webhook_id: None | str | Unset = UNSET
    events: list[WebhookEventType] | Unset = UNSET
    transcript_format: WebhookTranscriptFormat | Unset = "json"
    send_audio: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_call_webhook_id: None | str | Unset
        if isinstance(self.post_call_webhook_id, Unset):
            post_call_webhook_id = UNSET
        else:
            post_call_webhook_id = self.post_call_webhook_id

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        transcript_format: str | Unset = UNSET
        if not isinstance(self.transcript_format, Unset):
            transcript_format = self.transcript_format

        send_audio: bool | None | Unset
        if isinstance(self.send_audio, Unset):
            send_audio = UNSET
        else:
            send_audio = self.send_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_call_webhook_id is not UNSET:
            field_dict["post_call_webhook_id"] = post_call_webhook_id
        if events is not UNSET:
            field_dict["events"] = events
        if transcript_format is not UNSET:
            field_dict["transcript_format"] = transcript_format
        if send_audio is not UNSET:
            field_dict["send_audio"] = send_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_post_call_webhook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_call_webhook_id = _parse_post_call_webhook_id(d.pop("post_call_webhook_id", UNSET))

        _events = d.pop("events", UNSET)
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = check_webhook_event_type(events_item_data)

                events.append(events_item)

        _transcript_format = d.pop("transcript_format", UNSET)
        transcript_format: WebhookTranscriptFormat | Unset
        if isinstance(_transcript_format, Unset):
            transcript_format = UNSET
        else:
            transcript_format = check_webhook_transcript_format(_transcript_format)

        def _parse_send_audio(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_audio = _parse_send_audio(d.pop("send_audio", UNSET))

        convai_webhooks = cls(
            post_call_webhook_id=post_call_webhook_id,
            events=events,
            transcript_format=transcript_format,
            send_audio=send_audio,
        )

        convai_webhooks.additional_properties = d
        return convai_webhooks

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
