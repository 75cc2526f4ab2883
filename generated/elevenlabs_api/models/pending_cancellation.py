from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingCancellation")


@_attrs_define
class PendingCancellation:
    """The subscription will end at `timestamp_seconds`.

    Attributes:
        timestamp_seconds (int):
        kind (Literal['cancellation'] | Unset):  Default: 'cancellation'.
    """

    timestamp_seconds: int
    kind: Literal["cancellation"] | Unset = "cancellation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_seconds = self.timestamp_seconds

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp_seconds": timestamp_seconds,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp_seconds = d.pop("timestamp_seconds")

        kind = cast(Literal["cancellation"] | Unset, d.pop("kind", UNSET))
        if kind != "cancellation" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'cancellation', got '{kind}'")

        pending_cancellation = cls(
            timestamp_seconds=timestamp_seconds,
            kind=kind,
        )

        pending_cancellation.additional_properties = d
        return pending_cancellation

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
