from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_music_finetune_request_model_visibility_type_0 import (
    UpdateMusicFinetuneRequestModelVisibilityType0,
    check_update_music_finetune_request_model_visibility_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMusicFinetuneRequestModel")


@_attrs_define
class UpdateMusicFinetuneRequestModel:
    """
    Attributes:
        name (None | str | Unset):
        tags (list[str] | None | Unset):
        primary_genre (None | str | Unset):
        visibility (None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0):
    """

    name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    primary_genre: None | str | Unset = UNSET
    visibility: None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        primary_genre: None | str | Unset
        if isinstance(self.primary_genre, Unset):
            primary_genre = UNSET
        else:
            primary_genre = self.primary_genre

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_primary_genre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_genre = _parse_primary_genre(d.pop("primary_genre", UNSET))

        def _parse_visibility(data: object) -> None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = check_update_music_finetune_request_model_visibility_type_0(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        update_music_finetune_request_model = cls(
            name=name,
            tags=tags,
            primary_genre=primary_genre,
            visibility=visibility,
        )

        update_music_finetune_request_model.additional_properties = d
        return update_music_finetune_request_model

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
