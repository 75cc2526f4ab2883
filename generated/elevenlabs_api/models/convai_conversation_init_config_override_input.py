from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asr_conversational_config_override import ASRConversationalConfigOverride
    from ..models.convai_conversation_init_agent_override import ConvaiConversationInitAgentOverride
    from ..models.convai_conversation_init_conversation_override import ConvaiConversationInitConversationOverride
    from ..models.convai_conversation_init_tts_override import ConvaiConversationInitTtsOverride
    from ..models.turn_config_override import TurnConfigOverride


T = TypeVar("T", bound="ConvaiConversationInitConfigOverrideInput")


@_attrs_define
class ConvaiConversationInitConfigOverrideInput:
    """Per-conversation overrides of the agent's settings (as sent).

    Attributes:
        asr (ASRConversationalConfigOverride | None | Unset):
        turn (None | TurnConfigOverride | Unset):
        tts (ConvaiConversationInitTtsOverride | None | Unset):
        conversation (ConvaiConversationInitConversationOverride | None | Unset):
        agent (ConvaiConversationInitAgentOverride | None | Unset):
    """

    asr: ASRConversationalConfigOverride | None | Unset = UNSET
    turn: None | TurnConfigOverride | Unset = UNSET
    tts: ConvaiConversationInitTtsOverride | None | Unset = UNSET
    conversation: ConvaiConversationInitConversationOverride | None | Unset = UNSET
    agent: ConvaiConversationInitAgentOverride | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        asr: dict[str, Any] | None | Unset
        if isinstance(self.asr, Unset):
            asr = UNSET
        elif isinstance(self.asr, ASRConversationalConfigOverride):
            asr = self.asr.to_dict()
        else:
            asr = self.asr

        turn: dict[str, Any] | None | Unset
        if isinstance(self.turn, Unset):
            turn = UNSET
        elif isinstance(self.turn, TurnConfigOverride):
            turn = self.turn.to_dict()
        else:
            turn = self.turn

        tts: dict[str, Any] | None | Unset
        if isinstance(self.tts, Unset):
            tts = UNSET
        elif isinstance(self.tts, ConvaiConversationInitTtsOverride):
            tts = self.tts.to_dict()
        else:
            tts = self.tts

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConvaiConversationInitConversationOverride):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, ConvaiConversationInitAgentOverride):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

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

        def _parse_asr(data: object) -> ASRConversationalConfigOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asr_type_0 = ASRConversationalConfigOverride.from_dict(data)

                return asr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ASRConversationalConfigOverride | None | Unset, data)

        asr = _parse_asr(d.pop("asr", UNSET))

        def _parse_turn(data: object) -> None | TurnConfigOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_type_0 = TurnConfigOverride.from_dict(data)

                return turn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnConfigOverride | Unset, data)

        turn = _parse_turn(d.pop("turn", UNSET))

        def _parse_tts(data: object) -> ConvaiConversationInitTtsOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tts_type_0 = ConvaiConversationInitTtsOverride.from_dict(data)

                return tts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitTtsOverride | None | Unset, data)

        tts = _parse_tts(d.pop("tts", UNSET))

        def _parse_conversation(data: object) -> ConvaiConversationInitConversationOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ConvaiConversationInitConversationOverride.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitConversationOverride | None | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_agent(data: object) -> ConvaiConversationInitAgentOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = ConvaiConversationInitAgentOverride.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationInitAgentOverride | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        convai_conversation_init_config_override_input = cls(
            asr=asr,
            turn=turn,
            tts=tts,
            conversation=conversation,
            agent=agent,
        )

        convai_conversation_init_config_override_input.additional_properties = d
        return convai_conversation_init_config_override_input

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
        ASRConversationalConfigOverride, \
        ConvaiConversationInitAgentOverride, \
        ConvaiConversationInitConversationOverride, \
        ConvaiConversationInitTtsOverride, \
        TurnConfigOverride
    from ..models.asr_conversational_config_override import ASRConversationalConfigOverride  # noqa: F401
    from ..models.convai_conversation_init_agent_override import ConvaiConversationInitAgentOverride  # noqa: F401
    from ..models.convai_conversation_init_conversation_override import ConvaiConversationInitConversationOverride  # noqa: F401
    from ..models.convai_conversation_init_tts_override import ConvaiConversationInitTtsOverride  # noqa: F401
    from ..models.turn_config_override import TurnConfigOverride  # noqa: F401

    _nested_models_loaded = True
