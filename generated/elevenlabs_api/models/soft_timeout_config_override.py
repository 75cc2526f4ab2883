from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoftTimeoutConfigOverride")


@_attrs_define
class SoftTimeoutConfigOverride:
    """
    Attributes:
        message (None | str | Unset):
        additional_soft_timeout_messages (list[str] | None | Unset):
    """

    message: None | str | Unset = UNSET
    additional_soft_timeout_messages: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        additional_soft_timeout_messages: list[str] | None | Unset
        if isinstance(self.additional_soft_timeout_messages, Unset):
            additional_soft_timeout_messages = UNSET
        elif isinstance(self.additional_soft_timeout_messages, list):
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        else:
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if additional_soft_timeout_messages is not UNSET:
            field_dict["additional_soft_timeout_messages"] = additional_soft_timeout_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_additional_soft_timeout_messages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_soft_timeout_messages_type_0 = cast(list[str], data)

                return additional_soft_timeout_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        additional_soft_timeout_messages = _parse_additional_soft_timeout_messages(
            d.pop("additional_soft_timeout_messages", UNSET)
        )

        soft_timeout_config_override = cls(
            message=message,
            additional_soft_timeout_messages=additional_soft_timeout_messages,
        )

        soft_timeout_config_override.additional_properties = d
        return soft_timeout_config_override

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
