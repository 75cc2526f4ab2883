from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedUserDataCollectionRef")


@_attrs_define
class AttachedUserDataCollectionRef:
    """
    Attributes:
        source (Literal['user']):
        analysis_item_id (str):
        version_id (None | str | Unset):
        scope (AnalysisScope | Unset):  Default: 'conversation'.
    """

    source: Literal["user"]
    analysis_item_id: str
    version_id: None | str | Unset = UNSET
    scope: AnalysisScope | Unset = "conversation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        analysis_item_id = self.analysis_item_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

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
        if scope is not UNSET:
            field_dict["scope"] = scope

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

        _scope = d.pop("scope", UNSET)
        scope: AnalysisScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_analysis_scope(_scope)

        attached_user_data_collection_ref = cls(
            source=source,
            analysis_item_id=analysis_item_id,
            version_id=version_id,
            scope=scope,
        )

        attached_user_data_collection_ref.additional_properties = d
        return attached_user_data_collection_ref

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
