from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoicePreview")


@_attrs_define
class VoicePreview:
    """One candidate voice with a sample of it.

    Attributes:
        audio_base_64 (str): The sample, base64-encoded (empty when previews are streamed).
        generated_voice_id (str): Pass this to `POST /v1/text-to-voice` to keep the voice.
        media_type (str): MIME type of the sample, e.g. `audio/mpeg`.
        duration_secs (float): Length of the sample in seconds.
        language (None | str):
    """

    audio_base_64: str
    generated_voice_id: str
    media_type: str
    duration_secs: float
    language: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_base_64 = self.audio_base_64

        generated_voice_id = self.generated_voice_id

        media_type = self.media_type

        duration_secs = self.duration_secs

        language: None | str
        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base_64": audio_base_64,
                "generated_voice_id": generated_voice_id,
                "media_type": media_type,
                "duration_secs": duration_secs,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_base_64 = d.pop("audio_base_64")

        generated_voice_id = d.pop("generated_voice_id")

        media_type = d.pop("media_type")

        duration_secs = d.pop("duration_secs")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        voice_preview = cls(
            audio_base_64=audio_base_64,
            generated_voice_id=generated_voice_id,
            media_type=media_type,
            duration_secs=duration_secs,
            language=language,
        )

        voice_preview.additional_properties = d
        return voice_preview

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
