from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_segment_create_translations_type_0 import DubbingSegmentCreateTranslationsType0


T = TypeVar("T", bound="DubbingSegmentCreate")


@_attrs_define
class DubbingSegmentCreate:
    """Timing (seconds) and optional texts of a new segment.

    Attributes:
        start_time (float):
        end_time (float):
        text (None | str | Unset): Source-language text.
        translations (DubbingSegmentCreateTranslationsType0 | None | Unset): Text per target language code.
    """

    start_time: float
    end_time: float
    text: None | str | Unset = UNSET
    translations: DubbingSegmentCreateTranslationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        start_time = self.start_time

        end_time = self.end_time

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, DubbingSegmentCreateTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_translations(data: object) -> DubbingSegmentCreateTranslationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = DubbingSegmentCreateTranslationsType0.from_dict(data)

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingSegmentCreateTranslationsType0 | None | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        dubbing_segment_create = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            translations=translations,
        )

        dubbing_segment_create.additional_properties = d
        return dubbing_segment_create

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
    global _nested_models_loaded, DubbingSegmentCreateTranslationsType0
    from ..models.dubbing_segment_create_translations_type_0 import DubbingSegmentCreateTranslationsType0  # noqa: F401

    _nested_models_loaded = True
