from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioProjectUpdateRequest")


@_attrs_define
class StudioProjectUpdateRequest:
    """
    Attributes:
        name (str):
        default_title_voice_id (str):
        default_paragraph_voice_id (str):
        title (None | str | Unset):
        author (None | str | Unset):
        isbn_number (None | str | Unset):
        volume_normalization (bool | Unset):  Default: False.
    """

    name: str
    default_title_voice_id: str
    default_paragraph_voice_id: str
    title: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    isbn_number: None | str | Unset = UNSET
    volume_normalization: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        isbn_number: None | str | Unset
        if isinstance(self.isbn_number, Unset):
            isbn_number = UNSET
        else:
            isbn_number = self.isbn_number

        volume_normalization = self.volume_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "default_title_voice_id": default_title_voice_id,
                "default_paragraph_voice_id": default_paragraph_voice_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        default_title_voice_id = d.pop("default_title_voice_id")

        default_paragraph_voice_id = d.pop("default_paragraph_voice_id")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_isbn_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isbn_number = _parse_isbn_number(d.pop("isbn_number", UNSET))

        volume_normalization = d.pop("volume_normalization", UNSET)

        studio_project_update_request = cls(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            title=title,
            author=author,
            isbn_number=isbn_number,
            volume_normalization=volume_normalization,
        )

        studio_project_update_request.additional_properties = d
        return studio_project_update_request

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
