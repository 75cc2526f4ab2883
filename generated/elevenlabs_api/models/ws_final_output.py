from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsFinalOutput")


@_attrs_define
class WsFinalOutput:
    """The last message of the stream; no audio follows and the service closes.

    Attributes:
        is_final (Literal[True]):
        audio (None | str | Unset): Absent, null or empty.
    """

    is_final: Literal[True]
    audio: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_final = self.is_final

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isFinal": is_final,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_final = cast(Literal[True], d.pop("isFinal"))
        if is_final != True:
            raise ValueError(f"isFinal must match const True, got '{is_final}'")

        def _parse_audio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        ws_final_output = cls(
            is_final=is_final,
            audio=audio,
        )

        ws_final_output.additional_properties = d
        return ws_final_output

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
