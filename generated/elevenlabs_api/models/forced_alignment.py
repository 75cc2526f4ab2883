from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forced_alignment_character import ForcedAlignmentCharacter
    from ..models.forced_alignment_word import ForcedAlignmentWord


T = TypeVar("T", bound="ForcedAlignment")


@_attrs_define
class ForcedAlignment:
    """Result of a forced alignment.

    Attributes:
        characters (list[ForcedAlignmentCharacter]):
        words (list[ForcedAlignmentWord]):
        loss (float): Average loss over all characters.
    """

    characters: list[ForcedAlignmentCharacter]
    words: list[ForcedAlignmentWord]
    loss: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        characters = []
        for characters_item_data in self.characters:
            characters_item = characters_item_data.to_dict()
            characters.append(characters_item)

        words = []
        for words_item_data in self.words:
            words_item = words_item_data.to_dict()
            words.append(words_item)

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters": characters,
                "words": words,
                "loss": loss,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        characters = []
        _characters = d.pop("characters")
        for characters_item_data in _characters:
            characters_item = ForcedAlignmentCharacter.from_dict(characters_item_data)

            characters.append(characters_item)

        words = []
        _words = d.pop("words")
        for words_item_data in _words:
            words_item = ForcedAlignmentWord.from_dict(words_item_data)

            words.append(words_item)

        loss = d.pop("loss")

        forced_alignment = cls(
            characters=characters,
            words=words,
            loss=loss,
        )

        forced_alignment.additional_properties = d
        return forced_alignment

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
    global _nested_models_loaded, ForcedAlignmentCharacter, ForcedAlignmentWord
    from ..models.forced_alignment_character import ForcedAlignmentCharacter  # noqa: F401
    from ..models.forced_alignment_word import ForcedAlignmentWord  # noqa: F401

    _nested_models_loaded = True
