from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DummyToolResultModel")


@_attrs_define
class DummyToolResultModel:
    """
    Attributes:
        result_type (Literal['dummy'] | Unset):  Default: 'dummy'.
    """

    result_type: Literal["dummy"] | Unset = "dummy"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_type = self.result_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["result_type"] = result_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_type = cast(Literal["dummy"] | Unset, d.pop("result_type", UNSET))
        if result_type != "dummy" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'dummy', got '{result_type}'")

        dummy_tool_result_model = cls(
            result_type=result_type,
        )

        dummy_tool_result_model.additional_properties = d
        return dummy_tool_result_model

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
