from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferBranchInfoTrafficSplit")


@_attrs_define
class TransferBranchInfoTrafficSplit:
    """
    Attributes:
        branch_reason (Literal['traffic_split']):
        branch_id (str):
        traffic_percentage (float):
    """

    branch_reason: Literal["traffic_split"]
    branch_id: str
    traffic_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch_reason = self.branch_reason

        branch_id = self.branch_id

        traffic_percentage = self.traffic_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch_reason": branch_reason,
                "branch_id": branch_id,
                "traffic_percentage": traffic_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch_reason = cast(Literal["traffic_split"], d.pop("branch_reason"))
        if branch_reason != "traffic_split":
            raise ValueError(f"branch_reason must match const 'traffic_split', got '{branch_reason}'")

        branch_id = d.pop("branch_id")

        traffic_percentage = d.pop("traffic_percentage")

        transfer_branch_info_traffic_split = cls(
            branch_reason=branch_reason,
            branch_id=branch_id,
            traffic_percentage=traffic_percentage,
        )

        transfer_branch_info_traffic_split.additional_properties = d
        return transfer_branch_info_traffic_split

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
