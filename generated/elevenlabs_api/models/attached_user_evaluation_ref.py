from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedUserEvaluationRef")


@_attrs_define
class AttachedUserEvaluationRef:
    """
    Attributes:
        source (Literal['user']):
        analysis_item_id (str):
        version_id (None | str | Unset):
        additional_version_ids (list[str] | Unset):
        scope (AnalysisScope | Unset):  Default: 'conversation'.
        weight (float | None | Unset):
    """

    source: Literal["user"]
    analysis_item_id: str
    version_id: None | str | Unset = UNSET
    additional_version_ids: list[str] | Unset = UNSET
    scope: AnalysisScope | Unset = "conversation"
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        analysis_item_id = self.analysis_item_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        additional_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.additional_version_ids, Unset):
            additional_version_ids = self.additional_version_ids

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
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if additional_version_ids is not UNSET:
            field_dict["additional_version_ids"] = additional_version_ids
        if scope is not UNSET:
            field_dict["scope"] = scope
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast(Literal["user"], d.pop("source"))
        if source != "user":
            raise ValueError(f"source must match const 'user', got '{source}'")

        analysis_item_id = d.pop("analysis_item_id")

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        additional_version_ids = cast(list[str], d.pop("additional_version_ids", UNSET))

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

        attached_user_evaluation_ref = cls(
            source=source,
            analysis_item_id=analysis_item_id,
            version_id=version_id,
            additional_version_ids=additional_version_ids,
            scope=scope,
            weight=weight,
        )

        attached_user_evaluation_ref.additional_properties = d
        return attached_user_evaluation_ref

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
