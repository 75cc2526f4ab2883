from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiToolUsageStats")


@_attrs_define
class ConvaiToolUsageStats:
    """How often a tool was called and how fast it answered.

    Attributes:
        avg_latency_secs (float):
        total_calls (int | Unset):  Default: 0.
    """

    avg_latency_secs: float
    total_calls: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_latency_secs = self.avg_latency_secs

        total_calls = self.total_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_latency_secs": avg_latency_secs,
            }
        )
        if total_calls is not UNSET:
            field_dict["total_calls"] = total_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg_latency_secs = d.pop("avg_latency_secs")

        total_calls = d.pop("total_calls", UNSET)

        convai_tool_usage_stats = cls(
            avg_latency_secs=avg_latency_secs,
            total_calls=total_calls,
        )

        convai_tool_usage_stats.additional_properties = d
        return convai_tool_usage_stats

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
