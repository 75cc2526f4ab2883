from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_phone_sip_media_encryption import (
    ConvaiPhoneSipMediaEncryption,
    check_convai_phone_sip_media_encryption,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiPhoneSipInboundTrunk")


@_attrs_define
class ConvaiPhoneSipInboundTrunk:
    """Inbound trunk settings of a number (credentials reduced to a flag and user name).

    Attributes:
        allowed_addresses (list[str]):
        allowed_numbers (list[str] | None):
        media_encryption (ConvaiPhoneSipMediaEncryption): Whether call media is encrypted (SRTP).
        has_auth_credentials (bool):
        username (None | str | Unset):
    """

    allowed_addresses: list[str]
    allowed_numbers: list[str] | None
    media_encryption: ConvaiPhoneSipMediaEncryption
    has_auth_credentials: bool
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_addresses = self.allowed_addresses

        allowed_numbers: list[str] | None
        if isinstance(self.allowed_numbers, list):
            allowed_numbers = self.allowed_numbers

        else:
            allowed_numbers = self.allowed_numbers

        media_encryption: str = self.media_encryption

        has_auth_credentials = self.has_auth_credentials

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_addresses": allowed_addresses,
                "allowed_numbers": allowed_numbers,
                "media_encryption": media_encryption,
                "has_auth_credentials": has_auth_credentials,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_addresses = cast(list[str], d.pop("allowed_addresses"))

        def _parse_allowed_numbers(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_numbers_type_0 = cast(list[str], data)

                return allowed_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_numbers = _parse_allowed_numbers(d.pop("allowed_numbers"))

        media_encryption = check_convai_phone_sip_media_encryption(d.pop("media_encryption"))

        has_auth_credentials = d.pop("has_auth_credentials")

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        convai_phone_sip_inbound_trunk = cls(
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            has_auth_credentials=has_auth_credentials,
            username=username,
        )

        convai_phone_sip_inbound_trunk.additional_properties = d
        return convai_phone_sip_inbound_trunk

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
