from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker_utterance import SpeakerUtterance


T = TypeVar("T", bound="SeparatedSpeaker")


@_attrs_define
class SeparatedSpeaker:
    """One speaker found in a sample.

    Attributes:
        speaker_id (str):
        duration_secs (float):
        utterances (list[SpeakerUtterance] | None | Unset):
    """

    speaker_id: str
    duration_secs: float
    utterances: list[SpeakerUtterance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        speaker_id = self.speaker_id

        duration_secs = self.duration_secs

        utterances: list[dict[str, Any]] | None | Unset
        if isinstance(self.utterances, Unset):
            utterances = UNSET
        elif isinstance(self.utterances, list):
            utterances = []
            for utterances_type_0_item_data in self.utterances:
                utterances_type_0_item = utterances_type_0_item_data.to_dict()
                utterances.append(utterances_type_0_item)

        else:
            utterances = self.utterances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker_id": speaker_id,
                "duration_secs": duration_secs,
            }
        )
        if utterances is not UNSET:
            field_dict["utterances"] = utterances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        speaker_id = d.pop("speaker_id")

        duration_secs = d.pop("duration_secs")

        def _parse_utterances(data: object) -> list[SpeakerUtterance] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                utterances_type_0 = []
                _utterances_type_0 = data
                for utterances_type_0_item_data in _utterances_type_0:
                    utterances_type_0_item = SpeakerUtterance.from_dict(utterances_type_0_item_data)

                    utterances_type_0.append(utterances_type_0_item)

                return utterances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SpeakerUtterance] | None | Unset, data)

        utterances = _parse_utterances(d.pop("utterances", UNSET))

        separated_speaker = cls(
            speaker_id=speaker_id,
            duration_secs=duration_secs,
            utterances=utterances,
        )

        separated_speaker.additional_properties = d
        return separated_speaker

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
    global _nested_models_loaded, SpeakerUtterance
    from ..models.speaker_utterance import SpeakerUtterance  # noqa: F401

    _nested_models_loaded = True
