from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingCreated")


@_attrs_define
class DubbingCreated:
    """A dubbing project that was just started.

    Example:
        {'dubbing_id': '9zJkP4sWm2XqLr7TcN0b', 'expected_duration_sec': 42.5}

    Attributes:
        dubbing_id (str):
        expected_duration_sec (float): Rough estimate of how long dubbing will take, in seconds.
    """

    dubbing_id: str
    expected_duration_sec: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dubbing_id = self.dubbing_id

        expected_duration_sec = self.expected_duration_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dubbing_id": dubbing_id,
                "expected_duration_sec": expected_duration_sec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dubbing_id = d.pop("dubbing_id")

        expected_duration_sec = d.pop("expected_duration_sec")

        dubbing_created = cls(
            dubbing_id=dubbing_id,
            expected_duration_sec=expected_duration_sec,
        )

        dubbing_created.additional_properties = d
        return dubbing_created

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
