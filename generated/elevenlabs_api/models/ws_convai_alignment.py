from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsConvaiAlignment")


@_attrs_define
class WsConvaiAlignment:
    """Character timings of one audio chunk, in milliseconds from its start; the three lists run in parallel.

    Attributes:
        chars (list[str]):
        char_start_times_ms (list[int]):
        char_durations_ms (list[int]):
    """

    chars: list[str]
    char_start_times_ms: list[int]
    char_durations_ms: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chars = self.chars

        char_start_times_ms = self.char_start_times_ms

        char_durations_ms = self.char_durations_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chars": chars,
                "char_start_times_ms": char_start_times_ms,
                "char_durations_ms": char_durations_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chars = cast(list[str], d.pop("chars"))

        char_start_times_ms = cast(list[int], d.pop("char_start_times_ms"))

        char_durations_ms = cast(list[int], d.pop("char_durations_ms"))

        ws_convai_alignment = cls(
            chars=chars,
            char_start_times_ms=char_start_times_ms,
            char_durations_ms=char_durations_ms,
        )

        ws_convai_alignment.additional_properties = d
        return ws_convai_alignment

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
