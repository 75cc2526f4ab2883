from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_config_override_agent import WsConvaiConfigOverrideAgent
    from ..models.ws_convai_config_override_conversation import WsConvaiConfigOverrideConversation
    from ..models.ws_convai_config_override_tts import WsConvaiConfigOverrideTts


T = TypeVar("T", bound="WsConvaiConfigOverride")


@_attrs_define
class WsConvaiConfigOverride:
    """Parts of the agent's configuration to replace for this conversation (as far as the agent allows overrides).

    Attributes:
        agent (WsConvaiConfigOverrideAgent | Unset):
        tts (WsConvaiConfigOverrideTts | Unset):
        conversation (WsConvaiConfigOverrideConversation | Unset):
    """

    agent: WsConvaiConfigOverrideAgent | Unset = UNSET
    tts: WsConvaiConfigOverrideTts | Unset = UNSET
    conversation: WsConvaiConfigOverrideConversation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        tts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = self.tts.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if tts is not UNSET:
            field_dict["tts"] = tts
        if conversation is not UNSET:
            field_dict["conversation"] = conversation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: WsConvaiConfigOverrideAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = WsConvaiConfigOverrideAgent.from_dict(_agent)

        _tts = d.pop("tts", UNSET)
        tts: WsConvaiConfigOverrideTts | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = WsConvaiConfigOverrideTts.from_dict(_tts)

        _conversation = d.pop("conversation", UNSET)
        conversation: WsConvaiConfigOverrideConversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = WsConvaiConfigOverrideConversation.from_dict(_conversation)

        ws_convai_config_override = cls(
            agent=agent,
            tts=tts,
            conversation=conversation,
        )

        ws_convai_config_override.additional_properties = d
        return ws_convai_config_override

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
    global \
        _nested_models_loaded, \
        WsConvaiConfigOverrideAgent, \
        WsConvaiConfigOverrideConversation, \
        WsConvaiConfigOverrideTts
    from ..models.ws_convai_config_override_agent import WsConvaiConfigOverrideAgent  # noqa: F401
    from ..models.ws_convai_config_override_conversation import WsConvaiConfigOverrideConversation  # noqa: F401
    from ..models.ws_convai_config_override_tts import WsConvaiConfigOverrideTts  # noqa: F401

    _nested_models_loaded = True
