from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.language_info import LanguageInfo


T = TypeVar("T", bound="LanguagePairInfo")


@_attrs_define
class LanguagePairInfo:
    """
    Attributes:
        source_language (LanguageInfo):
        destination_languages (list[LanguageInfo]):
    """

    source_language: LanguageInfo
    destination_languages: list[LanguageInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        source_language = self.source_language.to_dict()

        destination_languages = []
        for destination_languages_item_data in self.destination_languages:
            destination_languages_item = destination_languages_item_data.to_dict()
            destination_languages.append(destination_languages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_language": source_language,
                "destination_languages": destination_languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        source_language = LanguageInfo.from_dict(d.pop("source_language"))

        destination_languages = []
        _destination_languages = d.pop("destination_languages")
        for destination_languages_item_data in _destination_languages:
            destination_languages_item = LanguageInfo.from_dict(destination_languages_item_data)

            destination_languages.append(destination_languages_item)

        language_pair_info = cls(
            source_language=source_language,
            destination_languages=destination_languages,
        )

        language_pair_info.additional_properties = d
        return language_pair_info

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
    global _nested_models_loaded, LanguageInfo
    from ..models.language_info import LanguageInfo  # noqa: F401

    _nested_models_loaded = True
