from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CanvasPlacement")


@_attrs_define
class CanvasPlacement:
    """
    Attributes:
        x_relative (float | Unset):  Default: 0.5.
        y_relative (float | Unset):  Default: 0.5.
        scale_x (float | Unset):  Default: 1.0.
        scale_y (float | Unset):  Default: 1.0.
        pivot_x (float | Unset):  Default: 0.0.
        pivot_y (float | Unset):  Default: 0.0.
        skew_x (float | Unset):  Default: 0.0.
        skew_y (float | Unset):  Default: 0.0.
        crop_top (float | Unset):  Default: 0.0.
        crop_right (float | Unset):  Default: 0.0.
        crop_bottom (float | Unset):  Default: 0.0.
        crop_left (float | Unset):  Default: 0.0.
        flip_x (bool | Unset):  Default: False.
        flip_y (bool | Unset):  Default: False.
    """

    x_relative: float | Unset = 0.5
    y_relative: float | Unset = 0.5
    scale_x: float | Unset = 1.0
    scale_y: float | Unset = 1.0
    pivot_x: float | Unset = 0.0
    pivot_y: float | Unset = 0.0
    skew_x: float | Unset = 0.0
    skew_y: float | Unset = 0.0
    crop_top: float | Unset = 0.0
    crop_right: float | Unset = 0.0
    crop_bottom: float | Unset = 0.0
    crop_left: float | Unset = 0.0
    flip_x: bool | Unset = False
    flip_y: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_relative = self.x_relative

        y_relative = self.y_relative

        scale_x = self.scale_x

        scale_y = self.scale_y

        pivot_x = self.pivot_x

        pivot_y = self.pivot_y

        skew_x = self.skew_x

        skew_y = self.skew_y

        crop_top = self.crop_top

        crop_right = self.crop_right

        crop_bottom = self.crop_bottom

        crop_left = self.crop_left

        flip_x = self.flip_x

        flip_y = self.flip_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_relative is not UNSET:
            field_dict["x_relative"] = x_relative
        if y_relative is not UNSET:
            field_dict["y_relative"] = y_relative
        if scale_x is not UNSET:
            field_dict["scale_x"] = scale_x
        if scale_y is not UNSET:
            field_dict["scale_y"] = scale_y
        if pivot_x is not UNSET:
            field_dict["pivot_x"] = pivot_x
        if pivot_y is not UNSET:
            field_dict["pivot_y"] = pivot_y
        if skew_x is not UNSET:
            field_dict["skew_x"] = skew_x
        if skew_y is not UNSET:
            field_dict["skew_y"] = skew_y
        if crop_top is not UNSET:
            field_dict["crop_top"] = crop_top
        if crop_right is not UNSET:
            field_dict["crop_right"] = crop_right
        if crop_bottom is not UNSET:
            field_dict["crop_bottom"] = crop_bottom
        if crop_left is not UNSET:
            field_dict["crop_left"] = crop_left
        if flip_x is not UNSET:
            field_dict["flip_x"] = flip_x
        if flip_y is not UNSET:
            field_dict["flip_y"] = flip_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_relative = d.pop("x_relative", UNSET)

        y_relative = d.pop("y_relative", UNSET)

        scale_x = d.pop("scale_x", UNSET)

        scale_y = d.pop("scale_y", UNSET)

        pivot_x = d.pop("pivot_x", UNSET)

        pivot_y = d.pop("pivot_y", UNSET)

        skew_x = d.pop("skew_x", UNSET)

        skew_y = d.pop("skew_y", UNSET)

        crop_top = d.pop("crop_top", UNSET)

        crop_right = d.pop("crop_right", UNSET)

        crop_bottom = d.pop("crop_bottom", UNSET)

        crop_left = d.pop("crop_left", UNSET)

        flip_x = d.pop("flip_x", UNSET)

        flip_y = d.pop("flip_y", UNSET)

        canvas_placement = cls(
            x_relative=x_relative,
            y_relative=y_relative,
            scale_x=scale_x,
            scale_y=scale_y,
            pivot_x=pivot_x,
            pivot_y=pivot_y,
            skew_x=skew_x,
            skew_y=skew_y,
            crop_top=crop_top,
            crop_right=crop_right,
            crop_bottom=crop_bottom,
            crop_left=crop_left,
            flip_x=flip_x,
            flip_y=flip_y,
        )

        canvas_placement.additional_properties = d
        return canvas_placement

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
