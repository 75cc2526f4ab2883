from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WsPronunciationDictionaryLocator")


@_attrs_define
class WsPronunciationDictionaryLocator:
    """One version of a pronunciation dictionary to apply to this stream or context.

    Attributes:
        pronunciation_dictionary_id (str):
        version_id (str):
    """

    pronunciation_dictionary_id: str
    version_id: str

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}

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

        version_id = d.pop("version_id")

        ws_pronunciation_dictionary_locator = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )

        return ws_pronunciation_dictionary_locator
