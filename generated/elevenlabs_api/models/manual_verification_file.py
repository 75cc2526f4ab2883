from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ManualVerificationFile")


@_attrs_define
class ManualVerificationFile:
    """A file attached to a manual verification request.

    Attributes:
        file_id (str):
        file_name (str):
        mime_type (str):
        size_bytes (int):
        upload_date_unix (int):
    """

    file_id: str
    file_name: str
    mime_type: str
    size_bytes: int
    upload_date_unix: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "upload_date_unix": upload_date_unix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        file_name = d.pop("file_name")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        upload_date_unix = d.pop("upload_date_unix")

        manual_verification_file = cls(
            file_id=file_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
        )

        manual_verification_file.additional_properties = d
        return manual_verification_file

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
