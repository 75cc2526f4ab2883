from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_turn_config import BaseTurnConfig
    from ..models.convai_asr_config import ConvaiAsrConfig
    from ..models.convai_call_limits import ConvaiCallLimits
    from ..models.convai_conversation_settings import ConvaiConversationSettings
    from ..models.convai_privacy_config import ConvaiPrivacyConfig
    from ..models.convai_tts_config_input import ConvaiTtsConfigInput
    from ..models.speech_engine_config import SpeechEngineConfig
    from ..models.speech_engine_conversation_initiation_client_data_config import (
        SpeechEngineConversationInitiationClientDataConfig,
    )
    from ..models.vad_config import VADConfig


T = TypeVar("T", bound="CreateSpeechEngineRequest")


@_attrs_define
class CreateSpeechEngineRequest:
    """
    Attributes:
        speech_engine (SpeechEngineConfig):
        name (str | Unset):  Default: 'Speech Engine'.
        asr (ConvaiAsrConfig | Unset): Speech recognition settings.
        tts (ConvaiTtsConfigInput | Unset): Speech synthesis settings of an agent (request form).
        turn (BaseTurnConfig | Unset):
        vad (VADConfig | Unset):
        conversation (ConvaiConversationSettings | Unset): Conversation-level settings.
        privacy (ConvaiPrivacyConfig | Unset): Recording and retention settings.
        call_limits (ConvaiCallLimits | Unset):
        language (str | Unset):  Default: 'en'.
        tags (list[str] | Unset):
        overrides (SpeechEngineConversationInitiationClientDataConfig | Unset):
    """

    speech_engine: SpeechEngineConfig
    name: str | Unset = "Speech Engine"
    asr: ConvaiAsrConfig | Unset = UNSET
    tts: ConvaiTtsConfigInput | Unset = UNSET
    turn: BaseTurnConfig | Unset = UNSET
    vad: VADConfig | Unset = UNSET
    conversation: ConvaiConversationSettings | Unset = UNSET
    privacy: ConvaiPrivacyConfig | Unset = UNSET
    call_limits: ConvaiCallLimits | Unset = UNSET
    language: str | Unset = "en"
    tags: list[str] | Unset = UNSET
    overrides: SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        speech_engine = self.speech_engine.to_dict()

        name = self.name

        asr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asr, Unset):
            asr = self.asr.to_dict()

        tts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = self.tts.to_dict()

        turn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn, Unset):
            turn = self.turn.to_dict()

        vad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vad, Unset):
            vad = self.vad.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        privacy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.to_dict()

        call_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_limits, Unset):
            call_limits = self.call_limits.to_dict()

        language = self.language

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speech_engine": speech_engine,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if asr is not UNSET:
            field_dict["asr"] = asr
        if tts is not UNSET:
            field_dict["tts"] = tts
        if turn is not UNSET:
            field_dict["turn"] = turn
        if vad is not UNSET:
            field_dict["vad"] = vad
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if call_limits is not UNSET:
            field_dict["call_limits"] = call_limits
        if language is not UNSET:
            field_dict["language"] = language
        if tags is not UNSET:
            field_dict["tags"] = tags
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        speech_engine = SpeechEngineConfig.from_dict(d.pop("speech_engine"))

        name = d.pop("name", UNSET)

        _asr = d.pop("asr", UNSET)
        asr: ConvaiAsrConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = ConvaiAsrConfig.from_dict(_asr)

        _tts = d.pop("tts", UNSET)
        tts: ConvaiTtsConfigInput | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = ConvaiTtsConfigInput.from_dict(_tts)

        _turn = d.pop("turn", UNSET)
        turn: BaseTurnConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = BaseTurnConfig.from_dict(_turn)

        _vad = d.pop("vad", UNSET)
        vad: VADConfig | Unset
        if isinstance(_vad, Unset):
            vad = UNSET
        else:
            vad = VADConfig.from_dict(_vad)

        _conversation = d.pop("conversation", UNSET)
        conversation: ConvaiConversationSettings | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConvaiConversationSettings.from_dict(_conversation)

        _privacy = d.pop("privacy", UNSET)
        privacy: ConvaiPrivacyConfig | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = ConvaiPrivacyConfig.from_dict(_privacy)

        _call_limits = d.pop("call_limits", UNSET)
        call_limits: ConvaiCallLimits | Unset
        if isinstance(_call_limits, Unset):
            call_limits = UNSET
        else:
            call_limits = ConvaiCallLimits.from_dict(_call_limits)

        language = d.pop("language", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _overrides = d.pop("overrides", UNSET)
        overrides: SpeechEngineConversationInitiationClientDataConfig | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = SpeechEngineConversationInitiationClientDataConfig.from_dict(_overrides)

        create_speech_engine_request = cls(
            speech_engine=speech_engine,
            name=name,
            asr=asr,
            tts=tts,
            turn=turn,
            vad=vad,
            conversation=conversation,
            privacy=privacy,
            call_limits=call_limits,
            language=language,
            tags=tags,
            overrides=overrides,
        )

        create_speech_engine_request.additional_properties = d
        return create_speech_engine_request

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
        BaseTurnConfig, \
        ConvaiAsrConfig, \
        ConvaiCallLimits, \
        ConvaiConversationSettings, \
        ConvaiPrivacyConfig, \
        ConvaiTtsConfigInput, \
        SpeechEngineConfig, \
        SpeechEngineConversationInitiationClientDataConfig, \
        VADConfig
    from ..models.base_turn_config import BaseTurnConfig  # noqa: F401
    from ..models.convai_asr_config import ConvaiAsrConfig  # noqa: F401
    from ..models.convai_call_limits import ConvaiCallLimits  # noqa: F401
    from ..models.convai_conversation_settings import ConvaiConversationSettings  # noqa: F401
    from ..models.convai_privacy_config import ConvaiPrivacyConfig  # noqa: F401
    from ..models.convai_tts_config_input import ConvaiTtsConfigInput  # noqa: F401
    from ..models.speech_engine_config import SpeechEngineConfig  # noqa: F401
    from ..models.speech_engine_conversation_initiation_client_data_config import (
        SpeechEngineConversationInitiationClientDataConfig,  # noqa: F401
    )
    from ..models.vad_config import VADConfig  # noqa: F401

    _nested_models_loaded = True
