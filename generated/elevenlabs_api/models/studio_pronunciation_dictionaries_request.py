from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_pronunciation_dictionary_locator import StudioPronunciationDictionaryLocator


T = TypeVar("T", bound="StudioPronunciationDictionariesRequest")


@_attrs_define
class StudioPronunciationDictionariesRequest:
    """
    Attributes:
        pronunciation_dictionary_locators (list[StudioPronunciationDictionaryLocator]): The dictionaries the project
            should use, in order.
        invalidate_affected_text (bool | Unset): Mark text the dictionaries change for re-conversion. Default: True.
    """

    pronunciation_dictionary_locators: list[StudioPronunciationDictionaryLocator]
    invalidate_affected_text: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        pronunciation_dictionary_locators = []
        for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
            pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        invalidate_affected_text = self.invalidate_affected_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
            }
        )
        if invalidate_affected_text is not UNSET:
            field_dict["invalidate_affected_text"] = invalidate_affected_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        pronunciation_dictionary_locators = []
        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators")
        for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = StudioPronunciationDictionaryLocator.from_dict(
                pronunciation_dictionary_locators_item_data
            )

            pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        invalidate_affected_text = d.pop("invalidate_affected_text", UNSET)

        studio_pronunciation_dictionaries_request = cls(
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            invalidate_affected_text=invalidate_affected_text,
        )

        studio_pronunciation_dictionaries_request.additional_properties = d
        return studio_pronunciation_dictionaries_request

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
    global _nested_models_loaded, StudioPronunciationDictionaryLocator
    from ..models.studio_pronunciation_dictionary_locator import StudioPronunciationDictionaryLocator  # noqa: F401

    _nested_models_loaded = True
