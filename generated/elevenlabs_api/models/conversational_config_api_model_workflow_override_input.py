from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config_api_model_workflow_override_input import AgentConfigAPIModelWorkflowOverrideInput
    from ..models.asr_conversational_config_workflow_override import ASRConversationalConfigWorkflowOverride
    from ..models.conversation_config_workflow_override_input import ConversationConfigWorkflowOverrideInput
    from ..models.conversational_config_api_model_workflow_override_input_language_presets_type_0 import (
        ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0,
    )
    from ..models.tts_conversational_config_workflow_override_input import TTSConversationalConfigWorkflowOverrideInput
    from ..models.turn_config_workflow_override import TurnConfigWorkflowOverride
    from ..models.vad_config_workflow_override import VADConfigWorkflowOverride


T = TypeVar("T", bound="ConversationalConfigAPIModelWorkflowOverrideInput")


@_attrs_define
class ConversationalConfigAPIModelWorkflowOverrideInput:
    """
    Attributes:
        asr (ASRConversationalConfigWorkflowOverride | None | Unset):
        turn (None | TurnConfigWorkflowOverride | Unset):
        tts (None | TTSConversationalConfigWorkflowOverrideInput | Unset):
        conversation (ConversationConfigWorkflowOverrideInput | None | Unset):
        language_presets (ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset):
        vad (None | Unset | VADConfigWorkflowOverride):
        agent (AgentConfigAPIModelWorkflowOverrideInput | None | Unset):
    """

    asr: ASRConversationalConfigWorkflowOverride | None | Unset = UNSET
    turn: None | TurnConfigWorkflowOverride | Unset = UNSET
    tts: None | TTSConversationalConfigWorkflowOverrideInput | Unset = UNSET
    conversation: ConversationConfigWorkflowOverrideInput | None | Unset = UNSET
    language_presets: ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset = UNSET
    vad: None | Unset | VADConfigWorkflowOverride = UNSET
    agent: AgentConfigAPIModelWorkflowOverrideInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        asr: dict[str, Any] | None | Unset
        if isinstance(self.asr, Unset):
            asr = UNSET
        elif isinstance(self.asr, ASRConversationalConfigWorkflowOverride):
            asr = self.asr.to_dict()
        else:
            asr = self.asr

        turn: dict[str, Any] | None | Unset
        if isinstance(self.turn, Unset):
            turn = UNSET
        elif isinstance(self.turn, TurnConfigWorkflowOverride):
            turn = self.turn.to_dict()
        else:
            turn = self.turn

        tts: dict[str, Any] | None | Unset
        if isinstance(self.tts, Unset):
            tts = UNSET
        elif isinstance(self.tts, TTSConversationalConfigWorkflowOverrideInput):
            tts = self.tts.to_dict()
        else:
            tts = self.tts

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationConfigWorkflowOverrideInput):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        language_presets: dict[str, Any] | None | Unset
        if isinstance(self.language_presets, Unset):
            language_presets = UNSET
        elif isinstance(self.language_presets, ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0):
            language_presets = self.language_presets.to_dict()
        else:
            language_presets = self.language_presets

        vad: dict[str, Any] | None | Unset
        if isinstance(self.vad, Unset):
            vad = UNSET
        elif isinstance(self.vad, VADConfigWorkflowOverride):
            vad = self.vad.to_dict()
        else:
            vad = self.vad

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, AgentConfigAPIModelWorkflowOverrideInput):
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
        if language_presets is not UNSET:
            field_dict["language_presets"] = language_presets
        if vad is not UNSET:
            field_dict["vad"] = vad
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_asr(data: object) -> ASRConversationalConfigWorkflowOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asr_type_0 = ASRConversationalConfigWorkflowOverride.from_dict(data)

                return asr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ASRConversationalConfigWorkflowOverride | None | Unset, data)

        asr = _parse_asr(d.pop("asr", UNSET))

        def _parse_turn(data: object) -> None | TurnConfigWorkflowOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_type_0 = TurnConfigWorkflowOverride.from_dict(data)

                return turn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnConfigWorkflowOverride | Unset, data)

        turn = _parse_turn(d.pop("turn", UNSET))

        def _parse_tts(data: object) -> None | TTSConversationalConfigWorkflowOverrideInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tts_type_0 = TTSConversationalConfigWorkflowOverrideInput.from_dict(data)

                return tts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TTSConversationalConfigWorkflowOverrideInput | Unset, data)

        tts = _parse_tts(d.pop("tts", UNSET))

        def _parse_conversation(data: object) -> ConversationConfigWorkflowOverrideInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ConversationConfigWorkflowOverrideInput.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationConfigWorkflowOverrideInput | None | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_language_presets(
            data: object,
        ) -> ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                language_presets_type_0 = (
                    ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0.from_dict(data)
                )

                return language_presets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset, data)

        language_presets = _parse_language_presets(d.pop("language_presets", UNSET))

        def _parse_vad(data: object) -> None | Unset | VADConfigWorkflowOverride:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vad_type_0 = VADConfigWorkflowOverride.from_dict(data)

                return vad_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VADConfigWorkflowOverride, data)

        vad = _parse_vad(d.pop("vad", UNSET))

        def _parse_agent(data: object) -> AgentConfigAPIModelWorkflowOverrideInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = AgentConfigAPIModelWorkflowOverrideInput.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentConfigAPIModelWorkflowOverrideInput | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        conversational_config_api_model_workflow_override_input = cls(
            asr=asr,
            turn=turn,
            tts=tts,
            conversation=conversation,
            language_presets=language_presets,
            vad=vad,
            agent=agent,
        )

        conversational_config_api_model_workflow_override_input.additional_properties = d
        return conversational_config_api_model_workflow_override_input

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
        AgentConfigAPIModelWorkflowOverrideInput, \
        ASRConversationalConfigWorkflowOverride, \
        ConversationConfigWorkflowOverrideInput, \
        ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0, \
        TTSConversationalConfigWorkflowOverrideInput, \
        TurnConfigWorkflowOverride, \
        VADConfigWorkflowOverride
    from ..models.agent_config_api_model_workflow_override_input import AgentConfigAPIModelWorkflowOverrideInput  # noqa: F401
    from ..models.asr_conversational_config_workflow_override import ASRConversationalConfigWorkflowOverride  # noqa: F401
    from ..models.conversation_config_workflow_override_input import ConversationConfigWorkflowOverrideInput  # noqa: F401
    from ..models.conversational_config_api_model_workflow_override_input_language_presets_type_0 import (
        ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0,  # noqa: F401
    )
    from ..models.tts_conversational_config_workflow_override_input import TTSConversationalConfigWorkflowOverrideInput  # noqa: F401
    from ..models.turn_config_workflow_override import TurnConfigWorkflowOverride  # noqa: F401
    from ..models.vad_config_workflow_override import VADConfigWorkflowOverride  # noqa: F401

    _nested_models_loaded = True
