from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_caption_horizontal_placement_align import (
    StudioCaptionHorizontalPlacementAlign,
    check_studio_caption_horizontal_placement_align,
)

T = TypeVar("T", bound="StudioCaptionHorizontalPlacement")


@_attrs_define
class StudioCaptionHorizontalPlacement:
    """
    Attributes:
        align (StudioCaptionHorizontalPlacementAlign):
        translate_pct (float):
    """

    align: StudioCaptionHorizontalPlacementAlign
    translate_pct: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        align: str = self.align

        translate_pct = self.translate_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "align": align,
                "translate_pct": translate_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        align = check_studio_caption_horizontal_placement_align(d.pop("align"))

        translate_pct = d.pop("translate_pct")

        studio_caption_horizontal_placement = cls(
            align=align,
            translate_pct=translate_pct,
        )

        studio_caption_horizontal_placement.additional_properties = d
        return studio_caption_horizontal_placement

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
