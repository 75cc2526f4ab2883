from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_sip_inbound_trunk_config import ConvaiPhoneSipInboundTrunkConfig
    from ..models.convai_phone_sip_outbound_trunk_config import ConvaiPhoneSipOutboundTrunkConfig


T = TypeVar("T", bound="ConvaiPhoneSipTrunkCreate")


@_attrs_define
class ConvaiPhoneSipTrunkCreate:
    """Import a number reached over your own SIP trunk.

    Attributes:
        phone_number (str): The number, E.164.
        label (str): Your name for it.
        supports_inbound (bool | Unset):  Default: True.
        supports_outbound (bool | Unset):  Default: True.
        provider (Literal['sip_trunk'] | Unset):  Default: 'sip_trunk'.
        agent_id (None | str | Unset):
        inbound_trunk_config (ConvaiPhoneSipInboundTrunkConfig | None | Unset):
        outbound_trunk_config (ConvaiPhoneSipOutboundTrunkConfig | None | Unset):
    """

    phone_number: str
    label: str
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    provider: Literal["sip_trunk"] | Unset = "sip_trunk"
    agent_id: None | str | Unset = UNSET
    inbound_trunk_config: ConvaiPhoneSipInboundTrunkConfig | None | Unset = UNSET
    outbound_trunk_config: ConvaiPhoneSipOutboundTrunkConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        phone_number = self.phone_number

        label = self.label

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        inbound_trunk_config: dict[str, Any] | None | Unset
        if isinstance(self.inbound_trunk_config, Unset):
            inbound_trunk_config = UNSET
        elif isinstance(self.inbound_trunk_config, ConvaiPhoneSipInboundTrunkConfig):
            inbound_trunk_config = self.inbound_trunk_config.to_dict()
        else:
            inbound_trunk_config = self.inbound_trunk_config

        outbound_trunk_config: dict[str, Any] | None | Unset
        if isinstance(self.outbound_trunk_config, Unset):
            outbound_trunk_config = UNSET
        elif isinstance(self.outbound_trunk_config, ConvaiPhoneSipOutboundTrunkConfig):
            outbound_trunk_config = self.outbound_trunk_config.to_dict()
        else:
            outbound_trunk_config = self.outbound_trunk_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "label": label,
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
        if inbound_trunk_config is not UNSET:
            field_dict["inbound_trunk_config"] = inbound_trunk_config
        if outbound_trunk_config is not UNSET:
            field_dict["outbound_trunk_config"] = outbound_trunk_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        label = d.pop("label")

        supports_inbound = d.pop("supports_inbound", UNSET)

        supports_outbound = d.pop("supports_outbound", UNSET)

        provider = cast(Literal["sip_trunk"] | Unset, d.pop("provider", UNSET))
        if provider != "sip_trunk" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'sip_trunk', got '{provider}'")

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_inbound_trunk_config(data: object) -> ConvaiPhoneSipInboundTrunkConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbound_trunk_config_type_0 = ConvaiPhoneSipInboundTrunkConfig.from_dict(data)

                return inbound_trunk_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipInboundTrunkConfig | None | Unset, data)

        inbound_trunk_config = _parse_inbound_trunk_config(d.pop("inbound_trunk_config", UNSET))

        def _parse_outbound_trunk_config(data: object) -> ConvaiPhoneSipOutboundTrunkConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outbound_trunk_config_type_0 = ConvaiPhoneSipOutboundTrunkConfig.from_dict(data)

                return outbound_trunk_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipOutboundTrunkConfig | None | Unset, data)

        outbound_trunk_config = _parse_outbound_trunk_config(d.pop("outbound_trunk_config", UNSET))

        convai_phone_sip_trunk_create = cls(
            phone_number=phone_number,
            label=label,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
            agent_id=agent_id,
            inbound_trunk_config=inbound_trunk_config,
            outbound_trunk_config=outbound_trunk_config,
        )

        convai_phone_sip_trunk_create.additional_properties = d
        return convai_phone_sip_trunk_create

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
    global _nested_models_loaded, ConvaiPhoneSipInboundTrunkConfig, ConvaiPhoneSipOutboundTrunkConfig
    from ..models.convai_phone_sip_inbound_trunk_config import ConvaiPhoneSipInboundTrunkConfig  # noqa: F401
    from ..models.convai_phone_sip_outbound_trunk_config import ConvaiPhoneSipOutboundTrunkConfig  # noqa: F401

    _nested_models_loaded = True
