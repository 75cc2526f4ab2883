from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationHistoryTranscriptFileInputResponseModel")


@_attrs_define
class ConversationHistoryTranscriptFileInputResponseModel:
    """
    Attributes:
        file_id (str):
        original_filename (str):
        mime_type (str):
        file_url (str):
    """

    file_id: str
    original_filename: str
    mime_type: str
    file_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        original_filename = self.original_filename

        mime_type = self.mime_type

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "original_filename": original_filename,
                "mime_type": mime_type,
                "file_url": file_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        original_filename = d.pop("original_filename")

        mime_type = d.pop("mime_type")

        file_url = d.pop("file_url")

        conversation_history_transcript_file_input_response_model = cls(
            file_id=file_id,
            original_filename=original_filename,
            mime_type=mime_type,
            file_url=file_url,
        )

        conversation_history_transcript_file_input_response_model.additional_properties = d
        return conversation_history_transcript_file_input_response_model

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
