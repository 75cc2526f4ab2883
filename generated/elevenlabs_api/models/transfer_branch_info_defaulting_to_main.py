from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBranchInfoDefaultingToMain")


@_attrs_define
class TransferBranchInfoDefaultingToMain:
    """
    Attributes:
        branch_reason (Literal['defaulting_to_main']):
        branch_id (str):
    """

    branch_reason: Literal["defaulting_to_main"]
    branch_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch_reason = self.branch_reason

        branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch_reason": branch_reason,
                "branch_id": branch_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch_reason = cast(Literal["defaulting_to_main"], d.pop("branch_reason"))
        if branch_reason != "defaulting_to_main":
            raise ValueError(f"branch_reason must match const 'defaulting_to_main', got '{branch_reason}'")

        branch_id = d.pop("branch_id")

        transfer_branch_info_defaulting_to_main = cls(
            branch_reason=branch_reason,
            branch_id=branch_id,
        )

        transfer_branch_info_defaulting_to_main.additional_properties = d
        return transfer_branch_info_defaulting_to_main

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
