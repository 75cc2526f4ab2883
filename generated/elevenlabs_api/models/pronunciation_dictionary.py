from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dictionary_permission import DictionaryPermission, check_dictionary_permission
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pronunciation_dictionary_alias_rule_response_model import (
        PronunciationDictionaryAliasRuleResponseModel,
    )
    from ..models.pronunciation_dictionary_phoneme_rule_response_model import (
        PronunciationDictionaryPhonemeRuleResponseModel,
    )


T = TypeVar("T", bound="PronunciationDictionary")


@_attrs_define
class PronunciationDictionary:
    """Metadata of a pronunciation dictionary.

    Attributes:
        id (str):
        latest_version_id (str): Id of the newest version.
        latest_version_rules_num (int): How many rules the newest version has.
        name (str):
        permission_on_resource (DictionaryPermission | None): The caller's access level on it.
        created_by (str): User id of the creator.
        creation_time_unix (int): When it was created, in Unix seconds.
        rules (list[PronunciationDictionaryAliasRuleResponseModel | PronunciationDictionaryPhonemeRuleResponseModel]):
        archived_time_unix (int | None | Unset): When it was archived, in Unix seconds; null if it is not archived.
        description (None | str | Unset):
    """

    id: str
    latest_version_id: str
    latest_version_rules_num: int
    name: str
    permission_on_resource: DictionaryPermission | None
    created_by: str
    creation_time_unix: int
    rules: list[PronunciationDictionaryAliasRuleResponseModel | PronunciationDictionaryPhonemeRuleResponseModel]
    archived_time_unix: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        latest_version_id = self.latest_version_id

        latest_version_rules_num = self.latest_version_rules_num

        name = self.name

        permission_on_resource: None | str
        if isinstance(self.permission_on_resource, str):
            permission_on_resource = self.permission_on_resource
        else:
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, PronunciationDictionaryAliasRuleResponseModel):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        archived_time_unix: int | None | Unset
        if isinstance(self.archived_time_unix, Unset):
            archived_time_unix = UNSET
        else:
            archived_time_unix = self.archived_time_unix

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "latest_version_id": latest_version_id,
                "latest_version_rules_num": latest_version_rules_num,
                "name": name,
                "permission_on_resource": permission_on_resource,
                "created_by": created_by,
                "creation_time_unix": creation_time_unix,
                "rules": rules,
            }
        )
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        latest_version_id = d.pop("latest_version_id")

        latest_version_rules_num = d.pop("latest_version_rules_num")

        name = d.pop("name")

        def _parse_permission_on_resource(data: object) -> DictionaryPermission | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_on_resource_type_0 = check_dictionary_permission(data)

                return permission_on_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DictionaryPermission | None, data)

        permission_on_resource = _parse_permission_on_resource(d.pop("permission_on_resource"))

        created_by = d.pop("created_by")

        creation_time_unix = d.pop("creation_time_unix")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(
                data: object,
            ) -> PronunciationDictionaryAliasRuleResponseModel | PronunciationDictionaryPhonemeRuleResponseModel:
                if isinstance(data, dict):
                    if data.get("type") == "alias":
                        rules_item_type_0 = PronunciationDictionaryAliasRuleResponseModel.from_dict(data)

                        return rules_item_type_0
                    if data.get("type") == "phoneme":
                        rules_item_type_1 = PronunciationDictionaryPhonemeRuleResponseModel.from_dict(data)

                        return rules_item_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    rules_item_type_0 = PronunciationDictionaryAliasRuleResponseModel.from_dict(data)

                    return rules_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                rules_item_type_1 = PronunciationDictionaryPhonemeRuleResponseModel.from_dict(data)

                return rules_item_type_1

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        def _parse_archived_time_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        archived_time_unix = _parse_archived_time_unix(d.pop("archived_time_unix", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        pronunciation_dictionary = cls(
            id=id,
            latest_version_id=latest_version_id,
            latest_version_rules_num=latest_version_rules_num,
            name=name,
            permission_on_resource=permission_on_resource,
            created_by=created_by,
            creation_time_unix=creation_time_unix,
            rules=rules,
            archived_time_unix=archived_time_unix,
            description=description,
        )

        pronunciation_dictionary.additional_properties = d
        return pronunciation_dictionary

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
    global \
        _nested_models_loaded, \
        PronunciationDictionaryAliasRuleResponseModel, \
        PronunciationDictionaryPhonemeRuleResponseModel
    from ..models.pronunciation_dictionary_alias_rule_response_model import (
        PronunciationDictionaryAliasRuleResponseModel,  # noqa: F401
    )
    from ..models.pronunciation_dictionary_phoneme_rule_response_model import (
        PronunciationDictionaryPhonemeRuleResponseModel,  # noqa: F401
    )

    _nested_models_loaded = True
