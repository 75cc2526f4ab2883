from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asr_conversational_config_override_config import ASRConversationalConfigOverrideConfig
    from ..models.convai_override_flags_agent import ConvaiOverrideFlagsAgent
    from ..models.convai_override_flags_conversation import ConvaiOverrideFlagsConversation
    from ..models.convai_override_flags_tts import ConvaiOverrideFlagsTts
    from ..models.turn_config_override_config import TurnConfigOverrideConfig


T = TypeVar("T", bound="ConvaiOverrideFlagsOutput")


@_attrs_define
class ConvaiOverrideFlagsOutput:
    """Which settings a client may override when starting a conversation (response form).

    Attributes:
        asr (ASRConversationalConfigOverrideConfig | Unset):
        turn (TurnConfigOverrideConfig | Unset):
        tts (ConvaiOverrideFlagsTts | Unset):
        conversation (ConvaiOverrideFlagsConversation | Unset):
        agent (ConvaiOverrideFlagsAgent | Unset):
    """

    asr: ASRConversationalConfigOverrideConfig | Unset = UNSET
    turn: TurnConfigOverrideConfig | Unset = UNSET
    tts: ConvaiOverrideFlagsTts | Unset = UNSET
    conversation: ConvaiOverrideFlagsConversation | Unset = UNSET
    agent: ConvaiOverrideFlagsAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        asr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asr, Unset):
            asr = self.asr.to_dict()

        turn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn, Unset):
            turn = self.turn.to_dict()

        tts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = self.tts.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asr is not UNSET:
            field_dict["asr"] = asr
        if turn is not UNSET:
            field_dict["turn"] = turn
        if tts is not UNSET:
            field_dict["tts"] = tts
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _asr = d.pop("asr", UNSET)
        asr: ASRConversationalConfigOverrideConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = ASRConversationalConfigOverrideConfig.from_dict(_asr)

        _turn = d.pop("turn", UNSET)
        turn: TurnConfigOverrideConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = TurnConfigOverrideConfig.from_dict(_turn)

        _tts = d.pop("tts", UNSET)
        tts: ConvaiOverrideFlagsTts | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = ConvaiOverrideFlagsTts.from_dict(_tts)

        _conversation = d.pop("conversation", UNSET)
        conversation: ConvaiOverrideFlagsConversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConvaiOverrideFlagsConversation.from_dict(_conversation)

        _agent = d.pop("agent", UNSET)
        agent: ConvaiOverrideFlagsAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ConvaiOverrideFlagsAgent.from_dict(_agent)

        convai_override_flags_output = cls(
            asr=asr,
            turn=turn,
            tts=tts,
            conversation=conversation,
            agent=agent,
        )

        convai_override_flags_output.additional_properties = d
        return convai_override_flags_output

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
        ASRConversationalConfigOverrideConfig, \
        ConvaiOverrideFlagsAgent, \
        ConvaiOverrideFlagsConversation, \
        ConvaiOverrideFlagsTts, \
        TurnConfigOverrideConfig
    from ..models.asr_conversational_config_override_config import ASRConversationalConfigOverrideConfig  # noqa: F401
    from ..models.convai_override_flags_agent import ConvaiOverrideFlagsAgent  # noqa: F401
    from ..models.convai_override_flags_conversation import ConvaiOverrideFlagsConversation  # noqa: F401
    from ..models.convai_override_flags_tts import ConvaiOverrideFlagsTts  # noqa: F401
    from ..models.turn_config_override_config import TurnConfigOverrideConfig  # noqa: F401

    _nested_models_loaded = True
