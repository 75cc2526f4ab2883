from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudioTextStyleOutlineModel")


@_attrs_define
class StudioTextStyleOutlineModel:
    """
    Attributes:
        enabled (bool):
        color (str):
        opacity (float):
        width (float):
    """

    enabled: bool
    color: str
    opacity: float
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        color = self.color

        opacity = self.opacity

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "color": color,
                "opacity": opacity,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        color = d.pop("color")

        opacity = d.pop("opacity")

        width = d.pop("width")

        studio_text_style_outline_model = cls(
            enabled=enabled,
            color=color,
            opacity=opacity,
            width=width,
        )

        studio_text_style_outline_model.additional_properties = d
        return studio_text_style_outline_model

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
