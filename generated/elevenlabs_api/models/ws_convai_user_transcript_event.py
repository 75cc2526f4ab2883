from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiUserTranscriptEvent")


@_attrs_define
class WsConvaiUserTranscriptEvent:
    """
    Attributes:
        user_transcript (str):
        event_id (int | Unset):
    """

    user_transcript: str
    event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_transcript = self.user_transcript

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_transcript": user_transcript,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_transcript = d.pop("user_transcript")

        event_id = d.pop("event_id", UNSET)

        ws_convai_user_transcript_event = cls(
            user_transcript=user_transcript,
            event_id=event_id,
        )

        ws_convai_user_transcript_event.additional_properties = d
        return ws_convai_user_transcript_event

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
