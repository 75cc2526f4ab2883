from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transcript import Transcript


T = TypeVar("T", bound="MultichannelTranscript")


@_attrs_define
class MultichannelTranscript:
    """One transcript per audio channel (`use_multi_channel: true`).

    Attributes:
        transcripts (list[Transcript]):
    """

    transcripts: list[Transcript]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = Transcript.from_dict(transcripts_item_data)

            transcripts.append(transcripts_item)

        multichannel_transcript = cls(
            transcripts=transcripts,
        )

        multichannel_transcript.additional_properties = d
        return multichannel_transcript

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
    global _nested_models_loaded, Transcript
    from ..models.transcript import Transcript  # noqa: F401

    _nested_models_loaded = True
