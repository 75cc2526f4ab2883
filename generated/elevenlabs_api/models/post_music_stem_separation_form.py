from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.post_music_stem_separation_form_stem_variation_id import (
    PostMusicStemSeparationFormStemVariationId,
    check_post_music_stem_separation_form_stem_variation_id,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PostMusicStemSeparationForm")


@_attrs_define
class PostMusicStemSeparationForm:
    """
    Attributes:
        file (File):
        stem_variation_id (PostMusicStemSeparationFormStemVariationId | Unset):  Default: 'six_stems_v1'.
        sign_with_c2pa (bool | Unset):  Default: False.
    """

    file: File
    stem_variation_id: PostMusicStemSeparationFormStemVariationId | Unset = "six_stems_v1"
    sign_with_c2pa: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        stem_variation_id: str | Unset = UNSET
        if not isinstance(self.stem_variation_id, Unset):
            stem_variation_id = self.stem_variation_id

        sign_with_c2pa = self.sign_with_c2pa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if stem_variation_id is not UNSET:
            field_dict["stem_variation_id"] = stem_variation_id
        if sign_with_c2pa is not UNSET:
            field_dict["sign_with_c2pa"] = sign_with_c2pa

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.stem_variation_id, Unset) and self.stem_variation_id is not None:
            files.append(("stem_variation_id", (None, str(self.stem_variation_id).encode(), "text/plain")))

        if not isinstance(self.sign_with_c2pa, Unset) and self.sign_with_c2pa is not None:
            files.append(("sign_with_c2pa", (None, b"true" if self.sign_with_c2pa else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _stem_variation_id = d.pop("stem_variation_id", UNSET)
        stem_variation_id: PostMusicStemSeparationFormStemVariationId | Unset
        if isinstance(_stem_variation_id, Unset):
            stem_variation_id = UNSET
        else:
            stem_variation_id = check_post_music_stem_separation_form_stem_variation_id(_stem_variation_id)

        sign_with_c2pa = d.pop("sign_with_c2pa", UNSET)

        post_music_stem_separation_form = cls(
            file=file,
            stem_variation_id=stem_variation_id,
            sign_with_c2pa=sign_with_c2pa,
        )

        post_music_stem_separation_form.additional_properties = d
        return post_music_stem_separation_form

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
