from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunConversationEvaluationsRequest")


@_attrs_define
class RunConversationEvaluationsRequest:
    """
    Attributes:
        evaluation_id (str):
        scope (AnalysisScope | Unset):  Default: 'conversation'.
    """

    evaluation_id: str
    scope: AnalysisScope | Unset = "conversation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = self.evaluation_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation_id": evaluation_id,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evaluation_id = d.pop("evaluation_id")

        _scope = d.pop("scope", UNSET)
        scope: AnalysisScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_analysis_scope(_scope)

        run_conversation_evaluations_request = cls(
            evaluation_id=evaluation_id,
            scope=scope,
        )

        run_conversation_evaluations_request.additional_properties = d
        return run_conversation_evaluations_request

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
