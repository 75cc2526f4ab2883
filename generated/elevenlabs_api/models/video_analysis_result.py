from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_key_moment import VideoKeyMoment
    from ..models.video_segment import VideoSegment
    from ..models.video_subject import VideoSubject


T = TypeVar("T", bound="VideoAnalysisResult")


@_attrs_define
class VideoAnalysisResult:
    """
    Attributes:
        title (str):
        description (str):
        content_type (None | str | Unset):
        overall_pacing (None | str | Unset):
        subjects (list[VideoSubject] | Unset):
        segments (list[VideoSegment] | Unset):
        key_moments (list[VideoKeyMoment] | Unset):
    """

    title: str
    description: str
    content_type: None | str | Unset = UNSET
    overall_pacing: None | str | Unset = UNSET
    subjects: list[VideoSubject] | Unset = UNSET
    segments: list[VideoSegment] | Unset = UNSET
    key_moments: list[VideoKeyMoment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        title = self.title

        description = self.description

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        overall_pacing: None | str | Unset
        if isinstance(self.overall_pacing, Unset):
            overall_pacing = UNSET
        else:
            overall_pacing = self.overall_pacing

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        key_moments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_moments, Unset):
            key_moments = []
            for key_moments_item_data in self.key_moments:
                key_moments_item = key_moments_item_data.to_dict()
                key_moments.append(key_moments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if overall_pacing is not UNSET:
            field_dict["overall_pacing"] = overall_pacing
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if segments is not UNSET:
            field_dict["segments"] = segments
        if key_moments is not UNSET:
            field_dict["key_moments"] = key_moments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_overall_pacing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overall_pacing = _parse_overall_pacing(d.pop("overall_pacing", UNSET))

        _subjects = d.pop("subjects", UNSET)
        subjects: list[VideoSubject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = VideoSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _segments = d.pop("segments", UNSET)
        segments: list[VideoSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = VideoSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _key_moments = d.pop("key_moments", UNSET)
        key_moments: list[VideoKeyMoment] | Unset = UNSET
        if _key_moments is not UNSET:
            key_moments = []
            for key_moments_item_data in _key_moments:
                key_moments_item = VideoKeyMoment.from_dict(key_moments_item_data)

                key_moments.append(key_moments_item)

        video_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            overall_pacing=overall_pacing,
            subjects=subjects,
            segments=segments,
            key_moments=key_moments,
        )

        video_analysis_result.additional_properties = d
        return video_analysis_result

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
    global _nested_models_loaded, VideoKeyMoment, VideoSegment, VideoSubject
    from ..models.video_key_moment import VideoKeyMoment  # noqa: F401
    from ..models.video_segment import VideoSegment  # noqa: F401
    from ..models.video_subject import VideoSubject  # noqa: F401

    _nested_models_loaded = True
