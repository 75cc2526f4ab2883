from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryTriggerAction")


@_attrs_define
class RetryTriggerAction:
    """
    Attributes:
        type_ (Literal['retry'] | Unset):  Default: 'retry'.
        feedback (str | Unset):  Default: 'Your response was blocked by a guardrail that blocks content that matches
            this condition/category: \\'{{trigger_reason}}\\' During your next turn you must tell the user \\\\"I\\'m sorry
            but I can\\'t answer that question, would you like to know something else?\\\\".'.
    """

    type_: Literal["retry"] | Unset = "retry"
    feedback: str | Unset = (
        "Your response was blocked by a guardrail that blocks content that matches this condition/category: '{{trigger_reason}}' During your next turn you must tell the user \\\"I'm sorry but I can't answer that question, would you like to know something else?\\\"."
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["retry"] | Unset, d.pop("type", UNSET))
        if type_ != "retry" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'retry', got '{type_}'")

        feedback = d.pop("feedback", UNSET)

        retry_trigger_action = cls(
            type_=type_,
            feedback=feedback,
        )

        retry_trigger_action.additional_properties = d
        return retry_trigger_action

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
