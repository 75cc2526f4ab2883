from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_intent_status_type_0 import (
    InvoicePaymentIntentStatusType0,
    check_invoice_payment_intent_status_type_0,
)
from ..models.invoice_payment_intent_statusses_item import (
    InvoicePaymentIntentStatussesItem,
    check_invoice_payment_intent_statusses_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_response_model import DiscountResponseModel


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """The next invoice of the subscription.

    Attributes:
        amount_due_cents (int):
        discounts (list[DiscountResponseModel]):
        next_payment_attempt_unix (int):
        payment_intent_status (InvoicePaymentIntentStatusType0 | None):
        payment_intent_statusses (list[InvoicePaymentIntentStatussesItem]):
        subtotal_cents (int | None | Unset):
        tax_cents (int | None | Unset):
        discount_percent_off (float | None | Unset):
        discount_amount_off (float | None | Unset):
    """

    amount_due_cents: int
    discounts: list[DiscountResponseModel]
    next_payment_attempt_unix: int
    payment_intent_status: InvoicePaymentIntentStatusType0 | None
    payment_intent_statusses: list[InvoicePaymentIntentStatussesItem]
    subtotal_cents: int | None | Unset = UNSET
    tax_cents: int | None | Unset = UNSET
    discount_percent_off: float | None | Unset = UNSET
    discount_amount_off: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        amount_due_cents = self.amount_due_cents

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        next_payment_attempt_unix = self.next_payment_attempt_unix

        payment_intent_status: None | str
        if isinstance(self.payment_intent_status, str):
            payment_intent_status = self.payment_intent_status
        else:
            payment_intent_status = self.payment_intent_status

        payment_intent_statusses = []
        for payment_intent_statusses_item_data in self.payment_intent_statusses:
            payment_intent_statusses_item: str = payment_intent_statusses_item_data
            payment_intent_statusses.append(payment_intent_statusses_item)

        subtotal_cents: int | None | Unset
        if isinstance(self.subtotal_cents, Unset):
            subtotal_cents = UNSET
        else:
            subtotal_cents = self.subtotal_cents

        tax_cents: int | None | Unset
        if isinstance(self.tax_cents, Unset):
            tax_cents = UNSET
        else:
            tax_cents = self.tax_cents

        discount_percent_off: float | None | Unset
        if isinstance(self.discount_percent_off, Unset):
            discount_percent_off = UNSET
        else:
            discount_percent_off = self.discount_percent_off

        discount_amount_off: float | None | Unset
        if isinstance(self.discount_amount_off, Unset):
            discount_amount_off = UNSET
        else:
            discount_amount_off = self.discount_amount_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due_cents": amount_due_cents,
                "discounts": discounts,
                "next_payment_attempt_unix": next_payment_attempt_unix,
                "payment_intent_status": payment_intent_status,
                "payment_intent_statusses": payment_intent_statusses,
            }
        )
        if subtotal_cents is not UNSET:
            field_dict["subtotal_cents"] = subtotal_cents
        if tax_cents is not UNSET:
            field_dict["tax_cents"] = tax_cents
        if discount_percent_off is not UNSET:
            field_dict["discount_percent_off"] = discount_percent_off
        if discount_amount_off is not UNSET:
            field_dict["discount_amount_off"] = discount_amount_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        amount_due_cents = d.pop("amount_due_cents")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = DiscountResponseModel.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        next_payment_attempt_unix = d.pop("next_payment_attempt_unix")

        def _parse_payment_intent_status(data: object) -> InvoicePaymentIntentStatusType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_intent_status_type_0 = check_invoice_payment_intent_status_type_0(data)

                return payment_intent_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePaymentIntentStatusType0 | None, data)

        payment_intent_status = _parse_payment_intent_status(d.pop("payment_intent_status"))

        payment_intent_statusses = []
        _payment_intent_statusses = d.pop("payment_intent_statusses")
        for payment_intent_statusses_item_data in _payment_intent_statusses:
            payment_intent_statusses_item = check_invoice_payment_intent_statusses_item(
                payment_intent_statusses_item_data
            )

            payment_intent_statusses.append(payment_intent_statusses_item)

        def _parse_subtotal_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtotal_cents = _parse_subtotal_cents(d.pop("subtotal_cents", UNSET))

        def _parse_tax_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_cents = _parse_tax_cents(d.pop("tax_cents", UNSET))

        def _parse_discount_percent_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_percent_off = _parse_discount_percent_off(d.pop("discount_percent_off", UNSET))

        def _parse_discount_amount_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount_off = _parse_discount_amount_off(d.pop("discount_amount_off", UNSET))

        invoice = cls(
            amount_due_cents=amount_due_cents,
            discounts=discounts,
            next_payment_attempt_unix=next_payment_attempt_unix,
            payment_intent_status=payment_intent_status,
            payment_intent_statusses=payment_intent_statusses,
            subtotal_cents=subtotal_cents,
            tax_cents=tax_cents,
            discount_percent_off=discount_percent_off,
            discount_amount_off=discount_amount_off,
        )

        invoice.additional_properties = d
        return invoice

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
    global _nested_models_loaded, DiscountResponseModel
    from ..models.discount_response_model import DiscountResponseModel  # noqa: F401

    _nested_models_loaded = True
