from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.uui_transfer_config_protocol_discriminator_mode import (
    UUITransferConfigProtocolDiscriminatorMode,
    check_uui_transfer_config_protocol_discriminator_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UUITransferConfig")


@_attrs_define
class UUITransferConfig:
    """
    Attributes:
        data (str):
        protocol_discriminator (None | str | Unset):
        protocol_discriminator_mode (UUITransferConfigProtocolDiscriminatorMode | Unset):  Default: 'prefix'.
    """

    data: str
    protocol_discriminator: None | str | Unset = UNSET
    protocol_discriminator_mode: UUITransferConfigProtocolDiscriminatorMode | Unset = "prefix"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        protocol_discriminator: None | str | Unset
        if isinstance(self.protocol_discriminator, Unset):
            protocol_discriminator = UNSET
        else:
            protocol_discriminator = self.protocol_discriminator

        protocol_discriminator_mode: str | Unset = UNSET
        if not isinstance(self.protocol_discriminator_mode, Unset):
            protocol_discriminator_mode = self.protocol_discriminator_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if protocol_discriminator is not UNSET:
            field_dict["protocol_discriminator"] = protocol_discriminator
        if protocol_discriminator_mode is not UNSET:
            field_dict["protocol_discriminator_mode"] = protocol_discriminator_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        def _parse_protocol_discriminator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol_discriminator = _parse_protocol_discriminator(d.pop("protocol_discriminator", UNSET))

        _protocol_discriminator_mode = d.pop("protocol_discriminator_mode", UNSET)
        protocol_discriminator_mode: UUITransferConfigProtocolDiscriminatorMode | Unset
        if isinstance(_protocol_discriminator_mode, Unset):
            protocol_discriminator_mode = UNSET
        else:
            protocol_discriminator_mode = check_uui_transfer_config_protocol_discriminator_mode(
                _protocol_discriminator_mode
            )

        uui_transfer_config = cls(
            data=data,
            protocol_discriminator=protocol_discriminator,
            protocol_discriminator_mode=protocol_discriminator_mode,
        )

        uui_transfer_config.additional_properties = d
        return uui_transfer_config

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
