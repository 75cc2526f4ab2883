from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..models.attached_system_evaluation_ref_analysis_item_id import (
    AttachedSystemEvaluationRefAnalysisItemId,
    check_attached_system_evaluation_ref_analysis_item_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedSystemEvaluationRef")


@_attrs_define
class AttachedSystemEvaluationRef:
    """
    Attributes:
        source (Literal['system']):
        analysis_item_id (AttachedSystemEvaluationRefAnalysisItemId):
        scope (AnalysisScope | Unset):  Default: 'conversation'.
        weight (float | None | Unset):
    """

    source: Literal["system"]
    analysis_item_id: AttachedSystemEvaluationRefAnalysisItemId
    scope: AnalysisScope | Unset = "conversation"
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        analysis_item_id: str = self.analysis_item_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "analysis_item_id": analysis_item_id,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast(Literal["system"], d.pop("source"))
        if source != "system":
            raise ValueError(f"source must match const 'system', got '{source}'")

        analysis_item_id = check_attached_system_evaluation_ref_analysis_item_id(d.pop("analysis_item_id"))

        _scope = d.pop("scope", UNSET)
        scope: AnalysisScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_analysis_scope(_scope)

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        attached_system_evaluation_ref = cls(
            source=source,
            analysis_item_id=analysis_item_id,
            scope=scope,
            weight=weight,
        )

        attached_system_evaluation_ref.additional_properties = d
        return attached_system_evaluation_ref

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
