from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PostProductionsOrdersMediaForm")


@_attrs_define
class PostProductionsOrdersMediaForm:
    """
    Attributes:
        declared_language (str):
        media (File | Unset):
        media_url (str | Unset):
        media_url_filename (str | Unset):
        media_url_content_type (str | Unset):
    """

    declared_language: str
    media: File | Unset = UNSET
    media_url: str | Unset = UNSET
    media_url_filename: str | Unset = UNSET
    media_url_content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        declared_language = self.declared_language

        media: FileTypes | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_tuple()

        media_url = self.media_url

        media_url_filename = self.media_url_filename

        media_url_content_type = self.media_url_content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "declared_language": declared_language,
            }
        )
        if media is not UNSET:
            field_dict["media"] = media
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if media_url_filename is not UNSET:
            field_dict["media_url_filename"] = media_url_filename
        if media_url_content_type is not UNSET:
            field_dict["media_url_content_type"] = media_url_content_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.declared_language, Unset) and self.declared_language is not None:
            files.append(("declared_language", (None, str(self.declared_language).encode(), "text/plain")))

        if not isinstance(self.media, Unset) and self.media is not None:
            files.append(("media", self.media.to_tuple()))

        if not isinstance(self.media_url, Unset) and self.media_url is not None:
            files.append(("media_url", (None, str(self.media_url).encode(), "text/plain")))

        if not isinstance(self.media_url_filename, Unset) and self.media_url_filename is not None:
            files.append(("media_url_filename", (None, str(self.media_url_filename).encode(), "text/plain")))

        if not isinstance(self.media_url_content_type, Unset) and self.media_url_content_type is not None:
            files.append(("media_url_content_type", (None, str(self.media_url_content_type).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declared_language = d.pop("declared_language")

        _media = d.pop("media", UNSET)
        media: File | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = File(payload=BytesIO(_media))

        media_url = d.pop("media_url", UNSET)

        media_url_filename = d.pop("media_url_filename", UNSET)

        media_url_content_type = d.pop("media_url_content_type", UNSET)

        post_productions_orders_media_form = cls(
            declared_language=declared_language,
            media=media,
            media_url=media_url,
            media_url_filename=media_url_filename,
            media_url_content_type=media_url_content_type,
        )

        post_productions_orders_media_form.additional_properties = d
        return post_productions_orders_media_form

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
