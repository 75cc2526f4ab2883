from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pronunciation_alias_rule import PronunciationAliasRule
    from ..models.pronunciation_phoneme_rule import PronunciationPhonemeRule


T = TypeVar("T", bound="PostPronunciationDictionariesSetRulesRequest")


@_attrs_define
class PostPronunciationDictionariesSetRulesRequest:
    """
    Attributes:
        rules (list[PronunciationAliasRule | PronunciationPhonemeRule]):
    """

    rules: list[PronunciationAliasRule | PronunciationPhonemeRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, PronunciationAliasRule):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(data: object) -> PronunciationAliasRule | PronunciationPhonemeRule:
                if isinstance(data, dict):
                    if data.get("type") == "alias":
                        rules_item_type_0 = PronunciationAliasRule.from_dict(data)

                        return rules_item_type_0
                    if data.get("type") == "phoneme":
                        rules_item_type_1 = PronunciationPhonemeRule.from_dict(data)

                        return rules_item_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = PronunciationAliasRule.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                rules_item_type_1 = PronunciationPhonemeRule.from_dict(data)

                return rules_item_type_1

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        post_pronunciation_dictionaries_set_rules_request = cls(
            rules=rules,
        )

        post_pronunciation_dictionaries_set_rules_request.additional_properties = d
        return post_pronunciation_dictionaries_set_rules_request

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
    global _nested_models_loaded, PronunciationAliasRule, PronunciationPhonemeRule
    from ..models.pronunciation_alias_rule import PronunciationAliasRule  # noqa: F401
    from ..models.pronunciation_phoneme_rule import PronunciationPhonemeRule  # noqa: F401

    _nested_models_loaded = True
