from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library_voice import LibraryVoice


T = TypeVar("T", bound="LibraryVoicePage")


@_attrs_define
class LibraryVoicePage:
    """A page of library voices.

    Attributes:
        voices (list[LibraryVoice]):
        has_more (bool): True when a further `page` has results.
        total_count (int | Unset):  Default: 0.
        last_sort_id (None | str | Unset):
    """

    voices: list[LibraryVoice]
    has_more: bool
    total_count: int | Unset = 0
    last_sort_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        has_more = self.has_more

        total_count = self.total_count

        last_sort_id: None | str | Unset
        if isinstance(self.last_sort_id, Unset):
            last_sort_id = UNSET
        else:
            last_sort_id = self.last_sort_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voices": voices,
                "has_more": has_more,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if last_sort_id is not UNSET:
            field_dict["last_sort_id"] = last_sort_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = LibraryVoice.from_dict(voices_item_data)

            voices.append(voices_item)

        has_more = d.pop("has_more")

        total_count = d.pop("total_count", UNSET)

        def _parse_last_sort_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sort_id = _parse_last_sort_id(d.pop("last_sort_id", UNSET))

        library_voice_page = cls(
            voices=voices,
            has_more=has_more,
            total_count=total_count,
            last_sort_id=last_sort_id,
        )

        library_voice_page.additional_properties = d
        return library_voice_page

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
    global _nested_models_loaded, LibraryVoice
    from ..models.library_voice import LibraryVoice  # noqa: F401

    _nested_models_loaded = True
