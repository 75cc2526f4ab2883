from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_agent_config_output import ConvaiAgentConfigOutput
    from ..models.convai_asr_config import ConvaiAsrConfig
    from ..models.convai_conversation_config_output_language_presets import (
        ConvaiConversationConfigOutputLanguagePresets,
    )
    from ..models.convai_conversation_settings import ConvaiConversationSettings
    from ..models.convai_tts_config_output import ConvaiTtsConfigOutput
    from ..models.convai_turn_config import ConvaiTurnConfig
    from ..models.vad_config import VADConfig


T = TypeVar("T", bound="ConvaiConversationConfigOutput")


@_attrs_define
class ConvaiConversationConfigOutput:
    """The whole conversation configuration of an agent (response form).

    Attributes:
        asr (ConvaiAsrConfig | Unset): Speech recognition settings.
        turn (ConvaiTurnConfig | Unset): Turn-taking settings.
        tts (ConvaiTtsConfigOutput | Unset): Speech synthesis settings of an agent (response form).
        conversation (ConvaiConversationSettings | Unset): Conversation-level settings.
        language_presets (ConvaiConversationConfigOutputLanguagePresets | Unset):
        vad (VADConfig | Unset):
        agent (ConvaiAgentConfigOutput | Unset): What the agent says first, its language, variables and prompt (response
            form).
    """

    asr: ConvaiAsrConfig | Unset = UNSET
    turn: ConvaiTurnConfig | Unset = UNSET
    tts: ConvaiTtsConfigOutput | Unset = UNSET
    conversation: ConvaiConversationSettings | Unset = UNSET
    language_presets: ConvaiConversationConfigOutputLanguagePresets | Unset = UNSET
    vad: VADConfig | Unset = UNSET
    agent: ConvaiAgentConfigOutput | Unset = UNSET
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

        language_presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_presets, Unset):
            language_presets = self.language_presets.to_dict()

        vad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vad, Unset):
            vad = self.vad.to_dict()

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
        _asr = d.pop("asr", UNSET)
        asr: ConvaiAsrConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = ConvaiAsrConfig.from_dict(_asr)

        _turn = d.pop("turn", UNSET)
        turn: ConvaiTurnConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = ConvaiTurnConfig.from_dict(_turn)

        _tts = d.pop("tts", UNSET)
        tts: ConvaiTtsConfigOutput | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = ConvaiTtsConfigOutput.from_dict(_tts)

        _conversation = d.pop("conversation", UNSET)
        conversation: ConvaiConversationSettings | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConvaiConversationSettings.from_dict(_conversation)

        _language_presets = d.pop("language_presets", UNSET)
        language_presets: ConvaiConversationConfigOutputLanguagePresets | Unset
        if isinstance(_language_presets, Unset):
            language_presets = UNSET
        else:
            language_presets = ConvaiConversationConfigOutputLanguagePresets.from_dict(_language_presets)

        _vad = d.pop("vad", UNSET)
        vad: VADConfig | Unset
        if isinstance(_vad, Unset):
            vad = UNSET
        else:
            vad = VADConfig.from_dict(_vad)

        _agent = d.pop("agent", UNSET)
        agent: ConvaiAgentConfigOutput | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ConvaiAgentConfigOutput.from_dict(_agent)

        convai_conversation_config_output = cls(
            asr=asr,
            turn=turn,
            tts=tts,
            conversation=conversation,
            language_presets=language_presets,
            vad=vad,
            agent=agent,
        )

        convai_conversation_config_output.additional_properties = d
        return convai_conversation_config_output

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
        ConvaiAgentConfigOutput, \
        ConvaiAsrConfig, \
        ConvaiConversationConfigOutputLanguagePresets, \
        ConvaiConversationSettings, \
        ConvaiTtsConfigOutput, \
        ConvaiTurnConfig, \
        VADConfig
    from ..models.convai_agent_config_output import ConvaiAgentConfigOutput  # noqa: F401
    from ..models.convai_asr_config import ConvaiAsrConfig  # noqa: F401
    from ..models.convai_conversation_config_output_language_presets import (
        ConvaiConversationConfigOutputLanguagePresets,  # noqa: F401
    )
    from ..models.convai_conversation_settings import ConvaiConversationSettings  # noqa: F401
    from ..models.convai_tts_config_output import ConvaiTtsConfigOutput  # noqa: F401
    from ..models.convai_turn_config import ConvaiTurnConfig  # noqa: F401
    from ..models.vad_config import VADConfig  # noqa: F401

    _nested_models_loaded = True
