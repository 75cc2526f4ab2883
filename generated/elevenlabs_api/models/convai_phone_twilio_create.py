from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiPhoneTwilioCreate")


@_attrs_define
class ConvaiPhoneTwilioCreate:
    """Import a number owned in a Twilio account.

    Attributes:
        phone_number (str): The number, E.164.
        label (str): Your name for it.
        sid (str): Twilio account SID.
        token (str): Twilio auth token.
        supports_inbound (bool | Unset):  Default: True.
        supports_outbound (bool | Unset):  Default: True.
        provider (Literal['twilio'] | Unset):  Default: 'twilio'.
    """

    phone_number: str
    label: str
    sid: str
    token: str
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    provider: Literal["twilio"] | Unset = "twilio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        label = self.label

        sid = self.sid

        token = self.token

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "label": label,
                "sid": sid,
                "token": token,
            }
        )
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        label = d.pop("label")

        sid = d.pop("sid")

        token = d.pop("token")

        supports_inbound = d.pop("supports_inbound", UNSET)

        supports_outbound = d.pop("supports_outbound", UNSET)

        provider = cast(Literal["twilio"] | Unset, d.pop("provider", UNSET))
        if provider != "twilio" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'twilio', got '{provider}'")

        convai_phone_twilio_create = cls(
            phone_number=phone_number,
            label=label,
            sid=sid,
            token=token,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
        )

        convai_phone_twilio_create.additional_properties = d
        return convai_phone_twilio_create

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
