from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dictionary_permission import DictionaryPermission, check_dictionary_permission
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pronunciation_alias_rule import PronunciationAliasRule
    from ..models.pronunciation_phoneme_rule import PronunciationPhonemeRule


T = TypeVar("T", bound="PronunciationDictionaryRulesRequest")


@_attrs_define
class PronunciationDictionaryRulesRequest:
    """A new dictionary described by its rules.

    Attributes:
        rules (list[PronunciationAliasRule | PronunciationPhonemeRule]): Alias and phoneme rules, in any mix.
        name (str): Label for the dictionary.
        description (None | str | Unset): Free text describing the dictionary.
        workspace_access (DictionaryPermission | None | Unset): Access granted to the rest of the workspace; none when
            left out.
    """

    rules: list[PronunciationAliasRule | PronunciationPhonemeRule]
    name: str
    description: None | str | Unset = UNSET
    workspace_access: DictionaryPermission | None | Unset = UNSET
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

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        workspace_access: None | str | Unset
        if isinstance(self.workspace_access, Unset):
            workspace_access = UNSET
        elif isinstance(self.workspace_access, str):
            workspace_access = self.workspace_access
        else:
            workspace_access = self.workspace_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_access is not UNSET:
            field_dict["workspace_access"] = workspace_access

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
                        componentsschemas_pronunciation_rule_type_0 = PronunciationAliasRule.from_dict(data)

                        return componentsschemas_pronunciation_rule_type_0
                    if data.get("type") == "phoneme":
                        componentsschemas_pronunciation_rule_type_1 = PronunciationPhonemeRule.from_dict(data)

                        return componentsschemas_pronunciation_rule_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_pronunciation_rule_type_0 = PronunciationAliasRule.from_dict(data)

                    return componentsschemas_pronunciation_rule_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pronunciation_rule_type_1 = PronunciationPhonemeRule.from_dict(data)

                return componentsschemas_pronunciation_rule_type_1

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_workspace_access(data: object) -> DictionaryPermission | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_access_type_0 = check_dictionary_permission(data)

                return workspace_access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DictionaryPermission | None | Unset, data)

        workspace_access = _parse_workspace_access(d.pop("workspace_access", UNSET))

        pronunciation_dictionary_rules_request = cls(
            rules=rules,
            name=name,
            description=description,
            workspace_access=workspace_access,
        )

        pronunciation_dictionary_rules_request.additional_properties = d
        return pronunciation_dictionary_rules_request

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
