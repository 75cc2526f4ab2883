from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription
    from ..models.subscription_extras import SubscriptionExtras


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The account that owns the API key.

    Attributes:
        user_id (str):
        subscription (Subscription): Plan and quota counters of an account.
        is_new_user (bool): Use `created_at` instead.
        can_use_delayed_payment_methods (bool):
        is_onboarding_completed (bool):
        is_onboarding_checklist_completed (bool):
        created_at (int): Account creation time in Unix seconds, 0 for very old accounts.
        subscription_extras (None | SubscriptionExtras | Unset):
        xi_api_key (None | str | Unset):
        first_name (None | str | Unset):
        is_api_key_hashed (bool | Unset):  Default: False.
        xi_api_key_preview (None | str | Unset): Masked form of the API key.
        referral_link_code (None | str | Unset):
        partnerstack_partner_default_link (None | str | Unset):
    """

    user_id: str
    subscription: Subscription
    is_new_user: bool
    can_use_delayed_payment_methods: bool
    is_onboarding_completed: bool
    is_onboarding_checklist_completed: bool
    created_at: int
    subscription_extras: None | SubscriptionExtras | Unset = UNSET
    xi_api_key: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    is_api_key_hashed: bool | Unset = False
    xi_api_key_preview: None | str | Unset = UNSET
    referral_link_code: None | str | Unset = UNSET
    partnerstack_partner_default_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        user_id = self.user_id

        subscription = self.subscription.to_dict()

        is_new_user = self.is_new_user

        can_use_delayed_payment_methods = self.can_use_delayed_payment_methods

        is_onboarding_completed = self.is_onboarding_completed

        is_onboarding_checklist_completed = self.is_onboarding_checklist_completed

        created_at = self.created_at

        subscription_extras: dict[str, Any] | None | Unset
        if isinstance(self.subscription_extras, Unset):
            subscription_extras = UNSET
        elif isinstance(self.subscription_extras, SubscriptionExtras):
            subscription_extras = self.subscription_extras.to_dict()
        else:
            subscription_extras = self.subscription_extras

        xi_api_key: None | str | Unset
        if isinstance(self.xi_api_key, Unset):
            xi_api_key = UNSET
        else:
            xi_api_key = self.xi_api_key

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        is_api_key_hashed = self.is_api_key_hashed

        xi_api_key_preview: None | str | Unset
        if isinstance(self.xi_api_key_preview, Unset):
            xi_api_key_preview = UNSET
        else:
            xi_api_key_preview = self.xi_api_key_preview

        referral_link_code: None | str | Unset
        if isinstance(self.referral_link_code, Unset):
            referral_link_code = UNSET
        else:
            referral_link_code = self.referral_link_code

        partnerstack_partner_default_link: None | str | Unset
        if isinstance(self.partnerstack_partner_default_link, Unset):
            partnerstack_partner_default_link = UNSET
        else:
            partnerstack_partner_default_link = self.partnerstack_partner_default_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "subscription": subscription,
                "is_new_user": is_new_user,
                "can_use_delayed_payment_methods": can_use_delayed_payment_methods,
                "is_onboarding_completed": is_onboarding_completed,
                "is_onboarding_checklist_completed": is_onboarding_checklist_completed,
                "created_at": created_at,
            }
        )
        if subscription_extras is not UNSET:
            field_dict["subscription_extras"] = subscription_extras
        if xi_api_key is not UNSET:
            field_dict["xi_api_key"] = xi_api_key
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if is_api_key_hashed is not UNSET:
            field_dict["is_api_key_hashed"] = is_api_key_hashed
        if xi_api_key_preview is not UNSET:
            field_dict["xi_api_key_preview"] = xi_api_key_preview
        if referral_link_code is not UNSET:
            field_dict["referral_link_code"] = referral_link_code
        if partnerstack_partner_default_link is not UNSET:
            field_dict["partnerstack_partner_default_link"] = partnerstack_partner_default_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        user_id = d.pop("user_id")

        subscription = Subscription.from_dict(d.pop("subscription"))

        is_new_user = d.pop("is_new_user")

        can_use_delayed_payment_methods = d.pop("can_use_delayed_payment_methods")

        is_onboarding_completed = d.pop("is_onboarding_completed")

        is_onboarding_checklist_completed = d.pop("is_onboarding_checklist_completed")

        created_at = d.pop("created_at")

        def _parse_subscription_extras(data: object) -> None | SubscriptionExtras | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_extras_type_0 = SubscriptionExtras.from_dict(data)

                return subscription_extras_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionExtras | Unset, data)

        subscription_extras = _parse_subscription_extras(d.pop("subscription_extras", UNSET))

        def _parse_xi_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        xi_api_key = _parse_xi_api_key(d.pop("xi_api_key", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        is_api_key_hashed = d.pop("is_api_key_hashed", UNSET)

        def _parse_xi_api_key_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        xi_api_key_preview = _parse_xi_api_key_preview(d.pop("xi_api_key_preview", UNSET))

        def _parse_referral_link_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_link_code = _parse_referral_link_code(d.pop("referral_link_code", UNSET))

        def _parse_partnerstack_partner_default_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partnerstack_partner_default_link = _parse_partnerstack_partner_default_link(
            d.pop("partnerstack_partner_default_link", UNSET)
        )

        user = cls(
            user_id=user_id,
            subscription=subscription,
            is_new_user=is_new_user,
            can_use_delayed_payment_methods=can_use_delayed_payment_methods,
            is_onboarding_completed=is_onboarding_completed,
            is_onboarding_checklist_completed=is_onboarding_checklist_completed,
            created_at=created_at,
            subscription_extras=subscription_extras,
            xi_api_key=xi_api_key,
            first_name=first_name,
            is_api_key_hashed=is_api_key_hashed,
            xi_api_key_preview=xi_api_key_preview,
            referral_link_code=referral_link_code,
            partnerstack_partner_default_link=partnerstack_partner_default_link,
        )

        user.additional_properties = d
        return user

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
    global _nested_models_loaded, Subscription, SubscriptionExtras
    from ..models.subscription import Subscription  # noqa: F401
    from ..models.subscription_extras import SubscriptionExtras  # noqa: F401

    _nested_models_loaded = True
