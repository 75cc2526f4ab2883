from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livekit_stack_type import LivekitStackType, check_livekit_stack_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_agent_info import ConvaiPhoneAgentInfo
    from ..models.convai_phone_sip_inbound_trunk import ConvaiPhoneSipInboundTrunk
    from ..models.convai_phone_sip_outbound_trunk import ConvaiPhoneSipOutboundTrunk


T = TypeVar("T", bound="ConvaiPhoneSipTrunkNumber")


@_attrs_define
class ConvaiPhoneSipTrunkNumber:
    """A number reached over a SIP trunk.

    Attributes:
        phone_number (str):
        label (str):
        phone_number_id (str):
        livekit_stack (LivekitStackType):
        supports_inbound (bool | Unset):  Default: True.
        supports_outbound (bool | Unset):  Default: True.
        assigned_agent (ConvaiPhoneAgentInfo | None | Unset): Agent answering the number, if any.
        provider (Literal['sip_trunk'] | Unset):  Default: 'sip_trunk'.
        provider_config (ConvaiPhoneSipOutboundTrunk | None | Unset): Old name of `outbound_trunk`.
        outbound_trunk (ConvaiPhoneSipOutboundTrunk | None | Unset):
        inbound_trunk (ConvaiPhoneSipInboundTrunk | None | Unset):
        store_sip_messages (bool | Unset):  Default: True.
    """

    phone_number: str
    label: str
    phone_number_id: str
    livekit_stack: LivekitStackType
    supports_inbound: bool | Unset = True
    supports_outbound: bool | Unset = True
    assigned_agent: ConvaiPhoneAgentInfo | None | Unset = UNSET
    provider: Literal["sip_trunk"] | Unset = "sip_trunk"
    provider_config: ConvaiPhoneSipOutboundTrunk | None | Unset = UNSET
    outbound_trunk: ConvaiPhoneSipOutboundTrunk | None | Unset = UNSET
    inbound_trunk: ConvaiPhoneSipInboundTrunk | None | Unset = UNSET
    store_sip_messages: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        phone_number = self.phone_number

        label = self.label

        phone_number_id = self.phone_number_id

        livekit_stack: str = self.livekit_stack

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        assigned_agent: dict[str, Any] | None | Unset
        if isinstance(self.assigned_agent, Unset):
            assigned_agent = UNSET
        elif isinstance(self.assigned_agent, ConvaiPhoneAgentInfo):
            assigned_agent = self.assigned_agent.to_dict()
        else:
            assigned_agent = self.assigned_agent

        provider = self.provider

        provider_config: dict[str, Any] | None | Unset
        if isinstance(self.provider_config, Unset):
            provider_config = UNSET
        elif isinstance(self.provider_config, ConvaiPhoneSipOutboundTrunk):
            provider_config = self.provider_config.to_dict()
        else:
            provider_config = self.provider_config

        outbound_trunk: dict[str, Any] | None | Unset
        if isinstance(self.outbound_trunk, Unset):
            outbound_trunk = UNSET
        elif isinstance(self.outbound_trunk, ConvaiPhoneSipOutboundTrunk):
            outbound_trunk = self.outbound_trunk.to_dict()
        else:
            outbound_trunk = self.outbound_trunk

        inbound_trunk: dict[str, Any] | None | Unset
        if isinstance(self.inbound_trunk, Unset):
            inbound_trunk = UNSET
        elif isinstance(self.inbound_trunk, ConvaiPhoneSipInboundTrunk):
            inbound_trunk = self.inbound_trunk.to_dict()
        else:
            inbound_trunk = self.inbound_trunk

        store_sip_messages = self.store_sip_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "label": label,
                "phone_number_id": phone_number_id,
                "livekit_stack": livekit_stack,
            }
        )
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if assigned_agent is not UNSET:
            field_dict["assigned_agent"] = assigned_agent
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_config is not UNSET:
            field_dict["provider_config"] = provider_config
        if outbound_trunk is not UNSET:
            field_dict["outbound_trunk"] = outbound_trunk
        if inbound_trunk is not UNSET:
            field_dict["inbound_trunk"] = inbound_trunk
        if store_sip_messages is not UNSET:
            field_dict["store_sip_messages"] = store_sip_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        label = d.pop("label")

        phone_number_id = d.pop("phone_number_id")

        livekit_stack = check_livekit_stack_type(d.pop("livekit_stack"))

        supports_inbound = d.pop("supports_inbound", UNSET)

        supports_outbound = d.pop("supports_outbound", UNSET)

        def _parse_assigned_agent(data: object) -> ConvaiPhoneAgentInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_agent_type_0 = ConvaiPhoneAgentInfo.from_dict(data)

                return assigned_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneAgentInfo | None | Unset, data)

        assigned_agent = _parse_assigned_agent(d.pop("assigned_agent", UNSET))

        provider = cast(Literal["sip_trunk"] | Unset, d.pop("provider", UNSET))
        if provider != "sip_trunk" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'sip_trunk', got '{provider}'")

        def _parse_provider_config(data: object) -> ConvaiPhoneSipOutboundTrunk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_config_type_0 = ConvaiPhoneSipOutboundTrunk.from_dict(data)

                return provider_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipOutboundTrunk | None | Unset, data)

        provider_config = _parse_provider_config(d.pop("provider_config", UNSET))

        def _parse_outbound_trunk(data: object) -> ConvaiPhoneSipOutboundTrunk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outbound_trunk_type_0 = ConvaiPhoneSipOutboundTrunk.from_dict(data)

                return outbound_trunk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipOutboundTrunk | None | Unset, data)

        outbound_trunk = _parse_outbound_trunk(d.pop("outbound_trunk", UNSET))

        def _parse_inbound_trunk(data: object) -> ConvaiPhoneSipInboundTrunk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbound_trunk_type_0 = ConvaiPhoneSipInboundTrunk.from_dict(data)

                return inbound_trunk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPhoneSipInboundTrunk | None | Unset, data)

        inbound_trunk = _parse_inbound_trunk(d.pop("inbound_trunk", UNSET))

        store_sip_messages = d.pop("store_sip_messages", UNSET)

        convai_phone_sip_trunk_number = cls(
            phone_number=phone_number,
            label=label,
            phone_number_id=phone_number_id,
            livekit_stack=livekit_stack,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            assigned_agent=assigned_agent,
            provider=provider,
            provider_config=provider_config,
            outbound_trunk=outbound_trunk,
            inbound_trunk=inbound_trunk,
            store_sip_messages=store_sip_messages,
        )

        convai_phone_sip_trunk_number.additional_properties = d
        return convai_phone_sip_trunk_number

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
    global _nested_models_loaded, ConvaiPhoneAgentInfo, ConvaiPhoneSipInboundTrunk, ConvaiPhoneSipOutboundTrunk
    from ..models.convai_phone_agent_info import ConvaiPhoneAgentInfo  # noqa: F401
    from ..models.convai_phone_sip_inbound_trunk import ConvaiPhoneSipInboundTrunk  # noqa: F401
    from ..models.convai_phone_sip_outbound_trunk import ConvaiPhoneSipOutboundTrunk  # noqa: F401

    _nested_models_loaded = True
