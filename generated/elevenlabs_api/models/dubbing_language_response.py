from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_language_response_status import (
    DubbingLanguageResponseStatus,
    check_dubbing_language_response_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_error import DubbingError
    from ..models.dubbing_language_outputs import DubbingLanguageOutputs
    from ..models.voice_settings_2 import VoiceSettings2
    from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning


T = TypeVar("T", bound="DubbingLanguageResponse")


@_attrs_define
class DubbingLanguageResponse:
    """
    Attributes:
        language_id (str):
        project_id (str):
        target_language (str):
        status (DubbingLanguageResponseStatus):
        revision (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        model_id (None | str | Unset):
        voice_settings (None | Unset | VoiceSettings2):
        outputs (DubbingLanguageOutputs | None | Unset):
        output_revision (int | None | Unset):
        error (DubbingError | None | Unset):
        warnings (list[VoicesNotPermittedWarning] | Unset):
    """

    language_id: str
    project_id: str
    target_language: str
    status: DubbingLanguageResponseStatus
    revision: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    model_id: None | str | Unset = UNSET
    voice_settings: None | Unset | VoiceSettings2 = UNSET
    outputs: DubbingLanguageOutputs | None | Unset = UNSET
    output_revision: int | None | Unset = UNSET
    error: DubbingError | None | Unset = UNSET
    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language_id = self.language_id

        project_id = self.project_id

        target_language = self.target_language

        status: str = self.status

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings2):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, DubbingLanguageOutputs):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        output_revision: int | None | Unset
        if isinstance(self.output_revision, Unset):
            output_revision = UNSET
        else:
            output_revision = self.output_revision

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
                "language_id": language_id,
                "project_id": project_id,
                "target_language": target_language,
                "status": status,
                "revision": revision,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if output_revision is not UNSET:
            field_dict["output_revision"] = output_revision
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
        language_id = d.pop("language_id")

        project_id = d.pop("project_id")

        target_language = d.pop("target_language")

        status = check_dubbing_language_response_status(d.pop("status"))

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettings2:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettings2.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettings2, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_outputs(data: object) -> DubbingLanguageOutputs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = DubbingLanguageOutputs.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingLanguageOutputs | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        def _parse_output_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_revision = _parse_output_revision(d.pop("output_revision", UNSET))

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

        dubbing_language_response = cls(
            language_id=language_id,
            project_id=project_id,
            target_language=target_language,
            status=status,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            model_id=model_id,
            voice_settings=voice_settings,
            outputs=outputs,
            output_revision=output_revision,
            error=error,
            warnings=warnings,
        )

        dubbing_language_response.additional_properties = d
        return dubbing_language_response

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
    global _nested_models_loaded, DubbingError, DubbingLanguageOutputs, VoiceSettings2, VoicesNotPermittedWarning
    from ..models.dubbing_error import DubbingError  # noqa: F401
    from ..models.dubbing_language_outputs import DubbingLanguageOutputs  # noqa: F401
    from ..models.voice_settings_2 import VoiceSettings2  # noqa: F401
    from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning  # noqa: F401

    _nested_models_loaded = True
