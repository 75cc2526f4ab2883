from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tts_latency import ConvaiTtsLatency, check_convai_tts_latency
from ..models.convai_tts_model_family import ConvaiTtsModelFamily, check_convai_tts_model_family
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiSupportedVoice")


@_attrs_define
class ConvaiSupportedVoice:
    """An extra voice the agent may switch to.

    Attributes:
        label (str):
        voice_id (str):
        description (None | str | Unset):
        language (None | str | Unset):
        model_family (ConvaiTtsModelFamily | None | Unset):
        optimize_streaming_latency (ConvaiTtsLatency | None | Unset):
        stability (float | None | Unset):
        speed (float | None | Unset):
        similarity_boost (float | None | Unset):
    """

    label: str
    voice_id: str
    description: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    model_family: ConvaiTtsModelFamily | None | Unset = UNSET
    optimize_streaming_latency: ConvaiTtsLatency | None | Unset = UNSET
    stability: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        voice_id = self.voice_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        model_family: None | str | Unset
        if isinstance(self.model_family, Unset):
            model_family = UNSET
        elif isinstance(self.model_family, str):
            model_family = self.model_family
        else:
            model_family = self.model_family

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "voice_id": voice_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if optimize_streaming_latency is not UNSET:
            field_dict["optimize_streaming_latency"] = optimize_streaming_latency
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        voice_id = d.pop("voice_id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_model_family(data: object) -> ConvaiTtsModelFamily | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_family_type_0 = check_convai_tts_model_family(data)

                return model_family_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTtsModelFamily | None | Unset, data)

        model_family = _parse_model_family(d.pop("model_family", UNSET))

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

        convai_supported_voice = cls(
            label=label,
            voice_id=voice_id,
            description=description,
            language=language,
            model_family=model_family,
            optimize_streaming_latency=optimize_streaming_latency,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
        )

        convai_supported_voice.additional_properties = d
        return convai_supported_voice

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
