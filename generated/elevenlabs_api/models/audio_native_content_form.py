from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AudioNativeContentForm")


@_attrs_define
class AudioNativeContentForm:
    """New content for an Audio Native project.

    Attributes:
        file (File | Unset): A text or HTML file with the content.
        auto_convert (bool | Unset):  Default: False.
        auto_publish (bool | Unset): Publish the new snapshot once converted. Default: False.
    """

    file: File | Unset = UNSET
    auto_convert: bool | Unset = False
    auto_publish: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        auto_convert = self.auto_convert

        auto_publish = self.auto_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if auto_publish is not UNSET:
            field_dict["auto_publish"] = auto_publish

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_convert, Unset) and self.auto_convert is not None:
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.auto_publish, Unset) and self.auto_publish is not None:
            files.append(("auto_publish", (None, b"true" if self.auto_publish else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        auto_convert = d.pop("auto_convert", UNSET)

        auto_publish = d.pop("auto_publish", UNSET)

        audio_native_content_form = cls(
            file=file,
            auto_convert=auto_convert,
            auto_publish=auto_publish,
        )

        audio_native_content_form.additional_properties = d
        return audio_native_content_form

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
