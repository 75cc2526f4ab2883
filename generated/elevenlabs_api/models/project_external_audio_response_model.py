from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_transcription import AssetTranscription
    from ..models.audio_analysis import AudioAnalysis
    from ..models.music_explore_song_source_context import MusicExploreSongSourceContext
    from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
    from ..models.pending_clip_task import PendingClipTask
    from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
    from ..models.sfx_source_context import SfxSourceContext
    from ..models.song_source_context import SongSourceContext


T = TypeVar("T", bound="ProjectExternalAudioResponseModel")


@_attrs_define
class ProjectExternalAudioResponseModel:
    """
    Attributes:
        external_audio_id (str):
        filename (str):
        signed_url (None | str):
        offset_ms (int):
        duration_ms (int):
        start_time_ms (int):
        end_time_ms (int | None):
        order (str):
        track_id (str):
        created_at_ms (int):
        updated_at_ms (int):
        import_speech_progress (float | None):
        volume_gain_db (float | Unset):  Default: 0.0.
        muted (bool | Unset):  Default: False.
        fade_in_ms (int | Unset):  Default: 0.
        fade_out_ms (int | Unset):  Default: 0.
        source_external_audio_id (None | str | Unset):
        source_asset_id (None | str | Unset):
        source_platform_asset_id (None | str | Unset):
        pending_blocks_metadata (None | PendingBlocksMetadataModel | Unset):
        pending_external_audios_metadata (None | PendingExternalAudiosMetadataModel | Unset):
        speech_imported (bool | Unset):  Default: False.
        pending_task (None | PendingClipTask | Unset):
        error (None | str | Unset):
        current_snapshot_id (None | str | Unset):
        source_context (MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | Unset):
        analysis (AudioAnalysis | None | Unset):
        transcription (AssetTranscription | None | Unset):
        type_ (Literal['audio'] | Unset):  Default: 'audio'.
    """

    external_audio_id: str
    filename: str
    signed_url: None | str
    offset_ms: int
    duration_ms: int
    start_time_ms: int
    end_time_ms: int | None
    order: str
    track_id: str
    created_at_ms: int
    updated_at_ms: int
    import_speech_progress: float | None
    volume_gain_db: float | Unset = 0.0
    muted: bool | Unset = False
    fade_in_ms: int | Unset = 0
    fade_out_ms: int | Unset = 0
    source_external_audio_id: None | str | Unset = UNSET
    source_asset_id: None | str | Unset = UNSET
    source_platform_asset_id: None | str | Unset = UNSET
    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET
    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET
    speech_imported: bool | Unset = False
    pending_task: None | PendingClipTask | Unset = UNSET
    error: None | str | Unset = UNSET
    current_snapshot_id: None | str | Unset = UNSET
    source_context: MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | Unset = UNSET
    analysis: AudioAnalysis | None | Unset = UNSET
    transcription: AssetTranscription | None | Unset = UNSET
    type_: Literal["audio"] | Unset = "audio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        external_audio_id = self.external_audio_id

        filename = self.filename

        signed_url: None | str
        signed_url = self.signed_url

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        start_time_ms = self.start_time_ms

        end_time_ms: int | None
        end_time_ms = self.end_time_ms

        order = self.order

        track_id = self.track_id

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        import_speech_progress: float | None
        import_speech_progress = self.import_speech_progress

        volume_gain_db = self.volume_gain_db

        muted = self.muted

        fade_in_ms = self.fade_in_ms

        fade_out_ms = self.fade_out_ms

        source_external_audio_id: None | str | Unset
        if isinstance(self.source_external_audio_id, Unset):
            source_external_audio_id = UNSET
        else:
            source_external_audio_id = self.source_external_audio_id

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

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        current_snapshot_id: None | str | Unset
        if isinstance(self.current_snapshot_id, Unset):
            current_snapshot_id = UNSET
        else:
            current_snapshot_id = self.current_snapshot_id

        source_context: dict[str, Any] | None | Unset
        if isinstance(self.source_context, Unset):
            source_context = UNSET
        elif isinstance(self.source_context, SongSourceContext):
            source_context = self.source_context.to_dict()
        elif isinstance(self.source_context, MusicExploreSongSourceContext):
            source_context = self.source_context.to_dict()
        elif isinstance(self.source_context, SfxSourceContext):
            source_context = self.source_context.to_dict()
        else:
            source_context = self.source_context

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, AudioAnalysis):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_audio_id": external_audio_id,
                "filename": filename,
                "signed_url": signed_url,
                "offset_ms": offset_ms,
                "duration_ms": duration_ms,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "order": order,
                "track_id": track_id,
                "created_at_ms": created_at_ms,
                "updated_at_ms": updated_at_ms,
                "import_speech_progress": import_speech_progress,
            }
        )
        if volume_gain_db is not UNSET:
            field_dict["volume_gain_db"] = volume_gain_db
        if muted is not UNSET:
            field_dict["muted"] = muted
        if fade_in_ms is not UNSET:
            field_dict["fade_in_ms"] = fade_in_ms
        if fade_out_ms is not UNSET:
            field_dict["fade_out_ms"] = fade_out_ms
        if source_external_audio_id is not UNSET:
            field_dict["source_external_audio_id"] = source_external_audio_id
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
        if error is not UNSET:
            field_dict["error"] = error
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        external_audio_id = d.pop("external_audio_id")

        filename = d.pop("filename")

        def _parse_signed_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_url = _parse_signed_url(d.pop("signed_url"))

        offset_ms = d.pop("offset_ms")

        duration_ms = d.pop("duration_ms")

        start_time_ms = d.pop("start_time_ms")

        def _parse_end_time_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_time_ms = _parse_end_time_ms(d.pop("end_time_ms"))

        order = d.pop("order")

        track_id = d.pop("track_id")

        created_at_ms = d.pop("created_at_ms")

        updated_at_ms = d.pop("updated_at_ms")

        def _parse_import_speech_progress(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        import_speech_progress = _parse_import_speech_progress(d.pop("import_speech_progress"))

        volume_gain_db = d.pop("volume_gain_db", UNSET)

        muted = d.pop("muted", UNSET)

        fade_in_ms = d.pop("fade_in_ms", UNSET)

        fade_out_ms = d.pop("fade_out_ms", UNSET)

        def _parse_source_external_audio_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_external_audio_id = _parse_source_external_audio_id(d.pop("source_external_audio_id", UNSET))

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

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_current_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_snapshot_id = _parse_current_snapshot_id(d.pop("current_snapshot_id", UNSET))

        def _parse_source_context(
            data: object,
        ) -> MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("source_type") == "song":
                    source_context_type_0_type_0 = SongSourceContext.from_dict(data)

                    return source_context_type_0_type_0
                if data.get("source_type") == "music_explore_song":
                    source_context_type_0_type_1 = MusicExploreSongSourceContext.from_dict(data)

                    return source_context_type_0_type_1
                if data.get("source_type") == "sfx":
                    source_context_type_0_type_2 = SfxSourceContext.from_dict(data)

                    return source_context_type_0_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_context_type_0_type_0 = SongSourceContext.from_dict(data)

                return source_context_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_context_type_0_type_1 = MusicExploreSongSourceContext.from_dict(data)

                return source_context_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_context_type_0_type_2 = SfxSourceContext.from_dict(data)

                return source_context_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | Unset, data)

        source_context = _parse_source_context(d.pop("source_context", UNSET))

        def _parse_analysis(data: object) -> AudioAnalysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = AudioAnalysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioAnalysis | None | Unset, data)

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

        type_ = cast(Literal["audio"] | Unset, d.pop("type", UNSET))
        if type_ != "audio" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        project_external_audio_response_model = cls(
            external_audio_id=external_audio_id,
            filename=filename,
            signed_url=signed_url,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            order=order,
            track_id=track_id,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            import_speech_progress=import_speech_progress,
            volume_gain_db=volume_gain_db,
            muted=muted,
            fade_in_ms=fade_in_ms,
            fade_out_ms=fade_out_ms,
            source_external_audio_id=source_external_audio_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            pending_blocks_metadata=pending_blocks_metadata,
            pending_external_audios_metadata=pending_external_audios_metadata,
            speech_imported=speech_imported,
            pending_task=pending_task,
            error=error,
            current_snapshot_id=current_snapshot_id,
            source_context=source_context,
            analysis=analysis,
            transcription=transcription,
            type_=type_,
        )

        project_external_audio_response_model.additional_properties = d
        return project_external_audio_response_model

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
        AudioAnalysis, \
        MusicExploreSongSourceContext, \
        PendingBlocksMetadataModel, \
        PendingClipTask, \
        PendingExternalAudiosMetadataModel, \
        SfxSourceContext, \
        SongSourceContext
    from ..models.asset_transcription import AssetTranscription  # noqa: F401
    from ..models.audio_analysis import AudioAnalysis  # noqa: F401
    from ..models.music_explore_song_source_context import MusicExploreSongSourceContext  # noqa: F401
    from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel  # noqa: F401
    from ..models.pending_clip_task import PendingClipTask  # noqa: F401
    from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel  # noqa: F401
    from ..models.sfx_source_context import SfxSourceContext  # noqa: F401
    from ..models.song_source_context import SongSourceContext  # noqa: F401

    _nested_models_loaded = True
