from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_widget_expandable import ConvaiWidgetExpandable, check_convai_widget_expandable
from ..models.convai_widget_feedback_mode import ConvaiWidgetFeedbackMode, check_convai_widget_feedback_mode
from ..models.convai_widget_placement import ConvaiWidgetPlacement, check_convai_widget_placement
from ..models.convai_widget_resolved_syntax_highlight_theme_type_0 import (
    ConvaiWidgetResolvedSyntaxHighlightThemeType0,
    check_convai_widget_resolved_syntax_highlight_theme_type_0,
)
from ..models.convai_widget_variant import ConvaiWidgetVariant, check_convai_widget_variant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_allowlist_item import ConvaiAllowlistItem
    from ..models.convai_widget_image_avatar import ConvaiWidgetImageAvatar
    from ..models.convai_widget_orb_avatar import ConvaiWidgetOrbAvatar
    from ..models.convai_widget_resolved_language_presets import ConvaiWidgetResolvedLanguagePresets
    from ..models.convai_widget_styles import ConvaiWidgetStyles
    from ..models.convai_widget_text_contents import ConvaiWidgetTextContents
    from ..models.convai_widget_url_avatar import ConvaiWidgetUrlAvatar
    from ..models.file_input_config import FileInputConfig
    from ..models.widget_end_feedback_config import WidgetEndFeedbackConfig


T = TypeVar("T", bound="ConvaiWidgetResolved")


