from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMTLSAuthRequest")


@_attrs_define
class CreateMTLSAuthRequest:
    """
    Attributes:
        name (str):
        provider (str):
        client_certificate (str):
        client_key (str):
        auth_type (Literal['mtls'] | Unset):  Default: 'mtls'.
        ca_certificate (None | str | Unset):
        key_passphrase (None | str | Unset):
    """

    name: str
    provider: str
    client_certificate: str
    client_key: str
    auth_type: Literal["mtls"] | Unset = "mtls"
    ca_certificate: None | str | Unset = UNSET
    key_passphrase: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        client_certificate = self.client_certificate

        client_key = self.client_key

        auth_type = self.auth_type

        ca_certificate: None | str | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate

        key_passphrase: None | str | Unset
        if isinstance(self.key_passphrase, Unset):
            key_passphrase = UNSET
        else:
            key_passphrase = self.key_passphrase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "client_certificate": client_certificate,
                "client_key": client_key,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if ca_certificate is not UNSET:
            field_dict["ca_certificate"] = ca_certificate
        if key_passphrase is not UNSET:
            field_dict["key_passphrase"] = key_passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        client_certificate = d.pop("client_certificate")

        client_key = d.pop("client_key")

        auth_type = cast(Literal["mtls"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "mtls" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'mtls', got '{auth_type}'")

        def _parse_ca_certificate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ca_certificate = _parse_ca_certificate(d.pop("ca_certificate", UNSET))

        def _parse_key_passphrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_passphrase = _parse_key_passphrase(d.pop("key_passphrase", UNSET))

        create_mtls_auth_request = cls(
            name=name,
            provider=provider,
            client_certificate=client_certificate,
            client_key=client_key,
            auth_type=auth_type,
            ca_certificate=ca_certificate,
            key_passphrase=key_passphrase,
        )

        create_mtls_auth_request.additional_properties = d
        return create_mtls_auth_request

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
