from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioCaptionTemplate")


@_attrs_define
class StudioCaptionTemplate:
    """
    Attributes:
        key (str):
        label (str):
        requires_high_fps (bool | Unset):  Default: False.
    """

    key: str
    label: str
    requires_high_fps: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        requires_high_fps = self.requires_high_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
            }
        )
        if requires_high_fps is not UNSET:
            field_dict["requires_high_fps"] = requires_high_fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        requires_high_fps = d.pop("requires_high_fps", UNSET)

        studio_caption_template = cls(
            key=key,
            label=label,
            requires_high_fps=requires_high_fps,
        )

        studio_caption_template.additional_properties = d
        return studio_caption_template

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
