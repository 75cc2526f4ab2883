from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_phone_sip_media_encryption import (
    ConvaiPhoneSipMediaEncryption,
    check_convai_phone_sip_media_encryption,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_sip_inbound_trunk_attributes_to_headers import (
        ConvaiPhoneSipInboundTrunkAttributesToHeaders,
    )


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
        remote_domains (list[str] | None | Unset):
        attributes_to_headers (ConvaiPhoneSipInboundTrunkAttributesToHeaders | Unset):
    """

    allowed_addresses: list[str]
    allowed_numbers: list[str] | None
    media_encryption: ConvaiPhoneSipMediaEncryption
    has_auth_credentials: bool
    username: None | str | Unset = UNSET
    remote_domains: list[str] | None | Unset = UNSET
    attributes_to_headers: ConvaiPhoneSipInboundTrunkAttributesToHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
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

        remote_domains: list[str] | None | Unset
        if isinstance(self.remote_domains, Unset):
            remote_domains = UNSET
        elif isinstance(self.remote_domains, list):
            remote_domains = self.remote_domains

        else:
            remote_domains = self.remote_domains

        attributes_to_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes_to_headers, Unset):
            attributes_to_headers = self.attributes_to_headers.to_dict()

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
        if remote_domains is not UNSET:
            field_dict["remote_domains"] = remote_domains
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
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

        def _parse_remote_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                remote_domains_type_0 = cast(list[str], data)

                return remote_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        remote_domains = _parse_remote_domains(d.pop("remote_domains", UNSET))

        _attributes_to_headers = d.pop("attributes_to_headers", UNSET)
        attributes_to_headers: ConvaiPhoneSipInboundTrunkAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = ConvaiPhoneSipInboundTrunkAttributesToHeaders.from_dict(_attributes_to_headers)

        convai_phone_sip_inbound_trunk = cls(
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            has_auth_credentials=has_auth_credentials,
            username=username,
            remote_domains=remote_domains,
            attributes_to_headers=attributes_to_headers,
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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConvaiPhoneSipInboundTrunkAttributesToHeaders
    from ..models.convai_phone_sip_inbound_trunk_attributes_to_headers import (
        ConvaiPhoneSipInboundTrunkAttributesToHeaders,  # noqa: F401
    )

    _nested_models_loaded = True
