from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PronunciationDictionaryVersion")


@_attrs_define
class PronunciationDictionaryVersion:
    """The version of a dictionary produced by adding or removing rules.

    Attributes:
        id (str): Id of the dictionary.
        version_id (str): Id of the new version.
        version_rules_num (int): How many rules the new version has.
    """

    id: str
    version_id: str
    version_rules_num: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        version_rules_num = self.version_rules_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version_id": version_id,
                "version_rules_num": version_rules_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version_id = d.pop("version_id")

        version_rules_num = d.pop("version_rules_num")

        pronunciation_dictionary_version = cls(
            id=id,
            version_id=version_id,
            version_rules_num=version_rules_num,
        )

        pronunciation_dictionary_version.additional_properties = d
        return pronunciation_dictionary_version

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
