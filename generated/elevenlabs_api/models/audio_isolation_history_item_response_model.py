from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudioIsolationHistoryItemResponseModel")


@_attrs_define
class AudioIsolationHistoryItemResponseModel:
    """
    Attributes:
        id (str):
        title (None | str):
        created_at_unix (int):
        format_ (str):
        duration_seconds (float | None):
        download_url (None | str):
        icon_url (None | str):
        source_video_url (None | str):
        supports_video (bool):
        processing (bool):
        video_processing_failed (bool):
        preview_b64 (None | str):
    """

    id: str
    title: None | str
    created_at_unix: int
    format_: str
    duration_seconds: float | None
    download_url: None | str
    icon_url: None | str
    source_video_url: None | str
    supports_video: bool
    processing: bool
    video_processing_failed: bool
    preview_b64: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
        title = self.title

        created_at_unix = self.created_at_unix

        format_ = self.format_

        duration_seconds: float | None
        duration_seconds = self.duration_seconds

        download_url: None | str
        download_url = self.download_url

        icon_url: None | str
        icon_url = self.icon_url

        source_video_url: None | str
        source_video_url = self.source_video_url

        supports_video = self.supports_video

        processing = self.processing

        video_processing_failed = self.video_processing_failed

        preview_b64: None | str
        preview_b64 = self.preview_b64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "created_at_unix": created_at_unix,
                "format": format_,
                "duration_seconds": duration_seconds,
                "download_url": download_url,
                "icon_url": icon_url,
                "source_video_url": source_video_url,
                "supports_video": supports_video,
                "processing": processing,
                "video_processing_failed": video_processing_failed,
                "preview_b64": preview_b64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        created_at_unix = d.pop("created_at_unix")

        format_ = d.pop("format")

        def _parse_duration_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        def _parse_icon_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon_url = _parse_icon_url(d.pop("icon_url"))

        def _parse_source_video_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_video_url = _parse_source_video_url(d.pop("source_video_url"))

        supports_video = d.pop("supports_video")

        processing = d.pop("processing")

        video_processing_failed = d.pop("video_processing_failed")

        def _parse_preview_b64(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_b64 = _parse_preview_b64(d.pop("preview_b64"))

        audio_isolation_history_item_response_model = cls(
            id=id,
            title=title,
            created_at_unix=created_at_unix,
            format_=format_,
            duration_seconds=duration_seconds,
            download_url=download_url,
            icon_url=icon_url,
            source_video_url=source_video_url,
            supports_video=supports_video,
            processing=processing,
            video_processing_failed=video_processing_failed,
            preview_b64=preview_b64,
        )

        audio_isolation_history_item_response_model.additional_properties = d
        return audio_isolation_history_item_response_model

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
