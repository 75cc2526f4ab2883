from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationASRUsageModel")


@_attrs_define
class ConversationASRUsageModel:
    """
    Attributes:
        asr_model (None | str | Unset):
        total_transcription_calls (int | Unset):  Default: 0.
        total_audio_input_seconds (float | Unset):  Default: 0.0.
    """

    asr_model: None | str | Unset = UNSET
    total_transcription_calls: int | Unset = 0
    total_audio_input_seconds: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asr_model: None | str | Unset
        if isinstance(self.asr_model, Unset):
            asr_model = UNSET
        else:
            asr_model = self.asr_model

        total_transcription_calls = self.total_transcription_calls

        total_audio_input_seconds = self.total_audio_input_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asr_model is not UNSET:
            field_dict["asr_model"] = asr_model
        if total_transcription_calls is not UNSET:
            field_dict["total_transcription_calls"] = total_transcription_calls
        if total_audio_input_seconds is not UNSET:
            field_dict["total_audio_input_seconds"] = total_audio_input_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_asr_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asr_model = _parse_asr_model(d.pop("asr_model", UNSET))

        total_transcription_calls = d.pop("total_transcription_calls", UNSET)

        total_audio_input_seconds = d.pop("total_audio_input_seconds", UNSET)

        conversation_asr_usage_model = cls(
            asr_model=asr_model,
            total_transcription_calls=total_transcription_calls,
            total_audio_input_seconds=total_audio_input_seconds,
        )

        conversation_asr_usage_model.additional_properties = d
        return conversation_asr_usage_model

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
