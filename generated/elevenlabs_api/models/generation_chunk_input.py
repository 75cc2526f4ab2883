from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_chunk_input_condition_strength_type_0 import (
    GenerationChunkInputConditionStrengthType0,
    check_generation_chunk_input_condition_strength_type_0,
)
from ..models.generation_chunk_input_context_adherence import (
    GenerationChunkInputContextAdherence,
    check_generation_chunk_input_context_adherence,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_ref_chunk import AudioRefChunk


T = TypeVar("T", bound="GenerationChunkInput")


@_attrs_define
class GenerationChunkInput:
    """
    Attributes:
        text (str):
        duration_ms (int):
        positive_styles (list[str]):
        negative_styles (list[str] | Unset):
        context_adherence (GenerationChunkInputContextAdherence | Unset):  Default: 'high'.
        conditioning_ref (AudioRefChunk | None | Unset):
        condition_strength (GenerationChunkInputConditionStrengthType0 | None | Unset):
    """

    text: str
    duration_ms: int
    positive_styles: list[str]
    negative_styles: list[str] | Unset = UNSET
    context_adherence: GenerationChunkInputContextAdherence | Unset = "high"
    conditioning_ref: AudioRefChunk | None | Unset = UNSET
    condition_strength: GenerationChunkInputConditionStrengthType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        duration_ms = self.duration_ms

        positive_styles = self.positive_styles

        negative_styles: list[str] | Unset = UNSET
        if not isinstance(self.negative_styles, Unset):
            negative_styles = self.negative_styles

        context_adherence: str | Unset = UNSET
        if not isinstance(self.context_adherence, Unset):
            context_adherence = self.context_adherence

        conditioning_ref: dict[str, Any] | None | Unset
        if isinstance(self.conditioning_ref, Unset):
            conditioning_ref = UNSET
        elif isinstance(self.conditioning_ref, AudioRefChunk):
            conditioning_ref = self.conditioning_ref.to_dict()
        else:
            conditioning_ref = self.conditioning_ref

        condition_strength: None | str | Unset
        if isinstance(self.condition_strength, Unset):
            condition_strength = UNSET
        elif isinstance(self.condition_strength, str):
            condition_strength = self.condition_strength
        else:
            condition_strength = self.condition_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "duration_ms": duration_ms,
                "positive_styles": positive_styles,
            }
        )
        if negative_styles is not UNSET:
            field_dict["negative_styles"] = negative_styles
        if context_adherence is not UNSET:
            field_dict["context_adherence"] = context_adherence
        if conditioning_ref is not UNSET:
            field_dict["conditioning_ref"] = conditioning_ref
        if condition_strength is not UNSET:
            field_dict["condition_strength"] = condition_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        duration_ms = d.pop("duration_ms")

        positive_styles = cast(list[str], d.pop("positive_styles"))

        negative_styles = cast(list[str], d.pop("negative_styles", UNSET))

        _context_adherence = d.pop("context_adherence", UNSET)
        context_adherence: GenerationChunkInputContextAdherence | Unset
        if isinstance(_context_adherence, Unset):
            context_adherence = UNSET
        else:
            context_adherence = check_generation_chunk_input_context_adherence(_context_adherence)

        def _parse_conditioning_ref(data: object) -> AudioRefChunk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditioning_ref_type_0 = AudioRefChunk.from_dict(data)

                return conditioning_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioRefChunk | None | Unset, data)

        conditioning_ref = _parse_conditioning_ref(d.pop("conditioning_ref", UNSET))

        def _parse_condition_strength(data: object) -> GenerationChunkInputConditionStrengthType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                condition_strength_type_0 = check_generation_chunk_input_condition_strength_type_0(data)

                return condition_strength_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationChunkInputConditionStrengthType0 | None | Unset, data)

        condition_strength = _parse_condition_strength(d.pop("condition_strength", UNSET))

        generation_chunk_input = cls(
            text=text,
            duration_ms=duration_ms,
            positive_styles=positive_styles,
            negative_styles=negative_styles,
            context_adherence=context_adherence,
            conditioning_ref=conditioning_ref,
            condition_strength=condition_strength,
        )

        generation_chunk_input.additional_properties = d
        return generation_chunk_input

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
    global _nested_models_loaded, AudioRefChunk
    from ..models.audio_ref_chunk import AudioRefChunk  # noqa: F401

    _nested_models_loaded = True
