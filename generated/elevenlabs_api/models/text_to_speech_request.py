from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_normalization_mode import TextNormalizationMode, check_text_normalization_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
    from ..models.voice_settings import VoiceSettings


T = TypeVar("T", bound="TextToSpeechRequest")


@_attrs_define
class TextToSpeechRequest:
    """Body of text_to_speech_convert, text_to_speech_stream and text_to_speech_stream_with_timestamps.

    Attributes:
        text (str): What to say.
        model_id (str | Unset): A model able to do text to speech (see GET /v1/models). Default:
            'eleven_multilingual_v2'.
        language_code (None | str | Unset): ISO 639-1 code forcing the language; only some models accept it.
        voice_settings (None | Unset | VoiceSettings): Overrides the voice's stored settings for this request only.
        pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | None | Unset): Up to 3 dictionaries,
            applied in the given order.
        seed (int | None | Unset): Best-effort determinism; equal seeds and inputs tend to give equal audio.
        previous_text (None | str | Unset): Text spoken just before this one, for smoother joins.
        next_text (None | str | Unset): Text spoken just after this one, for smoother joins.
        previous_request_ids (list[str] | None | Unset): Request ids of the generations that come before this one
            (request stitching).
        next_request_ids (list[str] | None | Unset): Request ids of the generations that come after this one (request
            stitching).
        use_pvc_as_ivc (bool | Unset): Use the instant-clone version of a professional clone (old latency workaround).
            Default: False.
        apply_text_normalization (TextNormalizationMode | Unset): Whether numbers, dates etc. are spelled out before
            speaking; `auto` lets the service decide.
        apply_language_text_normalization (bool | Unset): Language-specific normalisation for better pronunciation; can
            add a lot of latency. Default: False.
    """

    text: str
    model_id: str | Unset = "eleven_multilingual_v2"
    language_code: None | str | Unset = UNSET
    voice_settings: None | Unset | VoiceSettings = UNSET
    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    previous_text: None | str | Unset = UNSET
    next_text: None | str | Unset = UNSET
    previous_request_ids: list[str] | None | Unset = UNSET
    next_request_ids: list[str] | None | Unset = UNSET
    use_pvc_as_ivc: bool | Unset = False
    apply_text_normalization: TextNormalizationMode | Unset = UNSET
    apply_language_text_normalization: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        model_id = self.model_id

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

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

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        previous_text: None | str | Unset
        if isinstance(self.previous_text, Unset):
            previous_text = UNSET
        else:
            previous_text = self.previous_text

        next_text: None | str | Unset
        if isinstance(self.next_text, Unset):
            next_text = UNSET
        else:
            next_text = self.next_text

        previous_request_ids: list[str] | None | Unset
        if isinstance(self.previous_request_ids, Unset):
            previous_request_ids = UNSET
        elif isinstance(self.previous_request_ids, list):
            previous_request_ids = self.previous_request_ids

        else:
            previous_request_ids = self.previous_request_ids

        next_request_ids: list[str] | None | Unset
        if isinstance(self.next_request_ids, Unset):
            next_request_ids = UNSET
        elif isinstance(self.next_request_ids, list):
            next_request_ids = self.next_request_ids

        else:
            next_request_ids = self.next_request_ids

        use_pvc_as_ivc = self.use_pvc_as_ivc

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        apply_language_text_normalization = self.apply_language_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if seed is not UNSET:
            field_dict["seed"] = seed
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text
        if next_text is not UNSET:
            field_dict["next_text"] = next_text
        if previous_request_ids is not UNSET:
            field_dict["previous_request_ids"] = previous_request_ids
        if next_request_ids is not UNSET:
            field_dict["next_request_ids"] = next_request_ids
        if use_pvc_as_ivc is not UNSET:
            field_dict["use_pvc_as_ivc"] = use_pvc_as_ivc
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if apply_language_text_normalization is not UNSET:
            field_dict["apply_language_text_normalization"] = apply_language_text_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        model_id = d.pop("model_id", UNSET)

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettings.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettings, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_pronunciation_dictionary_locators(
            data: object,
        ) -> list[PronunciationDictionaryLocator] | None | Unset:
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
                    pronunciation_dictionary_locators_type_0_item = PronunciationDictionaryLocator.from_dict(
                        pronunciation_dictionary_locators_type_0_item_data
                    )

                    pronunciation_dictionary_locators_type_0.append(pronunciation_dictionary_locators_type_0_item)

                return pronunciation_dictionary_locators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PronunciationDictionaryLocator] | None | Unset, data)

        pronunciation_dictionary_locators = _parse_pronunciation_dictionary_locators(
            d.pop("pronunciation_dictionary_locators", UNSET)
        )

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_previous_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_text = _parse_previous_text(d.pop("previous_text", UNSET))

        def _parse_next_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_text = _parse_next_text(d.pop("next_text", UNSET))

        def _parse_previous_request_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                previous_request_ids_type_0 = cast(list[str], data)

                return previous_request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        previous_request_ids = _parse_previous_request_ids(d.pop("previous_request_ids", UNSET))

        def _parse_next_request_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                next_request_ids_type_0 = cast(list[str], data)

                return next_request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        next_request_ids = _parse_next_request_ids(d.pop("next_request_ids", UNSET))

        use_pvc_as_ivc = d.pop("use_pvc_as_ivc", UNSET)

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: TextNormalizationMode | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_text_normalization_mode(_apply_text_normalization)

        apply_language_text_normalization = d.pop("apply_language_text_normalization", UNSET)

        text_to_speech_request = cls(
            text=text,
            model_id=model_id,
            language_code=language_code,
            voice_settings=voice_settings,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            seed=seed,
            previous_text=previous_text,
            next_text=next_text,
            previous_request_ids=previous_request_ids,
            next_request_ids=next_request_ids,
            use_pvc_as_ivc=use_pvc_as_ivc,
            apply_text_normalization=apply_text_normalization,
            apply_language_text_normalization=apply_language_text_normalization,
        )

        text_to_speech_request.additional_properties = d
        return text_to_speech_request

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
    global _nested_models_loaded, PronunciationDictionaryLocator, VoiceSettings
    from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator  # noqa: F401
    from ..models.voice_settings import VoiceSettings  # noqa: F401

    _nested_models_loaded = True
