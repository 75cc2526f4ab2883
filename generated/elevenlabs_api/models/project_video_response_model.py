from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_transcription import AssetTranscription
    from ..models.canvas_placement import CanvasPlacement
    from ..models.clip_animation import ClipAnimation
    from ..models.generation_source_context import GenerationSourceContext
    from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
    from ..models.pending_clip_task import PendingClipTask
    from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
    from ..models.project_video_thumbnail_sheet_response_model import ProjectVideoThumbnailSheetResponseModel
    from ..models.video_analysis import VideoAnalysis


T = TypeVar("T", bound="ProjectVideoResponseModel")


@_attrs_define
class ProjectVideoResponseModel:
    """
    Attributes:
        video_id (str):
        filename (str):
        signed_url (None | str):
        signed_preview_url (None | str):
        offset_ms (int):
        duration_ms (int):
        volume_gain_db (float):
        muted (bool):
        width (int):
        height (int):
        codec (str):
        order (str):
        created_at_ms (int):
        updated_at_ms (int):
        thumbnail_interval_seconds (float):
        thumbnail_size (list[int]):
        thumbnail_sheets (list[ProjectVideoThumbnailSheetResponseModel]):
        start_time_ms (int):
        end_time_ms (int | None):
        preview_job_progress (float):
        import_speech_progress (float | None):
        fade_in_ms (int | Unset):  Default: 0.
        fade_out_ms (int | Unset):  Default: 0.
        error (None | str | Unset):
        asset_preview_signed_url (None | str | Unset):
        source_video_id (None | str | Unset):
        source_asset_id (None | str | Unset):
        source_platform_asset_id (None | str | Unset):
        pending_blocks_metadata (None | PendingBlocksMetadataModel | Unset):
        pending_external_audios_metadata (None | PendingExternalAudiosMetadataModel | Unset):
        speech_imported (bool | Unset):  Default: False.
        pending_task (None | PendingClipTask | Unset):
        audio_track_ready (bool | Unset):  Default: True.
        export_format_ready (bool | Unset):  Default: True.
        current_snapshot_id (None | str | Unset):
        source_context (GenerationSourceContext | None | Unset):
        analysis (None | Unset | VideoAnalysis):
        transcription (AssetTranscription | None | Unset):
        type_ (Literal['video'] | Unset):  Default: 'video'.
        canvas_placement (CanvasPlacement | Unset):
        animation (ClipAnimation | Unset):
        playback_speed (float | Unset):  Default: 1.0.
        opacity (float | Unset):  Default: 1.0.
        track_id (str | Unset):  Default: 'v0'.
    """

    video_id: str
    filename: str
    signed_url: None | str
    signed_preview_url: None | str
    offset_ms: int
    duration_ms: int
    volume_gain_db: float
    muted: bool
    width: int
    height: int
    codec: str
    order: str
    created_at_ms: int
    updated_at_ms: int
    thumbnail_interval_seconds: float
    thumbnail_size: list[int]
    thumbnail_sheets: list[ProjectVideoThumbnailSheetResponseModel]
    start_time_ms: int
    end_time_ms: int | None
    preview_job_progress: float
    import_speech_progress: float | None
    fade_in_ms: int | Unset = 0
    fade_out_ms: int | Unset = 0
    error: None | str | Unset = UNSET
    asset_preview_signed_url: None | str | Unset = UNSET
    source_video_id: None | str | Unset = UNSET
    source_asset_id: None | str | Unset = UNSET
    source_platform_asset_id: None | str | Unset = UNSET
    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET
    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET
    speech_imported: bool | Unset = False
    pending_task: None | PendingClipTask | Unset = UNSET
    audio_track_ready: bool | Unset = True
    export_format_ready: bool | Unset = True
    current_snapshot_id: None | str | Unset = UNSET
    source_context: GenerationSourceContext | None | Unset = UNSET
    analysis: None | Unset | VideoAnalysis = UNSET
    transcription: AssetTranscription | None | Unset = UNSET
    type_: Literal["video"] | Unset = "video"
    canvas_placement: CanvasPlacement | Unset = UNSET
    animation: ClipAnimation | Unset = UNSET
    playback_speed: float | Unset = 1.0
    opacity: float | Unset = 1.0
    track_id: str | Unset = "v0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        video_id = self.video_id

        filename = self.filename

        signed_url: None | str
        signed_url = self.signed_url

        signed_preview_url: None | str
        signed_preview_url = self.signed_preview_url

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        volume_gain_db = self.volume_gain_db

        muted = self.muted

        width = self.width

        height = self.height

        codec = self.codec

        order = self.order

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        thumbnail_interval_seconds = self.thumbnail_interval_seconds

        thumbnail_size = []
        for thumbnail_size_item_data in self.thumbnail_size:
            thumbnail_size_item: int
            thumbnail_size_item = thumbnail_size_item_data
            thumbnail_size.append(thumbnail_size_item)

        thumbnail_sheets = []
        for thumbnail_sheets_item_data in self.thumbnail_sheets:
            thumbnail_sheets_item = thumbnail_sheets_item_data.to_dict()
            thumbnail_sheets.append(thumbnail_sheets_item)

        start_time_ms = self.start_time_ms

        end_time_ms: int | None
        end_time_ms = self.end_time_ms

        preview_job_progress = self.preview_job_progress

        import_speech_progress: float | None
        import_speech_progress = self.import_speech_progress

        fade_in_ms = self.fade_in_ms

        fade_out_ms = self.fade_out_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        asset_preview_signed_url: None | str | Unset
        if isinstance(self.asset_preview_signed_url, Unset):
            asset_preview_signed_url = UNSET
        else:
            asset_preview_signed_url = self.asset_preview_signed_url

        source_video_id: None | str | Unset
        if isinstance(self.source_video_id, Unset):
            source_video_id = UNSET
        else:
            source_video_id = self.source_video_id

        source_asset_id: None | str | Unset
        if isinstance(self.source_asset_id, Unset):
            source_asset_id = UNSET
        else:
            source_asset_id = self.source_asset_id

        source_platform_asset_id: None | str | Unset
        if isinstance(self.source_platform_asset_id, Unset):
            source_platform_asset_id = UNSET
        else:
            source_platform_asset_id = self.source_platform_asset_id

        pending_blocks_metadata: dict[str, Any] | None | Unset
        if isinstance(self.pending_blocks_metadata, Unset):
            pending_blocks_metadata = UNSET
        elif isinstance(self.pending_blocks_metadata, PendingBlocksMetadataModel):
            pending_blocks_metadata = self.pending_blocks_metadata.to_dict()
        else:
            pending_blocks_metadata = self.pending_blocks_metadata

        pending_external_audios_metadata: dict[str, Any] | None | Unset
        if isinstance(self.pending_external_audios_metadata, Unset):
            pending_external_audios_metadata = UNSET
        elif isinstance(self.pending_external_audios_metadata, PendingExternalAudiosMetadataModel):
            pending_external_audios_metadata = self.pending_external_audios_metadata.to_dict()
        else:
            pending_external_audios_metadata = self.pending_external_audios_metadata

        speech_imported = self.speech_imported

        pending_task: dict[str, Any] | None | Unset
        if isinstance(self.pending_task, Unset):
            pending_task = UNSET
        elif isinstance(self.pending_task, PendingClipTask):
            pending_task = self.pending_task.to_dict()
        else:
            pending_task = self.pending_task

        audio_track_ready = self.audio_track_ready

        export_format_ready = self.export_format_ready

        current_snapshot_id: None | str | Unset
        if isinstance(self.current_snapshot_id, Unset):
            current_snapshot_id = UNSET
        else:
            current_snapshot_id = self.current_snapshot_id

        source_context: dict[str, Any] | None | Unset
        if isinstance(self.source_context, Unset):
            source_context = UNSET
        elif isinstance(self.source_context, GenerationSourceContext):
            source_context = self.source_context.to_dict()
        else:
            source_context = self.source_context

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, VideoAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, AssetTranscription):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        type_ = self.type_

        canvas_placement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canvas_placement, Unset):
            canvas_placement = self.canvas_placement.to_dict()

        animation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation, Unset):
            animation = self.animation.to_dict()

        playback_speed = self.playback_speed

        opacity = self.opacity

        track_id = self.track_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "filename": filename,
                "signed_url": signed_url,
                "signed_preview_url": signed_preview_url,
                "offset_ms": offset_ms,
                "duration_ms": duration_ms,
                "volume_gain_db": volume_gain_db,
                "muted": muted,
                "width": width,
                "height": height,
                "codec": codec,
                "order": order,
                "created_at_ms": created_at_ms,
                "updated_at_ms": updated_at_ms,
                "thumbnail_interval_seconds": thumbnail_interval_seconds,
                "thumbnail_size": thumbnail_size,
                "thumbnail_sheets": thumbnail_sheets,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "preview_job_progress": preview_job_progress,
                "import_speech_progress": import_speech_progress,
            }
        )
        if fade_in_ms is not UNSET:
            field_dict["fade_in_ms"] = fade_in_ms
        if fade_out_ms is not UNSET:
            field_dict["fade_out_ms"] = fade_out_ms
        if error is not UNSET:
            field_dict["error"] = error
        if asset_preview_signed_url is not UNSET:
            field_dict["asset_preview_signed_url"] = asset_preview_signed_url
        if source_video_id is not UNSET:
            field_dict["source_video_id"] = source_video_id
        if source_asset_id is not UNSET:
            field_dict["source_asset_id"] = source_asset_id
        if source_platform_asset_id is not UNSET:
            field_dict["source_platform_asset_id"] = source_platform_asset_id
        if pending_blocks_metadata is not UNSET:
            field_dict["pending_blocks_metadata"] = pending_blocks_metadata
        if pending_external_audios_metadata is not UNSET:
            field_dict["pending_external_audios_metadata"] = pending_external_audios_metadata
        if speech_imported is not UNSET:
            field_dict["speech_imported"] = speech_imported
        if pending_task is not UNSET:
            field_dict["pending_task"] = pending_task
        if audio_track_ready is not UNSET:
            field_dict["audio_track_ready"] = audio_track_ready
        if export_format_ready is not UNSET:
            field_dict["export_format_ready"] = export_format_ready
        if current_snapshot_id is not UNSET:
            field_dict["current_snapshot_id"] = current_snapshot_id
        if source_context is not UNSET:
            field_dict["source_context"] = source_context
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if type_ is not UNSET:
            field_dict["type"] = type_
        if canvas_placement is not UNSET:
            field_dict["canvas_placement"] = canvas_placement
        if animation is not UNSET:
            field_dict["animation"] = animation
        if playback_speed is not UNSET:
            field_dict["playback_speed"] = playback_speed
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if track_id is not UNSET:
            field_dict["track_id"] = track_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        video_id = d.pop("video_id")

        filename = d.pop("filename")

        def _parse_signed_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_url = _parse_signed_url(d.pop("signed_url"))

        def _parse_signed_preview_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_preview_url = _parse_signed_preview_url(d.pop("signed_preview_url"))

        offset_ms = d.pop("offset_ms")

        duration_ms = d.pop("duration_ms")

        volume_gain_db = d.pop("volume_gain_db")

        muted = d.pop("muted")

        width = d.pop("width")

        height = d.pop("height")

        codec = d.pop("codec")

        order = d.pop("order")

        created_at_ms = d.pop("created_at_ms")

        updated_at_ms = d.pop("updated_at_ms")

        thumbnail_interval_seconds = d.pop("thumbnail_interval_seconds")

        thumbnail_size = []
        _thumbnail_size = d.pop("thumbnail_size")
        for thumbnail_size_item_data in _thumbnail_size:

            def _parse_thumbnail_size_item(data: object) -> int:
                return cast(int, data)

            thumbnail_size_item = _parse_thumbnail_size_item(thumbnail_size_item_data)

            thumbnail_size.append(thumbnail_size_item)

        thumbnail_sheets = []
        _thumbnail_sheets = d.pop("thumbnail_sheets")
        for thumbnail_sheets_item_data in _thumbnail_sheets:
            thumbnail_sheets_item = ProjectVideoThumbnailSheetResponseModel.from_dict(thumbnail_sheets_item_data)

            thumbnail_sheets.append(thumbnail_sheets_item)

        start_time_ms = d.pop("start_time_ms")

        def _parse_end_time_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_time_ms = _parse_end_time_ms(d.pop("end_time_ms"))

        preview_job_progress = d.pop("preview_job_progress")

        def _parse_import_speech_progress(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        import_speech_progress = _parse_import_speech_progress(d.pop("import_speech_progress"))

        fade_in_ms = d.pop("fade_in_ms", UNSET)

        fade_out_ms = d.pop("fade_out_ms", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_asset_preview_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_preview_signed_url = _parse_asset_preview_signed_url(d.pop("asset_preview_signed_url", UNSET))

        def _parse_source_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_video_id = _parse_source_video_id(d.pop("source_video_id", UNSET))

        def _parse_source_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_asset_id = _parse_source_asset_id(d.pop("source_asset_id", UNSET))

        def _parse_source_platform_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_platform_asset_id = _parse_source_platform_asset_id(d.pop("source_platform_asset_id", UNSET))

        def _parse_pending_blocks_metadata(data: object) -> None | PendingBlocksMetadataModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_blocks_metadata_type_0 = PendingBlocksMetadataModel.from_dict(data)

                return pending_blocks_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingBlocksMetadataModel | Unset, data)

        pending_blocks_metadata = _parse_pending_blocks_metadata(d.pop("pending_blocks_metadata", UNSET))

        def _parse_pending_external_audios_metadata(data: object) -> None | PendingExternalAudiosMetadataModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_external_audios_metadata_type_0 = PendingExternalAudiosMetadataModel.from_dict(data)

                return pending_external_audios_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingExternalAudiosMetadataModel | Unset, data)

        pending_external_audios_metadata = _parse_pending_external_audios_metadata(
            d.pop("pending_external_audios_metadata", UNSET)
        )

        speech_imported = d.pop("speech_imported", UNSET)

        def _parse_pending_task(data: object) -> None | PendingClipTask | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_task_type_0 = PendingClipTask.from_dict(data)

                return pending_task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingClipTask | Unset, data)

        pending_task = _parse_pending_task(d.pop("pending_task", UNSET))

        audio_track_ready = d.pop("audio_track_ready", UNSET)

        export_format_ready = d.pop("export_format_ready", UNSET)

        def _parse_current_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_snapshot_id = _parse_current_snapshot_id(d.pop("current_snapshot_id", UNSET))

        def _parse_source_context(data: object) -> GenerationSourceContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_context_type_0 = GenerationSourceContext.from_dict(data)

                return source_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationSourceContext | None | Unset, data)

        source_context = _parse_source_context(d.pop("source_context", UNSET))

        def _parse_analysis(data: object) -> None | Unset | VideoAnalysis:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = VideoAnalysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAnalysis, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        def _parse_transcription(data: object) -> AssetTranscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = AssetTranscription.from_dict(data)

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetTranscription | None | Unset, data)

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        type_ = cast(Literal["video"] | Unset, d.pop("type", UNSET))
        if type_ != "video" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'video', got '{type_}'")

        _canvas_placement = d.pop("canvas_placement", UNSET)
        canvas_placement: CanvasPlacement | Unset
        if isinstance(_canvas_placement, Unset):
            canvas_placement = UNSET
        else:
            canvas_placement = CanvasPlacement.from_dict(_canvas_placement)

        _animation = d.pop("animation", UNSET)
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)

        playback_speed = d.pop("playback_speed", UNSET)

        opacity = d.pop("opacity", UNSET)

        track_id = d.pop("track_id", UNSET)

        project_video_response_model = cls(
            video_id=video_id,
            filename=filename,
            signed_url=signed_url,
            signed_preview_url=signed_preview_url,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            volume_gain_db=volume_gain_db,
            muted=muted,
            width=width,
            height=height,
            codec=codec,
            order=order,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            thumbnail_interval_seconds=thumbnail_interval_seconds,
            thumbnail_size=thumbnail_size,
            thumbnail_sheets=thumbnail_sheets,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            preview_job_progress=preview_job_progress,
            import_speech_progress=import_speech_progress,
            fade_in_ms=fade_in_ms,
            fade_out_ms=fade_out_ms,
            error=error,
            asset_preview_signed_url=asset_preview_signed_url,
            source_video_id=source_video_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            pending_blocks_metadata=pending_blocks_metadata,
            pending_external_audios_metadata=pending_external_audios_metadata,
            speech_imported=speech_imported,
            pending_task=pending_task,
            audio_track_ready=audio_track_ready,
            export_format_ready=export_format_ready,
            current_snapshot_id=current_snapshot_id,
            source_context=source_context,
            analysis=analysis,
            transcription=transcription,
            type_=type_,
            canvas_placement=canvas_placement,
            animation=animation,
            playback_speed=playback_speed,
            opacity=opacity,
            track_id=track_id,
        )

        project_video_response_model.additional_properties = d
        return project_video_response_model

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
    global \
        _nested_models_loaded, \
        AssetTranscription, \
        CanvasPlacement, \
        ClipAnimation, \
        GenerationSourceContext, \
        PendingBlocksMetadataModel, \
        PendingClipTask, \
        PendingExternalAudiosMetadataModel, \
        ProjectVideoThumbnailSheetResponseModel, \
        VideoAnalysis
    from ..models.asset_transcription import AssetTranscription  # noqa: F401
    from ..models.canvas_placement import CanvasPlacement  # noqa: F401
    from ..models.clip_animation import ClipAnimation  # noqa: F401
    from ..models.generation_source_context import GenerationSourceContext  # noqa: F401
    from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel  # noqa: F401
    from ..models.pending_clip_task import PendingClipTask  # noqa: F401
    from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel  # noqa: F401
    from ..models.project_video_thumbnail_sheet_response_model import ProjectVideoThumbnailSheetResponseModel  # noqa: F401
    from ..models.video_analysis import VideoAnalysis  # noqa: F401

    _nested_models_loaded = True
