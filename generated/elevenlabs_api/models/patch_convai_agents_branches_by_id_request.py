from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_protection_status import BranchProtectionStatus, check_branch_protection_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchConvaiAgentsBranchesByIdRequest")


@_attrs_define
class PatchConvaiAgentsBranchesByIdRequest:
    """
    Attributes:
        name (None | str | Unset):
        is_archived (bool | None | Unset):
        protection_status (BranchProtectionStatus | None | Unset):
    """

    name: None | str | Unset = UNSET
    is_archived: bool | None | Unset = UNSET
    protection_status: BranchProtectionStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

        protection_status: None | str | Unset
        if isinstance(self.protection_status, Unset):
            protection_status = UNSET
        elif isinstance(self.protection_status, str):
            protection_status = self.protection_status
        else:
            protection_status = self.protection_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if protection_status is not UNSET:
            field_dict["protection_status"] = protection_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_is_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_archived = _parse_is_archived(d.pop("is_archived", UNSET))

        def _parse_protection_status(data: object) -> BranchProtectionStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protection_status_type_0 = check_branch_protection_status(data)

                return protection_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BranchProtectionStatus | None | Unset, data)

        protection_status = _parse_protection_status(d.pop("protection_status", UNSET))

        patch_convai_agents_branches_by_id_request = cls(
            name=name,
            is_archived=is_archived,
            protection_status=protection_status,
        )

        patch_convai_agents_branches_by_id_request.additional_properties = d
        return patch_convai_agents_branches_by_id_request

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
