from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StudioProjectContentForm")


@_attrs_define
class StudioProjectContentForm:
    """New content for a project; give one of the three sources.

    Attributes:
        from_url (str | Unset):
        from_document (File | Unset):
        from_content_json (str | Unset): Chapters and blocks as a JSON-encoded list.
        auto_convert (bool | Unset): Convert to audio right after the update. Default: False.
    """

    from_url: str | Unset = UNSET
    from_document: File | Unset = UNSET
    from_content_json: str | Unset = UNSET
    auto_convert: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_url = self.from_url

        from_document: FileTypes | Unset = UNSET
        if not isinstance(self.from_document, Unset):
            from_document = self.from_document.to_tuple()

        from_content_json = self.from_content_json

        auto_convert = self.auto_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.from_url, Unset) and self.from_url is not None:
            files.append(("from_url", (None, str(self.from_url).encode(), "text/plain")))

        if not isinstance(self.from_document, Unset) and self.from_document is not None:
            files.append(("from_document", self.from_document.to_tuple()))

        if not isinstance(self.from_content_json, Unset) and self.from_content_json is not None:
            files.append(("from_content_json", (None, str(self.from_content_json).encode(), "text/plain")))

        if not isinstance(self.auto_convert, Unset) and self.auto_convert is not None:
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_url = d.pop("from_url", UNSET)

        _from_document = d.pop("from_document", UNSET)
        from_document: File | Unset
        if isinstance(_from_document, Unset):
            from_document = UNSET
        else:
            from_document = File(payload=BytesIO(_from_document))

        from_content_json = d.pop("from_content_json", UNSET)

        auto_convert = d.pop("auto_convert", UNSET)

        studio_project_content_form = cls(
            from_url=from_url,
            from_document=from_document,
            from_content_json=from_content_json,
            auto_convert=auto_convert,
        )

        studio_project_content_form.additional_properties = d
        return studio_project_content_form

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
