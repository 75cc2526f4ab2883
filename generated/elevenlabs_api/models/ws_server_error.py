from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsServerError")


@_attrs_define
class WsServerError:
    """The service reports a fatal problem and closes the connection, usually with the
    same code. Example: `{"message": "Have not received a new text input within the
    timeout ...", "error": "input_timeout_exceeded", "code": 1008}`.

        Attributes:
            message (str): What went wrong, for people.
            error (str | Unset): What went wrong, for programs, e.g. `input_timeout_exceeded`, `invalid_input_message`.
            code (int | Unset): The websocket close code that follows, e.g. 1008.
    """

    message: str
    error: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error = self.error

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        ws_server_error = cls(
            message=message,
            error=error,
            code=code,
        )

        ws_server_error.additional_properties = d
        return ws_server_error

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