@_attrs_define
class ConvaiWidgetResolved:
    """The widget configuration as served to the embed script.

    Attributes:
        language (str):
        variant (ConvaiWidgetVariant | Unset):  Default: 'full'.
        placement (ConvaiWidgetPlacement | Unset):  Default: 'bottom-right'.
        expandable (ConvaiWidgetExpandable | Unset):  Default: 'never'.
        avatar (ConvaiWidgetImageAvatar | ConvaiWidgetOrbAvatar | ConvaiWidgetUrlAvatar | Unset):
        feedback_mode (ConvaiWidgetFeedbackMode | Unset):  Default: 'none'.
        end_feedback (None | Unset | WidgetEndFeedbackConfig):
        bg_color (str | Unset):  Default: '#ffffff'.
        text_color (str | Unset):  Default: '#000000'.
        btn_color (str | Unset):  Default: '#000000'.
        btn_text_color (str | Unset):  Default: '#ffffff'.
        border_color (str | Unset):  Default: '#e1e1e1'.
        focus_color (str | Unset):  Default: '#000000'.
        border_radius (int | None | Unset):
        btn_radius (int | None | Unset):
        action_text (None | str | Unset):
        start_call_text (None | str | Unset):
        end_call_text (None | str | Unset):
        expand_text (None | str | Unset):
        listening_text (None | str | Unset):
        speaking_text (None | str | Unset):
        shareable_page_text (None | str | Unset):
        shareable_page_show_terms (bool | Unset):  Default: True.
        terms_text (None | str | Unset):
        terms_html (None | str | Unset):
        terms_key (None | str | Unset):
        show_avatar_when_collapsed (bool | None | Unset):  Default: False.
        disable_banner (bool | Unset):  Default: False.
        override_link (None | str | Unset):
        markdown_link_allowed_hosts (list[ConvaiAllowlistItem] | Unset):
        markdown_link_include_www (bool | Unset):  Default: True.
        markdown_link_allow_http (bool | Unset):  Default: True.
        mic_muting_enabled (bool | Unset):  Default: True.
        transcript_enabled (bool | Unset):  Default: True.
        text_input_enabled (bool | Unset):  Default: True.
        conversation_mode_toggle_enabled (bool | Unset):  Default: False.
        default_expanded (bool | Unset):  Default: False.
        always_expanded (bool | Unset):  Default: False.
        dismissible (bool | Unset):  Default: False.
        show_agent_status (bool | Unset):  Default: False.
        show_conversation_id (bool | Unset):  Default: True.
        strip_audio_tags (bool | Unset):  Default: True.
        syntax_highlight_theme (ConvaiWidgetResolvedSyntaxHighlightThemeType0 | None | Unset):
        text_contents (ConvaiWidgetTextContents | Unset): Custom texts of the widget; each left out keeps its default.
        styles (ConvaiWidgetStyles | Unset): Colours and radii of the widget.
        show_resize_button (bool | Unset):  Default: True.
        supported_language_overrides (list[str] | None | Unset):
        language_presets (ConvaiWidgetResolvedLanguagePresets | Unset):
        text_only (bool | Unset):  Default: False.
        supports_text_only (bool | Unset):  Default: False.
        first_message (None | str | Unset):
        use_rtc (bool | None | Unset):
        file_input_config (FileInputConfig | Unset):
    """

    language: str
    variant: ConvaiWidgetVariant | Unset = "full"
    placement: ConvaiWidgetPlacement | Unset = "bottom-right"
    expandable: ConvaiWidgetExpandable | Unset = "never"
    avatar: ConvaiWidgetImageAvatar | ConvaiWidgetOrbAvatar | ConvaiWidgetUrlAvatar | Unset = UNSET
    feedback_mode: ConvaiWidgetFeedbackMode | Unset = "none"
    end_feedback: None | Unset | WidgetEndFeedbackConfig = UNSET
    bg_color: str | Unset = "#ffffff"
    text_color: str | Unset = "#000000"
    btn_color: str | Unset = "#000000"
    btn_text_color: str | Unset = "#ffffff"
    border_color: str | Unset = "#e1e1e1"
    focus_color: str | Unset = "#000000"
    border_radius: int | None | Unset = UNSET
    btn_radius: int | None | Unset = UNSET
    action_text: None | str | Unset = UNSET
    start_call_text: None | str | Unset = UNSET
    end_call_text: None | str | Unset = UNSET
    expand_text: None | str | Unset = UNSET
    listening_text: None | str | Unset = UNSET
    speaking_text: None | str | Unset = UNSET
    shareable_page_text: None | str | Unset = UNSET
    shareable_page_show_terms: bool | Unset = True
    terms_text: None | str | Unset = UNSET
    terms_html: None | str | Unset = UNSET
    terms_key: None | str | Unset = UNSET
    show_avatar_when_collapsed: bool | None | Unset = False
    disable_banner: bool | Unset = False
    override_link: None | str | Unset = UNSET
    markdown_link_allowed_hosts: list[ConvaiAllowlistItem] | Unset = UNSET
    markdown_link_include_www: bool | Unset = True
    markdown_link_allow_http: bool | Unset = True
    mic_muting_enabled: bool | Unset = True
    transcript_enabled: bool | Unset = True
    text_input_enabled: bool | Unset = True
    conversation_mode_toggle_enabled: bool | Unset = False
    default_expanded: bool | Unset = False
    always_expanded: bool | Unset = False
    dismissible: bool | Unset = False
    show_agent_status: bool | Unset = False
    show_conversation_id: bool | Unset = True
    strip_audio_tags: bool | Unset = True
    syntax_highlight_theme: ConvaiWidgetResolvedSyntaxHighlightThemeType0 | None | Unset = UNSET
    text_contents: ConvaiWidgetTextContents | Unset = UNSET
    styles: ConvaiWidgetStyles | Unset = UNSET
    show_resize_button: bool | Unset = True
    supported_language_overrides: list[str] | None | Unset = UNSET
    language_presets: ConvaiWidgetResolvedLanguagePresets | Unset = UNSET
    text_only: bool | Unset = False
    supports_text_only: bool | Unset = False
    first_message: None | str | Unset = UNSET
    use_rtc: bool | None | Unset = UNSET
    file_input_config: FileInputConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language = self.language

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant

        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = self.placement

        expandable: str | Unset = UNSET
        if not isinstance(self.expandable, Unset):
            expandable = self.expandable

        avatar: dict[str, Any] | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        elif isinstance(self.avatar, ConvaiWidgetOrbAvatar):
            avatar = self.avatar.to_dict()
        elif isinstance(self.avatar, ConvaiWidgetUrlAvatar):
            avatar = self.avatar.to_dict()
        else:
            avatar = self.avatar.to_dict()

        feedback_mode: str | Unset = UNSET
        if not isinstance(self.feedback_mode, Unset):
            feedback_mode = self.feedback_mode

        end_feedback: dict[str, Any] | None | Unset
        if isinstance(self.end_feedback, Unset):
            end_feedback = UNSET
        elif isinstance(self.end_feedback, WidgetEndFeedbackConfig):
            end_feedback = self.end_feedback.to_dict()
        else:
            end_feedback = self.end_feedback

        bg_color = self.bg_color

        text_color = self.text_color

        btn_color = self.btn_color

        btn_text_color = self.btn_text_color

        border_color = self.border_color

        focus_color = self.focus_color

        border_radius: int | None | Unset
        if isinstance(self.border_radius, Unset):
            border_radius = UNSET
        else:
            border_radius = self.border_radius

        btn_radius: int | None | Unset
        if isinstance(self.btn_radius, Unset):
            btn_radius = UNSET
        else:
            btn_radius = self.btn_radius

        action_text: None | str | Unset
        if isinstance(self.action_text, Unset):
            action_text = UNSET
        else:
            action_text = self.action_text

        start_call_text: None | str | Unset
        if isinstance(self.start_call_text, Unset):
            start_call_text = UNSET
        else:
            start_call_text = self.start_call_text

        end_call_text: None | str | Unset
        if isinstance(self.end_call_text, Unset):
            end_call_text = UNSET
        else:
            end_call_text = self.end_call_text

        expand_text: None | str | Unset
        if isinstance(self.expand_text, Unset):
            expand_text = UNSET
        else:
            expand_text = self.expand_text

        listening_text: None | str | Unset
        if isinstance(self.listening_text, Unset):
            listening_text = UNSET
        else:
            listening_text = self.listening_text

        speaking_text: None | str | Unset
        if isinstance(self.speaking_text, Unset):
            speaking_text = UNSET
        else:
            speaking_text = self.speaking_text

        shareable_page_text: None | str | Unset
        if isinstance(self.shareable_page_text, Unset):
            shareable_page_text = UNSET
        else:
            shareable_page_text = self.shareable_page_text

        shareable_page_show_terms = self.shareable_page_show_terms

        terms_text: None | str | Unset
        if isinstance(self.terms_text, Unset):
            terms_text = UNSET
        else:
            terms_text = self.terms_text

        terms_html: None | str | Unset
        if isinstance(self.terms_html, Unset):
            terms_html = UNSET
        else:
            terms_html = self.terms_html

        terms_key: None | str | Unset
        if isinstance(self.terms_key, Unset):
            terms_key = UNSET
        else:
            terms_key = self.terms_key

        show_avatar_when_collapsed: bool | None | Unset
        if isinstance(self.show_avatar_when_collapsed, Unset):
            show_avatar_when_collapsed = UNSET
        else:
            show_avatar_when_collapsed = self.show_avatar_when_collapsed

        disable_banner = self.disable_banner

        override_link: None | str | Unset
        if isinstance(self.override_link, Unset):
            override_link = UNSET
        else:
            override_link = self.override_link

        markdown_link_allowed_hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markdown_link_allowed_hosts, Unset):
            markdown_link_allowed_hosts = []
            for markdown_link_allowed_hosts_item_data in self.markdown_link_allowed_hosts:
                markdown_link_allowed_hosts_item = markdown_link_allowed_hosts_item_data.to_dict()
                markdown_link_allowed_hosts.append(markdown_link_allowed_hosts_item)

        markdown_link_include_www = self.markdown_link_include_www

        markdown_link_allow_http = self.markdown_link_allow_http

        mic_muting_enabled = self.mic_muting_enabled

        transcript_enabled = self.transcript_enabled

        text_input_enabled = self.text_input_enabled

        conversation_mode_toggle_enabled = self.conversation_mode_toggle_enabled

        default_expanded = self.default_expanded

        always_expanded = self.always_expanded

        dismissible = self.dismissible

        show_agent_status = self.show_agent_status

        show_conversation_id = self.show_conversation_id

        strip_audio_tags = self.strip_audio_tags

        syntax_highlight_theme: None | str | Unset
        if isinstance(self.syntax_highlight_theme, Unset):
            syntax_highlight_theme = UNSET
        elif isinstance(self.syntax_highlight_theme, str):
            syntax_highlight_theme = self.syntax_highlight_theme
        else:
            syntax_highlight_theme = self.syntax_highlight_theme

        text_contents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_contents, Unset):
            text_contents = self.text_contents.to_dict()

        styles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles.to_dict()

        show_resize_button = self.show_resize_button

        supported_language_overrides: list[str] | None | Unset
        if isinstance(self.supported_language_overrides, Unset):
            supported_language_overrides = UNSET
        elif isinstance(self.supported_language_overrides, list):
            supported_language_overrides = self.supported_language_overrides

        else:
            supported_language_overrides = self.supported_language_overrides

        language_presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_presets, Unset):
            language_presets = self.language_presets.to_dict()

        text_only = self.text_only

        supports_text_only = self.supports_text_only

        first_message: None | str | Unset
        if isinstance(self.first_message, Unset):
            first_message = UNSET
        else:
            first_message = self.first_message

        use_rtc: bool | None | Unset
        if isinstance(self.use_rtc, Unset):
            use_rtc = UNSET
        else:
            use_rtc = self.use_rtc

        file_input_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_input_config, Unset):
            file_input_config = self.file_input_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant
        if placement is not UNSET:
            field_dict["placement"] = placement
        if expandable is not UNSET:
            field_dict["expandable"] = expandable
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if feedback_mode is not UNSET:
            field_dict["feedback_mode"] = feedback_mode
        if end_feedback is not UNSET:
            field_dict["end_feedback"] = end_feedback
        if bg_color is not UNSET:
            field_dict["bg_color"] = bg_color
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if btn_color is not UNSET:
            field_dict["btn_color"] = btn_color
        if btn_text_color is not UNSET:
            field_dict["btn_text_color"] = btn_text_color
        if border_color is not UNSET:
            field_dict["border_color"] = border_color
        if focus_color is not UNSET:
            field_dict["focus_color"] = focus_color
        if border_radius is not UNSET:
            field_dict["border_radius"] = border_radius
        if btn_radius is not UNSET:
            field_dict["btn_radius"] = btn_radius
        if action_text is not UNSET:
            field_dict["action_text"] = action_text
        if start_call_text is not UNSET:
            field_dict["start_call_text"] = start_call_text
        if end_call_text is not UNSET:
            field_dict["end_call_text"] = end_call_text
        if expand_text is not UNSET:
            field_dict["expand_text"] = expand_text
        if listening_text is not UNSET:
            field_dict["listening_text"] = listening_text
        if speaking_text is not UNSET:
            field_dict["speaking_text"] = speaking_text
        if shareable_page_text is not UNSET:
            field_dict["shareable_page_text"] = shareable_page_text
        if shareable_page_show_terms is not UNSET:
            field_dict["shareable_page_show_terms"] = shareable_page_show_terms
        if terms_text is not UNSET:
            field_dict["terms_text"] = terms_text
        if terms_html is not UNSET:
            field_dict["terms_html"] = terms_html
        if terms_key is not UNSET:
            field_dict["terms_key"] = terms_key
        if show_avatar_when_collapsed is not UNSET:
            field_dict["show_avatar_when_collapsed"] = show_avatar_when_collapsed
        if disable_banner is not UNSET:
            field_dict["disable_banner"] = disable_banner
        if override_link is not UNSET:
            field_dict["override_link"] = override_link
        if markdown_link_allowed_hosts is not UNSET:
            field_dict["markdown_link_allowed_hosts"] = markdown_link_allowed_hosts
        if markdown_link_include_www is not UNSET:
            field_dict["markdown_link_include_www"] = markdown_link_include_www
        if markdown_link_allow_http is not UNSET:
            field_dict["markdown_link_allow_http"] = markdown_link_allow_http
        if mic_muting_enabled is not UNSET:
            field_dict["mic_muting_enabled"] = mic_muting_enabled
        if transcript_enabled is not UNSET:
            field_dict["transcript_enabled"] = transcript_enabled
        if text_input_enabled is not UNSET:
            field_dict["text_input_enabled"] = text_input_enabled
        if conversation_mode_toggle_enabled is not UNSET:
            field_dict["conversation_mode_toggle_enabled"] = conversation_mode_toggle_enabled
        if default_expanded is not UNSET:
            field_dict["default_expanded"] = default_expanded
        if always_expanded is not UNSET:
            field_dict["always_expanded"] = always_expanded
        if dismissible is not UNSET:
            field_dict["dismissible"] = dismissible
        if show_agent_status is not UNSET:
            field_dict["show_agent_status"] = show_agent_status
        if show_conversation_id is not UNSET:
            field_dict["show_conversation_id"] = show_conversation_id
        if strip_audio_tags is not UNSET:
            field_dict["strip_audio_tags"] = strip_audio_tags
        if syntax_highlight_theme is not UNSET:
            field_dict["syntax_highlight_theme"] = syntax_highlight_theme
        if text_contents is not UNSET:
            field_dict["text_contents"] = text_contents
        if styles is not UNSET:
            field_dict["styles"] = styles
        if show_resize_button is not UNSET:
            field_dict["show_resize_button"] = show_resize_button
        if supported_language_overrides is not UNSET:
            field_dict["supported_language_overrides"] = supported_language_overrides
        if language_presets is not UNSET:
            field_dict["language_presets"] = language_presets
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if supports_text_only is not UNSET:
            field_dict["supports_text_only"] = supports_text_only
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if use_rtc is not UNSET:
            field_dict["use_rtc"] = use_rtc
        if file_input_config is not UNSET:
            field_dict["file_input_config"] = file_input_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        language = d.pop("language")

        _variant = d.pop("variant", UNSET)
        variant: ConvaiWidgetVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = check_convai_widget_variant(_variant)

        _placement = d.pop("placement", UNSET)
        placement: ConvaiWidgetPlacement | Unset
        if isinstance(_placement, Unset):
            placement = UNSET
        else:
            placement = check_convai_widget_placement(_placement)

        _expandable = d.pop("expandable", UNSET)
        expandable: ConvaiWidgetExpandable | Unset
        if isinstance(_expandable, Unset):
            expandable = UNSET
        else:
            expandable = check_convai_widget_expandable(_expandable)

        def _parse_avatar(
            data: object,
        ) -> ConvaiWidgetImageAvatar | ConvaiWidgetOrbAvatar | ConvaiWidgetUrlAvatar | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "orb":
                    avatar_type_0 = ConvaiWidgetOrbAvatar.from_dict(data)

                    return avatar_type_0
                if data.get("type") == "url":
                    avatar_type_1 = ConvaiWidgetUrlAvatar.from_dict(data)

                    return avatar_type_1
                if data.get("type") == "image":
                    avatar_type_2 = ConvaiWidgetImageAvatar.from_dict(data)

                    return avatar_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_type_0 = ConvaiWidgetOrbAvatar.from_dict(data)

                return avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_type_1 = ConvaiWidgetUrlAvatar.from_dict(data)

                return avatar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            avatar_type_2 = ConvaiWidgetImageAvatar.from_dict(data)

            return avatar_type_2

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        _feedback_mode = d.pop("feedback_mode", UNSET)
        feedback_mode: ConvaiWidgetFeedbackMode | Unset
        if isinstance(_feedback_mode, Unset):
            feedback_mode = UNSET
        else:
            feedback_mode = check_convai_widget_feedback_mode(_feedback_mode)

        def _parse_end_feedback(data: object) -> None | Unset | WidgetEndFeedbackConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_feedback_type_0 = WidgetEndFeedbackConfig.from_dict(data)

                return end_feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WidgetEndFeedbackConfig, data)

        end_feedback = _parse_end_feedback(d.pop("end_feedback", UNSET))

        bg_color = d.pop("bg_color", UNSET)

        text_color = d.pop("text_color", UNSET)

        btn_color = d.pop("btn_color", UNSET)

        btn_text_color = d.pop("btn_text_color", UNSET)

        border_color = d.pop("border_color", UNSET)

        focus_color = d.pop("focus_color", UNSET)

        def _parse_border_radius(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        border_radius = _parse_border_radius(d.pop("border_radius", UNSET))

        def _parse_btn_radius(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        btn_radius = _parse_btn_radius(d.pop("btn_radius", UNSET))

        def _parse_action_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_text = _parse_action_text(d.pop("action_text", UNSET))

        def _parse_start_call_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_call_text = _parse_start_call_text(d.pop("start_call_text", UNSET))

        def _parse_end_call_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_call_text = _parse_end_call_text(d.pop("end_call_text", UNSET))

        def _parse_expand_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expand_text = _parse_expand_text(d.pop("expand_text", UNSET))

        def _parse_listening_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listening_text = _parse_listening_text(d.pop("listening_text", UNSET))

        def _parse_speaking_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaking_text = _parse_speaking_text(d.pop("speaking_text", UNSET))

        def _parse_shareable_page_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shareable_page_text = _parse_shareable_page_text(d.pop("shareable_page_text", UNSET))

        shareable_page_show_terms = d.pop("shareable_page_show_terms", UNSET)

        def _parse_terms_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_text = _parse_terms_text(d.pop("terms_text", UNSET))

        def _parse_terms_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_html = _parse_terms_html(d.pop("terms_html", UNSET))

        def _parse_terms_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_key = _parse_terms_key(d.pop("terms_key", UNSET))

        def _parse_show_avatar_when_collapsed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_avatar_when_collapsed = _parse_show_avatar_when_collapsed(d.pop("show_avatar_when_collapsed", UNSET))

        disable_banner = d.pop("disable_banner", UNSET)

        def _parse_override_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_link = _parse_override_link(d.pop("override_link", UNSET))

        _markdown_link_allowed_hosts = d.pop("markdown_link_allowed_hosts", UNSET)
        markdown_link_allowed_hosts: list[ConvaiAllowlistItem] | Unset = UNSET
        if _markdown_link_allowed_hosts is not UNSET:
            markdown_link_allowed_hosts = []
            for markdown_link_allowed_hosts_item_data in _markdown_link_allowed_hosts:
                markdown_link_allowed_hosts_item = ConvaiAllowlistItem.from_dict(markdown_link_allowed_hosts_item_data)

                markdown_link_allowed_hosts.append(markdown_link_allowed_hosts_item)

        markdown_link_include_www = d.pop("markdown_link_include_www", UNSET)

        markdown_link_allow_http = d.pop("markdown_link_allow_http", UNSET)

        mic_muting_enabled = d.pop("mic_muting_enabled", UNSET)

        transcript_enabled = d.pop("transcript_enabled", UNSET)

        text_input_enabled = d.pop("text_input_enabled", UNSET)

        conversation_mode_toggle_enabled = d.pop("conversation_mode_toggle_enabled", UNSET)

        default_expanded = d.pop("default_expanded", UNSET)

        always_expanded = d.pop("always_expanded", UNSET)

        dismissible = d.pop("dismissible", UNSET)

        show_agent_status = d.pop("show_agent_status", UNSET)

        show_conversation_id = d.pop("show_conversation_id", UNSET)

        strip_audio_tags = d.pop("strip_audio_tags", UNSET)

        def _parse_syntax_highlight_theme(data: object) -> ConvaiWidgetResolvedSyntaxHighlightThemeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                syntax_highlight_theme_type_0 = check_convai_widget_resolved_syntax_highlight_theme_type_0(data)

                return syntax_highlight_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiWidgetResolvedSyntaxHighlightThemeType0 | None | Unset, data)

        syntax_highlight_theme = _parse_syntax_highlight_theme(d.pop("syntax_highlight_theme", UNSET))

        _text_contents = d.pop("text_contents", UNSET)
        text_contents: ConvaiWidgetTextContents | Unset
        if isinstance(_text_contents, Unset):
            text_contents = UNSET
        else:
            text_contents = ConvaiWidgetTextContents.from_dict(_text_contents)

        _styles = d.pop("styles", UNSET)
        styles: ConvaiWidgetStyles | Unset
        if isinstance(_styles, Unset):
            styles = UNSET
        else:
            styles = ConvaiWidgetStyles.from_dict(_styles)

        show_resize_button = d.pop("show_resize_button", UNSET)

        def _parse_supported_language_overrides(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_language_overrides_type_0 = cast(list[str], data)

                return supported_language_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_language_overrides = _parse_supported_language_overrides(d.pop("supported_language_overrides", UNSET))

        _language_presets = d.pop("language_presets", UNSET)
        language_presets: ConvaiWidgetResolvedLanguagePresets | Unset
        if isinstance(_language_presets, Unset):
            language_presets = UNSET
        else:
            language_presets = ConvaiWidgetResolvedLanguagePresets.from_dict(_language_presets)

        text_only = d.pop("text_only", UNSET)

        supports_text_only = d.pop("supports_text_only", UNSET)

        def _parse_first_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_message = _parse_first_message(d.pop("first_message", UNSET))

        def _parse_use_rtc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_rtc = _parse_use_rtc(d.pop("use_rtc", UNSET))

        _file_input_config = d.pop("file_input_config", UNSET)
        file_input_config: FileInputConfig | Unset
        if isinstance(_file_input_config, Unset):
            file_input_config = UNSET
        else:
            file_input_config = FileInputConfig.from_dict(_file_input_config)

        convai_widget_resolved = cls(
            language=language,
            variant=variant,
            placement=placement,
            expandable=expandable,
            avatar=avatar,
            feedback_mode=feedback_mode,
            end_feedback=end_feedback,
            bg_color=bg_color,
            text_color=text_color,
            btn_color=btn_color,
            btn_text_color=btn_text_color,
            border_color=border_color,
            focus_color=focus_color,
            border_radius=border_radius,
            btn_radius=btn_radius,
            action_text=action_text,
            start_call_text=start_call_text,
            end_call_text=end_call_text,
            expand_text=expand_text,
            listening_text=listening_text,
            speaking_text=speaking_text,
            shareable_page_text=shareable_page_text,
            shareable_page_show_terms=shareable_page_show_terms,
            terms_text=terms_text,
            terms_html=terms_html,
            terms_key=terms_key,
            show_avatar_when_collapsed=show_avatar_when_collapsed,
            disable_banner=disable_banner,
            override_link=override_link,
            markdown_link_allowed_hosts=markdown_link_allowed_hosts,
            markdown_link_include_www=markdown_link_include_www,
            markdown_link_allow_http=markdown_link_allow_http,
            mic_muting_enabled=mic_muting_enabled,
            transcript_enabled=transcript_enabled,
            text_input_enabled=text_input_enabled,
            conversation_mode_toggle_enabled=conversation_mode_toggle_enabled,
            default_expanded=default_expanded,
            always_expanded=always_expanded,
            dismissible=dismissible,
            show_agent_status=show_agent_status,
            show_conversation_id=show_conversation_id,
            strip_audio_tags=strip_audio_tags,
            syntax_highlight_theme=syntax_highlight_theme,
            text_contents=text_contents,
            styles=styles,
            show_resize_button=show_resize_button,
            supported_language_overrides=supported_language_overrides,
            language_presets=language_presets,
            text_only=text_only,
            supports_text_only=supports_text_only,
            first_message=first_message,
            use_rtc=use_rtc,
            file_input_config=file_input_config,
        )

        convai_widget_resolved.additional_properties = d
        return convai_widget_resolved

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
        ConvaiAllowlistItem, \
        ConvaiWidgetImageAvatar, \
        ConvaiWidgetOrbAvatar, \
        ConvaiWidgetResolvedLanguagePresets, \
        ConvaiWidgetStyles, \
        ConvaiWidgetTextContents, \
        ConvaiWidgetUrlAvatar, \
        FileInputConfig, \
        WidgetEndFeedbackConfig
    from ..models.convai_allowlist_item import ConvaiAllowlistItem  # noqa: F401
    from ..models.convai_widget_image_avatar import ConvaiWidgetImageAvatar  # noqa: F401
    from ..models.convai_widget_orb_avatar import ConvaiWidgetOrbAvatar  # noqa: F401
    from ..models.convai_widget_resolved_language_presets import ConvaiWidgetResolvedLanguagePresets  # noqa: F401
    from ..models.convai_widget_styles import ConvaiWidgetStyles  # noqa: F401
    from ..models.convai_widget_text_contents import ConvaiWidgetTextContents  # noqa: F401
    from ..models.convai_widget_url_avatar import ConvaiWidgetUrlAvatar  # noqa: F401
    from ..models.file_input_config import FileInputConfig  # noqa: F401
    from ..models.widget_end_feedback_config import WidgetEndFeedbackConfig  # noqa: F401

    _nested_models_loaded = True
