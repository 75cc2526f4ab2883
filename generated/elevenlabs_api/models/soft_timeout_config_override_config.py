from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoftTimeoutConfigOverrideConfig")


@_attrs_define
class SoftTimeoutConfigOverrideConfig:
    """
    Attributes:
        message (bool | Unset):  Default: False.
        additional_soft_timeout_messages (bool | Unset):  Default: False.
    """

    message: bool | Unset = False
    additional_soft_timeout_messages: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

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
        message = d.pop("message", UNSET)

        additional_soft_timeout_messages = d.pop("additional_soft_timeout_messages", UNSET)

        soft_timeout_config_override_config = cls(
            message=message,
            additional_soft_timeout_messages=additional_soft_timeout_messages,
        )

        soft_timeout_config_override_config.additional_properties = d
        return soft_timeout_config_override_config

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
