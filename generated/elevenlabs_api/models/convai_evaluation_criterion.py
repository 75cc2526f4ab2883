from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiEvaluationCriterion")


@_attrs_define
class ConvaiEvaluationCriterion:
    """A goal the conversation is judged against after the call.

    Attributes:
        id (str):
        name (str):
        conversation_goal_prompt (str):
        type_ (Literal['prompt'] | Unset):  Default: 'prompt'.
        use_knowledge_base (bool | Unset):  Default: False.
    """

    id: str
    name: str
    conversation_goal_prompt: str
    type_: Literal["prompt"] | Unset = "prompt"
    use_knowledge_base: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        conversation_goal_prompt = self.conversation_goal_prompt

        type_ = self.type_

        use_knowledge_base = self.use_knowledge_base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "conversation_goal_prompt": conversation_goal_prompt,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_knowledge_base is not UNSET:
            field_dict["use_knowledge_base"] = use_knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        conversation_goal_prompt = d.pop("conversation_goal_prompt")

        type_ = cast(Literal["prompt"] | Unset, d.pop("type", UNSET))
        if type_ != "prompt" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        use_knowledge_base = d.pop("use_knowledge_base", UNSET)

        convai_evaluation_criterion = cls(
            id=id,
            name=name,
            conversation_goal_prompt=conversation_goal_prompt,
            type_=type_,
            use_knowledge_base=use_knowledge_base,
        )

        convai_evaluation_criterion.additional_properties = d
        return convai_evaluation_criterion

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
