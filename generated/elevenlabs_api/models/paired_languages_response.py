from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language_pair_info import LanguagePairInfo


T = TypeVar("T", bound="PairedLanguagesResponse")


@_attrs_define
class PairedLanguagesResponse:
    """
    Attributes:
        language_pairs (list[LanguagePairInfo]):
        kind (Literal['pair'] | Unset):  Default: 'pair'.
    """

    language_pairs: list[LanguagePairInfo]
    kind: Literal["pair"] | Unset = "pair"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language_pairs = []
        for language_pairs_item_data in self.language_pairs:
            language_pairs_item = language_pairs_item_data.to_dict()
            language_pairs.append(language_pairs_item)

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language_pairs": language_pairs,
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
        language_pairs = []
        _language_pairs = d.pop("language_pairs")
        for language_pairs_item_data in _language_pairs:
            language_pairs_item = LanguagePairInfo.from_dict(language_pairs_item_data)

            language_pairs.append(language_pairs_item)

        kind = cast(Literal["pair"] | Unset, d.pop("kind", UNSET))
        if kind != "pair" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'pair', got '{kind}'")

        paired_languages_response = cls(
            language_pairs=language_pairs,
            kind=kind,
        )

        paired_languages_response.additional_properties = d
        return paired_languages_response

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
    global _nested_models_loaded, LanguagePairInfo
    from ..models.language_pair_info import LanguagePairInfo  # noqa: F401

    _nested_models_loaded = True
