from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSyncInfo")


@_attrs_define
class AutoSyncInfo:
    """
    Attributes:
        minimum_frequency_days (int | Unset):  Default: 7.
        auto_remove (bool | Unset):  Default: False.
        consec_failures (int | Unset):  Default: 0.
        next_refresh_by (int | None | Unset):
    """

    minimum_frequency_days: int | Unset = 7
    auto_remove: bool | Unset = False
    consec_failures: int | Unset = 0
    next_refresh_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_frequency_days = self.minimum_frequency_days

        auto_remove = self.auto_remove

        consec_failures = self.consec_failures

        next_refresh_by: int | None | Unset
        if isinstance(self.next_refresh_by, Unset):
            next_refresh_by = UNSET
        else:
            next_refresh_by = self.next_refresh_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum_frequency_days is not UNSET:
            field_dict["minimum_frequency_days"] = minimum_frequency_days
        if auto_remove is not UNSET:
            field_dict["auto_remove"] = auto_remove
        if consec_failures is not UNSET:
            field_dict["consec_failures"] = consec_failures
        if next_refresh_by is not UNSET:
            field_dict["next_refresh_by"] = next_refresh_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minimum_frequency_days = d.pop("minimum_frequency_days", UNSET)

        auto_remove = d.pop("auto_remove", UNSET)

        consec_failures = d.pop("consec_failures", UNSET)

        def _parse_next_refresh_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_refresh_by = _parse_next_refresh_by(d.pop("next_refresh_by", UNSET))

        auto_sync_info = cls(
            minimum_frequency_days=minimum_frequency_days,
            auto_remove=auto_remove,
            consec_failures=consec_failures,
            next_refresh_by=next_refresh_by,
        )

        auto_sync_info.additional_properties = d
        return auto_sync_info

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
