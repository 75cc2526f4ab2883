from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PostMusicUploadForm")


@_attrs_define
class PostMusicUploadForm:
    """
    Attributes:
        file (File):
        extract_composition_plan (bool | MusicModel | Unset):  Default: False.
        with_timestamps (bool | Unset):  Default: False.
    """

    file: File
    extract_composition_plan: bool | MusicModel | Unset = False
    with_timestamps: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        extract_composition_plan: bool | str | Unset
        if isinstance(self.extract_composition_plan, Unset):
            extract_composition_plan = UNSET
        elif isinstance(self.extract_composition_plan, str):
            extract_composition_plan = self.extract_composition_plan
        else:
            extract_composition_plan = self.extract_composition_plan

        with_timestamps = self.with_timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if extract_composition_plan is not UNSET:
            field_dict["extract_composition_plan"] = extract_composition_plan
        if with_timestamps is not UNSET:
            field_dict["with_timestamps"] = with_timestamps

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.extract_composition_plan, Unset) and self.extract_composition_plan is not None:
            if isinstance(self.extract_composition_plan, bool):
                files.append(
                    (
                        "extract_composition_plan",
                        (None, b"true" if self.extract_composition_plan else b"false", "text/plain"),
                    )
                )
            else:
                files.append(
                    ("extract_composition_plan", (None, str(self.extract_composition_plan).encode(), "text/plain"))
                )

        if not isinstance(self.with_timestamps, Unset) and self.with_timestamps is not None:
            files.append(("with_timestamps", (None, b"true" if self.with_timestamps else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        def _parse_extract_composition_plan(data: object) -> bool | MusicModel | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extract_composition_plan_type_1 = check_music_model(data)

                return extract_composition_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | MusicModel | Unset, data)

        extract_composition_plan = _parse_extract_composition_plan(d.pop("extract_composition_plan", UNSET))

        with_timestamps = d.pop("with_timestamps", UNSET)

        post_music_upload_form = cls(
            file=file,
            extract_composition_plan=extract_composition_plan,
            with_timestamps=with_timestamps,
        )

        post_music_upload_form.additional_properties = d
        return post_music_upload_form

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
