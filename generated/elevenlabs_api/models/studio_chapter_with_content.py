from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_chapter_state import StudioChapterState, check_studio_chapter_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_chapter_content_output import StudioChapterContentOutput
    from ..models.studio_chapter_statistics import StudioChapterStatistics


T = TypeVar("T", bound="StudioChapterWithContent")


@_attrs_define
class StudioChapterWithContent:
    """A chapter with its content blocks.

    Attributes:
        chapter_id (str):
        name (str):
        can_be_downloaded (bool):
        state (StudioChapterState): Whether a chapter is being converted.
        content (StudioChapterContentOutput): A chapter's content as the API returns it.
        last_conversion_date_unix (int | None | Unset):
        conversion_progress (float | None | Unset):
        has_video (bool | None | Unset):
        has_visual_content (bool | None | Unset):
        voice_ids (list[str] | None | Unset):
        statistics (None | StudioChapterStatistics | Unset):
        last_conversion_error (None | str | Unset):
    """

    chapter_id: str
    name: str
    can_be_downloaded: bool
    state: StudioChapterState
    content: StudioChapterContentOutput
    last_conversion_date_unix: int | None | Unset = UNSET
    conversion_progress: float | None | Unset = UNSET
    has_video: bool | None | Unset = UNSET
    has_visual_content: bool | None | Unset = UNSET
    voice_ids: list[str] | None | Unset = UNSET
    statistics: None | StudioChapterStatistics | Unset = UNSET
    last_conversion_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        chapter_id = self.chapter_id

        name = self.name

        can_be_downloaded = self.can_be_downloaded

        state: str = self.state

        content = self.content.to_dict()

        last_conversion_date_unix: int | None | Unset
        if isinstance(self.last_conversion_date_unix, Unset):
            last_conversion_date_unix = UNSET
        else:
            last_conversion_date_unix = self.last_conversion_date_unix

        conversion_progress: float | None | Unset
        if isinstance(self.conversion_progress, Unset):
            conversion_progress = UNSET
        else:
            conversion_progress = self.conversion_progress

        has_video: bool | None | Unset
        if isinstance(self.has_video, Unset):
            has_video = UNSET
        else:
            has_video = self.has_video

        has_visual_content: bool | None | Unset
        if isinstance(self.has_visual_content, Unset):
            has_visual_content = UNSET
        else:
            has_visual_content = self.has_visual_content

        voice_ids: list[str] | None | Unset
        if isinstance(self.voice_ids, Unset):
            voice_ids = UNSET
        elif isinstance(self.voice_ids, list):
            voice_ids = self.voice_ids

        else:
            voice_ids = self.voice_ids

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, StudioChapterStatistics):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        last_conversion_error: None | str | Unset
        if isinstance(self.last_conversion_error, Unset):
            last_conversion_error = UNSET
        else:
            last_conversion_error = self.last_conversion_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_id": chapter_id,
                "name": name,
                "can_be_downloaded": can_be_downloaded,
                "state": state,
                "content": content,
            }
        )
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if conversion_progress is not UNSET:
            field_dict["conversion_progress"] = conversion_progress
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if has_visual_content is not UNSET:
            field_dict["has_visual_content"] = has_visual_content
        if voice_ids is not UNSET:
            field_dict["voice_ids"] = voice_ids
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if last_conversion_error is not UNSET:
            field_dict["last_conversion_error"] = last_conversion_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        chapter_id = d.pop("chapter_id")

        name = d.pop("name")

        can_be_downloaded = d.pop("can_be_downloaded")

        state = check_studio_chapter_state(d.pop("state"))

        content = StudioChapterContentOutput.from_dict(d.pop("content"))

        def _parse_last_conversion_date_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_conversion_date_unix = _parse_last_conversion_date_unix(d.pop("last_conversion_date_unix", UNSET))

        def _parse_conversion_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        conversion_progress = _parse_conversion_progress(d.pop("conversion_progress", UNSET))

        def _parse_has_video(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_video = _parse_has_video(d.pop("has_video", UNSET))

        def _parse_has_visual_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_visual_content = _parse_has_visual_content(d.pop("has_visual_content", UNSET))

        def _parse_voice_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voice_ids_type_0 = cast(list[str], data)

                return voice_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        voice_ids = _parse_voice_ids(d.pop("voice_ids", UNSET))

        def _parse_statistics(data: object) -> None | StudioChapterStatistics | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = StudioChapterStatistics.from_dict(data)

                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioChapterStatistics | Unset, data)

        statistics = _parse_statistics(d.pop("statistics", UNSET))

        def _parse_last_conversion_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_conversion_error = _parse_last_conversion_error(d.pop("last_conversion_error", UNSET))

        studio_chapter_with_content = cls(
            chapter_id=chapter_id,
            name=name,
            can_be_downloaded=can_be_downloaded,
            state=state,
            content=content,
            last_conversion_date_unix=last_conversion_date_unix,
            conversion_progress=conversion_progress,
            has_video=has_video,
            has_visual_content=has_visual_content,
            voice_ids=voice_ids,
            statistics=statistics,
            last_conversion_error=last_conversion_error,
        )

        studio_chapter_with_content.additional_properties = d
        return studio_chapter_with_content

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
    global _nested_models_loaded, StudioChapterContentOutput, StudioChapterStatistics
    from ..models.studio_chapter_content_output import StudioChapterContentOutput  # noqa: F401
    from ..models.studio_chapter_statistics import StudioChapterStatistics  # noqa: F401

    _nested_models_loaded = True
