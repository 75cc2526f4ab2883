from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetResponse")


@_attrs_define
class AssetResponse:
    """
    Attributes:
        asset_id (str):
        name (str):
        mime_type (str):
        created_at_unix (int):
        content_url (None | str):
    """

    asset_id: str
    name: str
    mime_type: str
    created_at_unix: int
    content_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        name = self.name

        mime_type = self.mime_type

        created_at_unix = self.created_at_unix

        content_url: None | str
        content_url = self.content_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "name": name,
                "mime_type": mime_type,
                "created_at_unix": created_at_unix,
                "content_url": content_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        name = d.pop("name")

        mime_type = d.pop("mime_type")

        created_at_unix = d.pop("created_at_unix")

        def _parse_content_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_url = _parse_content_url(d.pop("content_url"))

        asset_response = cls(
            asset_id=asset_id,
            name=name,
            mime_type=mime_type,
            created_at_unix=created_at_unix,
            content_url=content_url,
        )

        asset_response.additional_properties = d
        return asset_response

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
