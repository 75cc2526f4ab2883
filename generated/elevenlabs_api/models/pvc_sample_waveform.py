from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PvcSampleWaveform")


@_attrs_define
class PvcSampleWaveform:
    """Amplitude points for drawing a sample.

    Example:
        {'sample_id': 'VW7YKqPnjY4h39yTbx2L', 'visual_waveform': [0.05, 0.4, 0.8, 0.3, 0.1]}

    Attributes:
        sample_id (str):
        visual_waveform (list[float]):
    """

    sample_id: str
    visual_waveform: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        visual_waveform = self.visual_waveform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_id": sample_id,
                "visual_waveform": visual_waveform,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sample_id = d.pop("sample_id")

        visual_waveform = cast(list[float], d.pop("visual_waveform"))

        pvc_sample_waveform = cls(
            sample_id=sample_id,
            visual_waveform=visual_waveform,
        )

        pvc_sample_waveform.additional_properties = d
        return pvc_sample_waveform

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
