from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_render_type import DubbingRenderType, check_dubbing_render_type

T = TypeVar("T", bound="DubbingRenderRequest")


@_attrs_define
class DubbingRenderRequest:
    """What to render.

    Attributes:
        render_type (DubbingRenderType): What a render produces.
    """

    render_type: DubbingRenderType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        render_type: str = self.render_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "render_type": render_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        render_type = check_dubbing_render_type(d.pop("render_type"))

        dubbing_render_request = cls(
            render_type=render_type,
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
