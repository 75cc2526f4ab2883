from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExactParameterEvaluationStrategy")


@_attrs_define
class ExactParameterEvaluationStrategy:
    """
    Attributes:
        type_ (Literal['exact']):
        expected_value (str):
    """

    type_: Literal["exact"]
    expected_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expected_value = self.expected_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "expected_value": expected_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["exact"], d.pop("type"))
        if type_ != "exact":
            raise ValueError(f"type must match const 'exact', got '{type_}'")

        expected_value = d.pop("expected_value")

        exact_parameter_evaluation_strategy = cls(
            type_=type_,
            expected_value=expected_value,
        )

        exact_parameter_evaluation_strategy.additional_properties = d
        return exact_parameter_evaluation_strategy

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
