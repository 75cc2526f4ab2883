from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationHistoryMultivoiceMessagePartModel")


@_attrs_define
class ConversationHistoryMultivoiceMessagePartModel:
    """
    Attributes:
        text (str):
        voice_label (None | str):
        time_in_call_secs (int | None):
    """

    text: str
    voice_label: None | str
    time_in_call_secs: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_label: None | str
        voice_label = self.voice_label

        time_in_call_secs: int | None
        time_in_call_secs = self.time_in_call_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voice_label": voice_label,
                "time_in_call_secs": time_in_call_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_voice_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        voice_label = _parse_voice_label(d.pop("voice_label"))

        def _parse_time_in_call_secs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_in_call_secs = _parse_time_in_call_secs(d.pop("time_in_call_secs"))

        conversation_history_multivoice_message_part_model = cls(
            text=text,
            voice_label=voice_label,
            time_in_call_secs=time_in_call_secs,
        )

        conversation_history_multivoice_message_part_model.additional_properties = d
        return conversation_history_multivoice_message_part_model

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
