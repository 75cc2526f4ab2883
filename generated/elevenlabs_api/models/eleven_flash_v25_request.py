from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.eleven_flash_v25_request_output_format import (
    ElevenFlashV25RequestOutputFormat,
    check_eleven_flash_v25_request_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eleven_flash_v25_voice_settings import ElevenFlashV25VoiceSettings
    from ..models.pronunciation_dictionary_version_locator import PronunciationDictionaryVersionLocator
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="ElevenFlashV25Request")


@_attrs_define
class ElevenFlashV25Request:
    """
    Attributes:
        text (str):
        voice (str):
        model_id (Literal['eleven_flash_v2_5']):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        output_format (ElevenFlashV25RequestOutputFormat | Unset):  Default: 'mp3_44100_128'.
        pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocator] | Unset):
        language_code (None | str | Unset):
        voice_settings (ElevenFlashV25VoiceSettings | None | Unset):
    """

    text: str
    voice: str
    model_id: Literal["eleven_flash_v2_5"]
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    output_format: ElevenFlashV25RequestOutputFormat | Unset = "mp3_44100_128"
    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocator] | Unset = UNSET
    language_code: None | str | Unset = UNSET
    voice_settings: ElevenFlashV25VoiceSettings | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        voice = self.voice

        model_id = self.model_id

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookTargetAll):
            webhook = self.webhook.to_dict()
        elif isinstance(self.webhook, WebhookTargetIds):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pronunciation_dictionary_locators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, ElevenFlashV25VoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "voice": voice,
                "model_id": model_id,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        voice = d.pop("voice")

        model_id = cast(Literal["eleven_flash_v2_5"], d.pop("model_id"))
        if model_id != "eleven_flash_v2_5":
            raise ValueError(f"model_id must match const 'eleven_flash_v2_5', got '{model_id}'")

        def _parse_webhook(data: object) -> None | Unset | WebhookTargetAll | WebhookTargetIds:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "all":
                    componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                    return componentsschemas_webhook_target_type_0
                if data.get("type") == "ids":
                    componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                    return componentsschemas_webhook_target_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                return componentsschemas_webhook_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                return componentsschemas_webhook_target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookTargetAll | WebhookTargetIds, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        _output_format = d.pop("output_format", UNSET)
        output_format: ElevenFlashV25RequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_eleven_flash_v25_request_output_format(_output_format)

        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)
        pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocator] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryVersionLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        def _parse_voice_settings(data: object) -> ElevenFlashV25VoiceSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = ElevenFlashV25VoiceSettings.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElevenFlashV25VoiceSettings | None | Unset, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        eleven_flash_v25_request = cls(
            text=text,
            voice=voice,
            model_id=model_id,
            webhook=webhook,
            output_format=output_format,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            language_code=language_code,
            voice_settings=voice_settings,
        )

        return eleven_flash_v25_request


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        ElevenFlashV25VoiceSettings, \
        PronunciationDictionaryVersionLocator, \
        WebhookTargetAll, \
        WebhookTargetIds
    from ..models.eleven_flash_v25_voice_settings import ElevenFlashV25VoiceSettings  # noqa: F401
    from ..models.pronunciation_dictionary_version_locator import PronunciationDictionaryVersionLocator  # noqa: F401
    from ..models.webhook_target_all import WebhookTargetAll  # noqa: F401
    from ..models.webhook_target_ids import WebhookTargetIds  # noqa: F401

    _nested_models_loaded = True
