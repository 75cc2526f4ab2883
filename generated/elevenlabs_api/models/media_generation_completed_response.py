from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaGenerationCompletedResponse")


@_attrs_define
class MediaGenerationCompletedResponse:
    """
    Attributes:
        id (str):
        status (Literal['completed']):
        content_url (str):
        content_mime_type (str):
    """

    id: str
    status: Literal["completed"]
    content_url: str
    content_mime_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        content_url = self.content_url

        content_mime_type = self.content_mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "content_url": content_url,
                "content_mime_type": content_mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = cast(Literal["completed"], d.pop("status"))
        if status != "completed":
            raise ValueError(f"status must match const 'completed', got '{status}'")

        content_url = d.pop("content_url")

        content_mime_type = d.pop("content_mime_type")

        media_generation_completed_response = cls(
            id=id,
            status=status,
            content_url=content_url,
            content_mime_type=content_mime_type,
        )

        media_generation_completed_response.additional_properties = d
        return media_generation_completed_response

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
