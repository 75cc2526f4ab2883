from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_range import TimeRange


T = TypeVar("T", bound="AudioRefChunk")


@_attrs_define
class AudioRefChunk:
    """
    Attributes:
        song_id (str):
        range_ (TimeRange):
    """

    song_id: str
    range_: TimeRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        song_id = self.song_id

        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "song_id": song_id,
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        song_id = d.pop("song_id")

        range_ = TimeRange.from_dict(d.pop("range"))

        audio_ref_chunk = cls(
            song_id=song_id,
            range_=range_,
        )

        audio_ref_chunk.additional_properties = d
        return audio_ref_chunk

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
    global _nested_models_loaded, TimeRange
    from ..models.time_range import TimeRange  # noqa: F401

    _nested_models_loaded = True
