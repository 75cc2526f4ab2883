from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_dubbing_project_language_request_translations_type_0 import (
        PostDubbingProjectLanguageRequestTranslationsType0,
    )
    from ..models.voice_settings_2 import VoiceSettings2


T = TypeVar("T", bound="PostDubbingProjectLanguageRequest")


@_attrs_define
class PostDubbingProjectLanguageRequest:
    """
    Attributes:
        target_language (str):
        voice_settings (None | Unset | VoiceSettings2):
        translations (None | PostDubbingProjectLanguageRequestTranslationsType0 | Unset):
    """

    target_language: str
    voice_settings: None | Unset | VoiceSettings2 = UNSET
    translations: None | PostDubbingProjectLanguageRequestTranslationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        target_language = self.target_language

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings2):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, PostDubbingProjectLanguageRequestTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_language": target_language,
            }
        )
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        target_language = d.pop("target_language")

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettings2:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettings2.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettings2, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_translations(data: object) -> None | PostDubbingProjectLanguageRequestTranslationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = PostDubbingProjectLanguageRequestTranslationsType0.from_dict(data)

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostDubbingProjectLanguageRequestTranslationsType0 | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        post_dubbing_project_language_request = cls(
            target_language=target_language,
            voice_settings=voice_settings,
            translations=translations,
        )

        post_dubbing_project_language_request.additional_properties = d
        return post_dubbing_project_language_request

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
    global _nested_models_loaded, PostDubbingProjectLanguageRequestTranslationsType0, VoiceSettings2
    from ..models.post_dubbing_project_language_request_translations_type_0 import (
        PostDubbingProjectLanguageRequestTranslationsType0,  # noqa: F401
    )
    from ..models.voice_settings_2 import VoiceSettings2  # noqa: F401

    _nested_models_loaded = True
