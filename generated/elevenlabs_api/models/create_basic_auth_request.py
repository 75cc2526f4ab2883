from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBasicAuthRequest")


@_attrs_define
class CreateBasicAuthRequest:
    """
    Attributes:
        name (str):
        provider (str):
        username (str):
        password (str):
        auth_type (Literal['basic_auth'] | Unset):  Default: 'basic_auth'.
    """

    name: str
    provider: str
    username: str
    password: str
    auth_type: Literal["basic_auth"] | Unset = "basic_auth"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        username = self.username

        password = self.password

        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "username": username,
                "password": password,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        username = d.pop("username")

        password = d.pop("password")

        auth_type = cast(Literal["basic_auth"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "basic_auth" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'basic_auth', got '{auth_type}'")

        create_basic_auth_request = cls(
            name=name,
            provider=provider,
            username=username,
            password=password,
            auth_type=auth_type,
        )

        create_basic_auth_request.additional_properties = d
        return create_basic_auth_request

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
