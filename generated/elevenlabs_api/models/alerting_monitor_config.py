from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertingMonitorConfig")


@_attrs_define
class AlertingMonitorConfig:
    """
    Attributes:
        threshold (float | None | Unset):
        relative_increase_threshold (float | None | Unset):
        min_failure_count (int | None | Unset):
        min_history_bucket_count (int | None | Unset):
        min_sample_count (int | None | Unset):
        suspect_trigger_threshold (int | None | Unset):
        auto_resolve_after_inactive_minutes (int | None | Unset):
    """

    threshold: float | None | Unset = UNSET
    relative_increase_threshold: float | None | Unset = UNSET
    min_failure_count: int | None | Unset = UNSET
    min_history_bucket_count: int | None | Unset = UNSET
    min_sample_count: int | None | Unset = UNSET
    suspect_trigger_threshold: int | None | Unset = UNSET
    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        relative_increase_threshold: float | None | Unset
        if isinstance(self.relative_increase_threshold, Unset):
            relative_increase_threshold = UNSET
        else:
            relative_increase_threshold = self.relative_increase_threshold

        min_failure_count: int | None | Unset
        if isinstance(self.min_failure_count, Unset):
            min_failure_count = UNSET
        else:
            min_failure_count = self.min_failure_count

        min_history_bucket_count: int | None | Unset
        if isinstance(self.min_history_bucket_count, Unset):
            min_history_bucket_count = UNSET
        else:
            min_history_bucket_count = self.min_history_bucket_count

        min_sample_count: int | None | Unset
        if isinstance(self.min_sample_count, Unset):
            min_sample_count = UNSET
        else:
            min_sample_count = self.min_sample_count

        suspect_trigger_threshold: int | None | Unset
        if isinstance(self.suspect_trigger_threshold, Unset):
            suspect_trigger_threshold = UNSET
        else:
            suspect_trigger_threshold = self.suspect_trigger_threshold

        auto_resolve_after_inactive_minutes: int | None | Unset
        if isinstance(self.auto_resolve_after_inactive_minutes, Unset):
            auto_resolve_after_inactive_minutes = UNSET
        else:
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if relative_increase_threshold is not UNSET:
            field_dict["relative_increase_threshold"] = relative_increase_threshold
        if min_failure_count is not UNSET:
            field_dict["min_failure_count"] = min_failure_count
        if min_history_bucket_count is not UNSET:
            field_dict["min_history_bucket_count"] = min_history_bucket_count
        if min_sample_count is not UNSET:
            field_dict["min_sample_count"] = min_sample_count
        if suspect_trigger_threshold is not UNSET:
            field_dict["suspect_trigger_threshold"] = suspect_trigger_threshold
        if auto_resolve_after_inactive_minutes is not UNSET:
            field_dict["auto_resolve_after_inactive_minutes"] = auto_resolve_after_inactive_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_relative_increase_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        relative_increase_threshold = _parse_relative_increase_threshold(d.pop("relative_increase_threshold", UNSET))

        def _parse_min_failure_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_failure_count = _parse_min_failure_count(d.pop("min_failure_count", UNSET))

        def _parse_min_history_bucket_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_history_bucket_count = _parse_min_history_bucket_count(d.pop("min_history_bucket_count", UNSET))

        def _parse_min_sample_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_sample_count = _parse_min_sample_count(d.pop("min_sample_count", UNSET))

        def _parse_suspect_trigger_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        suspect_trigger_threshold = _parse_suspect_trigger_threshold(d.pop("suspect_trigger_threshold", UNSET))

        def _parse_auto_resolve_after_inactive_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_resolve_after_inactive_minutes = _parse_auto_resolve_after_inactive_minutes(
            d.pop("auto_resolve_after_inactive_minutes", UNSET)
        )

        alerting_monitor_config = cls(
            threshold=threshold,
            relative_increase_threshold=relative_increase_threshold,
            min_failure_count=min_failure_count,
            min_history_bucket_count=min_history_bucket_count,
            min_sample_count=min_sample_count,
            suspect_trigger_threshold=suspect_trigger_threshold,
            auto_resolve_after_inactive_minutes=auto_resolve_after_inactive_minutes,
        )

        alerting_monitor_config.additional_properties = d
        return alerting_monitor_config

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
