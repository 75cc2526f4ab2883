from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioSnapshotStreamRequest")


@_attrs_define
class StudioSnapshotStreamRequest:
    """Options of the snapshot audio streams.

    Attributes:
        convert_to_mpeg (bool | Unset): Re-encode the audio as MPEG. Default: False.
    """

    convert_to_mpeg: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convert_to_mpeg = self.convert_to_mpeg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if convert_to_mpeg is not UNSET:
            field_dict["convert_to_mpeg"] = convert_to_mpeg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        convert_to_mpeg = d.pop("convert_to_mpeg", UNSET)

        studio_snapshot_stream_request = cls(
            convert_to_mpeg=convert_to_mpeg,
        )

        studio_snapshot_stream_request.additional_properties = d
        return studio_snapshot_stream_request

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
