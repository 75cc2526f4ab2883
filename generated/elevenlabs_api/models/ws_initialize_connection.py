from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_generation_config import WsGenerationConfig
    from ..models.ws_pronunciation_dictionary_locator import WsPronunciationDictionaryLocator
    from ..models.ws_voice_settings import WsVoiceSettings


T = TypeVar("T", bound="WsInitializeConnection")


@_attrs_define
class WsInitializeConnection:
    """The first message of a stream-input connection; its text is a single space.

    Attributes:
        text (Literal[' ']): Always a single space.
        voice_settings (WsVoiceSettings | Unset): How the voice sounds for this stream or context; fixed once sent.
        generation_config (WsGenerationConfig | Unset): When the service starts speaking buffered text; fixed once sent.
        pronunciation_dictionary_locators (list[WsPronunciationDictionaryLocator] | Unset): Dictionaries to apply; a
            match counts only within one text message.
    """

    text: Literal[" "]
    voice_settings: WsVoiceSettings | Unset = UNSET
    generation_config: WsGenerationConfig | Unset = UNSET
    pronunciation_dictionary_locators: list[WsPronunciationDictionaryLocator] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        voice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings.to_dict()

        generation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation_config, Unset):
            generation_config = self.generation_config.to_dict()

        pronunciation_dictionary_locators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = cast(Literal[" "], d.pop("text"))
        if text != " ":
            raise ValueError(f"text must match const ' ', got '{text}'")

        _voice_settings = d.pop("voice_settings", UNSET)
        voice_settings: WsVoiceSettings | Unset
        if isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            voice_settings = WsVoiceSettings.from_dict(_voice_settings)

        _generation_config = d.pop("generation_config", UNSET)
        generation_config: WsGenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = WsGenerationConfig.from_dict(_generation_config)

        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)
        pronunciation_dictionary_locators: list[WsPronunciationDictionaryLocator] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = WsPronunciationDictionaryLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        ws_initialize_connection = cls(
            text=text,
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )

        return ws_initialize_connection


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, WsGenerationConfig, WsPronunciationDictionaryLocator, WsVoiceSettings
    from ..models.ws_generation_config import WsGenerationConfig  # noqa: F401
    from ..models.ws_pronunciation_dictionary_locator import WsPronunciationDictionaryLocator  # noqa: F401
    from ..models.ws_voice_settings import WsVoiceSettings  # noqa: F401

    _nested_models_loaded = True
