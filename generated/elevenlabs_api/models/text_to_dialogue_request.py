from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_to_dialogue_request_apply_text_normalization import (
    TextToDialogueRequestApplyTextNormalization,
    check_text_to_dialogue_request_apply_text_normalization,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialogue_input import DialogueInput
    from ..models.dialogue_settings import DialogueSettings
    from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator


T = TypeVar("T", bound="TextToDialogueRequest")


@_attrs_define
class TextToDialogueRequest:
    """Body of both text-to-dialogue endpoints.

    Attributes:
        inputs (list[DialogueInput]): The turns, in speaking order.
        model_id (str | Unset):  Default: 'eleven_v3'.
        language_code (None | str | Unset):
        settings (DialogueSettings | None | Unset):
        pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | None | Unset): Up to 3 dictionaries,
            applied in order.
        seed (int | None | Unset): Best-effort determinism.
        apply_text_normalization (TextToDialogueRequestApplyTextNormalization | Unset):  Default: 'auto'.
    """

    inputs: list[DialogueInput]
    model_id: str | Unset = "eleven_v3"
    language_code: None | str | Unset = UNSET
    settings: DialogueSettings | None | Unset = UNSET
    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    apply_text_normalization: TextToDialogueRequestApplyTextNormalization | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        model_id = self.model_id

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, DialogueSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

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

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if settings is not UNSET:
            field_dict["settings"] = settings
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if seed is not UNSET:
            field_dict["seed"] = seed
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = DialogueInput.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        model_id = d.pop("model_id", UNSET)

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        def _parse_settings(data: object) -> DialogueSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = DialogueSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialogueSettings | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

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

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: TextToDialogueRequestApplyTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_text_to_dialogue_request_apply_text_normalization(
                _apply_text_normalization
            )

        text_to_dialogue_request = cls(
            inputs=inputs,
            model_id=model_id,
            language_code=language_code,
            settings=settings,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            seed=seed,
            apply_text_normalization=apply_text_normalization,
        )

        text_to_dialogue_request.additional_properties = d
        return text_to_dialogue_request

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
    global _nested_models_loaded, DialogueInput, DialogueSettings, PronunciationDictionaryLocator
    from ..models.dialogue_input import DialogueInput  # noqa: F401
    from ..models.dialogue_settings import DialogueSettings  # noqa: F401
    from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator  # noqa: F401

    _nested_models_loaded = True
