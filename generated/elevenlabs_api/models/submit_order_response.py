from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState, check_order_state

T = TypeVar("T", bound="SubmitOrderResponse")


@_attrs_define
class SubmitOrderResponse:
    """
    Attributes:
        order_id (str):
        state (OrderState):
        submitted_at (datetime.datetime):
    """

    order_id: str
    state: OrderState
    submitted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        state: str = self.state

        submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "state": state,
                "submitted_at": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        state = check_order_state(d.pop("state"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submit_order_response = cls(
            order_id=order_id,
            state=state,
            submitted_at=submitted_at,
        )

        submit_order_response.additional_properties = d
        return submit_order_response

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
