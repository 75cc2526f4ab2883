from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertingWebhookNotifierResponse")


@_attrs_define
class AlertingWebhookNotifierResponse:
    """
    Attributes:
        webhook_id (str):
        type_ (Literal['webhook'] | Unset):  Default: 'webhook'.
    """

    webhook_id: str
    type_: Literal["webhook"] | Unset = "webhook"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_id": webhook_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_id = d.pop("webhook_id")

        type_ = cast(Literal["webhook"] | Unset, d.pop("type", UNSET))
        if type_ != "webhook" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        alerting_webhook_notifier_response = cls(
            webhook_id=webhook_id,
            type_=type_,
        )

        alerting_webhook_notifier_response.additional_properties = d
        return alerting_webhook_notifier_response

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
