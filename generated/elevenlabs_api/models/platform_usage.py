from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_usage_category_usage import PlatformUsageCategoryUsage


T = TypeVar("T", bound="PlatformUsage")


@_attrs_define
class PlatformUsage:
    """
    Attributes:
        category_usage (PlatformUsageCategoryUsage | Unset):
    """

    category_usage: PlatformUsageCategoryUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        category_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_usage, Unset):
            category_usage = self.category_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_usage is not UNSET:
            field_dict["category_usage"] = category_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _category_usage = d.pop("category_usage", UNSET)
        category_usage: PlatformUsageCategoryUsage | Unset
        if isinstance(_category_usage, Unset):
            category_usage = UNSET
        else:
            category_usage = PlatformUsageCategoryUsage.from_dict(_category_usage)

        platform_usage = cls(
            category_usage=category_usage,
        )

        platform_usage.additional_properties = d
        return platform_usage

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
    global _nested_models_loaded, PlatformUsageCategoryUsage
    from ..models.platform_usage_category_usage import PlatformUsageCategoryUsage  # noqa: F401

    _nested_models_loaded = True
