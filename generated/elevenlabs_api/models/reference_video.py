from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_clip_reference import StudioClipReference


T = TypeVar("T", bound="ReferenceVideo")


@_attrs_define
class ReferenceVideo:
    """
    Attributes:
        generation_id (None | str | Unset):
        content_asset_id (None | str | Unset):
        template_node_id (None | str | Unset):
        studio_clip (None | StudioClipReference | Unset):
    """

    generation_id: None | str | Unset = UNSET
    content_asset_id: None | str | Unset = UNSET
    template_node_id: None | str | Unset = UNSET
    studio_clip: None | StudioClipReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        generation_id: None | str | Unset
        if isinstance(self.generation_id, Unset):
            generation_id = UNSET
        else:
            generation_id = self.generation_id

        content_asset_id: None | str | Unset
        if isinstance(self.content_asset_id, Unset):
            content_asset_id = UNSET
        else:
            content_asset_id = self.content_asset_id

        template_node_id: None | str | Unset
        if isinstance(self.template_node_id, Unset):
            template_node_id = UNSET
        else:
            template_node_id = self.template_node_id

        studio_clip: dict[str, Any] | None | Unset
        if isinstance(self.studio_clip, Unset):
            studio_clip = UNSET
        elif isinstance(self.studio_clip, StudioClipReference):
            studio_clip = self.studio_clip.to_dict()
        else:
            studio_clip = self.studio_clip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if content_asset_id is not UNSET:
            field_dict["content_asset_id"] = content_asset_id
        if template_node_id is not UNSET:
            field_dict["template_node_id"] = template_node_id
        if studio_clip is not UNSET:
            field_dict["studio_clip"] = studio_clip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_generation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_id = _parse_generation_id(d.pop("generation_id", UNSET))

        def _parse_content_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_asset_id = _parse_content_asset_id(d.pop("content_asset_id", UNSET))

        def _parse_template_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_node_id = _parse_template_node_id(d.pop("template_node_id", UNSET))

        def _parse_studio_clip(data: object) -> None | StudioClipReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                studio_clip_type_0 = StudioClipReference.from_dict(data)

                return studio_clip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioClipReference | Unset, data)

        studio_clip = _parse_studio_clip(d.pop("studio_clip", UNSET))

        reference_video = cls(
            generation_id=generation_id,
            content_asset_id=content_asset_id,
            template_node_id=template_node_id,
            studio_clip=studio_clip,
        )

        reference_video.additional_properties = d
        return reference_video

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


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, StudioClipReference
    from ..models.studio_clip_reference import StudioClipReference  # noqa: F401

    _nested_models_loaded = True
