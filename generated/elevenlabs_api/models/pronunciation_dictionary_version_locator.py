from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PronunciationDictionaryVersionLocator")


@_attrs_define
class PronunciationDictionaryVersionLocator:
    """
    Attributes:
        pronunciation_dictionary_id (str):
        version_id (None | str | Unset):
    """

    pronunciation_dictionary_id: str
    version_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pronunciation_dictionary_id": pronunciation_dictionary_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id")

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        pronunciation_dictionary_version_locator = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )

        return pronunciation_dictionary_version_locator
