from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="SimilarVoicesForm")


@_attrs_define
class SimilarVoicesForm:
    """A reference clip and how strict the match should be.

    Attributes:
        audio_file (File | Unset):
        similarity_threshold (float | Unset): Maximum distance from 0 to 2; smaller means closer matches only.
        top_k (int | Unset): How many voices to return at most.
    """

    audio_file: File | Unset = UNSET
    similarity_threshold: float | Unset = UNSET
    top_k: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.audio_file, Unset):
            audio_file = self.audio_file.to_tuple()

        similarity_threshold = self.similarity_threshold

        top_k = self.top_k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if similarity_threshold is not UNSET:
            field_dict["similarity_threshold"] = similarity_threshold
        if top_k is not UNSET:
            field_dict["top_k"] = top_k

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.audio_file, Unset) and self.audio_file is not None:
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.similarity_threshold, Unset) and self.similarity_threshold is not None:
            files.append(("similarity_threshold", (None, str(self.similarity_threshold).encode(), "text/plain")))

        if not isinstance(self.top_k, Unset) and self.top_k is not None:
            files.append(("top_k", (None, str(self.top_k).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audio_file = d.pop("audio_file", UNSET)
        audio_file: File | Unset
        if isinstance(_audio_file, Unset):
            audio_file = UNSET
        else:
            audio_file = File(payload=BytesIO(_audio_file))

        similarity_threshold = d.pop("similarity_threshold", UNSET)

        top_k = d.pop("top_k", UNSET)

        similar_voices_form = cls(
            audio_file=audio_file,
            similarity_threshold=similarity_threshold,
            top_k=top_k,
        )

        similar_voices_form.additional_properties = d
        return similar_voices_form

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
