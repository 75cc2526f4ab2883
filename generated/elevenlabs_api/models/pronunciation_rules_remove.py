from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PronunciationRulesRemove")


@_attrs_define
class PronunciationRulesRemove:
    """Rules to drop from a dictionary, named by the text they match.

    Attributes:
        rule_strings (list[str]): The `string_to_replace` values of the rules to remove. Example: ['GIF', 'tomato'].
    """

    rule_strings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_strings = self.rule_strings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_strings": rule_strings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_strings = cast(list[str], d.pop("rule_strings"))

        pronunciation_rules_remove = cls(
            rule_strings=rule_strings,
        )

        pronunciation_rules_remove.additional_properties = d
        return pronunciation_rules_remove

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
