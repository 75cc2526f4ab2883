from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowLLMConditionModelOutput")


@_attrs_define
class WorkflowLLMConditionModelOutput:
    """
    Attributes:
        label (None | str):
        type_ (Literal['llm']):  Default: 'llm'.
        condition (str):
    """

    label: None | str
    condition: str
    type_: Literal["llm"] = "llm"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str
        label = self.label

        type_ = self.type_

        condition = self.condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type_,
                "condition": condition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        type_ = cast(Literal["llm"], d.pop("type"))
        if type_ != "llm":
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        condition = d.pop("condition")

        workflow_llm_condition_model_output = cls(
            label=label,
            type_=type_,
            condition=condition,
        )

        workflow_llm_condition_model_output.additional_properties = d
        return workflow_llm_condition_model_output

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
