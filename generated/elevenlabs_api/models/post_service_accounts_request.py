from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sharing_group_config import DefaultSharingGroupConfig


T = TypeVar("T", bound="PostServiceAccountsRequest")


@_attrs_define
class PostServiceAccountsRequest:
    """
    Attributes:
        name (str):
        default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset):
    """

    name: str
    default_sharing_groups: list[DefaultSharingGroupConfig] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        default_sharing_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_sharing_groups, Unset):
            default_sharing_groups = UNSET
        elif isinstance(self.default_sharing_groups, list):
            default_sharing_groups = []
            for default_sharing_groups_type_0_item_data in self.default_sharing_groups:
                default_sharing_groups_type_0_item = default_sharing_groups_type_0_item_data.to_dict()
                default_sharing_groups.append(default_sharing_groups_type_0_item)

        else:
            default_sharing_groups = self.default_sharing_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_default_sharing_groups(data: object) -> list[DefaultSharingGroupConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_sharing_groups_type_0 = []
                _default_sharing_groups_type_0 = data
                for default_sharing_groups_type_0_item_data in _default_sharing_groups_type_0:
                    default_sharing_groups_type_0_item = DefaultSharingGroupConfig.from_dict(
                        default_sharing_groups_type_0_item_data
                    )

                    default_sharing_groups_type_0.append(default_sharing_groups_type_0_item)

                return default_sharing_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DefaultSharingGroupConfig] | None | Unset, data)

        default_sharing_groups = _parse_default_sharing_groups(d.pop("default_sharing_groups", UNSET))

        post_service_accounts_request = cls(
            name=name,
            default_sharing_groups=default_sharing_groups,
        )

        post_service_accounts_request.additional_properties = d
        return post_service_accounts_request

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
    global _nested_models_loaded, DefaultSharingGroupConfig
    from ..models.default_sharing_group_config import DefaultSharingGroupConfig  # noqa: F401

    _nested_models_loaded = True
