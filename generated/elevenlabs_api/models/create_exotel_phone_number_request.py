from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exotel_api_subdomain import ExotelApiSubdomain, check_exotel_api_subdomain
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExotelPhoneNumberRequest")


@_attrs_define
class CreateExotelPhoneNumberRequest:
    """
    Attributes:
        phone_number (str):
        label (str):
        account_sid (str):
        api_key (str):
        api_token (str):
        api_subdomain (ExotelApiSubdomain):
        app_id (str):
        supports_inbound (bool | Unset):  Default: True.
        supports_outbound (bool | Unset):  Default: True.
        provider (Literal['exotel'] | Unset):  Default: 'exotel'.
        agent_id (None | str | Unset):
        applet_url (None | str | Unset):
    """

    phone_number: str
    label: str
    account_sid: str
    api_key: str
    api_token: str
    api_subdomain: ExotelApiSubdomain
    app_id: str
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    provider: Literal["exotel"] | Unset = "exotel"
    agent_id: None | str | Unset = UNSET
    applet_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        label = self.label

        account_sid = self.account_sid

        api_key = self.api_key

        api_token = self.api_token

        api_subdomain: str = self.api_subdomain

        app_id = self.app_id

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        applet_url: None | str | Unset
        if isinstance(self.applet_url, Unset):
            applet_url = UNSET
        else:
            applet_url = self.applet_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "label": label,
                "account_sid": account_sid,
                "api_key": api_key,
                "api_token": api_token,
                "api_subdomain": api_subdomain,
                "app_id": app_id,
            }
        )
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if provider is not UNSET:
            field_dict["provider"] = provider
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if applet_url is not UNSET:
            field_dict["applet_url"] = applet_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        label = d.pop("label")

        account_sid = d.pop("account_sid")

        api_key = d.pop("api_key")

        api_token = d.pop("api_token")

        api_subdomain = check_exotel_api_subdomain(d.pop("api_subdomain"))

        app_id = d.pop("app_id")

        supports_inbound = d.pop("supports_inbound", UNSET)

        supports_outbound = d.pop("supports_outbound", UNSET)

        provider = cast(Literal["exotel"] | Unset, d.pop("provider", UNSET))
        if provider != "exotel" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'exotel', got '{provider}'")

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_applet_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applet_url = _parse_applet_url(d.pop("applet_url", UNSET))

        create_exotel_phone_number_request = cls(
            phone_number=phone_number,
            label=label,
            account_sid=account_sid,
            api_key=api_key,
            api_token=api_token,
            api_subdomain=api_subdomain,
            app_id=app_id,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
            agent_id=agent_id,
            applet_url=applet_url,
        )

        create_exotel_phone_number_request.additional_properties = d
        return create_exotel_phone_number_request

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
