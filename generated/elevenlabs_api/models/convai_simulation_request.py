from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_evaluation_criterion import ConvaiEvaluationCriterion
    from ..models.convai_simulation_specification import ConvaiSimulationSpecification


T = TypeVar("T", bound="ConvaiSimulationRequest")


@_attrs_define
class ConvaiSimulationRequest:
    """A conversation simulation between the agent and a simulated user.

    Attributes:
        simulation_specification (ConvaiSimulationSpecification): How the simulated user behaves and where the
            conversation starts.
        extra_evaluation_criteria (list[ConvaiEvaluationCriterion] | None | Unset):
        new_turns_limit (int | Unset): Most turns to simulate. Default: 10000.
    """

    simulation_specification: ConvaiSimulationSpecification
    extra_evaluation_criteria: list[ConvaiEvaluationCriterion] | None | Unset = UNSET
    new_turns_limit: int | Unset = 10000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        simulation_specification = self.simulation_specification.to_dict()

        extra_evaluation_criteria: list[dict[str, Any]] | None | Unset
        if isinstance(self.extra_evaluation_criteria, Unset):
            extra_evaluation_criteria = UNSET
        elif isinstance(self.extra_evaluation_criteria, list):
            extra_evaluation_criteria = []
            for extra_evaluation_criteria_type_0_item_data in self.extra_evaluation_criteria:
                extra_evaluation_criteria_type_0_item = extra_evaluation_criteria_type_0_item_data.to_dict()
                extra_evaluation_criteria.append(extra_evaluation_criteria_type_0_item)

        else:
            extra_evaluation_criteria = self.extra_evaluation_criteria

        new_turns_limit = self.new_turns_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_specification": simulation_specification,
            }
        )
        if extra_evaluation_criteria is not UNSET:
            field_dict["extra_evaluation_criteria"] = extra_evaluation_criteria
        if new_turns_limit is not UNSET:
            field_dict["new_turns_limit"] = new_turns_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        simulation_specification = ConvaiSimulationSpecification.from_dict(d.pop("simulation_specification"))

        def _parse_extra_evaluation_criteria(data: object) -> list[ConvaiEvaluationCriterion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_evaluation_criteria_type_0 = []
                _extra_evaluation_criteria_type_0 = data
                for extra_evaluation_criteria_type_0_item_data in _extra_evaluation_criteria_type_0:
                    extra_evaluation_criteria_type_0_item = ConvaiEvaluationCriterion.from_dict(
                        extra_evaluation_criteria_type_0_item_data
                    )

                    extra_evaluation_criteria_type_0.append(extra_evaluation_criteria_type_0_item)

                return extra_evaluation_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiEvaluationCriterion] | None | Unset, data)

        extra_evaluation_criteria = _parse_extra_evaluation_criteria(d.pop("extra_evaluation_criteria", UNSET))

        new_turns_limit = d.pop("new_turns_limit", UNSET)

        convai_simulation_request = cls(
            simulation_specification=simulation_specification,
            extra_evaluation_criteria=extra_evaluation_criteria,
            new_turns_limit=new_turns_limit,
        )

        convai_simulation_request.additional_properties = d
        return convai_simulation_request

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
    global _nested_models_loaded, ConvaiEvaluationCriterion, ConvaiSimulationSpecification
    from ..models.convai_evaluation_criterion import ConvaiEvaluationCriterion  # noqa: F401
    from ..models.convai_simulation_specification import ConvaiSimulationSpecification  # noqa: F401

    _nested_models_loaded = True
