from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_asr_input_format import ConvaiAsrInputFormat, check_convai_asr_input_format
from ..models.convai_asr_provider import ConvaiAsrProvider, check_convai_asr_provider
from ..models.convai_asr_quality import ConvaiAsrQuality, check_convai_asr_quality
from ..types import UNSET, Unset

T = TypeVar("T", bound="ASRConversationalConfigWorkflowOverride")


@_attrs_define
class ASRConversationalConfigWorkflowOverride:
    """
    Attributes:
        quality (ConvaiAsrQuality | None | Unset):
        provider (ConvaiAsrProvider | None | Unset):
        user_input_audio_format (ConvaiAsrInputFormat | None | Unset):
        keywords (list[str] | None | Unset):
    """

    quality: ConvaiAsrQuality | None | Unset = UNSET
    provider: ConvaiAsrProvider | None | Unset = UNSET
    user_input_audio_format: ConvaiAsrInputFormat | None | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, str):
            quality = self.quality
        else:
            quality = self.quality

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, str):
            provider = self.provider
        else:
            provider = self.provider

        user_input_audio_format: None | str | Unset
        if isinstance(self.user_input_audio_format, Unset):
            user_input_audio_format = UNSET
        elif isinstance(self.user_input_audio_format, str):
            user_input_audio_format = self.user_input_audio_format
        else:
            user_input_audio_format = self.user_input_audio_format

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quality is not UNSET:
            field_dict["quality"] = quality
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user_input_audio_format is not UNSET:
            field_dict["user_input_audio_format"] = user_input_audio_format
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quality(data: object) -> ConvaiAsrQuality | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = check_convai_asr_quality(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAsrQuality | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_provider(data: object) -> ConvaiAsrProvider | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = check_convai_asr_provider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAsrProvider | None | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_user_input_audio_format(data: object) -> ConvaiAsrInputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_input_audio_format_type_0 = check_convai_asr_input_format(data)

                return user_input_audio_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAsrInputFormat | None | Unset, data)

        user_input_audio_format = _parse_user_input_audio_format(d.pop("user_input_audio_format", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        asr_conversational_config_workflow_override = cls(
            quality=quality,
            provider=provider,
            user_input_audio_format=user_input_audio_format,
            keywords=keywords,
        )

        asr_conversational_config_workflow_override.additional_properties = d
        return asr_conversational_config_workflow_override

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
