from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsGenerationConfig")


@_attrs_define
class WsGenerationConfig:
    """When the service starts speaking buffered text; fixed once sent.

    Attributes:
        chunk_length_schedule (list[float] | Unset): Characters to buffer before each successive generation: the first
            entry for the
            first one, the second for the next, the last entry for all later ones. Smaller
            values answer sooner at some cost in quality. The service's default is
            [120, 160, 250, 290].
    """

    chunk_length_schedule: list[float] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chunk_length_schedule: list[float] | Unset = UNSET
        if not isinstance(self.chunk_length_schedule, Unset):
            chunk_length_schedule = self.chunk_length_schedule

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chunk_length_schedule is not UNSET:
            field_dict["chunk_length_schedule"] = chunk_length_schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chunk_length_schedule = cast(list[float], d.pop("chunk_length_schedule", UNSET))

        ws_generation_config = cls(
            chunk_length_schedule=chunk_length_schedule,
        )

        return ws_generation_config
