from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_native_settings_status import AudioNativeSettingsStatus, check_audio_native_settings_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioNativeSettings")


@_attrs_define
class AudioNativeSettings:
    """How the Audio Native player looks and what it plays.

    Attributes:
        title (str):
        image (str):
        author (str):
        small (bool):
        text_color (str):
        background_color (str):
        sessionization (int):
        audio_path (None | str | Unset):
        audio_url (None | str | Unset):
        status (AudioNativeSettingsStatus | Unset):  Default: 'ready'.
    """

    title: str
    image: str
    author: str
    small: bool
    text_color: str
    background_color: str
    sessionization: int
    audio_path: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    status: AudioNativeSettingsStatus | Unset = "ready"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        image = self.image

        author = self.author

        small = self.small

        text_color = self.text_color

        background_color = self.background_color

        sessionization = self.sessionization

        audio_path: None | str | Unset
        if isinstance(self.audio_path, Unset):
            audio_path = UNSET
        else:
            audio_path = self.audio_path

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "image": image,
                "author": author,
                "small": small,
                "text_color": text_color,
                "background_color": background_color,
                "sessionization": sessionization,
            }
        )
        if audio_path is not UNSET:
            field_dict["audio_path"] = audio_path
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        image = d.pop("image")

        author = d.pop("author")

        small = d.pop("small")

        text_color = d.pop("text_color")

        background_color = d.pop("background_color")

        sessionization = d.pop("sessionization")

        def _parse_audio_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_path = _parse_audio_path(d.pop("audio_path", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        _status = d.pop("status", UNSET)
        status: AudioNativeSettingsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_audio_native_settings_status(_status)

        audio_native_settings = cls(
            title=title,
            image=image,
            author=author,
            small=small,
            text_color=text_color,
            background_color=background_color,
            sessionization=sessionization,
            audio_path=audio_path,
            audio_url=audio_url,
            status=status,
        )

        audio_native_settings.additional_properties = d
        return audio_native_settings

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
