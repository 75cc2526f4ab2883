from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice import Voice


T = TypeVar("T", bound="VoicePage")


@_attrs_define
class VoicePage:
    """One page of a voice search.

    Attributes:
        voices (list[Voice]):
        has_more (bool): True when another page follows.
        total_count (int): Number of voices matching the filters across all pages.
        next_page_token (None | str | Unset): Pass as `next_page_token` to get the following page.
    """

    voices: list[Voice]
    has_more: bool
    total_count: int
    next_page_token: None | str | Unset = UNSET
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

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voices": voices,
                "has_more": has_more,
                "total_count": total_count,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = Voice.from_dict(voices_item_data)

            voices.append(voices_item)

        has_more = d.pop("has_more")

        total_count = d.pop("total_count")

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        voice_page = cls(
            voices=voices,
            has_more=has_more,
            total_count=total_count,
            next_page_token=next_page_token,
        )

        voice_page.additional_properties = d
        return voice_page

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
    global _nested_models_loaded, Voice
    from ..models.voice import Voice  # noqa: F401

    _nested_models_loaded = True
