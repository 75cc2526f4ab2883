from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceApiKeyCreated")


@_attrs_define
class WorkspaceApiKeyCreated:
    """A freshly created key with its secret.

    Attributes:
        xi_api_key (str): The secret to send as the `xi-api-key` header.
        key_id (str):
    """

    xi_api_key: str
    key_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xi_api_key = self.xi_api_key

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xi-api-key": xi_api_key,
                "key_id": key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xi_api_key = d.pop("xi-api-key")

        key_id = d.pop("key_id")

        workspace_api_key_created = cls(
            xi_api_key=xi_api_key,
            key_id=key_id,
        )

        workspace_api_key_created.additional_properties = d
        return workspace_api_key_created

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
