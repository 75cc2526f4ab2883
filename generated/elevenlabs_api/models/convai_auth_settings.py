from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_allowlist_item import ConvaiAllowlistItem


T = TypeVar("T", bound="ConvaiAuthSettings")


@_attrs_define
class ConvaiAuthSettings:
    """Who may talk to the agent.

    Attributes:
        enable_auth (bool | Unset):  Default: False.
        allowlist (list[ConvaiAllowlistItem] | Unset):
        require_origin_header (bool | Unset):  Default: False.
        shareable_token (None | str | Unset):
    """

    enable_auth: bool | Unset = False
    allowlist: list[ConvaiAllowlistItem] | Unset = UNSET
    require_origin_header: bool | Unset = False
    shareable_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        enable_auth = self.enable_auth

        allowlist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowlist, Unset):
            allowlist = []
            for allowlist_item_data in self.allowlist:
                allowlist_item = allowlist_item_data.to_dict()
                allowlist.append(allowlist_item)

        require_origin_header = self.require_origin_header

        shareable_token: None | str | Unset
        if isinstance(self.shareable_token, Unset):
            shareable_token = UNSET
        else:
            shareable_token = self.shareable_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_auth is not UNSET:
            field_dict["enable_auth"] = enable_auth
        if allowlist is not UNSET:
            field_dict["allowlist"] = allowlist
        if require_origin_header is not UNSET:
            field_dict["require_origin_header"] = require_origin_header
        if shareable_token is not UNSET:
            field_dict["shareable_token"] = shareable_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        enable_auth = d.pop("enable_auth", UNSET)

        _allowlist = d.pop("allowlist", UNSET)
        allowlist: list[ConvaiAllowlistItem] | Unset = UNSET
        if _allowlist is not UNSET:
            allowlist = []
            for allowlist_item_data in _allowlist:
                allowlist_item = ConvaiAllowlistItem.from_dict(allowlist_item_data)

                allowlist.append(allowlist_item)

        require_origin_header = d.pop("require_origin_header", UNSET)

        def _parse_shareable_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shareable_token = _parse_shareable_token(d.pop("shareable_token", UNSET))

        convai_auth_settings = cls(
            enable_auth=enable_auth,
            allowlist=allowlist,
            require_origin_header=require_origin_header,
            shareable_token=shareable_token,
        )

        convai_auth_settings.additional_properties = d
        return convai_auth_settings

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
    global _nested_models_loaded, ConvaiAllowlistItem
    from ..models.convai_allowlist_item import ConvaiAllowlistItem  # noqa: F401

    _nested_models_loaded = True
