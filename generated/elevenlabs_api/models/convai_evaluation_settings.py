from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_evaluation_criterion import ConvaiEvaluationCriterion


T = TypeVar("T", bound="ConvaiEvaluationSettings")


@_attrs_define
class ConvaiEvaluationSettings:
    """
    Attributes:
        criteria (list[ConvaiEvaluationCriterion] | Unset):
    """

    criteria: list[ConvaiEvaluationCriterion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _criteria = d.pop("criteria", UNSET)
        criteria: list[ConvaiEvaluationCriterion] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = ConvaiEvaluationCriterion.from_dict(criteria_item_data)

                criteria.append(criteria_item)

        convai_evaluation_settings = cls(
            criteria=criteria,
        )

        convai_evaluation_settings.additional_properties = d
        return convai_evaluation_settings

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
    global _nested_models_loaded, ConvaiEvaluationCriterion
    from ..models.convai_evaluation_criterion import ConvaiEvaluationCriterion  # noqa: F401

    _nested_models_loaded = True
