from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState, check_order_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_info import OrderItemInfo


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """
    Attributes:
        order_id (str):
        name (str):
        state (OrderState):
        items (list[OrderItemInfo]):
        created_at (datetime.datetime):
        total_amount_usd (float | None | Unset):
        sandbox (bool | Unset):  Default: False.
        submitted_at (datetime.datetime | None | Unset):
        paid_at (datetime.datetime | None | Unset):
        accepted_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        cancel_reason (None | str | Unset):
    """

    order_id: str
    name: str
    state: OrderState
    items: list[OrderItemInfo]
    created_at: datetime.datetime
    total_amount_usd: float | None | Unset = UNSET
    sandbox: bool | Unset = False
    submitted_at: datetime.datetime | None | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    accepted_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        order_id = self.order_id

        name = self.name

        state: str = self.state

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        created_at = self.created_at.isoformat()

        total_amount_usd: float | None | Unset
        if isinstance(self.total_amount_usd, Unset):
            total_amount_usd = UNSET
        else:
            total_amount_usd = self.total_amount_usd

        sandbox = self.sandbox

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        elif isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "name": name,
                "state": state,
                "items": items,
                "created_at": created_at,
            }
        )
        if total_amount_usd is not UNSET:
            field_dict["total_amount_usd"] = total_amount_usd
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        order_id = d.pop("order_id")

        name = d.pop("name")

        state = check_order_state(d.pop("state"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItemInfo.from_dict(items_item_data)

            items.append(items_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_total_amount_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount_usd = _parse_total_amount_usd(d.pop("total_amount_usd", UNSET))

        sandbox = d.pop("sandbox", UNSET)

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_accepted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        order_response = cls(
            order_id=order_id,
            name=name,
            state=state,
            items=items,
            created_at=created_at,
            total_amount_usd=total_amount_usd,
            sandbox=sandbox,
            submitted_at=submitted_at,
            paid_at=paid_at,
            accepted_at=accepted_at,
            completed_at=completed_at,
            cancel_reason=cancel_reason,
        )

        order_response.additional_properties = d
        return order_response

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
    global _nested_models_loaded, OrderItemInfo
    from ..models.order_item_info import OrderItemInfo  # noqa: F401

    _nested_models_loaded = True
