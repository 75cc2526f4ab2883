from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_caption_style_text_align_type_0 import (
    StudioCaptionStyleTextAlignType0,
    check_studio_caption_style_text_align_type_0,
)
from ..models.studio_caption_style_text_blend_mode_type_0 import (
    StudioCaptionStyleTextBlendModeType0,
    check_studio_caption_style_text_blend_mode_type_0,
)
from ..models.studio_caption_style_text_style_type_0 import (
    StudioCaptionStyleTextStyleType0,
    check_studio_caption_style_text_style_type_0,
)
from ..models.studio_caption_style_text_transform_type_0 import (
    StudioCaptionStyleTextTransformType0,
    check_studio_caption_style_text_transform_type_0,
)
from ..models.studio_caption_style_text_weight_type_0 import (
    StudioCaptionStyleTextWeightType0,
    check_studio_caption_style_text_weight_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_caption_animation import StudioCaptionAnimation
    from ..models.studio_caption_character_animation import StudioCaptionCharacterAnimation
    from ..models.studio_caption_horizontal_placement import StudioCaptionHorizontalPlacement
    from ..models.studio_caption_template import StudioCaptionTemplate
    from ..models.studio_caption_vertical_placement import StudioCaptionVerticalPlacement
    from ..models.studio_text_style_outline_model import StudioTextStyleOutlineModel
    from ..models.studio_text_style_shadow_model import StudioTextStyleShadowModel


T = TypeVar("T", bound="StudioCaptionStyle")


@_attrs_define
class StudioCaptionStyle:
    """How captions are drawn on the project's video.

    Attributes:
        template (None | StudioCaptionTemplate | Unset):
        text_font (None | str | Unset):
        text_scale (float | None | Unset):
        text_color (None | str | Unset):
        text_align (None | StudioCaptionStyleTextAlignType0 | Unset):
        text_style (None | StudioCaptionStyleTextStyleType0 | Unset):
        text_weight (None | StudioCaptionStyleTextWeightType0 | Unset):
        text_transform (None | StudioCaptionStyleTextTransformType0 | Unset):
        text_blend_mode (None | StudioCaptionStyleTextBlendModeType0 | Unset):
        text_shadow (None | StudioTextStyleShadowModel | Unset):
        text_outline (None | StudioTextStyleOutlineModel | Unset):
        background_enabled (bool | None | Unset):
        background_color (None | str | Unset):
        background_opacity (float | None | Unset):
        background_blur (float | None | Unset):
        background_border_radius (float | None | Unset):
        word_highlights_enabled (bool | None | Unset):
        word_highlights_color (None | str | Unset):
        word_highlights_background_color (None | str | Unset):
        word_highlights_opacity (float | None | Unset):
        word_highlights_border_radius (float | None | Unset):
        word_highlights_blur (float | None | Unset):
        section_animation (None | StudioCaptionAnimation | Unset):
        word_animation (None | StudioCaptionAnimation | Unset):
        character_animation (None | StudioCaptionCharacterAnimation | Unset):
        cursor_enabled (bool | None | Unset):
        width_pct (float | None | Unset):
        horizontal_placement (None | StudioCaptionHorizontalPlacement | Unset):
        vertical_placement (None | StudioCaptionVerticalPlacement | Unset):
        auto_break_enabled (bool | None | Unset):
        max_lines_per_section (int | None | Unset):
        max_words_per_line (int | None | Unset):
    """

    template: None | StudioCaptionTemplate | Unset = UNSET
    text_font: None | str | Unset = UNSET
    text_scale: float | None | Unset = UNSET
    text_color: None | str | Unset = UNSET
    text_align: None | StudioCaptionStyleTextAlignType0 | Unset = UNSET
    text_style: None | StudioCaptionStyleTextStyleType0 | Unset = UNSET
    text_weight: None | StudioCaptionStyleTextWeightType0 | Unset = UNSET
    text_transform: None | StudioCaptionStyleTextTransformType0 | Unset = UNSET
    text_blend_mode: None | StudioCaptionStyleTextBlendModeType0 | Unset = UNSET
    text_shadow: None | StudioTextStyleShadowModel | Unset = UNSET
    text_outline: None | StudioTextStyleOutlineModel | Unset = UNSET
    background_enabled: bool | None | Unset = UNSET
    background_color: None | str | Unset = UNSET
    background_opacity: float | None | Unset = UNSET
    background_blur: float | None | Unset = UNSET
    background_border_radius: float | None | Unset = UNSET
    word_highlights_enabled: bool | None | Unset = UNSET
    word_highlights_color: None | str | Unset = UNSET
    word_highlights_background_color: None | str | Unset = UNSET
    word_highlights_opacity: float | None | Unset = UNSET
    word_highlights_border_radius: float | None | Unset = UNSET
    word_highlights_blur: float | None | Unset = UNSET
    section_animation: None | StudioCaptionAnimation | Unset = UNSET
    word_animation: None | StudioCaptionAnimation | Unset = UNSET
    character_animation: None | StudioCaptionCharacterAnimation | Unset = UNSET
    cursor_enabled: bool | None | Unset = UNSET
    width_pct: float | None | Unset = UNSET
    horizontal_placement: None | StudioCaptionHorizontalPlacement | Unset = UNSET
    vertical_placement: None | StudioCaptionVerticalPlacement | Unset = UNSET
    auto_break_enabled: bool | None | Unset = UNSET
    max_lines_per_section: int | None | Unset = UNSET
    max_words_per_line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, StudioCaptionTemplate):
            template = self.template.to_dict()
        else:
            template = self.template

        text_font: None | str | Unset
        if isinstance(self.text_font, Unset):
            text_font = UNSET
        else:
            text_font = self.text_font

        text_scale: float | None | Unset
        if isinstance(self.text_scale, Unset):
            text_scale = UNSET
        else:
            text_scale = self.text_scale

        text_color: None | str | Unset
        if isinstance(self.text_color, Unset):
            text_color = UNSET
        else:
            text_color = self.text_color

        text_align: None | str | Unset
        if isinstance(self.text_align, Unset):
            text_align = UNSET
        elif isinstance(self.text_align, str):
            text_align = self.text_align
        else:
            text_align = self.text_align

        text_style: None | str | Unset
        if isinstance(self.text_style, Unset):
            text_style = UNSET
        elif isinstance(self.text_style, str):
            text_style = self.text_style
        else:
            text_style = self.text_style

        text_weight: None | str | Unset
        if isinstance(self.text_weight, Unset):
            text_weight = UNSET
        elif isinstance(self.text_weight, str):
            text_weight = self.text_weight
        else:
            text_weight = self.text_weight

        text_transform: None | str | Unset
        if isinstance(self.text_transform, Unset):
            text_transform = UNSET
        elif isinstance(self.text_transform, str):
            text_transform = self.text_transform
        else:
            text_transform = self.text_transform

        text_blend_mode: None | str | Unset
        if isinstance(self.text_blend_mode, Unset):
            text_blend_mode = UNSET
        elif isinstance(self.text_blend_mode, str):
            text_blend_mode = self.text_blend_mode
        else:
            text_blend_mode = self.text_blend_mode

        text_shadow: dict[str, Any] | None | Unset
        if isinstance(self.text_shadow, Unset):
            text_shadow = UNSET
        elif isinstance(self.text_shadow, StudioTextStyleShadowModel):
            text_shadow = self.text_shadow.to_dict()
        else:
            text_shadow = self.text_shadow

        text_outline: dict[str, Any] | None | Unset
        if isinstance(self.text_outline, Unset):
            text_outline = UNSET
        elif isinstance(self.text_outline, StudioTextStyleOutlineModel):
            text_outline = self.text_outline.to_dict()
        else:
            text_outline = self.text_outline

        background_enabled: bool | None | Unset
        if isinstance(self.background_enabled, Unset):
            background_enabled = UNSET
        else:
            background_enabled = self.background_enabled

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        background_opacity: float | None | Unset
        if isinstance(self.background_opacity, Unset):
            background_opacity = UNSET
        else:
            background_opacity = self.background_opacity

        background_blur: float | None | Unset
        if isinstance(self.background_blur, Unset):
            background_blur = UNSET
        else:
            background_blur = self.background_blur

        background_border_radius: float | None | Unset
        if isinstance(self.background_border_radius, Unset):
            background_border_radius = UNSET
        else:
            background_border_radius = self.background_border_radius

        word_highlights_enabled: bool | None | Unset
        if isinstance(self.word_highlights_enabled, Unset):
            word_highlights_enabled = UNSET
        else:
            word_highlights_enabled = self.word_highlights_enabled

        word_highlights_color: None | str | Unset
        if isinstance(self.word_highlights_color, Unset):
            word_highlights_color = UNSET
        else:
            word_highlights_color = self.word_highlights_color

        word_highlights_background_color: None | str | Unset
        if isinstance(self.word_highlights_background_color, Unset):
            word_highlights_background_color = UNSET
        else:
            word_highlights_background_color = self.word_highlights_background_color

        word_highlights_opacity: float | None | Unset
        if isinstance(self.word_highlights_opacity, Unset):
            word_highlights_opacity = UNSET
        else:
            word_highlights_opacity = self.word_highlights_opacity

        word_highlights_border_radius: float | None | Unset
        if isinstance(self.word_highlights_border_radius, Unset):
            word_highlights_border_radius = UNSET
        else:
            word_highlights_border_radius = self.word_highlights_border_radius

        word_highlights_blur: float | None | Unset
        if isinstance(self.word_highlights_blur, Unset):
            word_highlights_blur = UNSET
        else:
            word_highlights_blur = self.word_highlights_blur

        section_animation: dict[str, Any] | None | Unset
        if isinstance(self.section_animation, Unset):
            section_animation = UNSET
        elif isinstance(self.section_animation, StudioCaptionAnimation):
            section_animation = self.section_animation.to_dict()
        else:
            section_animation = self.section_animation

        word_animation: dict[str, Any] | None | Unset
        if isinstance(self.word_animation, Unset):
            word_animation = UNSET
        elif isinstance(self.word_animation, StudioCaptionAnimation):
            word_animation = self.word_animation.to_dict()
        else:
            word_animation = self.word_animation

        character_animation: dict[str, Any] | None | Unset
        if isinstance(self.character_animation, Unset):
            character_animation = UNSET
        elif isinstance(self.character_animation, StudioCaptionCharacterAnimation):
            character_animation = self.character_animation.to_dict()
        else:
            character_animation = self.character_animation

        cursor_enabled: bool | None | Unset
        if isinstance(self.cursor_enabled, Unset):
            cursor_enabled = UNSET
        else:
            cursor_enabled = self.cursor_enabled

        width_pct: float | None | Unset
        if isinstance(self.width_pct, Unset):
            width_pct = UNSET
        else:
            width_pct = self.width_pct

        horizontal_placement: dict[str, Any] | None | Unset
        if isinstance(self.horizontal_placement, Unset):
            horizontal_placement = UNSET
        elif isinstance(self.horizontal_placement, StudioCaptionHorizontalPlacement):
            horizontal_placement = self.horizontal_placement.to_dict()
        else:
            horizontal_placement = self.horizontal_placement

        vertical_placement: dict[str, Any] | None | Unset
        if isinstance(self.vertical_placement, Unset):
            vertical_placement = UNSET
        elif isinstance(self.vertical_placement, StudioCaptionVerticalPlacement):
            vertical_placement = self.vertical_placement.to_dict()
        else:
            vertical_placement = self.vertical_placement

        auto_break_enabled: bool | None | Unset
        if isinstance(self.auto_break_enabled, Unset):
            auto_break_enabled = UNSET
        else:
            auto_break_enabled = self.auto_break_enabled

        max_lines_per_section: int | None | Unset
        if isinstance(self.max_lines_per_section, Unset):
            max_lines_per_section = UNSET
        else:
            max_lines_per_section = self.max_lines_per_section

        max_words_per_line: int | None | Unset
        if isinstance(self.max_words_per_line, Unset):
            max_words_per_line = UNSET
        else:
            max_words_per_line = self.max_words_per_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if text_font is not UNSET:
            field_dict["text_font"] = text_font
        if text_scale is not UNSET:
            field_dict["text_scale"] = text_scale
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if text_align is not UNSET:
            field_dict["text_align"] = text_align
        if text_style is not UNSET:
            field_dict["text_style"] = text_style
        if text_weight is not UNSET:
            field_dict["text_weight"] = text_weight
        if text_transform is not UNSET:
            field_dict["text_transform"] = text_transform
        if text_blend_mode is not UNSET:
            field_dict["text_blend_mode"] = text_blend_mode
        if text_shadow is not UNSET:
            field_dict["text_shadow"] = text_shadow
        if text_outline is not UNSET:
            field_dict["text_outline"] = text_outline
        if background_enabled is not UNSET:
            field_dict["background_enabled"] = background_enabled
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_opacity is not UNSET:
            field_dict["background_opacity"] = background_opacity
        if background_blur is not UNSET:
            field_dict["background_blur"] = background_blur
        if background_border_radius is not UNSET:
            field_dict["background_border_radius"] = background_border_radius
        if word_highlights_enabled is not UNSET:
            field_dict["word_highlights_enabled"] = word_highlights_enabled
        if word_highlights_color is not UNSET:
            field_dict["word_highlights_color"] = word_highlights_color
        if word_highlights_background_color is not UNSET:
            field_dict["word_highlights_background_color"] = word_highlights_background_color
        if word_highlights_opacity is not UNSET:
            field_dict["word_highlights_opacity"] = word_highlights_opacity
        if word_highlights_border_radius is not UNSET:
            field_dict["word_highlights_border_radius"] = word_highlights_border_radius
        if word_highlights_blur is not UNSET:
            field_dict["word_highlights_blur"] = word_highlights_blur
        if section_animation is not UNSET:
            field_dict["section_animation"] = section_animation
        if word_animation is not UNSET:
            field_dict["word_animation"] = word_animation
        if character_animation is not UNSET:
            field_dict["character_animation"] = character_animation
        if cursor_enabled is not UNSET:
            field_dict["cursor_enabled"] = cursor_enabled
        if width_pct is not UNSET:
            field_dict["width_pct"] = width_pct
        if horizontal_placement is not UNSET:
            field_dict["horizontal_placement"] = horizontal_placement
        if vertical_placement is not UNSET:
            field_dict["vertical_placement"] = vertical_placement
        if auto_break_enabled is not UNSET:
            field_dict["auto_break_enabled"] = auto_break_enabled
        if max_lines_per_section is not UNSET:
            field_dict["max_lines_per_section"] = max_lines_per_section
        if max_words_per_line is not UNSET:
            field_dict["max_words_per_line"] = max_words_per_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_template(data: object) -> None | StudioCaptionTemplate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_0 = StudioCaptionTemplate.from_dict(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionTemplate | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_text_font(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_font = _parse_text_font(d.pop("text_font", UNSET))

        def _parse_text_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        text_scale = _parse_text_scale(d.pop("text_scale", UNSET))

        def _parse_text_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_color = _parse_text_color(d.pop("text_color", UNSET))

        def _parse_text_align(data: object) -> None | StudioCaptionStyleTextAlignType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_align_type_0 = check_studio_caption_style_text_align_type_0(data)

                return text_align_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyleTextAlignType0 | Unset, data)

        text_align = _parse_text_align(d.pop("text_align", UNSET))

        def _parse_text_style(data: object) -> None | StudioCaptionStyleTextStyleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_style_type_0 = check_studio_caption_style_text_style_type_0(data)

                return text_style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyleTextStyleType0 | Unset, data)

        text_style = _parse_text_style(d.pop("text_style", UNSET))

        def _parse_text_weight(data: object) -> None | StudioCaptionStyleTextWeightType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_weight_type_0 = check_studio_caption_style_text_weight_type_0(data)

                return text_weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyleTextWeightType0 | Unset, data)

        text_weight = _parse_text_weight(d.pop("text_weight", UNSET))

        def _parse_text_transform(data: object) -> None | StudioCaptionStyleTextTransformType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_transform_type_0 = check_studio_caption_style_text_transform_type_0(data)

                return text_transform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyleTextTransformType0 | Unset, data)

        text_transform = _parse_text_transform(d.pop("text_transform", UNSET))

        def _parse_text_blend_mode(data: object) -> None | StudioCaptionStyleTextBlendModeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_blend_mode_type_0 = check_studio_caption_style_text_blend_mode_type_0(data)

                return text_blend_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyleTextBlendModeType0 | Unset, data)

        text_blend_mode = _parse_text_blend_mode(d.pop("text_blend_mode", UNSET))

        def _parse_text_shadow(data: object) -> None | StudioTextStyleShadowModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_shadow_type_0 = StudioTextStyleShadowModel.from_dict(data)

                return text_shadow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioTextStyleShadowModel | Unset, data)

        text_shadow = _parse_text_shadow(d.pop("text_shadow", UNSET))

        def _parse_text_outline(data: object) -> None | StudioTextStyleOutlineModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_outline_type_0 = StudioTextStyleOutlineModel.from_dict(data)

                return text_outline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioTextStyleOutlineModel | Unset, data)

        text_outline = _parse_text_outline(d.pop("text_outline", UNSET))

        def _parse_background_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background_enabled = _parse_background_enabled(d.pop("background_enabled", UNSET))

        def _parse_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_color = _parse_background_color(d.pop("background_color", UNSET))

        def _parse_background_opacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        background_opacity = _parse_background_opacity(d.pop("background_opacity", UNSET))

        def _parse_background_blur(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        background_blur = _parse_background_blur(d.pop("background_blur", UNSET))

        def _parse_background_border_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        background_border_radius = _parse_background_border_radius(d.pop("background_border_radius", UNSET))

        def _parse_word_highlights_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        word_highlights_enabled = _parse_word_highlights_enabled(d.pop("word_highlights_enabled", UNSET))

        def _parse_word_highlights_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        word_highlights_color = _parse_word_highlights_color(d.pop("word_highlights_color", UNSET))

        def _parse_word_highlights_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        word_highlights_background_color = _parse_word_highlights_background_color(
            d.pop("word_highlights_background_color", UNSET)
        )

        def _parse_word_highlights_opacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        word_highlights_opacity = _parse_word_highlights_opacity(d.pop("word_highlights_opacity", UNSET))

        def _parse_word_highlights_border_radius(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        word_highlights_border_radius = _parse_word_highlights_border_radius(
            d.pop("word_highlights_border_radius", UNSET)
        )

        def _parse_word_highlights_blur(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        word_highlights_blur = _parse_word_highlights_blur(d.pop("word_highlights_blur", UNSET))

        def _parse_section_animation(data: object) -> None | StudioCaptionAnimation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                section_animation_type_0 = StudioCaptionAnimation.from_dict(data)

                return section_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionAnimation | Unset, data)

        section_animation = _parse_section_animation(d.pop("section_animation", UNSET))

        def _parse_word_animation(data: object) -> None | StudioCaptionAnimation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                word_animation_type_0 = StudioCaptionAnimation.from_dict(data)

                return word_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionAnimation | Unset, data)

        word_animation = _parse_word_animation(d.pop("word_animation", UNSET))

        def _parse_character_animation(data: object) -> None | StudioCaptionCharacterAnimation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                character_animation_type_0 = StudioCaptionCharacterAnimation.from_dict(data)

                return character_animation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionCharacterAnimation | Unset, data)

        character_animation = _parse_character_animation(d.pop("character_animation", UNSET))

        def _parse_cursor_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cursor_enabled = _parse_cursor_enabled(d.pop("cursor_enabled", UNSET))

        def _parse_width_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        width_pct = _parse_width_pct(d.pop("width_pct", UNSET))

        def _parse_horizontal_placement(data: object) -> None | StudioCaptionHorizontalPlacement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                horizontal_placement_type_0 = StudioCaptionHorizontalPlacement.from_dict(data)

                return horizontal_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionHorizontalPlacement | Unset, data)

        horizontal_placement = _parse_horizontal_placement(d.pop("horizontal_placement", UNSET))

        def _parse_vertical_placement(data: object) -> None | StudioCaptionVerticalPlacement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vertical_placement_type_0 = StudioCaptionVerticalPlacement.from_dict(data)

                return vertical_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionVerticalPlacement | Unset, data)

        vertical_placement = _parse_vertical_placement(d.pop("vertical_placement", UNSET))

        def _parse_auto_break_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_break_enabled = _parse_auto_break_enabled(d.pop("auto_break_enabled", UNSET))

        def _parse_max_lines_per_section(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_lines_per_section = _parse_max_lines_per_section(d.pop("max_lines_per_section", UNSET))

        def _parse_max_words_per_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_words_per_line = _parse_max_words_per_line(d.pop("max_words_per_line", UNSET))

        studio_caption_style = cls(
            template=template,
            text_font=text_font,
            text_scale=text_scale,
            text_color=text_color,
            text_align=text_align,
            text_style=text_style,
            text_weight=text_weight,
            text_transform=text_transform,
            text_blend_mode=text_blend_mode,
            text_shadow=text_shadow,
            text_outline=text_outline,
            background_enabled=background_enabled,
            background_color=background_color,
            background_opacity=background_opacity,
            background_blur=background_blur,
            background_border_radius=background_border_radius,
            word_highlights_enabled=word_highlights_enabled,
            word_highlights_color=word_highlights_color,
            word_highlights_background_color=word_highlights_background_color,
            word_highlights_opacity=word_highlights_opacity,
            word_highlights_border_radius=word_highlights_border_radius,
            word_highlights_blur=word_highlights_blur,
            section_animation=section_animation,
            word_animation=word_animation,
            character_animation=character_animation,
            cursor_enabled=cursor_enabled,
            width_pct=width_pct,
            horizontal_placement=horizontal_placement,
            vertical_placement=vertical_placement,
            auto_break_enabled=auto_break_enabled,
            max_lines_per_section=max_lines_per_section,
            max_words_per_line=max_words_per_line,
        )

        studio_caption_style.additional_properties = d
        return studio_caption_style

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        StudioCaptionAnimation, \
        StudioCaptionCharacterAnimation, \
        StudioCaptionHorizontalPlacement, \
        StudioCaptionTemplate, \
        StudioCaptionVerticalPlacement, \
        StudioTextStyleOutlineModel, \
        StudioTextStyleShadowModel
    from ..models.studio_caption_animation import StudioCaptionAnimation  # noqa: F401
    from ..models.studio_caption_character_animation import StudioCaptionCharacterAnimation  # noqa: F401
    from ..models.studio_caption_horizontal_placement import StudioCaptionHorizontalPlacement  # noqa: F401
    from ..models.studio_caption_template import StudioCaptionTemplate  # noqa: F401
    from ..models.studio_caption_vertical_placement import StudioCaptionVerticalPlacement  # noqa: F401
    from ..models.studio_text_style_outline_model import StudioTextStyleOutlineModel  # noqa: F401
    from ..models.studio_text_style_shadow_model import StudioTextStyleShadowModel  # noqa: F401

    _nested_models_loaded = True
