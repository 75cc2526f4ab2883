from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.threshold_guardrail import ThresholdGuardrail


T = TypeVar("T", bound="ModerationConfig")


@_attrs_define
class ModerationConfig:
    """
    Attributes:
        sexual (ThresholdGuardrail | Unset):
        violence (ThresholdGuardrail | Unset):
        violence_graphic (ThresholdGuardrail | Unset):
        harassment (ThresholdGuardrail | Unset):
        harassment_threatening (ThresholdGuardrail | Unset):
        hate (ThresholdGuardrail | Unset):
        hate_threatening (ThresholdGuardrail | Unset):
        self_harm_instructions (ThresholdGuardrail | Unset):
        self_harm (ThresholdGuardrail | Unset):
        self_harm_intent (ThresholdGuardrail | Unset):
        sexual_minors (ThresholdGuardrail | Unset):
    """

    sexual: ThresholdGuardrail | Unset = UNSET
    violence: ThresholdGuardrail | Unset = UNSET
    violence_graphic: ThresholdGuardrail | Unset = UNSET
    harassment: ThresholdGuardrail | Unset = UNSET
    harassment_threatening: ThresholdGuardrail | Unset = UNSET
    hate: ThresholdGuardrail | Unset = UNSET
    hate_threatening: ThresholdGuardrail | Unset = UNSET
    self_harm_instructions: ThresholdGuardrail | Unset = UNSET
    self_harm: ThresholdGuardrail | Unset = UNSET
    self_harm_intent: ThresholdGuardrail | Unset = UNSET
    sexual_minors: ThresholdGuardrail | Unset = UNSET
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

        violence_graphic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.violence_graphic, Unset):
            violence_graphic = self.violence_graphic.to_dict()

        harassment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.harassment, Unset):
            harassment = self.harassment.to_dict()

        harassment_threatening: dict[str, Any] | Unset = UNSET
        if not isinstance(self.harassment_threatening, Unset):
            harassment_threatening = self.harassment_threatening.to_dict()

        hate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hate, Unset):
            hate = self.hate.to_dict()

        hate_threatening: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hate_threatening, Unset):
            hate_threatening = self.hate_threatening.to_dict()

        self_harm_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm_instructions, Unset):
            self_harm_instructions = self.self_harm_instructions.to_dict()

        self_harm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm, Unset):
            self_harm = self.self_harm.to_dict()

        self_harm_intent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm_intent, Unset):
            self_harm_intent = self.self_harm_intent.to_dict()

        sexual_minors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sexual_minors, Unset):
            sexual_minors = self.sexual_minors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if violence is not UNSET:
            field_dict["violence"] = violence
        if violence_graphic is not UNSET:
            field_dict["violence_graphic"] = violence_graphic
        if harassment is not UNSET:
            field_dict["harassment"] = harassment
        if harassment_threatening is not UNSET:
            field_dict["harassment_threatening"] = harassment_threatening
        if hate is not UNSET:
            field_dict["hate"] = hate
        if hate_threatening is not UNSET:
            field_dict["hate_threatening"] = hate_threatening
        if self_harm_instructions is not UNSET:
            field_dict["self_harm_instructions"] = self_harm_instructions
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if self_harm_intent is not UNSET:
            field_dict["self_harm_intent"] = self_harm_intent
        if sexual_minors is not UNSET:
            field_dict["sexual_minors"] = sexual_minors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _sexual = d.pop("sexual", UNSET)
        sexual: ThresholdGuardrail | Unset
        if isinstance(_sexual, Unset):
            sexual = UNSET
        else:
            sexual = ThresholdGuardrail.from_dict(_sexual)

        _violence = d.pop("violence", UNSET)
        violence: ThresholdGuardrail | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ThresholdGuardrail.from_dict(_violence)

        _violence_graphic = d.pop("violence_graphic", UNSET)
        violence_graphic: ThresholdGuardrail | Unset
        if isinstance(_violence_graphic, Unset):
            violence_graphic = UNSET
        else:
            violence_graphic = ThresholdGuardrail.from_dict(_violence_graphic)

        _harassment = d.pop("harassment", UNSET)
        harassment: ThresholdGuardrail | Unset
        if isinstance(_harassment, Unset):
            harassment = UNSET
        else:
            harassment = ThresholdGuardrail.from_dict(_harassment)

        _harassment_threatening = d.pop("harassment_threatening", UNSET)
        harassment_threatening: ThresholdGuardrail | Unset
        if isinstance(_harassment_threatening, Unset):
            harassment_threatening = UNSET
        else:
            harassment_threatening = ThresholdGuardrail.from_dict(_harassment_threatening)

        _hate = d.pop("hate", UNSET)
        hate: ThresholdGuardrail | Unset
        if isinstance(_hate, Unset):
            hate = UNSET
        else:
            hate = ThresholdGuardrail.from_dict(_hate)

        _hate_threatening = d.pop("hate_threatening", UNSET)
        hate_threatening: ThresholdGuardrail | Unset
        if isinstance(_hate_threatening, Unset):
            hate_threatening = UNSET
        else:
            hate_threatening = ThresholdGuardrail.from_dict(_hate_threatening)

        _self_harm_instructions = d.pop("self_harm_instructions", UNSET)
        self_harm_instructions: ThresholdGuardrail | Unset
        if isinstance(_self_harm_instructions, Unset):
            self_harm_instructions = UNSET
        else:
            self_harm_instructions = ThresholdGuardrail.from_dict(_self_harm_instructions)

        _self_harm = d.pop("self_harm", UNSET)
        self_harm: ThresholdGuardrail | Unset
        if isinstance(_self_harm, Unset):
            self_harm = UNSET
        else:
            self_harm = ThresholdGuardrail.from_dict(_self_harm)

        _self_harm_intent = d.pop("self_harm_intent", UNSET)
        self_harm_intent: ThresholdGuardrail | Unset
        if isinstance(_self_harm_intent, Unset):
            self_harm_intent = UNSET
        else:
            self_harm_intent = ThresholdGuardrail.from_dict(_self_harm_intent)

        _sexual_minors = d.pop("sexual_minors", UNSET)
        sexual_minors: ThresholdGuardrail | Unset
        if isinstance(_sexual_minors, Unset):
            sexual_minors = UNSET
        else:
            sexual_minors = ThresholdGuardrail.from_dict(_sexual_minors)

        moderation_config = cls(
            sexual=sexual,
            violence=violence,
            violence_graphic=violence_graphic,
            harassment=harassment,
            harassment_threatening=harassment_threatening,
            hate=hate,
            hate_threatening=hate_threatening,
            self_harm_instructions=self_harm_instructions,
            self_harm=self_harm,
            self_harm_intent=self_harm_intent,
            sexual_minors=sexual_minors,
        )

        moderation_config.additional_properties = d
        return moderation_config

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
    global _nested_models_loaded, ThresholdGuardrail
    from ..models.threshold_guardrail import ThresholdGuardrail  # noqa: F401

    _nested_models_loaded = True
