from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialogueSettings")


@_attrs_define
class DialogueSettings:
    """Voice settings applied to the whole dialogue.

    Attributes:
        stability (float | None | Unset): Lower is more expressive, higher is steadier. Default: 0.5.
    """

    stability: float | None | Unset = 0.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        dialogue_settings = cls(
            stability=stability,
        )

        dialogue_settings.additional_properties = d
        return dialogue_settings

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
