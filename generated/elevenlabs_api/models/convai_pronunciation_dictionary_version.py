from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConvaiPronunciationDictionaryVersion")


@_attrs_define
class ConvaiPronunciationDictionaryVersion:
    """A pronunciation dictionary, at a version or its latest.

    Attributes:
        pronunciation_dictionary_id (str):
        version_id (None | str):
    """

    pronunciation_dictionary_id: str
    version_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: None | str
        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionary_id": pronunciation_dictionary_id,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id")

        def _parse_version_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version_id = _parse_version_id(d.pop("version_id"))

        convai_pronunciation_dictionary_version = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )

        convai_pronunciation_dictionary_version.additional_properties = d
        return convai_pronunciation_dictionary_version

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
