from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_threshold_guardrail import ContentThresholdGuardrail


T = TypeVar("T", bound="ContentConfig")


@_attrs_define
class ContentConfig:
    """
    Attributes:
        sexual (ContentThresholdGuardrail | Unset):
        violence (ContentThresholdGuardrail | Unset):
        harassment (ContentThresholdGuardrail | Unset):
        self_harm (ContentThresholdGuardrail | Unset):
        profanity (ContentThresholdGuardrail | Unset):
        religion_or_politics (ContentThresholdGuardrail | Unset):
        medical_and_legal_information (ContentThresholdGuardrail | Unset):
    """

    sexual: ContentThresholdGuardrail | Unset = UNSET
    violence: ContentThresholdGuardrail | Unset = UNSET
    harassment: ContentThresholdGuardrail | Unset = UNSET
    self_harm: ContentThresholdGuardrail | Unset = UNSET
    profanity: ContentThresholdGuardrail | Unset = UNSET
    religion_or_politics: ContentThresholdGuardrail | Unset = UNSET
    medical_and_legal_information: ContentThresholdGuardrail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        sexual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sexual, Unset):
            sexual = self.sexual.to_dict()

        violence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.violence, Unset):
            violence = self.violence.to_dict()

        harassment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.harassment, Unset):
            harassment = self.harassment.to_dict()

        self_harm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm, Unset):
            self_harm = self.self_harm.to_dict()

        profanity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profanity, Unset):
            profanity = self.profanity.to_dict()

        religion_or_politics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.religion_or_politics, Unset):
            religion_or_politics = self.religion_or_politics.to_dict()

        medical_and_legal_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.medical_and_legal_information, Unset):
            medical_and_legal_information = self.medical_and_legal_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if violence is not UNSET:
            field_dict["violence"] = violence
        if harassment is not UNSET:
            field_dict["harassment"] = harassment
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if profanity is not UNSET:
            field_dict["profanity"] = profanity
        if religion_or_politics is not UNSET:
            field_dict["religion_or_politics"] = religion_or_politics
        if medical_and_legal_information is not UNSET:
            field_dict["medical_and_legal_information"] = medical_and_legal_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _sexual = d.pop("sexual", UNSET)
        sexual: ContentThresholdGuardrail | Unset
        if isinstance(_sexual, Unset):
            sexual = UNSET
        else:
            sexual = ContentThresholdGuardrail.from_dict(_sexual)

        _violence = d.pop("violence", UNSET)
        violence: ContentThresholdGuardrail | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ContentThresholdGuardrail.from_dict(_violence)

        _harassment = d.pop("harassment", UNSET)
        harassment: ContentThresholdGuardrail | Unset
        if isinstance(_harassment, Unset):
            harassment = UNSET
        else:
            harassment = ContentThresholdGuardrail.from_dict(_harassment)

        _self_harm = d.pop("self_harm", UNSET)
        self_harm: ContentThresholdGuardrail | Unset
        if isinstance(_self_harm, Unset):
            self_harm = UNSET
        else:
            self_harm = ContentThresholdGuardrail.from_dict(_self_harm)

        _profanity = d.pop("profanity", UNSET)
        profanity: ContentThresholdGuardrail | Unset
        if isinstance(_profanity, Unset):
            profanity = UNSET
        else:
            profanity = ContentThresholdGuardrail.from_dict(_profanity)

        _religion_or_politics = d.pop("religion_or_politics", UNSET)
        religion_or_politics: ContentThresholdGuardrail | Unset
        if isinstance(_religion_or_politics, Unset):
            religion_or_politics = UNSET
        else:
            religion_or_politics = ContentThresholdGuardrail.from_dict(_religion_or_politics)

        _medical_and_legal_information = d.pop("medical_and_legal_information", UNSET)
        medical_and_legal_information: ContentThresholdGuardrail | Unset
        if isinstance(_medical_and_legal_information, Unset):
            medical_and_legal_information = UNSET
        else:
            medical_and_legal_information = ContentThresholdGuardrail.from_dict(_medical_and_legal_information)

        content_config = cls(
            sexual=sexual,
            violence=violence,
            harassment=harassment,
            self_harm=self_harm,
            profanity=profanity,
            religion_or_politics=religion_or_politics,
            medical_and_legal_information=medical_and_legal_information,
        )

        content_config.additional_properties = d
        return content_config

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
    global _nested_models_loaded, ContentThresholdGuardrail
    from ..models.content_threshold_guardrail import ContentThresholdGuardrail  # noqa: F401

    _nested_models_loaded = True
