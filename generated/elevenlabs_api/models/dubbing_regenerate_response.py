from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingRegenerateResponse")


@_attrs_define
class DubbingRegenerateResponse:
    """
    Attributes:
        regenerated_segment_ids (list[str]):
        regenerated_seconds (float):
        charged_seconds (float):
        free_regeneration_seconds_remaining (float):
    """

    regenerated_segment_ids: list[str]
    regenerated_seconds: float
    charged_seconds: float
    free_regeneration_seconds_remaining: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regenerated_segment_ids = self.regenerated_segment_ids

        regenerated_seconds = self.regenerated_seconds

        charged_seconds = self.charged_seconds

        free_regeneration_seconds_remaining = self.free_regeneration_seconds_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regenerated_segment_ids": regenerated_segment_ids,
                "regenerated_seconds": regenerated_seconds,
                "charged_seconds": charged_seconds,
                "free_regeneration_seconds_remaining": free_regeneration_seconds_remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regenerated_segment_ids = cast(list[str], d.pop("regenerated_segment_ids"))

        regenerated_seconds = d.pop("regenerated_seconds")

        charged_seconds = d.pop("charged_seconds")

        free_regeneration_seconds_remaining = d.pop("free_regeneration_seconds_remaining")

        dubbing_regenerate_response = cls(
            regenerated_segment_ids=regenerated_segment_ids,
            regenerated_seconds=regenerated_seconds,
            charged_seconds=charged_seconds,
            free_regeneration_seconds_remaining=free_regeneration_seconds_remaining,
        )

        dubbing_regenerate_response.additional_properties = d
        return dubbing_regenerate_response

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
