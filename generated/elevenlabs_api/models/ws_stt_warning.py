from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WsSttWarning")


@_attrs_define
class WsSttWarning:
    """Something the client may want to know; the session goes on.

    Attributes:
        message_type (Literal['warning']):
        warning (str):
    """

    message_type: Literal["warning"]
    warning: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "warning": warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = cast(Literal["warning"], d.pop("message_type"))
        if message_type != "warning":
            raise ValueError(f"message_type must match const 'warning', got '{message_type}'")

        warning = d.pop("warning")

        ws_stt_warning = cls(
            message_type=message_type,
            warning=warning,
        )

        ws_stt_warning.additional_properties = d
        return ws_stt_warning

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
