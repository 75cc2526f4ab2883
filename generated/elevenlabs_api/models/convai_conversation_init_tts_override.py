from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tts_model import ConvaiTtsModel, check_convai_tts_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_pronunciation_dictionary_version import ConvaiPronunciationDictionaryVersion


T = TypeVar("T", bound="ConvaiConversationInitTtsOverride")


@_attrs_define
class ConvaiConversationInitTtsOverride:
    """Voice override.

    Attributes:
        model_id (ConvaiTtsModel | None | Unset):
        voice_id (None | str | Unset): Voice to speak with instead of the agent's.
        stability (float | None | Unset):
        speed (float | None | Unset):
        similarity_boost (float | None | Unset):
        pronunciation_dictionary_locators (list[ConvaiPronunciationDictionaryVersion] | None | Unset):
    """

    model_id: ConvaiTtsModel | None | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    stability: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    pronunciation_dictionary_locators: list[ConvaiPronunciationDictionaryVersion] | None | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators

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

        convai_conversation_init_tts_override = cls(
            model_id=model_id,
            voice_id=voice_id,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )

        convai_conversation_init_tts_override.additional_properties = d
        return convai_conversation_init_tts_override

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
    global _nested_models_loaded, ConvaiPronunciationDictionaryVersion
    from ..models.convai_pronunciation_dictionary_version import ConvaiPronunciationDictionaryVersion  # noqa: F401

    _nested_models_loaded = True
