from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiDashboardCriteriaChart")


@_attrs_define
class ConvaiDashboardCriteriaChart:
    """Chart of one evaluation criterion.

    Attributes:
        name (str):
        criteria_id (str):
        type_ (Literal['criteria'] | Unset):  Default: 'criteria'.
    """

    name: str
    criteria_id: str
    type_: Literal["criteria"] | Unset = "criteria"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        criteria_id = self.criteria_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "criteria_id": criteria_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        criteria_id = d.pop("criteria_id")

        type_ = cast(Literal["criteria"] | Unset, d.pop("type", UNSET))
        if type_ != "criteria" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'criteria', got '{type_}'")

        convai_dashboard_criteria_chart = cls(
            name=name,
            criteria_id=criteria_id,
            type_=type_,
        )

        convai_dashboard_criteria_chart.additional_properties = d
        return convai_dashboard_criteria_chart

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
