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


T = TypeVar("T", bound="UpdateSpeechEngineRequest")


@_attrs_define
class UpdateSpeechEngineRequest:
    """
    Attributes:
        name (None | str | Unset):
        speech_engine (None | SpeechEngineConfig | Unset):
        asr (ConvaiAsrConfig | None | Unset):
        tts (ConvaiTtsConfigInput | None | Unset):
        turn (BaseTurnConfig | None | Unset):
        vad (None | Unset | VADConfig):
        conversation (ConvaiConversationSettings | None | Unset):
        privacy (ConvaiPrivacyConfig | None | Unset):
        call_limits (ConvaiCallLimits | None | Unset):
        language (None | str | Unset):
        tags (list[str] | None | Unset):
        overrides (None | SpeechEngineConversationInitiationClientDataConfig | Unset):
    """

    name: None | str | Unset = UNSET
    speech_engine: None | SpeechEngineConfig | Unset = UNSET
    asr: ConvaiAsrConfig | None | Unset = UNSET
    tts: ConvaiTtsConfigInput | None | Unset = UNSET
    turn: BaseTurnConfig | None | Unset = UNSET
    vad: None | Unset | VADConfig = UNSET
    conversation: ConvaiConversationSettings | None | Unset = UNSET
    privacy: ConvaiPrivacyConfig | None | Unset = UNSET
    call_limits: ConvaiCallLimits | None | Unset = UNSET
    language: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    overrides: None | SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        speech_engine: dict[str, Any] | None | Unset
        if isinstance(self.speech_engine, Unset):
            speech_engine = UNSET
        elif isinstance(self.speech_engine, SpeechEngineConfig):
            speech_engine = self.speech_engine.to_dict()
        else:
            speech_engine = self.speech_engine

        asr: dict[str, Any] | None | Unset
        if isinstance(self.asr, Unset):
            asr = UNSET
        elif isinstance(self.asr, ConvaiAsrConfig):
            asr = self.asr.to_dict()
        else:
            asr = self.asr

        tts: dict[str, Any] | None | Unset
        if isinstance(self.tts, Unset):
            tts = UNSET
        elif isinstance(self.tts, ConvaiTtsConfigInput):
            tts = self.tts.to_dict()
        else:
            tts = self.tts

        turn: dict[str, Any] | None | Unset
        if isinstance(self.turn, Unset):
            turn = UNSET
        elif isinstance(self.turn, BaseTurnConfig):
            turn = self.turn.to_dict()
        else:
            turn = self.turn

        vad: dict[str, Any] | None | Unset
        if isinstance(self.vad, Unset):
            vad = UNSET
        elif isinstance(self.vad, VADConfig):
            vad = self.vad.to_dict()
        else:
            vad = self.vad

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConvaiConversationSettings):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        privacy: dict[str, Any] | None | Unset
        if isinstance(self.privacy, Unset):
            privacy = UNSET
        elif isinstance(self.privacy, ConvaiPrivacyConfig):
            privacy = self.privacy.to_dict()
        else:
            privacy = self.privacy

        call_limits: dict[str, Any] | None | Unset
        if isinstance(self.call_limits, Unset):
            call_limits = UNSET
        elif isinstance(self.call_limits, ConvaiCallLimits):
            call_limits = self.call_limits.to_dict()
        else:
            call_limits = self.call_limits

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, SpeechEngineConversationInitiationClientDataConfig):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if speech_engine is not UNSET:
            field_dict["speech_engine"] = speech_engine
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_speech_engine(data: object) -> None | SpeechEngineConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speech_engine_type_0 = SpeechEngineConfig.from_dict(data)

                return speech_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeechEngineConfig | Unset, data)

        speech_engine = _parse_speech_engine(d.pop("speech_engine", UNSET))

        def _parse_asr(data: object) -> ConvaiAsrConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asr_type_0 = ConvaiAsrConfig.from_dict(data)

                return asr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAsrConfig | None | Unset, data)

        asr = _parse_asr(d.pop("asr", UNSET))

        def _parse_tts(data: object) -> ConvaiTtsConfigInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tts_type_0 = ConvaiTtsConfigInput.from_dict(data)

                return tts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTtsConfigInput | None | Unset, data)

        tts = _parse_tts(d.pop("tts", UNSET))

        def _parse_turn(data: object) -> BaseTurnConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_type_0 = BaseTurnConfig.from_dict(data)

                return turn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseTurnConfig | None | Unset, data)

        turn = _parse_turn(d.pop("turn", UNSET))

        def _parse_vad(data: object) -> None | Unset | VADConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vad_type_0 = VADConfig.from_dict(data)

                return vad_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VADConfig, data)

        vad = _parse_vad(d.pop("vad", UNSET))

        def _parse_conversation(data: object) -> ConvaiConversationSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ConvaiConversationSettings.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationSettings | None | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_privacy(data: object) -> ConvaiPrivacyConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                privacy_type_0 = ConvaiPrivacyConfig.from_dict(data)

                return privacy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPrivacyConfig | None | Unset, data)

        privacy = _parse_privacy(d.pop("privacy", UNSET))

        def _parse_call_limits(data: object) -> ConvaiCallLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_limits_type_0 = ConvaiCallLimits.from_dict(data)

                return call_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiCallLimits | None | Unset, data)

        call_limits = _parse_call_limits(d.pop("call_limits", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_overrides(data: object) -> None | SpeechEngineConversationInitiationClientDataConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overrides_type_0 = SpeechEngineConversationInitiationClientDataConfig.from_dict(data)

                return overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpeechEngineConversationInitiationClientDataConfig | Unset, data)

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        update_speech_engine_request = cls(
            name=name,
            speech_engine=speech_engine,
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

        update_speech_engine_request.additional_properties = d
        return update_speech_engine_request

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
