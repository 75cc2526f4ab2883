from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiSecretStored")


@_attrs_define
class ConvaiSecretStored:
    """A stored secret (without its value).

    Attributes:
        type_ (Literal['stored']):
        secret_id (str):
        name (str):
    """

    type_: Literal["stored"]
    secret_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        secret_id = self.secret_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "secret_id": secret_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["stored"], d.pop("type"))
        if type_ != "stored":
            raise ValueError(f"type must match const 'stored', got '{type_}'")

        secret_id = d.pop("secret_id")

        name = d.pop("name")

        convai_secret_stored = cls(
            type_=type_,
            secret_id=secret_id,
            name=name,
        )

        convai_secret_stored.additional_properties = d
        return convai_secret_stored

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
