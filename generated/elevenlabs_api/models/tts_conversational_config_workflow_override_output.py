from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tts_latency import ConvaiTtsLatency, check_convai_tts_latency
from ..models.convai_tts_model import ConvaiTtsModel, check_convai_tts_model
from ..models.convai_tts_output_format import ConvaiTtsOutputFormat, check_convai_tts_output_format
from ..models.text_normalisation_type import TextNormalisationType, check_text_normalisation_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_pronunciation_dictionary_version import ConvaiPronunciationDictionaryVersion
    from ..models.convai_supported_voice import ConvaiSupportedVoice
    from ..models.suggested_audio_tag import SuggestedAudioTag


T = TypeVar("T", bound="TTSConversationalConfigWorkflowOverrideOutput")


@_attrs_define
class TTSConversationalConfigWorkflowOverrideOutput:
    """
    Attributes:
        model_id (ConvaiTtsModel | None | Unset):
        voice_id (None | str | Unset):
        supported_voices (list[ConvaiSupportedVoice] | None | Unset):
        expressive_mode (bool | None | Unset):
        suggested_audio_tags (list[SuggestedAudioTag] | None | Unset):
        agent_output_audio_format (ConvaiTtsOutputFormat | None | Unset):
        optimize_streaming_latency (ConvaiTtsLatency | None | Unset):
        stability (float | None | Unset):
        speed (float | None | Unset):
        similarity_boost (float | None | Unset):
        text_normalisation_type (None | TextNormalisationType | Unset):
        pronunciation_dictionary_locators (list[ConvaiPronunciationDictionaryVersion] | None | Unset):
        enable_phoneme_tags (bool | None | Unset):
    """

    model_id: ConvaiTtsModel | None | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    supported_voices: list[ConvaiSupportedVoice] | None | Unset = UNSET
    expressive_mode: bool | None | Unset = UNSET
    suggested_audio_tags: list[SuggestedAudioTag] | None | Unset = UNSET
    agent_output_audio_format: ConvaiTtsOutputFormat | None | Unset = UNSET
    optimize_streaming_latency: ConvaiTtsLatency | None | Unset = UNSET
    stability: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    text_normalisation_type: None | TextNormalisationType | Unset = UNSET
    pronunciation_dictionary_locators: list[ConvaiPronunciationDictionaryVersion] | None | Unset = UNSET
    enable_phoneme_tags: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        elif isinstance(self.model_id, str):
            model_id = self.model_id
        else:
            model_id = self.model_id

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        supported_voices: list[dict[str, Any]] | None | Unset
        if isinstance(self.supported_voices, Unset):
            supported_voices = UNSET
        elif isinstance(self.supported_voices, list):
            supported_voices = []
            for supported_voices_type_0_item_data in self.supported_voices:
                supported_voices_type_0_item = supported_voices_type_0_item_data.to_dict()
                supported_voices.append(supported_voices_type_0_item)

        else:
            supported_voices = self.supported_voices

        expressive_mode: bool | None | Unset
        if isinstance(self.expressive_mode, Unset):
            expressive_mode = UNSET
        else:
            expressive_mode = self.expressive_mode

        suggested_audio_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.suggested_audio_tags, Unset):
            suggested_audio_tags = UNSET
        elif isinstance(self.suggested_audio_tags, list):
            suggested_audio_tags = []
            for suggested_audio_tags_type_0_item_data in self.suggested_audio_tags:
                suggested_audio_tags_type_0_item = suggested_audio_tags_type_0_item_data.to_dict()
                suggested_audio_tags.append(suggested_audio_tags_type_0_item)

        else:
            suggested_audio_tags = self.suggested_audio_tags

        agent_output_audio_format: None | str | Unset
        if isinstance(self.agent_output_audio_format, Unset):
            agent_output_audio_format = UNSET
        elif isinstance(self.agent_output_audio_format, str):
            agent_output_audio_format = self.agent_output_audio_format
        else:
            agent_output_audio_format = self.agent_output_audio_format

        optimize_streaming_latency: int | None | Unset
        if isinstance(self.optimize_streaming_latency, Unset):
            optimize_streaming_latency = UNSET
        elif isinstance(self.optimize_streaming_latency, int):
            optimize_streaming_latency = self.optimize_streaming_latency
        else:
            optimize_streaming_latency = self.optimize_streaming_latency

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        text_normalisation_type: None | str | Unset
        if isinstance(self.text_normalisation_type, Unset):
            text_normalisation_type = UNSET
        elif isinstance(self.text_normalisation_type, str):
            text_normalisation_type = self.text_normalisation_type
        else:
            text_normalisation_type = self.text_normalisation_type

        pronunciation_dictionary_locators: list[dict[str, Any]] | None | Unset
        if isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = UNSET
        elif isinstance(self.pronunciation_dictionary_locators, list):
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_type_0_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_type_0_item = (
                    pronunciation_dictionary_locators_type_0_item_data.to_dict()
                )
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_type_0_item)

        else:
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        enable_phoneme_tags: bool | None | Unset
        if isinstance(self.enable_phoneme_tags, Unset):
            enable_phoneme_tags = UNSET
        else:
            enable_phoneme_tags = self.enable_phoneme_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if supported_voices is not UNSET:
            field_dict["supported_voices"] = supported_voices
        if expressive_mode is not UNSET:
            field_dict["expressive_mode"] = expressive_mode
        if suggested_audio_tags is not UNSET:
            field_dict["suggested_audio_tags"] = suggested_audio_tags
        if agent_output_audio_format is not UNSET:
            field_dict["agent_output_audio_format"] = agent_output_audio_format
        if optimize_streaming_latency is not UNSET:
            field_dict["optimize_streaming_latency"] = optimize_streaming_latency
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if text_normalisation_type is not UNSET:
            field_dict["text_normalisation_type"] = text_normalisation_type
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if enable_phoneme_tags is not UNSET:
            field_dict["enable_phoneme_tags"] = enable_phoneme_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_model_id(data: object) -> ConvaiTtsModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_id_type_0 = check_convai_tts_model(data)

                return model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTtsModel | None | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_supported_voices(data: object) -> list[ConvaiSupportedVoice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_voices_type_0 = []
                _supported_voices_type_0 = data
                for supported_voices_type_0_item_data in _supported_voices_type_0:
                    supported_voices_type_0_item = ConvaiSupportedVoice.from_dict(supported_voices_type_0_item_data)

                    supported_voices_type_0.append(supported_voices_type_0_item)

                return supported_voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiSupportedVoice] | None | Unset, data)

        supported_voices = _parse_supported_voices(d.pop("supported_voices", UNSET))

        def _parse_expressive_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expressive_mode = _parse_expressive_mode(d.pop("expressive_mode", UNSET))

        def _parse_suggested_audio_tags(data: object) -> list[SuggestedAudioTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suggested_audio_tags_type_0 = []
                _suggested_audio_tags_type_0 = data
                for suggested_audio_tags_type_0_item_data in _suggested_audio_tags_type_0:
                    suggested_audio_tags_type_0_item = SuggestedAudioTag.from_dict(
                        suggested_audio_tags_type_0_item_data
                    )

                    suggested_audio_tags_type_0.append(suggested_audio_tags_type_0_item)

                return suggested_audio_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SuggestedAudioTag] | None | Unset, data)

        suggested_audio_tags = _parse_suggested_audio_tags(d.pop("suggested_audio_tags", UNSET))

        def _parse_agent_output_audio_format(data: object) -> ConvaiTtsOutputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_output_audio_format_type_0 = check_convai_tts_output_format(data)

                return agent_output_audio_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTtsOutputFormat | None | Unset, data)

        agent_output_audio_format = _parse_agent_output_audio_format(d.pop("agent_output_audio_format", UNSET))

        def _parse_optimize_streaming_latency(data: object) -> ConvaiTtsLatency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                optimize_streaming_latency_type_0 = check_convai_tts_latency(data)

                return optimize_streaming_latency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTtsLatency | None | Unset, data)

        optimize_streaming_latency = _parse_optimize_streaming_latency(d.pop("optimize_streaming_latency", UNSET))

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_similarity_boost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity_boost = _parse_similarity_boost(d.pop("similarity_boost", UNSET))

        def _parse_text_normalisation_type(data: object) -> None | TextNormalisationType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_normalisation_type_type_0 = check_text_normalisation_type(data)

                return text_normalisation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextNormalisationType | Unset, data)

        text_normalisation_type = _parse_text_normalisation_type(d.pop("text_normalisation_type", UNSET))

        def _parse_pronunciation_dictionary_locators(
            data: object,
        ) -> list[ConvaiPronunciationDictionaryVersion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pronunciation_dictionary_locators_type_0 = []
                _pronunciation_dictionary_locators_type_0 = data
                for pronunciation_dictionary_locators_type_0_item_data in _pronunciation_dictionary_locators_type_0:
                    pronunciation_dictionary_locators_type_0_item = ConvaiPronunciationDictionaryVersion.from_dict(
                        pronunciation_dictionary_locators_type_0_item_data
                    )

                    pronunciation_dictionary_locators_type_0.append(pronunciation_dictionary_locators_type_0_item)

                return pronunciation_dictionary_locators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiPronunciationDictionaryVersion] | None | Unset, data)

        pronunciation_dictionary_locators = _parse_pronunciation_dictionary_locators(
            d.pop("pronunciation_dictionary_locators", UNSET)
        )

        def _parse_enable_phoneme_tags(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_phoneme_tags = _parse_enable_phoneme_tags(d.pop("enable_phoneme_tags", UNSET))

        tts_conversational_config_workflow_override_output = cls(
            model_id=model_id,
            voice_id=voice_id,
            supported_voices=supported_voices,
            expressive_mode=expressive_mode,
            suggested_audio_tags=suggested_audio_tags,
            agent_output_audio_format=agent_output_audio_format,
            optimize_streaming_latency=optimize_streaming_latency,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
            text_normalisation_type=text_normalisation_type,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            enable_phoneme_tags=enable_phoneme_tags,
        )

        tts_conversational_config_workflow_override_output.additional_properties = d
        return tts_conversational_config_workflow_override_output

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
    global _nested_models_loaded, ConvaiPronunciationDictionaryVersion, ConvaiSupportedVoice, SuggestedAudioTag
    from ..models.convai_pronunciation_dictionary_version import ConvaiPronunciationDictionaryVersion  # noqa: F401
    from ..models.convai_supported_voice import ConvaiSupportedVoice  # noqa: F401
    from ..models.suggested_audio_tag import SuggestedAudioTag  # noqa: F401

    _nested_models_loaded = True
