from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PostMusicVideoToMusicForm")


@_attrs_define
class PostMusicVideoToMusicForm:
    """
    Attributes:
        videos (list[File]):
        description (str | Unset):
        tags (list[str] | Unset):
        model_id (MusicModel | Unset): Music generation model. Default: 'music_v1'.
        sign_with_c2pa (bool | Unset):  Default: False.
    """

    videos: list[File]
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    model_id: MusicModel | Unset = "music_v1"
    sign_with_c2pa: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_tuple()

            videos.append(videos_item)

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        sign_with_c2pa = self.sign_with_c2pa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videos": videos,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if sign_with_c2pa is not UNSET:
            field_dict["sign_with_c2pa"] = sign_with_c2pa

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.videos, Unset) and self.videos is not None:
            for videos_item_element in self.videos:
                files.append(("videos", videos_item_element.to_tuple()))

        if not isinstance(self.description, Unset) and self.description is not None:
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.tags, Unset) and self.tags is not None:
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.sign_with_c2pa, Unset) and self.sign_with_c2pa is not None:
            files.append(("sign_with_c2pa", (None, b"true" if self.sign_with_c2pa else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:
            videos_item = File(payload=BytesIO(videos_item_data))

            videos.append(videos_item)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _model_id = d.pop("model_id", UNSET)
        model_id: MusicModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model(_model_id)

        sign_with_c2pa = d.pop("sign_with_c2pa", UNSET)

        post_music_video_to_music_form = cls(
            videos=videos,
            description=description,
            tags=tags,
            model_id=model_id,
            sign_with_c2pa=sign_with_c2pa,
        )

        post_music_video_to_music_form.additional_properties = d
        return post_music_video_to_music_form

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
