from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_analysis_status import AudioAnalysisStatus, check_audio_analysis_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_analysis_result import AudioAnalysisResult


T = TypeVar("T", bound="AudioAnalysis")


@_attrs_define
class AudioAnalysis:
    """
    Attributes:
        status (AudioAnalysisStatus):
        data (AudioAnalysisResult | None):
        updated_at_ms (int | Unset):
    """

    status: AudioAnalysisStatus
    data: AudioAnalysisResult | None
    updated_at_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        status: str = self.status

        data: dict[str, Any] | None
        if isinstance(self.data, AudioAnalysisResult):
            data = self.data.to_dict()
        else:
            data = self.data

        updated_at_ms = self.updated_at_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        status = check_audio_analysis_status(d.pop("status"))

        def _parse_data(data: object) -> AudioAnalysisResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AudioAnalysisResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioAnalysisResult | None, data)

        data = _parse_data(d.pop("data"))

        updated_at_ms = d.pop("updated_at_ms", UNSET)

        audio_analysis = cls(
            status=status,
            data=data,
            updated_at_ms=updated_at_ms,
        )

        audio_analysis.additional_properties = d
        return audio_analysis

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
    global _nested_models_loaded, AudioAnalysisResult
    from ..models.audio_analysis_result import AudioAnalysisResult  # noqa: F401

    _nested_models_loaded = True
