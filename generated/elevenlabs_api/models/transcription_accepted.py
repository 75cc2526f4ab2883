from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionAccepted")


@_attrs_define
class TranscriptionAccepted:
    """Acknowledgement of a webhook-mode transcription request.

    Attributes:
        message (str):
        request_id (str): Identifies the result when it reaches the webhook.
        transcription_id (None | str | Unset):
    """

    message: str
    request_id: str
    transcription_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        request_id = self.request_id

        transcription_id: None | str | Unset
        if isinstance(self.transcription_id, Unset):
            transcription_id = UNSET
        else:
            transcription_id = self.transcription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "request_id": request_id,
            }
        )
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        request_id = d.pop("request_id")

        def _parse_transcription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcription_id = _parse_transcription_id(d.pop("transcription_id", UNSET))

        transcription_accepted = cls(
            message=message,
            request_id=request_id,
            transcription_id=transcription_id,
        )

        transcription_accepted.additional_properties = d
        return transcription_accepted

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
