from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_render_type import DubbingRenderType, check_dubbing_render_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingRenderRequest")


@_attrs_define
class DubbingRenderRequest:
    """What to render.

    Attributes:
        render_type (DubbingRenderType): What a render produces.
        normalize_volume (bool | None | Unset):  Default: False.
    """

    render_type: DubbingRenderType
    normalize_volume: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        render_type: str = self.render_type

        normalize_volume: bool | None | Unset
        if isinstance(self.normalize_volume, Unset):
            normalize_volume = UNSET
        else:
            normalize_volume = self.normalize_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "render_type": render_type,
            }
        )
        if normalize_volume is not UNSET:
            field_dict["normalize_volume"] = normalize_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        render_type = check_dubbing_render_type(d.pop("render_type"))

        def _parse_normalize_volume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        normalize_volume = _parse_normalize_volume(d.pop("normalize_volume", UNSET))

        dubbing_render_request = cls(
            render_type=render_type,
            normalize_volume=normalize_volume,
        )

        dubbing_render_request.additional_properties = d
        return dubbing_render_request

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
