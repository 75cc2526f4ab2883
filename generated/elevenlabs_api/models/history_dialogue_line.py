from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HistoryDialogueLine")


@_attrs_define
class HistoryDialogueLine:
    """One line of a dialogue generation.

    Attributes:
        text (str):
        voice_id (str):
        voice_name (str):
    """

    text: str
    voice_id: str
    voice_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        voice_name = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_name": voice_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice_id = d.pop("voice_id")

        voice_name = d.pop("voice_name")

        history_dialogue_line = cls(
            text=text,
            voice_id=voice_id,
            voice_name=voice_name,
        )

        history_dialogue_line.additional_properties = d
        return history_dialogue_line

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
