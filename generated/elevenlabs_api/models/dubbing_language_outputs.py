from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingLanguageOutputs")


@_attrs_define
class DubbingLanguageOutputs:
    """
    Attributes:
        lossless_audio (None | str | Unset):
    """

    lossless_audio: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lossless_audio: None | str | Unset
        if isinstance(self.lossless_audio, Unset):
            lossless_audio = UNSET
        else:
            lossless_audio = self.lossless_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lossless_audio is not UNSET:
            field_dict["lossless_audio"] = lossless_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lossless_audio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lossless_audio = _parse_lossless_audio(d.pop("lossless_audio", UNSET))

        dubbing_language_outputs = cls(
            lossless_audio=lossless_audio,
        )

        dubbing_language_outputs.additional_properties = d
        return dubbing_language_outputs

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
