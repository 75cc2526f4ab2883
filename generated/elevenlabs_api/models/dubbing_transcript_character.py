from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingTranscriptCharacter")


@_attrs_define
class DubbingTranscriptCharacter:
    """
    Attributes:
        text (str | Unset):  Default: ''.
        start_s (float | Unset):  Default: 0.0.
        end_s (float | Unset):  Default: 0.0.
    """

    text: str | Unset = ""
    start_s: float | Unset = 0.0
    end_s: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start_s = self.start_s

        end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        start_s = d.pop("start_s", UNSET)

        end_s = d.pop("end_s", UNSET)

        dubbing_transcript_character = cls(
            text=text,
            start_s=start_s,
            end_s=end_s,
        )

        dubbing_transcript_character.additional_properties = d
        return dubbing_transcript_character

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
