from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_voice_usage_model import ConversationVoiceUsageModel


T = TypeVar("T", bound="ConversationTTSUsageModel")


@_attrs_define
class ConversationTTSUsageModel:
    """
    Attributes:
        primary_tts_model (None | str | Unset):
        total_audio_output_seconds (float | Unset):  Default: 0.0.
        total_characters (int | Unset):  Default: 0.
        per_voice_usage (list[ConversationVoiceUsageModel] | Unset):
    """

    primary_tts_model: None | str | Unset = UNSET
    total_audio_output_seconds: float | Unset = 0.0
    total_characters: int | Unset = 0
    per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        primary_tts_model: None | str | Unset
        if isinstance(self.primary_tts_model, Unset):
            primary_tts_model = UNSET
        else:
            primary_tts_model = self.primary_tts_model

        total_audio_output_seconds = self.total_audio_output_seconds

        total_characters = self.total_characters

        per_voice_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_voice_usage, Unset):
            per_voice_usage = []
            for per_voice_usage_item_data in self.per_voice_usage:
                per_voice_usage_item = per_voice_usage_item_data.to_dict()
                per_voice_usage.append(per_voice_usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_tts_model is not UNSET:
            field_dict["primary_tts_model"] = primary_tts_model
        if total_audio_output_seconds is not UNSET:
            field_dict["total_audio_output_seconds"] = total_audio_output_seconds
        if total_characters is not UNSET:
            field_dict["total_characters"] = total_characters
        if per_voice_usage is not UNSET:
            field_dict["per_voice_usage"] = per_voice_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_primary_tts_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_tts_model = _parse_primary_tts_model(d.pop("primary_tts_model", UNSET))

        total_audio_output_seconds = d.pop("total_audio_output_seconds", UNSET)

        total_characters = d.pop("total_characters", UNSET)

        _per_voice_usage = d.pop("per_voice_usage", UNSET)
        per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET
        if _per_voice_usage is not UNSET:
            per_voice_usage = []
            for per_voice_usage_item_data in _per_voice_usage:
                per_voice_usage_item = ConversationVoiceUsageModel.from_dict(per_voice_usage_item_data)

                per_voice_usage.append(per_voice_usage_item)

        conversation_tts_usage_model = cls(
            primary_tts_model=primary_tts_model,
            total_audio_output_seconds=total_audio_output_seconds,
            total_characters=total_characters,
            per_voice_usage=per_voice_usage,
        )

        conversation_tts_usage_model.additional_properties = d
        return conversation_tts_usage_model

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
    global _nested_models_loaded, ConversationVoiceUsageModel
    from ..models.conversation_voice_usage_model import ConversationVoiceUsageModel  # noqa: F401

    _nested_models_loaded = True
