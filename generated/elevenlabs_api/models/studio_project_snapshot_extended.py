from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character_alignment import CharacterAlignment
    from ..models.studio_project_snapshot_extended_audio_upload_type_0 import (
        StudioProjectSnapshotExtendedAudioUploadType0,
    )
    from ..models.studio_project_snapshot_extended_zip_upload_type_0 import StudioProjectSnapshotExtendedZipUploadType0


T = TypeVar("T", bound="StudioProjectSnapshotExtended")


@_attrs_define
class StudioProjectSnapshotExtended:
    """A project snapshot with the timing of every character.

    Attributes:
        project_snapshot_id (str):
        project_id (str):
        created_at_unix (int):
        name (str):
        character_alignments (list[CharacterAlignment]):
        audio_duration_secs (float):
        audio_upload (None | StudioProjectSnapshotExtendedAudioUploadType0 | Unset):
        zip_upload (None | StudioProjectSnapshotExtendedZipUploadType0 | Unset):
    """

    project_snapshot_id: str
    project_id: str
    created_at_unix: int
    name: str
    character_alignments: list[CharacterAlignment]
    audio_duration_secs: float
    audio_upload: None | StudioProjectSnapshotExtendedAudioUploadType0 | Unset = UNSET
    zip_upload: None | StudioProjectSnapshotExtendedZipUploadType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        project_snapshot_id = self.project_snapshot_id

        project_id = self.project_id

        created_at_unix = self.created_at_unix

        name = self.name

        character_alignments = []
        for character_alignments_item_data in self.character_alignments:
            character_alignments_item = character_alignments_item_data.to_dict()
            character_alignments.append(character_alignments_item)

        audio_duration_secs = self.audio_duration_secs

        audio_upload: dict[str, Any] | None | Unset
        if isinstance(self.audio_upload, Unset):
            audio_upload = UNSET
        elif isinstance(self.audio_upload, StudioProjectSnapshotExtendedAudioUploadType0):
            audio_upload = self.audio_upload.to_dict()
        else:
            audio_upload = self.audio_upload

        zip_upload: dict[str, Any] | None | Unset
        if isinstance(self.zip_upload, Unset):
            zip_upload = UNSET
        elif isinstance(self.zip_upload, StudioProjectSnapshotExtendedZipUploadType0):
            zip_upload = self.zip_upload.to_dict()
        else:
            zip_upload = self.zip_upload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_snapshot_id": project_snapshot_id,
                "project_id": project_id,
                "created_at_unix": created_at_unix,
                "name": name,
                "character_alignments": character_alignments,
                "audio_duration_secs": audio_duration_secs,
            }
        )
        if audio_upload is not UNSET:
            field_dict["audio_upload"] = audio_upload
        if zip_upload is not UNSET:
            field_dict["zip_upload"] = zip_upload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        project_snapshot_id = d.pop("project_snapshot_id")

        project_id = d.pop("project_id")

        created_at_unix = d.pop("created_at_unix")

        name = d.pop("name")

        character_alignments = []
        _character_alignments = d.pop("character_alignments")
        for character_alignments_item_data in _character_alignments:
            character_alignments_item = CharacterAlignment.from_dict(character_alignments_item_data)

            character_alignments.append(character_alignments_item)

        audio_duration_secs = d.pop("audio_duration_secs")

        def _parse_audio_upload(data: object) -> None | StudioProjectSnapshotExtendedAudioUploadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_upload_type_0 = StudioProjectSnapshotExtendedAudioUploadType0.from_dict(data)

                return audio_upload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectSnapshotExtendedAudioUploadType0 | Unset, data)

        audio_upload = _parse_audio_upload(d.pop("audio_upload", UNSET))

        def _parse_zip_upload(data: object) -> None | StudioProjectSnapshotExtendedZipUploadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zip_upload_type_0 = StudioProjectSnapshotExtendedZipUploadType0.from_dict(data)

                return zip_upload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectSnapshotExtendedZipUploadType0 | Unset, data)

        zip_upload = _parse_zip_upload(d.pop("zip_upload", UNSET))

        studio_project_snapshot_extended = cls(
            project_snapshot_id=project_snapshot_id,
            project_id=project_id,
            created_at_unix=created_at_unix,
            name=name,
            character_alignments=character_alignments,
            audio_duration_secs=audio_duration_secs,
            audio_upload=audio_upload,
            zip_upload=zip_upload,
        )

        studio_project_snapshot_extended.additional_properties = d
        return studio_project_snapshot_extended

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
        CharacterAlignment, \
        StudioProjectSnapshotExtendedAudioUploadType0, \
        StudioProjectSnapshotExtendedZipUploadType0
    from ..models.character_alignment import CharacterAlignment  # noqa: F401
    from ..models.studio_project_snapshot_extended_audio_upload_type_0 import (
        StudioProjectSnapshotExtendedAudioUploadType0,  # noqa: F401
    )
    from ..models.studio_project_snapshot_extended_zip_upload_type_0 import StudioProjectSnapshotExtendedZipUploadType0  # noqa: F401

    _nested_models_loaded = True
