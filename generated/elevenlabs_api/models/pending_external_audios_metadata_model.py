from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PendingExternalAudiosMetadataModel")


@_attrs_define
class PendingExternalAudiosMetadataModel:
    """
    Attributes:
        target_global_offset_ms (int | None):
        external_audio_ids (list[str]):
    """

    target_global_offset_ms: int | None
    external_audio_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_global_offset_ms: int | None
        target_global_offset_ms = self.target_global_offset_ms

        external_audio_ids = self.external_audio_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_global_offset_ms": target_global_offset_ms,
                "external_audio_ids": external_audio_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_target_global_offset_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_global_offset_ms = _parse_target_global_offset_ms(d.pop("target_global_offset_ms"))

        external_audio_ids = cast(list[str], d.pop("external_audio_ids"))

        pending_external_audios_metadata_model = cls(
            target_global_offset_ms=target_global_offset_ms,
            external_audio_ids=external_audio_ids,
        )

        pending_external_audios_metadata_model.additional_properties = d
        return pending_external_audios_metadata_model

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
