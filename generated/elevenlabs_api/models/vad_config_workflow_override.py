from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VADConfigWorkflowOverride")


@_attrs_define
class VADConfigWorkflowOverride:
    """
    Attributes:
        background_voice_detection (bool | None | Unset):
    """

    background_voice_detection: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_voice_detection: bool | None | Unset
        if isinstance(self.background_voice_detection, Unset):
            background_voice_detection = UNSET
        else:
            background_voice_detection = self.background_voice_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_voice_detection is not UNSET:
            field_dict["background_voice_detection"] = background_voice_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_background_voice_detection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background_voice_detection = _parse_background_voice_detection(d.pop("background_voice_detection", UNSET))

        vad_config_workflow_override = cls(
            background_voice_detection=background_voice_detection,
        )

        vad_config_workflow_override.additional_properties = d
        return vad_config_workflow_override

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
