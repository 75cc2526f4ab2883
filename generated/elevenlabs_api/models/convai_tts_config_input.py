from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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


T = TypeVar("T", bound="ConvaiTtsConfigInput")


@_attrs_define
class ConvaiTtsConfigInput:
    """Speech synthesis settings of an agent (request form).

    Attributes:
        model_id (ConvaiTtsModel | Unset):  Default: 'eleven_flash_v2'.
        voice_id (str | Unset):  Default: 'cjVigY5qzO86Huf0OWal'.
        supported_voices (list[ConvaiSupportedVoice] | Unset):
        expressive_mode (bool | Unset):  Default: True.
        suggested_audio_tags (list[SuggestedAudioTag] | Unset):
        agent_output_audio_format (ConvaiTtsOutputFormat | Unset): Audio format of the agent's speech. Default:
            'pcm_16000'.
        optimize_streaming_latency (ConvaiTtsLatency | Unset): Streaming latency optimisation level. Default: 3.
        stability (float | Unset):  Default: 0.5.
        speed (float | Unset):  Default: 1.0.
        similarity_boost (float | Unset):  Default: 0.8.
        text_normalisation_type (TextNormalisationType | Unset):  Default: 'system_prompt'.
        pronunciation_dictionary_locators (list[ConvaiPronunciationDictionaryVersion] | Unset):
        enable_phoneme_tags (bool | Unset):  Default: True.
    """

    model_id: ConvaiTtsModel | Unset = "eleven_flash_v2"
    voice_id: str | Unset = "cjVigY5qzO86Huf0OWal"
    supported_voices: list[ConvaiSupportedVoice] | Unset = UNSET
    expressive_mode: bool | Unset = True
    suggested_audio_tags: list[SuggestedAudioTag] | Unset = UNSET
    agent_output_audio_format: ConvaiTtsOutputFormat | Unset = "pcm_16000"
    optimize_streaming_latency: ConvaiTtsLatency | Unset = 3
    stability: float | Unset = 0.5
    speed: float | Unset = 1.0
    similarity_boost: float | Unset = 0.8
    text_normalisation_type: TextNormalisationType | Unset = "system_prompt"
    pronunciation_dictionary_locators: list[ConvaiPronunciationDictionaryVersion] | Unset = UNSET
    enable_phoneme_tags: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        voice_id = self.voice_id

        supported_voices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_voices, Unset):
            supported_voices = []
            for supported_voices_item_data in self.supported_voices:
                supported_voices_item = supported_voices_item_data.to_dict()
                supported_voices.append(supported_voices_item)

        expressive_mode = self.expressive_mode

        suggested_audio_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggested_audio_tags, Unset):
            suggested_audio_tags = []
            for suggested_audio_tags_item_data in self.suggested_audio_tags:
                suggested_audio_tags_item = suggested_audio_tags_item_data.to_dict()
                suggested_audio_tags.append(suggested_audio_tags_item)

        agent_output_audio_format: str | Unset = UNSET
        if not isinstance(self.agent_output_audio_format, Unset):
            agent_output_audio_format = self.agent_output_audio_format

        optimize_streaming_latency: int | Unset = UNSET
        if not isinstance(self.optimize_streaming_latency, Unset):
            optimize_streaming_latency = self.optimize_streaming_latency

        stability = self.stability

        speed = self.speed

        similarity_boost = self.similarity_boost

        text_normalisation_type: str | Unset = UNSET
        if not isinstance(self.text_normalisation_type, Unset):
            text_normalisation_type = self.text_normalisation_type

        pronunciation_dictionary_locators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

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
        _model_id = d.pop("model_id", UNSET)
        model_id: ConvaiTtsModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_convai_tts_model(_model_id)

        voice_id = d.pop("voice_id", UNSET)

        _supported_voices = d.pop("supported_voices", UNSET)
        supported_voices: list[ConvaiSupportedVoice] | Unset = UNSET
        if _supported_voices is not UNSET:
            supported_voices = []
            for supported_voices_item_data in _supported_voices:
                supported_voices_item = ConvaiSupportedVoice.from_dict(supported_voices_item_data)

                supported_voices.append(supported_voices_item)

        expressive_mode = d.pop("expressive_mode", UNSET)

        _suggested_audio_tags = d.pop("suggested_audio_tags", UNSET)
        suggested_audio_tags: list[SuggestedAudioTag] | Unset = UNSET
        if _suggested_audio_tags is not UNSET:
            suggested_audio_tags = []
            for suggested_audio_tags_item_data in _suggested_audio_tags:
                suggested_audio_tags_item = SuggestedAudioTag.from_dict(suggested_audio_tags_item_data)

                suggested_audio_tags.append(suggested_audio_tags_item)

        _agent_output_audio_format = d.pop("agent_output_audio_format", UNSET)
        agent_output_audio_format: ConvaiTtsOutputFormat | Unset
        if isinstance(_agent_output_audio_format, Unset):
            agent_output_audio_format = UNSET
        else:
            agent_output_audio_format = check_convai_tts_output_format(_agent_output_audio_format)

        _optimize_streaming_latency = d.pop("optimize_streaming_latency", UNSET)
        optimize_streaming_latency: ConvaiTtsLatency | Unset
        if isinstance(_optimize_streaming_latency, Unset):
            optimize_streaming_latency = UNSET
        else:
            optimize_streaming_latency = check_convai_tts_latency(_optimize_streaming_latency)

        stability = d.pop("stability", UNSET)

        speed = d.pop("speed", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        _text_normalisation_type = d.pop("text_normalisation_type", UNSET)
        text_normalisation_type: TextNormalisationType | Unset
        if isinstance(_text_normalisation_type, Unset):
            text_normalisation_type = UNSET
        else:
            text_normalisation_type = check_text_normalisation_type(_text_normalisation_type)

        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)
        pronunciation_dictionary_locators: list[ConvaiPronunciationDictionaryVersion] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = ConvaiPronunciationDictionaryVersion.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        enable_phoneme_tags = d.pop("enable_phoneme_tags", UNSET)

        convai_tts_config_input = cls(
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

        convai_tts_config_input.additional_properties = d
        return convai_tts_config_input

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
