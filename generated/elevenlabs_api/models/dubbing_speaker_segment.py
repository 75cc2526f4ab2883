from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_speaker_segment_dubs import DubbingSpeakerSegmentDubs
    from ..models.dubbing_subtitle_frame import DubbingSubtitleFrame


T = TypeVar("T", bound="DubbingSpeakerSegment")


@_attrs_define
class DubbingSpeakerSegment:
    """One stretch of speech in the source, with its dubs per language.

    Attributes:
        id (str):
        start_time (float):
        end_time (float):
        text (str):
        subtitles (list[DubbingSubtitleFrame]):
        dubs (DubbingSpeakerSegmentDubs): Dubbed segment per language code.
    """

    id: str
    start_time: float
    end_time: float
    text: str
    subtitles: list[DubbingSubtitleFrame]
    dubs: DubbingSpeakerSegmentDubs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        start_time = self.start_time

        end_time = self.end_time

        text = self.text

        subtitles = []
        for subtitles_item_data in self.subtitles:
            subtitles_item = subtitles_item_data.to_dict()
            subtitles.append(subtitles_item)

        dubs = self.dubs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start_time": start_time,
                "end_time": end_time,
                "text": text,
                "subtitles": subtitles,
                "dubs": dubs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        text = d.pop("text")

        subtitles = []
        _subtitles = d.pop("subtitles")
        for subtitles_item_data in _subtitles:
            subtitles_item = DubbingSubtitleFrame.from_dict(subtitles_item_data)

            subtitles.append(subtitles_item)

        dubs = DubbingSpeakerSegmentDubs.from_dict(d.pop("dubs"))

        dubbing_speaker_segment = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            dubs=dubs,
        )

        dubbing_speaker_segment.additional_properties = d
        return dubbing_speaker_segment

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
    global _nested_models_loaded, DubbingSpeakerSegmentDubs, DubbingSubtitleFrame
    from ..models.dubbing_speaker_segment_dubs import DubbingSpeakerSegmentDubs  # noqa: F401
    from ..models.dubbing_subtitle_frame import DubbingSubtitleFrame  # noqa: F401

    _nested_models_loaded = True
