from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_media_metadata import DubbingMediaMetadata


T = TypeVar("T", bound="DubbingMetadata")


@_attrs_define
class DubbingMetadata:
    """One dubbing project and where it stands.

    Attributes:
        dubbing_id (str):
        name (str):
        status (str): Progress, e.g. `dubbing`, `dubbed` or `failed`.
        source_language (None | str):
        target_languages (list[str]):
        created_at (datetime.datetime):
        editable (bool | Unset): Whether the project can be edited in Dubbing Studio. Default: False.
        media_metadata (DubbingMediaMetadata | None | Unset): Source media details, once known.
        error (None | str | Unset): Why the project failed, if it did.
    """

    dubbing_id: str
    name: str
    status: str
    source_language: None | str
    target_languages: list[str]
    created_at: datetime.datetime
    editable: bool | Unset = False
    media_metadata: DubbingMediaMetadata | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dubbing_id = self.dubbing_id

        name = self.name

        status = self.status

        source_language: None | str
        source_language = self.source_language

        target_languages = self.target_languages

        created_at = self.created_at.isoformat()

        editable = self.editable

        media_metadata: dict[str, Any] | None | Unset
        if isinstance(self.media_metadata, Unset):
            media_metadata = UNSET
        elif isinstance(self.media_metadata, DubbingMediaMetadata):
            media_metadata = self.media_metadata.to_dict()
        else:
            media_metadata = self.media_metadata

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dubbing_id": dubbing_id,
                "name": name,
                "status": status,
                "source_language": source_language,
                "target_languages": target_languages,
                "created_at": created_at,
            }
        )
        if editable is not UNSET:
            field_dict["editable"] = editable
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        dubbing_id = d.pop("dubbing_id")

        name = d.pop("name")

        status = d.pop("status")

        def _parse_source_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_language = _parse_source_language(d.pop("source_language"))

        target_languages = cast(list[str], d.pop("target_languages"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        editable = d.pop("editable", UNSET)

        def _parse_media_metadata(data: object) -> DubbingMediaMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_metadata_type_0 = DubbingMediaMetadata.from_dict(data)

                return media_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaMetadata | None | Unset, data)

        media_metadata = _parse_media_metadata(d.pop("media_metadata", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        dubbing_metadata = cls(
            dubbing_id=dubbing_id,
            name=name,
            status=status,
            source_language=source_language,
            target_languages=target_languages,
            created_at=created_at,
            editable=editable,
            media_metadata=media_metadata,
            error=error,
        )

        dubbing_metadata.additional_properties = d
        return dubbing_metadata

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
    global _nested_models_loaded, DubbingMediaMetadata
    from ..models.dubbing_media_metadata import DubbingMediaMetadata  # noqa: F401

    _nested_models_loaded = True
