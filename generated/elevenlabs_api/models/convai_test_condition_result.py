from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_evaluation_result import ConvaiEvaluationResult, check_convai_evaluation_result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_condition_rationale import ConvaiTestConditionRationale


T = TypeVar("T", bound="ConvaiTestConditionResult")


@_attrs_define
class ConvaiTestConditionResult:
    """Whether the success condition held, and why.

    Attributes:
        result (ConvaiEvaluationResult):
        rationale (ConvaiTestConditionRationale | None | Unset):
    """

    result: ConvaiEvaluationResult
    rationale: ConvaiTestConditionRationale | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        result: str = self.result

        rationale: dict[str, Any] | None | Unset
        if isinstance(self.rationale, Unset):
            rationale = UNSET
        elif isinstance(self.rationale, ConvaiTestConditionRationale):
            rationale = self.rationale.to_dict()
        else:
            rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if rationale is not UNSET:
            field_dict["rationale"] = rationale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        result = check_convai_evaluation_result(d.pop("result"))

        def _parse_rationale(data: object) -> ConvaiTestConditionRationale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rationale_type_0 = ConvaiTestConditionRationale.from_dict(data)

                return rationale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTestConditionRationale | None | Unset, data)

        rationale = _parse_rationale(d.pop("rationale", UNSET))

        convai_test_condition_result = cls(
            result=result,
            rationale=rationale,
        )

        convai_test_condition_result.additional_properties = d
        return convai_test_condition_result

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
    global _nested_models_loaded, ConvaiTestConditionRationale
    from ..models.convai_test_condition_rationale import ConvaiTestConditionRationale  # noqa: F401

    _nested_models_loaded = True
