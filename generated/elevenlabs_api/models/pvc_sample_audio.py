from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PvcSampleAudio")


@_attrs_define
class PvcSampleAudio:
    """A sample's audio inlined as base64.

    Example:
        {'audio_base_64': 'SUQzBAAAAAAAAA==', 'voice_id': '21m00Tcm4TlvDq8ikWAM', 'sample_id': 'VW7YKqPnjY4h39yTbx2L',
            'media_type': 'audio/mpeg', 'duration_secs': 4.2}

    Attributes:
        audio_base_64 (str):
        voice_id (str):
        sample_id (str):
        media_type (str): MIME type of the decoded audio.
        duration_secs (float | None | Unset):
    """

    audio_base_64: str
    voice_id: str
    sample_id: str
    media_type: str
    duration_secs: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_base_64 = self.audio_base_64

        voice_id = self.voice_id

        sample_id = self.sample_id

        media_type = self.media_type

        duration_secs: float | None | Unset
        if isinstance(self.duration_secs, Unset):
            duration_secs = UNSET
        else:
            duration_secs = self.duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base_64": audio_base_64,
                "voice_id": voice_id,
                "sample_id": sample_id,
                "media_type": media_type,
            }
        )
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_base_64 = d.pop("audio_base_64")

        voice_id = d.pop("voice_id")

        sample_id = d.pop("sample_id")

        media_type = d.pop("media_type")

        def _parse_duration_secs(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_secs = _parse_duration_secs(d.pop("duration_secs", UNSET))

        pvc_sample_audio = cls(
            audio_base_64=audio_base_64,
            voice_id=voice_id,
            sample_id=sample_id,
            media_type=media_type,
            duration_secs=duration_secs,
        )

        pvc_sample_audio.additional_properties = d
        return pvc_sample_audio

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
