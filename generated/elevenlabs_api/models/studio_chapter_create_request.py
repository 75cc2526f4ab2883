from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioChapterCreateRequest")


@_attrs_define
class StudioChapterCreateRequest:
    """
    Attributes:
        name (str):
        from_url (None | str | Unset): Web page whose text becomes the chapter's content.
    """

    name: str
    from_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        from_url: None | str | Unset
        if isinstance(self.from_url, Unset):
            from_url = UNSET
        else:
            from_url = self.from_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if from_url is not UNSET:
            field_dict["from_url"] = from_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_from_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_url = _parse_from_url(d.pop("from_url", UNSET))

        studio_chapter_create_request = cls(
            name=name,
            from_url=from_url,
        )

        studio_chapter_create_request.additional_properties = d
        return studio_chapter_create_request

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
