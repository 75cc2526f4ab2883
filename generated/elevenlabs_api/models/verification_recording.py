from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerificationRecording")


@_attrs_define
class VerificationRecording:
    """The audio submitted for a verification attempt.

    Attributes:
        recording_id (str):
        mime_type (str):
        size_bytes (int):
        upload_date_unix (int):
        transcription (str):
    """

    recording_id: str
    mime_type: str
    size_bytes: int
    upload_date_unix: int
    transcription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording_id": recording_id,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "upload_date_unix": upload_date_unix,
                "transcription": transcription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_id = d.pop("recording_id")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        upload_date_unix = d.pop("upload_date_unix")

        transcription = d.pop("transcription")

        verification_recording = cls(
            recording_id=recording_id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
            transcription=transcription,
        )

        verification_recording.additional_properties = d
        return verification_recording

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
