from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.character_usage_usage import CharacterUsageUsage


T = TypeVar("T", bound="CharacterUsage")


@_attrs_define
class CharacterUsage:
    """Usage series over a shared time axis.

    Attributes:
        time (list[int]): Bucket start times in Unix milliseconds.
        usage (CharacterUsageUsage): One series per breakdown value, aligned with `time`.
    """

    time: list[int]
    usage: CharacterUsageUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        time = self.time

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        time = cast(list[int], d.pop("time"))

        usage = CharacterUsageUsage.from_dict(d.pop("usage"))

        character_usage = cls(
            time=time,
            usage=usage,
        )

        character_usage.additional_properties = d
        return character_usage

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
    global _nested_models_loaded, CharacterUsageUsage
    from ..models.character_usage_usage import CharacterUsageUsage  # noqa: F401

    _nested_models_loaded = True
