from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewAudioDBModel")


@_attrs_define
class PreviewAudioDBModel:
    """
    Attributes:
        audio_url (str):
        voice_id (None | str | Unset):
        text (None | str | Unset):
        hls_manifest_url (None | str | Unset):
        dash_manifest_url (None | str | Unset):
        is_auto_generated (bool | None | Unset):  Default: False.
        generated_at_unix (int | None | Unset):
    """

    audio_url: str
    voice_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    hls_manifest_url: None | str | Unset = UNSET
    dash_manifest_url: None | str | Unset = UNSET
    is_auto_generated: bool | None | Unset = False
    generated_at_unix: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        hls_manifest_url: None | str | Unset
        if isinstance(self.hls_manifest_url, Unset):
            hls_manifest_url = UNSET
        else:
            hls_manifest_url = self.hls_manifest_url

        dash_manifest_url: None | str | Unset
        if isinstance(self.dash_manifest_url, Unset):
            dash_manifest_url = UNSET
        else:
            dash_manifest_url = self.dash_manifest_url

        is_auto_generated: bool | None | Unset
        if isinstance(self.is_auto_generated, Unset):
            is_auto_generated = UNSET
        else:
            is_auto_generated = self.is_auto_generated

        generated_at_unix: int | None | Unset
        if isinstance(self.generated_at_unix, Unset):
            generated_at_unix = UNSET
        else:
            generated_at_unix = self.generated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if text is not UNSET:
            field_dict["text"] = text
        if hls_manifest_url is not UNSET:
            field_dict["hls_manifest_url"] = hls_manifest_url
        if dash_manifest_url is not UNSET:
            field_dict["dash_manifest_url"] = dash_manifest_url
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if generated_at_unix is not UNSET:
            field_dict["generated_at_unix"] = generated_at_unix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_hls_manifest_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hls_manifest_url = _parse_hls_manifest_url(d.pop("hls_manifest_url", UNSET))

        def _parse_dash_manifest_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dash_manifest_url = _parse_dash_manifest_url(d.pop("dash_manifest_url", UNSET))

        def _parse_is_auto_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_auto_generated = _parse_is_auto_generated(d.pop("is_auto_generated", UNSET))

        def _parse_generated_at_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        generated_at_unix = _parse_generated_at_unix(d.pop("generated_at_unix", UNSET))

        preview_audio_db_model = cls(
            audio_url=audio_url,
            voice_id=voice_id,
            text=text,
            hls_manifest_url=hls_manifest_url,
            dash_manifest_url=dash_manifest_url,
            is_auto_generated=is_auto_generated,
            generated_at_unix=generated_at_unix,
        )

        preview_audio_db_model.additional_properties = d
        return preview_audio_db_model

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
