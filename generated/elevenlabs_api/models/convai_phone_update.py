from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livekit_stack_type import LivekitStackType, check_livekit_stack_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_phone_sip_inbound_trunk_config import ConvaiPhoneSipInboundTrunkConfig
    from ..models.convai_phone_sip_outbound_trunk_config import ConvaiPhoneSipOutboundTrunkConfig


T = TypeVar("T", bound="ConvaiPhoneUpdate")


@_attrs_define
class ConvaiPhoneUpdate:
    """Change which agent answers a number (null unassigns it).

    Attributes:
        agent_id (None | str | Unset):
        label (None | str | Unset):
        inbound_trunk_config (ConvaiPhoneSipInboundTrunkConfig | None | Unset):
        outbound_trunk_config (ConvaiPhoneSipOutboundTrunkConfig | None | Unset):
        livekit_stack (LivekitStackType | None | Unset):
        store_sip_messages (bool | None | Unset):
        environment (None | str | Unset):
        branch_id (None | str | Unset):
    """

    agent_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    inbound_trunk_config: ConvaiPhoneSipInboundTrunkConfig | None | Unset = UNSET
    outbound_trunk_config: ConvaiPhoneSipOutboundTrunkConfig | None | Unset = UNSET
    livekit_stack: LivekitStackType | None | Unset = UNSET
    store_sip_messages: bool | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

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

        livekit_stack: None | str | Unset
        if isinstance(self.livekit_stack, Unset):
            livekit_stack = UNSET
        elif isinstance(self.livekit_stack, str):
            livekit_stack = self.livekit_stack
        else:
            livekit_stack = self.livekit_stack

        store_sip_messages: bool | None | Unset
        if isinstance(self.store_sip_messages, Unset):
            store_sip_messages = UNSET
        else:
            store_sip_messages = self.store_sip_messages

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if label is not UNSET:
            field_dict["label"] = label
        if inbound_trunk_config is not UNSET:
            field_dict["inbound_trunk_config"] = inbound_trunk_config
        if outbound_trunk_config is not UNSET:
            field_dict["outbound_trunk_config"] = outbound_trunk_config
        if livekit_stack is not UNSET:
            field_dict["livekit_stack"] = livekit_stack
        if store_sip_messages is not UNSET:
            field_dict["store_sip_messages"] = store_sip_messages
        if environment is not UNSET:
            field_dict["environment"] = environment
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

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

        def _parse_livekit_stack(data: object) -> LivekitStackType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                livekit_stack_type_0 = check_livekit_stack_type(data)

                return livekit_stack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LivekitStackType | None | Unset, data)

        livekit_stack = _parse_livekit_stack(d.pop("livekit_stack", UNSET))

        def _parse_store_sip_messages(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store_sip_messages = _parse_store_sip_messages(d.pop("store_sip_messages", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        convai_phone_update = cls(
            agent_id=agent_id,
            label=label,
            inbound_trunk_config=inbound_trunk_config,
            outbound_trunk_config=outbound_trunk_config,
            livekit_stack=livekit_stack,
            store_sip_messages=store_sip_messages,
            environment=environment,
            branch_id=branch_id,
        )

        convai_phone_update.additional_properties = d
        return convai_phone_update

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
