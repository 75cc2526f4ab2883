from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_language import ModelLanguage
    from ..models.model_rates import ModelRates


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A speech model and its capabilities and limits.

    Attributes:
        model_id (str):
        name (str):
        can_be_finetuned (bool):
        can_do_text_to_speech (bool):
        can_do_voice_conversion (bool):
        can_use_style (bool):
        can_use_speaker_boost (bool):
        serves_pro_voices (bool):
        token_cost_factor (float):
        description (str):
        requires_alpha_access (bool):
        max_characters_request_free_user (int):
        max_characters_request_subscribed_user (int):
        maximum_text_length_per_request (int):
        languages (list[ModelLanguage]):
        model_rates (ModelRates): Pricing of a model.
        concurrency_group (str): Which concurrency pool requests to this model count against.
    """

    model_id: str
    name: str
    can_be_finetuned: bool
    can_do_text_to_speech: bool
    can_do_voice_conversion: bool
    can_use_style: bool
    can_use_speaker_boost: bool
    serves_pro_voices: bool
    token_cost_factor: float
    description: str
    requires_alpha_access: bool
    max_characters_request_free_user: int
    max_characters_request_subscribed_user: int
    maximum_text_length_per_request: int
    languages: list[ModelLanguage]
    model_rates: ModelRates
    concurrency_group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id = self.model_id

        name = self.name

        can_be_finetuned = self.can_be_finetuned

        can_do_text_to_speech = self.can_do_text_to_speech

        can_do_voice_conversion = self.can_do_voice_conversion

        can_use_style = self.can_use_style

        can_use_speaker_boost = self.can_use_speaker_boost

        serves_pro_voices = self.serves_pro_voices

        token_cost_factor = self.token_cost_factor

        description = self.description

        requires_alpha_access = self.requires_alpha_access

        max_characters_request_free_user = self.max_characters_request_free_user

        max_characters_request_subscribed_user = self.max_characters_request_subscribed_user

        maximum_text_length_per_request = self.maximum_text_length_per_request

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

        model_rates = self.model_rates.to_dict()

        concurrency_group = self.concurrency_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "name": name,
                "can_be_finetuned": can_be_finetuned,
                "can_do_text_to_speech": can_do_text_to_speech,
                "can_do_voice_conversion": can_do_voice_conversion,
                "can_use_style": can_use_style,
                "can_use_speaker_boost": can_use_speaker_boost,
                "serves_pro_voices": serves_pro_voices,
                "token_cost_factor": token_cost_factor,
                "description": description,
                "requires_alpha_access": requires_alpha_access,
                "max_characters_request_free_user": max_characters_request_free_user,
                "max_characters_request_subscribed_user": max_characters_request_subscribed_user,
                "maximum_text_length_per_request": maximum_text_length_per_request,
                "languages": languages,
                "model_rates": model_rates,
                "concurrency_group": concurrency_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        name = d.pop("name")

        can_be_finetuned = d.pop("can_be_finetuned")

        can_do_text_to_speech = d.pop("can_do_text_to_speech")

        can_do_voice_conversion = d.pop("can_do_voice_conversion")

        can_use_style = d.pop("can_use_style")

        can_use_speaker_boost = d.pop("can_use_speaker_boost")

        serves_pro_voices = d.pop("serves_pro_voices")

        token_cost_factor = d.pop("token_cost_factor")

        description = d.pop("description")

        requires_alpha_access = d.pop("requires_alpha_access")

        max_characters_request_free_user = d.pop("max_characters_request_free_user")

        max_characters_request_subscribed_user = d.pop("max_characters_request_subscribed_user")

        maximum_text_length_per_request = d.pop("maximum_text_length_per_request")

        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = ModelLanguage.from_dict(languages_item_data)

            languages.append(languages_item)

        model_rates = ModelRates.from_dict(d.pop("model_rates"))

        concurrency_group = d.pop("concurrency_group")

        model = cls(
            model_id=model_id,
            name=name,
            can_be_finetuned=can_be_finetuned,
            can_do_text_to_speech=can_do_text_to_speech,
            can_do_voice_conversion=can_do_voice_conversion,
            can_use_style=can_use_style,
            can_use_speaker_boost=can_use_speaker_boost,
            serves_pro_voices=serves_pro_voices,
            token_cost_factor=token_cost_factor,
            description=description,
            requires_alpha_access=requires_alpha_access,
            max_characters_request_free_user=max_characters_request_free_user,
            max_characters_request_subscribed_user=max_characters_request_subscribed_user,
            maximum_text_length_per_request=maximum_text_length_per_request,
            languages=languages,
            model_rates=model_rates,
            concurrency_group=concurrency_group,
        )

        model.additional_properties = d
        return model

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
    global _nested_models_loaded, ModelLanguage, ModelRates
    from ..models.model_language import ModelLanguage  # noqa: F401
    from ..models.model_rates import ModelRates  # noqa: F401

    _nested_models_loaded = True
