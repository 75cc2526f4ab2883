from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_widget_text_contents import ConvaiWidgetTextContents


T = TypeVar("T", bound="ConvaiWidgetLanguagePreset")


@_attrs_define
class ConvaiWidgetLanguagePreset:
    """Widget texts for one language.

    Attributes:
        first_message (None | str | Unset):
        text_contents (ConvaiWidgetTextContents | None | Unset):
        terms_text (None | str | Unset):
        terms_html (None | str | Unset):
        terms_key (None | str | Unset):
    """

    first_message: None | str | Unset = UNSET
    text_contents: ConvaiWidgetTextContents | None | Unset = UNSET
    terms_text: None | str | Unset = UNSET
    terms_html: None | str | Unset = UNSET
    terms_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        first_message: None | str | Unset
        if isinstance(self.first_message, Unset):
            first_message = UNSET
        else:
            first_message = self.first_message

        text_contents: dict[str, Any] | None | Unset
        if isinstance(self.text_contents, Unset):
            text_contents = UNSET
        elif isinstance(self.text_contents, ConvaiWidgetTextContents):
            text_contents = self.text_contents.to_dict()
        else:
            text_contents = self.text_contents

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if text_contents is not UNSET:
            field_dict["text_contents"] = text_contents
        if terms_text is not UNSET:
            field_dict["terms_text"] = terms_text
        if terms_html is not UNSET:
            field_dict["terms_html"] = terms_html
        if terms_key is not UNSET:
            field_dict["terms_key"] = terms_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_first_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_message = _parse_first_message(d.pop("first_message", UNSET))

        def _parse_text_contents(data: object) -> ConvaiWidgetTextContents | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_contents_type_0 = ConvaiWidgetTextContents.from_dict(data)

                return text_contents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiWidgetTextContents | None | Unset, data)

        text_contents = _parse_text_contents(d.pop("text_contents", UNSET))

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

        convai_widget_language_preset = cls(
            first_message=first_message,
            text_contents=text_contents,
            terms_text=terms_text,
            terms_html=terms_html,
            terms_key=terms_key,
        )

        convai_widget_language_preset.additional_properties = d
        return convai_widget_language_preset

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
    global _nested_models_loaded, ConvaiWidgetTextContents
    from ..models.convai_widget_text_contents import ConvaiWidgetTextContents  # noqa: F401

    _nested_models_loaded = True
