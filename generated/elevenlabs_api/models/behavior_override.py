from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_budget import InteractionBudget, check_interaction_budget
from ..models.output_format_2 import OutputFormat2, check_output_format_2
from ..models.verbosity import Verbosity, check_verbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="BehaviorOverride")


@_attrs_define
class BehaviorOverride:
    """
    Attributes:
        verbosity (None | Unset | Verbosity):
        output_format (None | OutputFormat2 | Unset):
        interaction_budget (InteractionBudget | None | Unset):
    """

    verbosity: None | Unset | Verbosity = UNSET
    output_format: None | OutputFormat2 | Unset = UNSET
    interaction_budget: InteractionBudget | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        interaction_budget: None | str | Unset
        if isinstance(self.interaction_budget, Unset):
            interaction_budget = UNSET
        elif isinstance(self.interaction_budget, str):
            interaction_budget = self.interaction_budget
        else:
            interaction_budget = self.interaction_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if interaction_budget is not UNSET:
            field_dict["interaction_budget"] = interaction_budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_verbosity(data: object) -> None | Unset | Verbosity:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_type_0 = check_verbosity(data)

                return verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verbosity, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        def _parse_output_format(data: object) -> None | OutputFormat2 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = check_output_format_2(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputFormat2 | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_interaction_budget(data: object) -> InteractionBudget | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interaction_budget_type_0 = check_interaction_budget(data)

                return interaction_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionBudget | None | Unset, data)

        interaction_budget = _parse_interaction_budget(d.pop("interaction_budget", UNSET))

        behavior_override = cls(
            verbosity=verbosity,
            output_format=output_format,
            interaction_budget=interaction_budget,
        )

        behavior_override.additional_properties = d
        return behavior_override

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
