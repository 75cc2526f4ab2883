from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription


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
        seat_type (SeatType):
        show_compliance_terms (bool | Unset):  Default: False.
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
    seat_type: SeatType
    show_compliance_terms: bool | Unset = False
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

        seat_type: str = self.seat_type

        show_compliance_terms = self.show_compliance_terms

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
                "seat_type": seat_type,
            }
        )
        if show_compliance_terms is not UNSET:
            field_dict["show_compliance_terms"] = show_compliance_terms
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

        seat_type = check_seat_type(d.pop("seat_type"))

        show_compliance_terms = d.pop("show_compliance_terms", UNSET)

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
            seat_type=seat_type,
            show_compliance_terms=show_compliance_terms,
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
    global _nested_models_loaded, Subscription
    from ..models.subscription import Subscription  # noqa: F401

    _nested_models_loaded = True
