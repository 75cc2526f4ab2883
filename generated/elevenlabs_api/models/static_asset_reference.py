from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StaticAssetReference")


@_attrs_define
class StaticAssetReference:
    """
    Attributes:
        type_ (Literal['asset']):
        asset_id (str):
    """

    type_: Literal["asset"]
    asset_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["asset"], d.pop("type"))
        if type_ != "asset":
            raise ValueError(f"type must match const 'asset', got '{type_}'")

        asset_id = d.pop("asset_id")

        static_asset_reference = cls(
            type_=type_,
            asset_id=asset_id,
        )

        return static_asset_reference
