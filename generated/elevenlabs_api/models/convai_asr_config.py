from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_asr_input_format import ConvaiAsrInputFormat, check_convai_asr_input_format
from ..models.convai_asr_provider import ConvaiAsrProvider, check_convai_asr_provider
from ..models.convai_asr_quality import ConvaiAsrQuality, check_convai_asr_quality
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiAsrConfig")


@_attrs_define
class ConvaiAsrConfig:
    """Speech recognition settings.

    Attributes:
        quality (ConvaiAsrQuality | Unset):  Default: 'high'.
        provider (ConvaiAsrProvider | Unset):  Default: 'scribe_realtime'.
        user_input_audio_format (ConvaiAsrInputFormat | Unset): Audio format the user's microphone audio arrives in.
            Default: 'pcm_16000'.
        keywords (list[str] | Unset): Words to bias recognition towards.
    """

    quality: ConvaiAsrQuality | Unset = "high"
    provider: ConvaiAsrProvider | Unset = "scribe_realtime"
    user_input_audio_format: ConvaiAsrInputFormat | Unset = "pcm_16000"
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        user_input_audio_format: str | Unset = UNSET
        if not isinstance(self.user_input_audio_format, Unset):
            user_input_audio_format = self.user_input_audio_format

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
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
        _quality = d.pop("quality", UNSET)
        quality: ConvaiAsrQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_convai_asr_quality(_quality)

        _provider = d.pop("provider", UNSET)
        provider: ConvaiAsrProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_convai_asr_provider(_provider)

        _user_input_audio_format = d.pop("user_input_audio_format", UNSET)
        user_input_audio_format: ConvaiAsrInputFormat | Unset
        if isinstance(_user_input_audio_format, Unset):
            user_input_audio_format = UNSET
        else:
            user_input_audio_format = check_convai_asr_input_format(_user_input_audio_format)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        convai_asr_config = cls(
            quality=quality,
            provider=provider,
            user_input_audio_format=user_input_audio_format,
            keywords=keywords,
        )

        convai_asr_config.additional_properties = d
        return convai_asr_config

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
