from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_similar_voice import DubbingSimilarVoice


T = TypeVar("T", bound="DubbingSimilarVoices")


@_attrs_define
class DubbingSimilarVoices:
    """Library voices close to a speaker.

    Attributes:
        voices (list[DubbingSimilarVoice]):
    """

    voices: list[DubbingSimilarVoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voices": voices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = DubbingSimilarVoice.from_dict(voices_item_data)

            voices.append(voices_item)

        dubbing_similar_voices = cls(
            voices=voices,
        )

        dubbing_similar_voices.additional_properties = d
        return dubbing_similar_voices

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
    global _nested_models_loaded, DubbingSimilarVoice
    from ..models.dubbing_similar_voice import DubbingSimilarVoice  # noqa: F401

    _nested_models_loaded = True
