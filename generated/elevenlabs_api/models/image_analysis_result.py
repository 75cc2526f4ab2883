from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_subject import ImageSubject


T = TypeVar("T", bound="ImageAnalysisResult")


@_attrs_define
class ImageAnalysisResult:
    """
    Attributes:
        title (str):
        description (str):
        content_type (None | str | Unset):
        mood_and_style (None | str | Unset):
        composition_notes (None | str | Unset):
        visible_text (None | str | Unset):
        subjects (list[ImageSubject] | Unset):
    """

    title: str
    description: str
    content_type: None | str | Unset = UNSET
    mood_and_style: None | str | Unset = UNSET
    composition_notes: None | str | Unset = UNSET
    visible_text: None | str | Unset = UNSET
    subjects: list[ImageSubject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        title = self.title

        description = self.description

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        mood_and_style: None | str | Unset
        if isinstance(self.mood_and_style, Unset):
            mood_and_style = UNSET
        else:
            mood_and_style = self.mood_and_style

        composition_notes: None | str | Unset
        if isinstance(self.composition_notes, Unset):
            composition_notes = UNSET
        else:
            composition_notes = self.composition_notes

        visible_text: None | str | Unset
        if isinstance(self.visible_text, Unset):
            visible_text = UNSET
        else:
            visible_text = self.visible_text

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if mood_and_style is not UNSET:
            field_dict["mood_and_style"] = mood_and_style
        if composition_notes is not UNSET:
            field_dict["composition_notes"] = composition_notes
        if visible_text is not UNSET:
            field_dict["visible_text"] = visible_text
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_mood_and_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mood_and_style = _parse_mood_and_style(d.pop("mood_and_style", UNSET))

        def _parse_composition_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        composition_notes = _parse_composition_notes(d.pop("composition_notes", UNSET))

        def _parse_visible_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visible_text = _parse_visible_text(d.pop("visible_text", UNSET))

        _subjects = d.pop("subjects", UNSET)
        subjects: list[ImageSubject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = ImageSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        image_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            mood_and_style=mood_and_style,
            composition_notes=composition_notes,
            visible_text=visible_text,
            subjects=subjects,
        )

        image_analysis_result.additional_properties = d
        return image_analysis_result

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
    global _nested_models_loaded, ImageSubject
    from ..models.image_subject import ImageSubject  # noqa: F401

    _nested_models_loaded = True
