from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment


T = TypeVar("T", bound="DubbingTargetSegmentUpdateResponse")


@_attrs_define
class DubbingTargetSegmentUpdateResponse:
    """
    Attributes:
        segment (DubbingTargetTranscriptSegment):
        revision (int):
    """

    segment: DubbingTargetTranscriptSegment
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        segment = self.segment.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment": segment,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        segment = DubbingTargetTranscriptSegment.from_dict(d.pop("segment"))

        revision = d.pop("revision")

        dubbing_target_segment_update_response = cls(
            segment=segment,
            revision=revision,
        )

        dubbing_target_segment_update_response.additional_properties = d
        return dubbing_target_segment_update_response

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
    global _nested_models_loaded, DubbingTargetTranscriptSegment
    from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment  # noqa: F401

    _nested_models_loaded = True
