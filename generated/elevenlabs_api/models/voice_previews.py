from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voice_preview import VoicePreview


T = TypeVar("T", bound="VoicePreviews")


@_attrs_define
class VoicePreviews:
    """Generated previews and the text they speak.

    Attributes:
        previews (list[VoicePreview]):
        text (str): What the previews say.
    """

    previews: list[VoicePreview]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        previews = []
        for previews_item_data in self.previews:
            previews_item = previews_item_data.to_dict()
            previews.append(previews_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previews": previews,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        previews = []
        _previews = d.pop("previews")
        for previews_item_data in _previews:
            previews_item = VoicePreview.from_dict(previews_item_data)

            previews.append(previews_item)

        text = d.pop("text")

        voice_previews = cls(
            previews=previews,
            text=text,
        )

        voice_previews.additional_properties = d
        return voice_previews

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
    global _nested_models_loaded, VoicePreview
    from ..models.voice_preview import VoicePreview  # noqa: F401

    _nested_models_loaded = True
