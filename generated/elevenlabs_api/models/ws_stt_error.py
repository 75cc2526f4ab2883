from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ws_stt_error_message_type import WsSttErrorMessageType, check_ws_stt_error_message_type

T = TypeVar("T", bound="WsSttError")


@_attrs_define
class WsSttError:
    """A problem, named by `message_type`:
    `auth_error` (no or a bad key or token), `quota_exceeded` (no credits left),
    `commit_throttled` (commits come too fast), `unaccepted_terms` (the account has not
    accepted the terms for this model), `rate_limited` (too many sessions or requests),
    `queue_overflow` (audio arrives faster than it can be transcribed),
    `resource_exhausted` (the service is out of capacity), `session_time_limit_exceeded`
    (the session lasted too long), `input_error` (a message that cannot be read: bad JSON,
    bad base64, a field of the wrong type), `invalid_request` (a query parameter out of
    range or unknown), `chunk_size_exceeded` (one chunk carries too much audio),
    `insufficient_audio_activity` (a commit with too little speech in it),
    `transcriber_error` (the recogniser failed) and `error` (anything else). The first
    seven end the session (a close with 1008 follows); the others concern one message.

        Attributes:
            message_type (WsSttErrorMessageType):
            error (str): What went wrong, for people.
    """

    message_type: WsSttErrorMessageType
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = check_ws_stt_error_message_type(d.pop("message_type"))

        error = d.pop("error")

        ws_stt_error = cls(
            message_type=message_type,
            error=error,
        )

        ws_stt_error.additional_properties = d
        return ws_stt_error

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
