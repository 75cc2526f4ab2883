from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance


T = TypeVar("T", bound="DubbingTranscriptResponseModel")


@_attrs_define
class DubbingTranscriptResponseModel:
    """
    Attributes:
        language (str):
        utterances (list[DubbingTranscriptUtterance]):
    """

    language: str
    utterances: list[DubbingTranscriptUtterance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language = self.language

        utterances = []
        for utterances_item_data in self.utterances:
            utterances_item = utterances_item_data.to_dict()
            utterances.append(utterances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "utterances": utterances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        language = d.pop("language")

        utterances = []
        _utterances = d.pop("utterances")
        for utterances_item_data in _utterances:
            utterances_item = DubbingTranscriptUtterance.from_dict(utterances_item_data)

            utterances.append(utterances_item)

        dubbing_transcript_response_model = cls(
            language=language,
            utterances=utterances,
        )

        dubbing_transcript_response_model.additional_properties = d
        return dubbing_transcript_response_model

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
    global _nested_models_loaded, DubbingTranscriptUtterance
    from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance  # noqa: F401

    _nested_models_loaded = True
