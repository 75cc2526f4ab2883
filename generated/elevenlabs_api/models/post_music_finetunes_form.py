from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.music_model import MusicModel, check_music_model
from ..models.post_music_finetunes_form_visibility import (
    PostMusicFinetunesFormVisibility,
    check_post_music_finetunes_form_visibility,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PostMusicFinetunesForm")


@_attrs_define
class PostMusicFinetunesForm:
    """
    Attributes:
        name (str):
        primary_genre (str):
        files (list[File] | Unset):
        tags (list[str] | Unset):
        visibility (PostMusicFinetunesFormVisibility | Unset):
        model_id (MusicModel | Unset): Music generation model. Default: 'music_v1'.
    """

    name: str
    primary_genre: str
    files: list[File] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    visibility: PostMusicFinetunesFormVisibility | Unset = UNSET
    model_id: MusicModel | Unset = "music_v1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        primary_genre = self.primary_genre

        files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "primary_genre": primary_genre,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files
        if tags is not UNSET:
            field_dict["tags"] = tags
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if model_id is not UNSET:
            field_dict["model_id"] = model_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.primary_genre, Unset) and self.primary_genre is not None:
            files.append(("primary_genre", (None, str(self.primary_genre).encode(), "text/plain")))

        if not isinstance(self.files, Unset) and self.files is not None:
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.tags, Unset) and self.tags is not None:
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.visibility, Unset) and self.visibility is not None:
            files.append(("visibility", (None, str(self.visibility).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        primary_genre = d.pop("primary_genre")

        _files = d.pop("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: PostMusicFinetunesFormVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_post_music_finetunes_form_visibility(_visibility)

        _model_id = d.pop("model_id", UNSET)
        model_id: MusicModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model(_model_id)

        post_music_finetunes_form = cls(
            name=name,
            primary_genre=primary_genre,
            files=files,
            tags=tags,
            visibility=visibility,
            model_id=model_id,
        )

        post_music_finetunes_form.additional_properties = d
        return post_music_finetunes_form

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
