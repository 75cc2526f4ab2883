from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionUsage")


@_attrs_define
class SubscriptionUsage:
    """Credits granted and spent in the current cycle, by origin.

    Attributes:
        rollover_credits_quota (int):
        subscription_cycle_credits_quota (int):
        manually_gifted_credits_quota (int):
        rollover_credits_used (int):
        subscription_cycle_credits_used (int):
        manually_gifted_credits_used (int):
        paid_usage_based_credits_used (int):
        actual_reported_credits (int):
    """

    rollover_credits_quota: int
    subscription_cycle_credits_quota: int
    manually_gifted_credits_quota: int
    rollover_credits_used: int
    subscription_cycle_credits_used: int
    manually_gifted_credits_used: int
    paid_usage_based_credits_used: int
    actual_reported_credits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollover_credits_quota = self.rollover_credits_quota

        subscription_cycle_credits_quota = self.subscription_cycle_credits_quota

        manually_gifted_credits_quota = self.manually_gifted_credits_quota

        rollover_credits_used = self.rollover_credits_used

        subscription_cycle_credits_used = self.subscription_cycle_credits_used

        manually_gifted_credits_used = self.manually_gifted_credits_used

        paid_usage_based_credits_used = self.paid_usage_based_credits_used

        actual_reported_credits = self.actual_reported_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rollover_credits_quota": rollover_credits_quota,
                "subscription_cycle_credits_quota": subscription_cycle_credits_quota,
                "manually_gifted_credits_quota": manually_gifted_credits_quota,
                "rollover_credits_used": rollover_credits_used,
                "subscription_cycle_credits_used": subscription_cycle_credits_used,
                "manually_gifted_credits_used": manually_gifted_credits_used,
                "paid_usage_based_credits_used": paid_usage_based_credits_used,
                "actual_reported_credits": actual_reported_credits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rollover_credits_quota = d.pop("rollover_credits_quota")

        subscription_cycle_credits_quota = d.pop("subscription_cycle_credits_quota")

        manually_gifted_credits_quota = d.pop("manually_gifted_credits_quota")

        rollover_credits_used = d.pop("rollover_credits_used")

        subscription_cycle_credits_used = d.pop("subscription_cycle_credits_used")

        manually_gifted_credits_used = d.pop("manually_gifted_credits_used")

        paid_usage_based_credits_used = d.pop("paid_usage_based_credits_used")

        actual_reported_credits = d.pop("actual_reported_credits")

        subscription_usage = cls(
            rollover_credits_quota=rollover_credits_quota,
            subscription_cycle_credits_quota=subscription_cycle_credits_quota,
            manually_gifted_credits_quota=manually_gifted_credits_quota,
            rollover_credits_used=rollover_credits_used,
            subscription_cycle_credits_used=subscription_cycle_credits_used,
            manually_gifted_credits_used=manually_gifted_credits_used,
            paid_usage_based_credits_used=paid_usage_based_credits_used,
            actual_reported_credits=actual_reported_credits,
        )

        subscription_usage.additional_properties = d
        return subscription_usage

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
