from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_pronunciation_dictionary_metadata_response_model import (
        GetPronunciationDictionaryMetadataResponseModel,
    )


T = TypeVar("T", bound="PronunciationDictionaryList")


@_attrs_define
class PronunciationDictionaryList:
    """One page of pronunciation dictionaries.

    Attributes:
        pronunciation_dictionaries (list[GetPronunciationDictionaryMetadataResponseModel]):
        has_more (bool): Whether another page follows.
        next_cursor (None | str | Unset): Pass as `cursor` to get the next page.
    """

    pronunciation_dictionaries: list[GetPronunciationDictionaryMetadataResponseModel]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        pronunciation_dictionaries = []
        for pronunciation_dictionaries_item_data in self.pronunciation_dictionaries:
            pronunciation_dictionaries_item = pronunciation_dictionaries_item_data.to_dict()
            pronunciation_dictionaries.append(pronunciation_dictionaries_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionaries": pronunciation_dictionaries,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        pronunciation_dictionaries = []
        _pronunciation_dictionaries = d.pop("pronunciation_dictionaries")
        for pronunciation_dictionaries_item_data in _pronunciation_dictionaries:
            pronunciation_dictionaries_item = GetPronunciationDictionaryMetadataResponseModel.from_dict(
                pronunciation_dictionaries_item_data
            )

            pronunciation_dictionaries.append(pronunciation_dictionaries_item)

        has_more = d.pop("has_more")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        pronunciation_dictionary_list = cls(
            pronunciation_dictionaries=pronunciation_dictionaries,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        pronunciation_dictionary_list.additional_properties = d
        return pronunciation_dictionary_list

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
    global _nested_models_loaded, GetPronunciationDictionaryMetadataResponseModel
    from ..models.get_pronunciation_dictionary_metadata_response_model import (
        GetPronunciationDictionaryMetadataResponseModel,  # noqa: F401
    )

    _nested_models_loaded = True
