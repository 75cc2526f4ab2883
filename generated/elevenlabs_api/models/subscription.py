from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod, check_billing_period
from ..models.currency import Currency, check_currency
from ..models.subscription_status import SubscriptionStatus, check_subscription_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """Plan and quota counters of an account.

    Attributes:
        tier (str): Plan name, e.g. `free` or `creator`.
        character_count (int): Credits used in the current period.
        character_limit (int): Credits included in the current period.
        max_character_limit_extension (int | None): How far usage may exceed the limit (set by the workspace admin).
        max_credit_limit_extension (int | Literal['unlimited']):
        can_extend_character_limit (bool):
        allowed_to_extend_character_limit (bool):
        voice_slots_used (int):
        professional_voice_slots_used (int):
        professional_voice_slots_used_in_workspace (int):
        voice_limit (int):
        voice_add_edit_counter (int):
        professional_voice_limit (int):
        can_extend_voice_limit (bool):
        can_use_instant_voice_cloning (bool):
        can_use_professional_voice_cloning (bool):
        current_overage (Price):
        status (SubscriptionStatus): Billing state of a subscription.
        next_character_count_reset_unix (int | None | Unset): When the usage counter resets, Unix seconds.
        max_voice_add_edits (int | None | Unset):
        currency (Currency | None | Unset):
        billing_period (BillingPeriod | None | Unset):
        character_refresh_period (BillingPeriod | None | Unset): How often the credit quota is refilled.
    """

    tier: str
    character_count: int
    character_limit: int
    max_character_limit_extension: int | None
    max_credit_limit_extension: int | Literal["unlimited"]
    can_extend_character_limit: bool
    allowed_to_extend_character_limit: bool
    voice_slots_used: int
    professional_voice_slots_used: int
    professional_voice_slots_used_in_workspace: int
    voice_limit: int
    voice_add_edit_counter: int
    professional_voice_limit: int
    can_extend_voice_limit: bool
    can_use_instant_voice_cloning: bool
    can_use_professional_voice_cloning: bool
    current_overage: Price
    status: SubscriptionStatus
    next_character_count_reset_unix: int | None | Unset = UNSET
    max_voice_add_edits: int | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    billing_period: BillingPeriod | None | Unset = UNSET
    character_refresh_period: BillingPeriod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tier = self.tier

        character_count = self.character_count

        character_limit = self.character_limit

        max_character_limit_extension: int | None
        max_character_limit_extension = self.max_character_limit_extension

        max_credit_limit_extension: int | Literal["unlimited"]
        max_credit_limit_extension = self.max_credit_limit_extension

        can_extend_character_limit = self.can_extend_character_limit

        allowed_to_extend_character_limit = self.allowed_to_extend_character_limit

        voice_slots_used = self.voice_slots_used

        professional_voice_slots_used = self.professional_voice_slots_used

        professional_voice_slots_used_in_workspace = self.professional_voice_slots_used_in_workspace

        voice_limit = self.voice_limit

        voice_add_edit_counter = self.voice_add_edit_counter

        professional_voice_limit = self.professional_voice_limit

        can_extend_voice_limit = self.can_extend_voice_limit

        can_use_instant_voice_cloning = self.can_use_instant_voice_cloning

        can_use_professional_voice_cloning = self.can_use_professional_voice_cloning

        current_overage = self.current_overage.to_dict()

        status: str = self.status

        next_character_count_reset_unix: int | None | Unset
        if isinstance(self.next_character_count_reset_unix, Unset):
            next_character_count_reset_unix = UNSET
        else:
            next_character_count_reset_unix = self.next_character_count_reset_unix

        max_voice_add_edits: int | None | Unset
        if isinstance(self.max_voice_add_edits, Unset):
            max_voice_add_edits = UNSET
        else:
            max_voice_add_edits = self.max_voice_add_edits

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        billing_period: None | str | Unset
        if isinstance(self.billing_period, Unset):
            billing_period = UNSET
        elif isinstance(self.billing_period, str):
            billing_period = self.billing_period
        else:
            billing_period = self.billing_period

        character_refresh_period: None | str | Unset
        if isinstance(self.character_refresh_period, Unset):
            character_refresh_period = UNSET
        elif isinstance(self.character_refresh_period, str):
            character_refresh_period = self.character_refresh_period
        else:
            character_refresh_period = self.character_refresh_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "character_count": character_count,
                "character_limit": character_limit,
                "max_character_limit_extension": max_character_limit_extension,
                "max_credit_limit_extension": max_credit_limit_extension,
                "can_extend_character_limit": can_extend_character_limit,
                "allowed_to_extend_character_limit": allowed_to_extend_character_limit,
                "voice_slots_used": voice_slots_used,
                "professional_voice_slots_used": professional_voice_slots_used,
                "professional_voice_slots_used_in_workspace": professional_voice_slots_used_in_workspace,
                "voice_limit": voice_limit,
                "voice_add_edit_counter": voice_add_edit_counter,
                "professional_voice_limit": professional_voice_limit,
                "can_extend_voice_limit": can_extend_voice_limit,
                "can_use_instant_voice_cloning": can_use_instant_voice_cloning,
                "can_use_professional_voice_cloning": can_use_professional_voice_cloning,
                "current_overage": current_overage,
                "status": status,
            }
        )
        if next_character_count_reset_unix is not UNSET:
            field_dict["next_character_count_reset_unix"] = next_character_count_reset_unix
        if max_voice_add_edits is not UNSET:
            field_dict["max_voice_add_edits"] = max_voice_add_edits
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if character_refresh_period is not UNSET:
            field_dict["character_refresh_period"] = character_refresh_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tier = d.pop("tier")

        character_count = d.pop("character_count")

        character_limit = d.pop("character_limit")

        def _parse_max_character_limit_extension(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_character_limit_extension = _parse_max_character_limit_extension(d.pop("max_character_limit_extension"))

        def _parse_max_credit_limit_extension(data: object) -> int | Literal["unlimited"]:
            try:
                max_credit_limit_extension_type_1 = cast(Literal["unlimited"], data)
                if max_credit_limit_extension_type_1 != "unlimited":
                    raise ValueError(
                        f"max_credit_limit_extension_type_1 must match const 'unlimited', got '{max_credit_limit_extension_type_1}'"
                    )
                return max_credit_limit_extension_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Literal["unlimited"], data)

        max_credit_limit_extension = _parse_max_credit_limit_extension(d.pop("max_credit_limit_extension"))

        can_extend_character_limit = d.pop("can_extend_character_limit")

        allowed_to_extend_character_limit = d.pop("allowed_to_extend_character_limit")

        voice_slots_used = d.pop("voice_slots_used")

        professional_voice_slots_used = d.pop("professional_voice_slots_used")

        professional_voice_slots_used_in_workspace = d.pop("professional_voice_slots_used_in_workspace")

        voice_limit = d.pop("voice_limit")

        voice_add_edit_counter = d.pop("voice_add_edit_counter")

        professional_voice_limit = d.pop("professional_voice_limit")

        can_extend_voice_limit = d.pop("can_extend_voice_limit")

        can_use_instant_voice_cloning = d.pop("can_use_instant_voice_cloning")

        can_use_professional_voice_cloning = d.pop("can_use_professional_voice_cloning")

        current_overage = Price.from_dict(d.pop("current_overage"))

        status = check_subscription_status(d.pop("status"))

        def _parse_next_character_count_reset_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_character_count_reset_unix = _parse_next_character_count_reset_unix(
            d.pop("next_character_count_reset_unix", UNSET)
        )

        def _parse_max_voice_add_edits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_voice_add_edits = _parse_max_voice_add_edits(d.pop("max_voice_add_edits", UNSET))

        def _parse_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = check_currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_billing_period(data: object) -> BillingPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_period_type_0 = check_billing_period(data)

                return billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPeriod | None | Unset, data)

        billing_period = _parse_billing_period(d.pop("billing_period", UNSET))

        def _parse_character_refresh_period(data: object) -> BillingPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                character_refresh_period_type_0 = check_billing_period(data)

                return character_refresh_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPeriod | None | Unset, data)

        character_refresh_period = _parse_character_refresh_period(d.pop("character_refresh_period", UNSET))

        subscription = cls(
            tier=tier,
            character_count=character_count,
            character_limit=character_limit,
            max_character_limit_extension=max_character_limit_extension,
            max_credit_limit_extension=max_credit_limit_extension,
            can_extend_character_limit=can_extend_character_limit,
            allowed_to_extend_character_limit=allowed_to_extend_character_limit,
            voice_slots_used=voice_slots_used,
            professional_voice_slots_used=professional_voice_slots_used,
            professional_voice_slots_used_in_workspace=professional_voice_slots_used_in_workspace,
            voice_limit=voice_limit,
            voice_add_edit_counter=voice_add_edit_counter,
            professional_voice_limit=professional_voice_limit,
            can_extend_voice_limit=can_extend_voice_limit,
            can_use_instant_voice_cloning=can_use_instant_voice_cloning,
            can_use_professional_voice_cloning=can_use_professional_voice_cloning,
            current_overage=current_overage,
            status=status,
            next_character_count_reset_unix=next_character_count_reset_unix,
            max_voice_add_edits=max_voice_add_edits,
            currency=currency,
            billing_period=billing_period,
            character_refresh_period=character_refresh_period,
        )

        subscription.additional_properties = d
        return subscription

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
    global _nested_models_loaded, Price
    from ..models.price import Price  # noqa: F401

    _nested_models_loaded = True
