from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region_config_request import RegionConfigRequest


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
        agent_id (None | str | Unset):
        region_config (None | RegionConfigRequest | Unset):
        enable_sms (bool | Unset):  Default: True.
    """

    phone_number: str
    label: str
    sid: str
    token: str
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    provider: Literal["twilio"] | Unset = "twilio"
    agent_id: None | str | Unset = UNSET
    region_config: None | RegionConfigRequest | Unset = UNSET
    enable_sms: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        phone_number = self.phone_number

        label = self.label

        sid = self.sid

        token = self.token

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        region_config: dict[str, Any] | None | Unset
        if isinstance(self.region_config, Unset):
            region_config = UNSET
        elif isinstance(self.region_config, RegionConfigRequest):
            region_config = self.region_config.to_dict()
        else:
            region_config = self.region_config

        enable_sms = self.enable_sms

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
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if region_config is not UNSET:
            field_dict["region_config"] = region_config
        if enable_sms is not UNSET:
            field_dict["enable_sms"] = enable_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
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

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_region_config(data: object) -> None | RegionConfigRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_config_type_0 = RegionConfigRequest.from_dict(data)

                return region_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionConfigRequest | Unset, data)

        region_config = _parse_region_config(d.pop("region_config", UNSET))

        enable_sms = d.pop("enable_sms", UNSET)

        convai_phone_twilio_create = cls(
            phone_number=phone_number,
            label=label,
            sid=sid,
            token=token,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
            agent_id=agent_id,
            region_config=region_config,
            enable_sms=enable_sms,
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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, RegionConfigRequest
    from ..models.region_config_request import RegionConfigRequest  # noqa: F401

    _nested_models_loaded = True
