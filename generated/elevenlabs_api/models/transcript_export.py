from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptExport")


@_attrs_define
class TranscriptExport:
    """One requested extra rendering of the transcript.

    Attributes:
        requested_format (str):
        file_extension (str):
        content_type (str):
        is_base64_encoded (bool): Whether `content` must be base64-decoded (binary formats such as docx/pdf).
        content (str):
    """

    requested_format: str
    file_extension: str
    content_type: str
    is_base64_encoded: bool
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_format = self.requested_format

        file_extension = self.file_extension

        content_type = self.content_type

        is_base64_encoded = self.is_base64_encoded

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_format": requested_format,
                "file_extension": file_extension,
                "content_type": content_type,
                "is_base64_encoded": is_base64_encoded,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_format = d.pop("requested_format")

        file_extension = d.pop("file_extension")

        content_type = d.pop("content_type")

        is_base64_encoded = d.pop("is_base64_encoded")

        content = d.pop("content")

        transcript_export = cls(
            requested_format=requested_format,
            file_extension=file_extension,
            content_type=content_type,
            is_base64_encoded=is_base64_encoded,
            content=content,
        )

        transcript_export.additional_properties = d
        return transcript_export

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
