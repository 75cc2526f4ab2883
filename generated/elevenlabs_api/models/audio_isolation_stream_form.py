from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_isolation_stream_form_file_format import (
    AudioIsolationStreamFormFileFormat,
    check_audio_isolation_stream_form_file_format,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AudioIsolationStreamForm")


@_attrs_define
class AudioIsolationStreamForm:
    """
    Attributes:
        audio (File):
        file_format (AudioIsolationStreamFormFileFormat | Unset):  Default: 'other'.
    """

    audio: File
    file_format: AudioIsolationStreamFormFileFormat | Unset = "other"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_tuple()

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if file_format is not UNSET:
            field_dict["file_format"] = file_format

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.audio, Unset) and self.audio is not None:
            files.append(("audio", self.audio.to_tuple()))

        if not isinstance(self.file_format, Unset) and self.file_format is not None:
            files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = File(payload=BytesIO(d.pop("audio")))

        _file_format = d.pop("file_format", UNSET)
        file_format: AudioIsolationStreamFormFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_audio_isolation_stream_form_file_format(_file_format)

        audio_isolation_stream_form = cls(
            audio=audio,
            file_format=file_format,
        )

        audio_isolation_stream_form.additional_properties = d
        return audio_isolation_stream_form

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
