from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsAlignment")


@_attrs_define
class WsAlignment:
    """Character timings of one audio frame, relative to the start of that frame. The three
    lists run in parallel and have the same length.

        Attributes:
            chars (list[str]): The characters spoken in this frame, spaces and punctuation included.
            char_start_times_ms (list[int]): When each character starts, in milliseconds from the start of the frame.
            chars_durations_ms (list[int]): How long each character lasts, in milliseconds.
    """

    chars: list[str]
    char_start_times_ms: list[int]
    chars_durations_ms: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chars = self.chars

        char_start_times_ms = self.char_start_times_ms

        chars_durations_ms = self.chars_durations_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chars": chars,
                "charStartTimesMs": char_start_times_ms,
                "charsDurationsMs": chars_durations_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chars = cast(list[str], d.pop("chars"))

        char_start_times_ms = cast(list[int], d.pop("charStartTimesMs"))

        chars_durations_ms = cast(list[int], d.pop("charsDurationsMs"))

        ws_alignment = cls(
            chars=chars,
            char_start_times_ms=char_start_times_ms,
            chars_durations_ms=chars_durations_ms,
        )

        ws_alignment.additional_properties = d
        return ws_alignment

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
