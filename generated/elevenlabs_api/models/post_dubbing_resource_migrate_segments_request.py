from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostDubbingResourceMigrateSegmentsRequest")


@_attrs_define
class PostDubbingResourceMigrateSegmentsRequest:
    """
    Attributes:
        segment_ids (list[str]):
        speaker_id (str):
    """

    segment_ids: list[str]
    speaker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_ids = self.segment_ids

        speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment_ids": segment_ids,
                "speaker_id": speaker_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment_ids = cast(list[str], d.pop("segment_ids"))

        speaker_id = d.pop("speaker_id")

        post_dubbing_resource_migrate_segments_request = cls(
            segment_ids=segment_ids,
            speaker_id=speaker_id,
        )

        post_dubbing_resource_migrate_segments_request.additional_properties = d
        return post_dubbing_resource_migrate_segments_request

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
