from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiTestToolResult")


@_attrs_define
class ConvaiTestToolResult:
    """Stand-in result of a tool skipped in test mode.

    Attributes:
        result_type (Literal['testing_tool_result'] | Unset):  Default: 'testing_tool_result'.
        status (Literal['success'] | Unset):  Default: 'success'.
        reason (str | Unset):  Default: 'Skipping tool call in test mode'.
    """

    result_type: Literal["testing_tool_result"] | Unset = "testing_tool_result"
    status: Literal["success"] | Unset = "success"
    reason: str | Unset = "Skipping tool call in test mode"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_type = self.result_type

        status = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_type = cast(Literal["testing_tool_result"] | Unset, d.pop("result_type", UNSET))
        if result_type != "testing_tool_result" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'testing_tool_result', got '{result_type}'")

        status = cast(Literal["success"] | Unset, d.pop("status", UNSET))
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        reason = d.pop("reason", UNSET)

        convai_test_tool_result = cls(
            result_type=result_type,
            status=status,
            reason=reason,
        )

        convai_test_tool_result.additional_properties = d
        return convai_test_tool_result

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
