from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiCallLimits")


@_attrs_define
class ConvaiCallLimits:
    """
    Attributes:
        agent_concurrency_limit (int | Unset):  Default: -1.
        daily_limit (int | Unset):  Default: 100000.
        bursting_enabled (bool | Unset):  Default: True.
    """

    agent_concurrency_limit: int | Unset = -1
    daily_limit: int | Unset = 100000
    bursting_enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_concurrency_limit = self.agent_concurrency_limit

        daily_limit = self.daily_limit

        bursting_enabled = self.bursting_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_concurrency_limit is not UNSET:
            field_dict["agent_concurrency_limit"] = agent_concurrency_limit
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if bursting_enabled is not UNSET:
            field_dict["bursting_enabled"] = bursting_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_concurrency_limit = d.pop("agent_concurrency_limit", UNSET)

        daily_limit = d.pop("daily_limit", UNSET)

        bursting_enabled = d.pop("bursting_enabled", UNSET)

        convai_call_limits = cls(
            agent_concurrency_limit=agent_concurrency_limit,
            daily_limit=daily_limit,
            bursting_enabled=bursting_enabled,
        )

        convai_call_limits.additional_properties = d
        return convai_call_limits

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
