from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsSttPartialTranscript")


@_attrs_define
class WsSttPartialTranscript:
    """The service's current guess at the segment so far; a later partial or the committed text replaces it.

    Attributes:
        message_type (Literal['partial_transcript']):
        text (str):
    """

    message_type: Literal["partial_transcript"]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = cast(Literal["partial_transcript"], d.pop("message_type"))
        if message_type != "partial_transcript":
            raise ValueError(f"message_type must match const 'partial_transcript', got '{message_type}'")

        text = d.pop("text")

        ws_stt_partial_transcript = cls(
            message_type=message_type,
            text=text,
        )

        ws_stt_partial_transcript.additional_properties = d
        return ws_stt_partial_transcript

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
