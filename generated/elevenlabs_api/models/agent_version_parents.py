from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentVersionParents")


@_attrs_define
class AgentVersionParents:
    """
    Attributes:
        in_branch_parent_id (None | str | Unset):
        out_of_branch_parent_id (None | str | Unset):
        merged_into_branch_id (None | str | Unset):
        merged_from_branch_id (None | str | Unset):
        merged_from_version_id (None | str | Unset):
        rebased_from_version_id (None | str | Unset):
    """

    in_branch_parent_id: None | str | Unset = UNSET
    out_of_branch_parent_id: None | str | Unset = UNSET
    merged_into_branch_id: None | str | Unset = UNSET
    merged_from_branch_id: None | str | Unset = UNSET
    merged_from_version_id: None | str | Unset = UNSET
    rebased_from_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_branch_parent_id: None | str | Unset
        if isinstance(self.in_branch_parent_id, Unset):
            in_branch_parent_id = UNSET
        else:
            in_branch_parent_id = self.in_branch_parent_id

        out_of_branch_parent_id: None | str | Unset
        if isinstance(self.out_of_branch_parent_id, Unset):
            out_of_branch_parent_id = UNSET
        else:
            out_of_branch_parent_id = self.out_of_branch_parent_id

        merged_into_branch_id: None | str | Unset
        if isinstance(self.merged_into_branch_id, Unset):
            merged_into_branch_id = UNSET
        else:
            merged_into_branch_id = self.merged_into_branch_id

        merged_from_branch_id: None | str | Unset
        if isinstance(self.merged_from_branch_id, Unset):
            merged_from_branch_id = UNSET
        else:
            merged_from_branch_id = self.merged_from_branch_id

        merged_from_version_id: None | str | Unset
        if isinstance(self.merged_from_version_id, Unset):
            merged_from_version_id = UNSET
        else:
            merged_from_version_id = self.merged_from_version_id

        rebased_from_version_id: None | str | Unset
        if isinstance(self.rebased_from_version_id, Unset):
            rebased_from_version_id = UNSET
        else:
            rebased_from_version_id = self.rebased_from_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_branch_parent_id is not UNSET:
            field_dict["in_branch_parent_id"] = in_branch_parent_id
        if out_of_branch_parent_id is not UNSET:
            field_dict["out_of_branch_parent_id"] = out_of_branch_parent_id
        if merged_into_branch_id is not UNSET:
            field_dict["merged_into_branch_id"] = merged_into_branch_id
        if merged_from_branch_id is not UNSET:
            field_dict["merged_from_branch_id"] = merged_from_branch_id
        if merged_from_version_id is not UNSET:
            field_dict["merged_from_version_id"] = merged_from_version_id
        if rebased_from_version_id is not UNSET:
            field_dict["rebased_from_version_id"] = rebased_from_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_in_branch_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_branch_parent_id = _parse_in_branch_parent_id(d.pop("in_branch_parent_id", UNSET))

        def _parse_out_of_branch_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_of_branch_parent_id = _parse_out_of_branch_parent_id(d.pop("out_of_branch_parent_id", UNSET))

        def _parse_merged_into_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merged_into_branch_id = _parse_merged_into_branch_id(d.pop("merged_into_branch_id", UNSET))

        def _parse_merged_from_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merged_from_branch_id = _parse_merged_from_branch_id(d.pop("merged_from_branch_id", UNSET))

        def _parse_merged_from_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merged_from_version_id = _parse_merged_from_version_id(d.pop("merged_from_version_id", UNSET))

        def _parse_rebased_from_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rebased_from_version_id = _parse_rebased_from_version_id(d.pop("rebased_from_version_id", UNSET))

        agent_version_parents = cls(
            in_branch_parent_id=in_branch_parent_id,
            out_of_branch_parent_id=out_of_branch_parent_id,
            merged_into_branch_id=merged_into_branch_id,
            merged_from_branch_id=merged_from_branch_id,
            merged_from_version_id=merged_from_version_id,
            rebased_from_version_id=rebased_from_version_id,
        )

        agent_version_parents.additional_properties = d
        return agent_version_parents

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
