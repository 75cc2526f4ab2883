from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiUserSecret")


@_attrs_define
class ConvaiUserSecret:
    """An encrypted secret stored with a configuration.

    Attributes:
        name (str):
        encrypted_value (str):
        nonce (str):
        id (str):
    """

    name: str
    encrypted_value: str
    nonce: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        encrypted_value = self.encrypted_value

        nonce = self.nonce

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "encrypted_value": encrypted_value,
                "nonce": nonce,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        encrypted_value = d.pop("encrypted_value")

        nonce = d.pop("nonce")

        id = d.pop("id")

        convai_user_secret = cls(
            name=name,
            encrypted_value=encrypted_value,
            nonce=nonce,
            id=id,
        )

        convai_user_secret.additional_properties = d
        return convai_user_secret

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
