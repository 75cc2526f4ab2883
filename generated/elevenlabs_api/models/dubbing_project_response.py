from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_project_response_status import DubbingProjectResponseStatus, check_dubbing_project_response_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_error import DubbingError
    from ..models.dubbing_source_media_info import DubbingSourceMediaInfo
    from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning


T = TypeVar("T", bound="DubbingProjectResponse")


@_attrs_define
class DubbingProjectResponse:
    """
    Attributes:
        project_id (str):
        status (DubbingProjectResponseStatus):
        revision (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        reference (None | str | Unset):
        source_language (None | str | Unset):
        model_id (None | str | Unset):
        media (DubbingSourceMediaInfo | None | Unset):
        language_ids (list[str] | Unset):
        webhook_ids (list[str] | Unset):
        error (DubbingError | None | Unset):
        warnings (list[VoicesNotPermittedWarning] | Unset):
    """

    project_id: str
    status: DubbingProjectResponseStatus
    revision: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    reference: None | str | Unset = UNSET
    source_language: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    media: DubbingSourceMediaInfo | None | Unset = UNSET
    language_ids: list[str] | Unset = UNSET
    webhook_ids: list[str] | Unset = UNSET
    error: DubbingError | None | Unset = UNSET
    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        project_id = self.project_id

        status: str = self.status

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        source_language: None | str | Unset
        if isinstance(self.source_language, Unset):
            source_language = UNSET
        else:
            source_language = self.source_language

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        media: dict[str, Any] | None | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, DubbingSourceMediaInfo):
            media = self.media.to_dict()
        else:
            media = self.media

        language_ids: list[str] | Unset = UNSET
        if not isinstance(self.language_ids, Unset):
            language_ids = self.language_ids

        webhook_ids: list[str] | Unset = UNSET
        if not isinstance(self.webhook_ids, Unset):
            webhook_ids = self.webhook_ids

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DubbingError):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "status": status,
                "revision": revision,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if media is not UNSET:
            field_dict["media"] = media
        if language_ids is not UNSET:
            field_dict["language_ids"] = language_ids
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        project_id = d.pop("project_id")

        status = check_dubbing_project_response_status(d.pop("status"))

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_source_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_language = _parse_source_language(d.pop("source_language", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_media(data: object) -> DubbingSourceMediaInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_type_0 = DubbingSourceMediaInfo.from_dict(data)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingSourceMediaInfo | None | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        language_ids = cast(list[str], d.pop("language_ids", UNSET))

        webhook_ids = cast(list[str], d.pop("webhook_ids", UNSET))

        def _parse_error(data: object) -> DubbingError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = DubbingError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = VoicesNotPermittedWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        dubbing_project_response = cls(
            project_id=project_id,
            status=status,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            reference=reference,
            source_language=source_language,
            model_id=model_id,
            media=media,
            language_ids=language_ids,
            webhook_ids=webhook_ids,
            error=error,
            warnings=warnings,
        )

        dubbing_project_response.additional_properties = d
        return dubbing_project_response

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
    global _nested_models_loaded, DubbingError, DubbingSourceMediaInfo, VoicesNotPermittedWarning
    from ..models.dubbing_error import DubbingError  # noqa: F401
    from ..models.dubbing_source_media_info import DubbingSourceMediaInfo  # noqa: F401
    from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning  # noqa: F401

    _nested_models_loaded = True
