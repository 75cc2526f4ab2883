from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language_info import LanguageInfo


T = TypeVar("T", bound="SingleLanguagesResponse")


@_attrs_define
class SingleLanguagesResponse:
    """
    Attributes:
        languages (list[LanguageInfo]):
        kind (Literal['single'] | Unset):  Default: 'single'.
    """

    languages: list[LanguageInfo]
    kind: Literal["single"] | Unset = "single"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languages": languages,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = LanguageInfo.from_dict(languages_item_data)

            languages.append(languages_item)

        kind = cast(Literal["single"] | Unset, d.pop("kind", UNSET))
        if kind != "single" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'single', got '{kind}'")

        single_languages_response = cls(
            languages=languages,
            kind=kind,
        )

        single_languages_response.additional_properties = d
        return single_languages_response

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
    global _nested_models_loaded, LanguageInfo
    from ..models.language_info import LanguageInfo  # noqa: F401

    _nested_models_loaded = True
