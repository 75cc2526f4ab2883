from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWorkflowMaxIterationsStep")


@_attrs_define
class ConvaiWorkflowMaxIterationsStep:
    """
    Attributes:
        step_latency_secs (float):
        max_iterations (int):
        type_ (Literal['max_iterations_exceeded'] | Unset):  Default: 'max_iterations_exceeded'.
    """

    step_latency_secs: float
    max_iterations: int
    type_: Literal["max_iterations_exceeded"] | Unset = "max_iterations_exceeded"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_latency_secs = self.step_latency_secs

        max_iterations = self.max_iterations

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_latency_secs": step_latency_secs,
                "max_iterations": max_iterations,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_latency_secs = d.pop("step_latency_secs")

        max_iterations = d.pop("max_iterations")

        type_ = cast(Literal["max_iterations_exceeded"] | Unset, d.pop("type", UNSET))
        if type_ != "max_iterations_exceeded" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'max_iterations_exceeded', got '{type_}'")

        convai_workflow_max_iterations_step = cls(
            step_latency_secs=step_latency_secs,
            max_iterations=max_iterations,
            type_=type_,
        )

        convai_workflow_max_iterations_step.additional_properties = d
        return convai_workflow_max_iterations_step

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
