from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..models.criteria_scoring_mode import CriteriaScoringMode, check_criteria_scoring_mode
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
        scope (AnalysisScope | Unset):  Default: 'conversation'.
        llm (ConvaiLlm | None | Unset):
        scoring_mode (CriteriaScoringMode | Unset):  Default: 'binary'.
        max_score (int | Unset):  Default: 100.
        score_instructions (None | str | Unset):
    """

    id: str
    name: str
    conversation_goal_prompt: str
    type_: Literal["prompt"] | Unset = "prompt"
    use_knowledge_base: bool | Unset = False
    scope: AnalysisScope | Unset = "conversation"
    llm: ConvaiLlm | None | Unset = UNSET
    scoring_mode: CriteriaScoringMode | Unset = "binary"
    max_score: int | Unset = 100
    score_instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        conversation_goal_prompt = self.conversation_goal_prompt

        type_ = self.type_

        use_knowledge_base = self.use_knowledge_base

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        llm: None | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        elif isinstance(self.llm, str):
            llm = self.llm
        else:
            llm = self.llm

        scoring_mode: str | Unset = UNSET
        if not isinstance(self.scoring_mode, Unset):
            scoring_mode = self.scoring_mode

        max_score = self.max_score

        score_instructions: None | str | Unset
        if isinstance(self.score_instructions, Unset):
            score_instructions = UNSET
        else:
            score_instructions = self.score_instructions

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
        if scope is not UNSET:
            field_dict["scope"] = scope
        if llm is not UNSET:
            field_dict["llm"] = llm
        if scoring_mode is not UNSET:
            field_dict["scoring_mode"] = scoring_mode
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        if score_instructions is not UNSET:
            field_dict["score_instructions"] = score_instructions

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

        _scope = d.pop("scope", UNSET)
        scope: AnalysisScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_analysis_scope(_scope)

        def _parse_llm(data: object) -> ConvaiLlm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                llm_type_0 = check_convai_llm(data)

                return llm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiLlm | None | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        _scoring_mode = d.pop("scoring_mode", UNSET)
        scoring_mode: CriteriaScoringMode | Unset
        if isinstance(_scoring_mode, Unset):
            scoring_mode = UNSET
        else:
            scoring_mode = check_criteria_scoring_mode(_scoring_mode)

        max_score = d.pop("max_score", UNSET)

        def _parse_score_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score_instructions = _parse_score_instructions(d.pop("score_instructions", UNSET))

        convai_evaluation_criterion = cls(
            id=id,
            name=name,
            conversation_goal_prompt=conversation_goal_prompt,
            type_=type_,
            use_knowledge_base=use_knowledge_base,
            scope=scope,
            llm=llm,
            scoring_mode=scoring_mode,
            max_score=max_score,
            score_instructions=score_instructions,
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
