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
    from ..models.convai_phone_sip_credentials import ConvaiPhoneSipCredentials
    from ..models.convai_phone_sip_inbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders,
    )


T = TypeVar("T", bound="ConvaiPhoneSipInboundTrunkConfig")


@_attrs_define
class ConvaiPhoneSipInboundTrunkConfig:
    """Who may call in over the trunk.

    Attributes:
        allowed_addresses (list[str] | None | Unset): Source IP addresses or CIDR ranges allowed to call in.
        allowed_numbers (list[str] | None | Unset): Caller numbers allowed to call in.
        media_encryption (ConvaiPhoneSipMediaEncryption | Unset): Whether call media is encrypted (SRTP). Default:
            'allowed'.
        credentials (ConvaiPhoneSipCredentials | None | Unset):
        remote_domains (list[str] | None | Unset):
        attributes_to_headers (ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders | Unset):
    """

    allowed_addresses: list[str] | None | Unset = UNSET
    allowed_numbers: list[str] | None | Unset = UNSET
    media_encryption: ConvaiPhoneSipMediaEncryption | Unset = "allowed"
    credentials: ConvaiPhoneSipCredentials | None | Unset = UNSET
    remote_domains: list[str] | None | Unset = UNSET
    attributes_to_headers: ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        allowed_addresses: list[str] | None | Unset
        if isinstance(self.allowed_addresses, Unset):
            allowed_addresses = UNSET
        elif isinstance(self.allowed_addresses, list):
            allowed_addresses = self.allowed_addresses

        else:
            allowed_addresses = self.allowed_addresses

        allowed_numbers: list[str] | None | Unset
        if isinstance(self.allowed_numbers, Unset):
            allowed_numbers = UNSET
        elif isinstance(self.allowed_numbers, list):
            allowed_numbers = self.allowed_numbers

        else:
            allowed_numbers = self.allowed_numbers

        media_encryption: str | Unset = UNSET
        if not isinstance(self.media_encryption, Unset):
            media_encryption = self.media_encryption

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, ConvaiPhoneSipCredentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

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
        field_dict.update({})
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if allowed_numbers is not UNSET:
            field_dict["allowed_numbers"] = allowed_numbers
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
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

        def _parse_allowed_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_addresses_type_0 = cast(list[str], data)

                return allowed_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_addresses = _parse_allowed_addresses(d.pop("allowed_addresses", UNSET))

        def _parse_allowed_numbers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_numbers_type_0 = cast(list[str], data)

                return allowed_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_numbers = _parse_allowed_numbers(d.pop("allowed_numbers", UNSET))

        _media_encryption = d.pop("media_encryption", UNSET)
        media_encryption: ConvaiPhoneSipMediaEncryption | Unset
        if isinstance(_media_encryption, Unset):
            media_encryption = UNSET
        else:
            media_encryption = check_convai_phone_sip_media_encryption(_media_encryption)

        def _parse_credentials(data: object) -> ConvaiPhoneSipCredentials | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = ConvaiPhoneSipCredentials.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipCredentials | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

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
        attributes_to_headers: ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders.from_dict(
                _attributes_to_headers
            )

        convai_phone_sip_inbound_trunk_config = cls(
            allowed_addresses=allowed_addresses,
            allowed_numbers=allowed_numbers,
            media_encryption=media_encryption,
            credentials=credentials,
            remote_domains=remote_domains,
            attributes_to_headers=attributes_to_headers,
        )

        convai_phone_sip_inbound_trunk_config.additional_properties = d
        return convai_phone_sip_inbound_trunk_config

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
    global _nested_models_loaded, ConvaiPhoneSipCredentials, ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders
    from ..models.convai_phone_sip_credentials import ConvaiPhoneSipCredentials  # noqa: F401
    from ..models.convai_phone_sip_inbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders,  # noqa: F401
    )

    _nested_models_loaded = True
