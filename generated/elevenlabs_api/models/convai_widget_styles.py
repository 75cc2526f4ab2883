from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWidgetStyles")


@_attrs_define
class ConvaiWidgetStyles:
    """Colours and radii of the widget.

    Attributes:
        base (None | str | Unset):
        base_hover (None | str | Unset):
        base_active (None | str | Unset):
        base_border (None | str | Unset):
        base_subtle (None | str | Unset):
        base_primary (None | str | Unset):
        base_error (None | str | Unset):
        accent (None | str | Unset):
        accent_hover (None | str | Unset):
        accent_active (None | str | Unset):
        accent_border (None | str | Unset):
        accent_subtle (None | str | Unset):
        accent_primary (None | str | Unset):
        overlay_padding (float | None | Unset):
        button_radius (float | None | Unset):
        input_radius (float | None | Unset):
        bubble_radius (float | None | Unset):
        sheet_radius (float | None | Unset):
        compact_sheet_radius (float | None | Unset):
        dropdown_sheet_radius (float | None | Unset):
    """

    base: None | str | Unset = UNSET
    base_hover: None | str | Unset = UNSET
    base_active: None | str | Unset = UNSET
    base_border: None | str | Unset = UNSET
    base_subtle: None | str | Unset = UNSET
    base_primary: None | str | Unset = UNSET
    base_error: None | str | Unset = UNSET
    accent: None | str | Unset = UNSET
    accent_hover: None | str | Unset = UNSET
    accent_active: None | str | Unset = UNSET
    accent_border: None | str | Unset = UNSET
    accent_subtle: None | str | Unset = UNSET
    accent_primary: None | str | Unset = UNSET
    overlay_padding: float | None | Unset = UNSET
    button_radius: float | None | Unset = UNSET
    input_radius: float | None | Unset = UNSET
    bubble_radius: float | None | Unset = UNSET
    sheet_radius: float | None | Unset = UNSET
    compact_sheet_radius: float | None | Unset = UNSET
    dropdown_sheet_radius: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base: None | str | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        base_hover: None | str | Unset
        if isinstance(self.base_hover, Unset):
            base_hover = UNSET
        else:
            base_hover = self.base_hover

        base_active: None | str | Unset
        if isinstance(self.base_active, Unset):
            base_active = UNSET
        else:
            base_active = self.base_active

        base_border: None | str | Unset
        if isinstance(self.base_border, Unset):
            base_border = UNSET
        else:
            base_border = self.base_border

        base_subtle: None | str | Unset
        if isinstance(self.base_subtle, Unset):
            base_subtle = UNSET
        else:
            base_subtle = self.base_subtle

        base_primary: None | str | Unset
        if isinstance(self.base_primary, Unset):
            base_primary = UNSET
        else:
            base_primary = self.base_primary

        base_error: None | str | Unset
        if isinstance(self.base_error, Unset):
            base_error = UNSET
        else:
            base_error = self.base_error

        accent: None | str | Unset
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        accent_hover: None | str | Unset
        if isinstance(self.accent_hover, Unset):
            accent_hover = UNSET
        else:
            accent_hover = self.accent_hover

        accent_active: None | str | Unset
        if isinstance(self.accent_active, Unset):
            accent_active = UNSET
        else:
            accent_active = self.accent_active

        accent_border: None | str | Unset
        if isinstance(self.accent_border, Unset):
            accent_border = UNSET
        else:
            accent_border = self.accent_border

        accent_subtle: None | str | Unset
        if isinstance(self.accent_subtle, Unset):
            accent_subtle = UNSET
        else:
            accent_subtle = self.accent_subtle

        accent_primary: None | str | Unset
        if isinstance(self.accent_primary, Unset):
            accent_primary = UNSET
        else:
            accent_primary = self.accent_primary

        overlay_padding: float | None | Unset
        if isinstance(self.overlay_padding, Unset):
            overlay_padding = UNSET
        else:
            overlay_padding = self.overlay_padding

        button_radius: float | None | Unset
        if isinstance(self.button_radius, Unset):
            button_radius = UNSET
        else:
            button_radius = self.button_radius

        input_radius: float | None | Unset
        if isinstance(self.input_radius, Unset):
            input_radius = UNSET
        else:
            input_radius = self.input_radius

        bubble_radius: float | None | Unset
        if isinstance(self.bubble_radius, Unset):
            bubble_radius = UNSET
        else:
            bubble_radius = self.bubble_radius

        sheet_radius: float | None | Unset
        if isinstance(self.sheet_radius, Unset):
            sheet_radius = UNSET
        else:
            sheet_radius = self.sheet_radius

        compact_sheet_radius: float | None | Unset
        if isinstance(self.compact_sheet_radius, Unset):
            compact_sheet_radius = UNSET
        else:
            compact_sheet_radius = self.compact_sheet_radius

        dropdown_sheet_radius: float | None | Unset
        if isinstance(self.dropdown_sheet_radius, Unset):
            dropdown_sheet_radius = UNSET
        else:
            dropdown_sheet_radius = self.dropdown_sheet_radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if base_hover is not UNSET:
            field_dict["base_hover"] = base_hover
        if base_active is not UNSET:
            field_dict["base_active"] = base_active
        if base_border is not UNSET:
            field_dict["base_border"] = base_border
        if base_subtle is not UNSET:
            field_dict["base_subtle"] = base_subtle
        if base_primary is not UNSET:
            field_dict["base_primary"] = base_primary
        if base_error is not UNSET:
            field_dict["base_error"] = base_error
        if accent is not UNSET:
            field_dict["accent"] = accent
        if accent_hover is not UNSET:
            field_dict["accent_hover"] = accent_hover
        if accent_active is not UNSET:
            field_dict["accent_active"] = accent_active
        if accent_border is not UNSET:
            field_dict["accent_border"] = accent_border
        if accent_subtle is not UNSET:
            field_dict["accent_subtle"] = accent_subtle
        if accent_primary is not UNSET:
            field_dict["accent_primary"] = accent_primary
        if overlay_padding is not UNSET:
            field_dict["overlay_padding"] = overlay_padding
        if button_radius is not UNSET:
            field_dict["button_radius"] = button_radius
        if input_radius is not UNSET:
            field_dict["input_radius"] = input_radius
        if bubble_radius is not UNSET:
            field_dict["bubble_radius"] = bubble_radius
        if sheet_radius is not UNSET:
            field_dict["sheet_radius"] = sheet_radius
        if compact_sheet_radius is not UNSET:
            field_dict["compact_sheet_radius"] = compact_sheet_radius
        if dropdown_sheet_radius is not UNSET:
            field_dict["dropdown_sheet_radius"] = dropdown_sheet_radius

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        def _parse_base_hover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_hover = _parse_base_hover(d.pop("base_hover", UNSET))

        def _parse_base_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_active = _parse_base_active(d.pop("base_active", UNSET))

        def _parse_base_border(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_border = _parse_base_border(d.pop("base_border", UNSET))

        def _parse_base_subtle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_subtle = _parse_base_subtle(d.pop("base_subtle", UNSET))

        def _parse_base_primary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_primary = _parse_base_primary(d.pop("base_primary", UNSET))

        def _parse_base_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_error = _parse_base_error(d.pop("base_error", UNSET))

        def _parse_accent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent = _parse_accent(d.pop("accent", UNSET))

        def _parse_accent_hover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_hover = _parse_accent_hover(d.pop("accent_hover", UNSET))

        def _parse_accent_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_active = _parse_accent_active(d.pop("accent_active", UNSET))

        def _parse_accent_border(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_border = _parse_accent_border(d.pop("accent_border", UNSET))

        def _parse_accent_subtle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_subtle = _parse_accent_subtle(d.pop("accent_subtle", UNSET))

        def _parse_accent_primary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_primary = _parse_accent_primary(d.pop("accent_primary", UNSET))

        def _parse_overlay_padding(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overlay_padding = _parse_overlay_padding(d.pop("overlay_padding", UNSET))

        def _parse_button_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        button_radius = _parse_button_radius(d.pop("button_radius", UNSET))

        def _parse_input_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_radius = _parse_input_radius(d.pop("input_radius", UNSET))

        def _parse_bubble_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bubble_radius = _parse_bubble_radius(d.pop("bubble_radius", UNSET))

        def _parse_sheet_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sheet_radius = _parse_sheet_radius(d.pop("sheet_radius", UNSET))

        def _parse_compact_sheet_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        compact_sheet_radius = _parse_compact_sheet_radius(d.pop("compact_sheet_radius", UNSET))

        def _parse_dropdown_sheet_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dropdown_sheet_radius = _parse_dropdown_sheet_radius(d.pop("dropdown_sheet_radius", UNSET))

        convai_widget_styles = cls(
            base=base,
            base_hover=base_hover,
            base_active=base_active,
            base_border=base_border,
            base_subtle=base_subtle,
            base_primary=base_primary,
            base_error=base_error,
            accent=accent,
            accent_hover=accent_hover,
            accent_active=accent_active,
            accent_border=accent_border,
            accent_subtle=accent_subtle,
            accent_primary=accent_primary,
            overlay_padding=overlay_padding,
            button_radius=button_radius,
            input_radius=input_radius,
            bubble_radius=bubble_radius,
            sheet_radius=sheet_radius,
            compact_sheet_radius=compact_sheet_radius,
            dropdown_sheet_radius=dropdown_sheet_radius,
        )

        convai_widget_styles.additional_properties = d
        return convai_widget_styles

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
