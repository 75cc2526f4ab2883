from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_text_contents_translation_source import WidgetTextContentsTranslationSource
    from ..models.widget_text_contents_translation_text import WidgetTextContentsTranslationText


T = TypeVar("T", bound="WidgetTextContentsTranslation")


@_attrs_define
class WidgetTextContentsTranslation:
    """
    Attributes:
        source (WidgetTextContentsTranslationSource | Unset):
        text (WidgetTextContentsTranslationText | Unset):
    """

    source: WidgetTextContentsTranslationSource | Unset = UNSET
    text: WidgetTextContentsTranslationText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _source = d.pop("source", UNSET)
        source: WidgetTextContentsTranslationSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = WidgetTextContentsTranslationSource.from_dict(_source)

        _text = d.pop("text", UNSET)
        text: WidgetTextContentsTranslationText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = WidgetTextContentsTranslationText.from_dict(_text)

        widget_text_contents_translation = cls(
            source=source,
            text=text,
        )

        widget_text_contents_translation.additional_properties = d
        return widget_text_contents_translation

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
    global _nested_models_loaded, WidgetTextContentsTranslationSource, WidgetTextContentsTranslationText
    from ..models.widget_text_contents_translation_source import WidgetTextContentsTranslationSource  # noqa: F401
    from ..models.widget_text_contents_translation_text import WidgetTextContentsTranslationText  # noqa: F401

    _nested_models_loaded = True
