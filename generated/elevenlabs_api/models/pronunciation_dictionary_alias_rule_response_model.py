from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PronunciationDictionaryAliasRuleResponseModel")


@_attrs_define
class PronunciationDictionaryAliasRuleResponseModel:
    """
    Attributes:
        string_to_replace (str):
        type_ (Literal['alias']):
        alias (str):
        case_sensitive (bool | Unset):  Default: True.
        word_boundaries (bool | Unset):  Default: True.
    """

    string_to_replace: str
    type_: Literal["alias"]
    alias: str
    case_sensitive: bool | Unset = True
    word_boundaries: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        string_to_replace = self.string_to_replace

        type_ = self.type_

        alias = self.alias

        case_sensitive = self.case_sensitive

        word_boundaries = self.word_boundaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "string_to_replace": string_to_replace,
                "type": type_,
                "alias": alias,
            }
        )
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if word_boundaries is not UNSET:
            field_dict["word_boundaries"] = word_boundaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        string_to_replace = d.pop("string_to_replace")

        type_ = cast(Literal["alias"], d.pop("type"))
        if type_ != "alias":
            raise ValueError(f"type must match const 'alias', got '{type_}'")

        alias = d.pop("alias")

        case_sensitive = d.pop("case_sensitive", UNSET)

        word_boundaries = d.pop("word_boundaries", UNSET)

        pronunciation_dictionary_alias_rule_response_model = cls(
            string_to_replace=string_to_replace,
            type_=type_,
            alias=alias,
            case_sensitive=case_sensitive,
            word_boundaries=word_boundaries,
        )

        pronunciation_dictionary_alias_rule_response_model.additional_properties = d
        return pronunciation_dictionary_alias_rule_response_model

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
