from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dubbing_media_reference import DubbingMediaReference
    from ..models.dubbing_resource_renders import DubbingResourceRenders
    from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
    from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks


T = TypeVar("T", bound="DubbingResource")


@_attrs_define
class DubbingResource:
    """A Dubbing Studio project as an editable resource.

    Attributes:
        id (str):
        version (int): Grows with every edit.
        source_language (str):
        target_languages (list[str]):
        input_ (DubbingMediaReference): A stored media file of a Dubbing Studio resource.
        background (DubbingMediaReference | None):
        foreground (DubbingMediaReference | None):
        speaker_tracks (DubbingResourceSpeakerTracks): Speaker tracks by id.
        speaker_segments (DubbingResourceSpeakerSegments): Segments by id.
        renders (DubbingResourceRenders): Renders by id.
    """

    id: str
    version: int
    source_language: str
    target_languages: list[str]
    input_: DubbingMediaReference
    background: DubbingMediaReference | None
    foreground: DubbingMediaReference | None
    speaker_tracks: DubbingResourceSpeakerTracks
    speaker_segments: DubbingResourceSpeakerSegments
    renders: DubbingResourceRenders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        version = self.version

        source_language = self.source_language

        target_languages = self.target_languages

        input_ = self.input_.to_dict()

        background: dict[str, Any] | None
        if isinstance(self.background, DubbingMediaReference):
            background = self.background.to_dict()
        else:
            background = self.background

        foreground: dict[str, Any] | None
        if isinstance(self.foreground, DubbingMediaReference):
            foreground = self.foreground.to_dict()
        else:
            foreground = self.foreground

        speaker_tracks = self.speaker_tracks.to_dict()

        speaker_segments = self.speaker_segments.to_dict()

        renders = self.renders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "source_language": source_language,
                "target_languages": target_languages,
                "input": input_,
                "background": background,
                "foreground": foreground,
                "speaker_tracks": speaker_tracks,
                "speaker_segments": speaker_segments,
                "renders": renders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        source_language = d.pop("source_language")

        target_languages = cast(list[str], d.pop("target_languages"))

        input_ = DubbingMediaReference.from_dict(d.pop("input"))

        def _parse_background(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0 = DubbingMediaReference.from_dict(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaReference | None, data)

        background = _parse_background(d.pop("background"))

        def _parse_foreground(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                foreground_type_0 = DubbingMediaReference.from_dict(data)

                return foreground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaReference | None, data)

        foreground = _parse_foreground(d.pop("foreground"))

        speaker_tracks = DubbingResourceSpeakerTracks.from_dict(d.pop("speaker_tracks"))

        speaker_segments = DubbingResourceSpeakerSegments.from_dict(d.pop("speaker_segments"))

        renders = DubbingResourceRenders.from_dict(d.pop("renders"))

        dubbing_resource = cls(
            id=id,
            version=version,
            source_language=source_language,
            target_languages=target_languages,
            input_=input_,
            background=background,
            foreground=foreground,
            speaker_tracks=speaker_tracks,
            speaker_segments=speaker_segments,
            renders=renders,
        )

        dubbing_resource.additional_properties = d
        return dubbing_resource

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
        DubbingMediaReference, \
        DubbingResourceRenders, \
        DubbingResourceSpeakerSegments, \
        DubbingResourceSpeakerTracks
    from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: F401
    from ..models.dubbing_resource_renders import DubbingResourceRenders  # noqa: F401
    from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments  # noqa: F401
    from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks  # noqa: F401

    _nested_models_loaded = True
