from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_filter_mode import ResponseFilterMode, check_response_filter_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFilter")


@_attrs_define
class ResponseFilter:
    """
    Attributes:
        mode (ResponseFilterMode | Unset):  Default: 'all'.
        filters (list[str] | Unset):
        content_type (Literal['application/json'] | Unset):  Default: 'application/json'.
    """

    mode: ResponseFilterMode | Unset = "all"
    filters: list[str] | Unset = UNSET
    content_type: Literal["application/json"] | Unset = "application/json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        filters: list[str] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if filters is not UNSET:
            field_dict["filters"] = filters
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ResponseFilterMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_response_filter_mode(_mode)

        filters = cast(list[str], d.pop("filters", UNSET))

        content_type = cast(Literal["application/json"] | Unset, d.pop("content_type", UNSET))
        if content_type != "application/json" and not isinstance(content_type, Unset):
            raise ValueError(f"content_type must match const 'application/json', got '{content_type}'")

        response_filter = cls(
            mode=mode,
            filters=filters,
            content_type=content_type,
        )

        response_filter.additional_properties = d
        return response_filter

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
