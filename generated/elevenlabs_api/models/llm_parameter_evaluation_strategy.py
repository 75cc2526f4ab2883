from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMParameterEvaluationStrategy")


@_attrs_define
class LLMParameterEvaluationStrategy:
    """
    Attributes:
        type_ (Literal['llm']):
        description (str):
    """

    type_: Literal["llm"]
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["llm"], d.pop("type"))
        if type_ != "llm":
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        description = d.pop("description")

        llm_parameter_evaluation_strategy = cls(
            type_=type_,
            description=description,
        )

        llm_parameter_evaluation_strategy.additional_properties = d
        return llm_parameter_evaluation_strategy

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
