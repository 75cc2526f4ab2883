from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostWorkspacesApiKeysThirdPartyDisablingRequest")


@_attrs_define
class PostWorkspacesApiKeysThirdPartyDisablingRequest:
    """
    Attributes:
        third_party_disable_allowed (bool | None | Unset):
    """

    third_party_disable_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        third_party_disable_allowed: bool | None | Unset
        if isinstance(self.third_party_disable_allowed, Unset):
            third_party_disable_allowed = UNSET
        else:
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if third_party_disable_allowed is not UNSET:
            field_dict["third_party_disable_allowed"] = third_party_disable_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_third_party_disable_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        third_party_disable_allowed = _parse_third_party_disable_allowed(d.pop("third_party_disable_allowed", UNSET))

        post_workspaces_api_keys_third_party_disabling_request = cls(
            third_party_disable_allowed=third_party_disable_allowed,
        )

        post_workspaces_api_keys_third_party_disabling_request.additional_properties = d
        return post_workspaces_api_keys_third_party_disabling_request

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
