from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_native_create_form_apply_text_normalization import (
    AudioNativeCreateFormApplyTextNormalization,
    check_audio_native_create_form_apply_text_normalization,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AudioNativeCreateForm")


@_attrs_define
class AudioNativeCreateForm:
    """A new Audio Native project and how its player looks.

    Attributes:
        name (str):
        image (str | Unset): Player image URL (no longer used).
        author (str | Unset):
        title (str | Unset): Title shown in the player.
        small (bool | Unset): Use the small player (no longer used). Default: False.
        text_color (str | Unset):
        background_color (str | Unset):
        sessionization (int | Unset): Minutes to keep a listening session (no longer used). Default: 0.
        voice_id (str | Unset):
        model_id (str | Unset):
        file (File | Unset): A text or HTML file with the content.
        auto_convert (bool | Unset): Convert to audio right away. Default: False.
        apply_text_normalization (AudioNativeCreateFormApplyTextNormalization | Unset):
        pronunciation_dictionary_locators (list[str] | Unset):
    """

    name: str
    image: str | Unset = UNSET
    author: str | Unset = UNSET
    title: str | Unset = UNSET
    small: bool | Unset = False
    text_color: str | Unset = UNSET
    background_color: str | Unset = UNSET
    sessionization: int | Unset = 0
    voice_id: str | Unset = UNSET
    model_id: str | Unset = UNSET
    file: File | Unset = UNSET
    auto_convert: bool | Unset = False
    apply_text_normalization: AudioNativeCreateFormApplyTextNormalization | Unset = UNSET
    pronunciation_dictionary_locators: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image = self.image

        author = self.author

        title = self.title

        small = self.small

        text_color = self.text_color

        background_color = self.background_color

        sessionization = self.sessionization

        voice_id = self.voice_id

        model_id = self.model_id

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        auto_convert = self.auto_convert

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        pronunciation_dictionary_locators: list[str] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if author is not UNSET:
            field_dict["author"] = author
        if title is not UNSET:
            field_dict["title"] = title
        if small is not UNSET:
            field_dict["small"] = small
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if sessionization is not UNSET:
            field_dict["sessionization"] = sessionization
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if file is not UNSET:
            field_dict["file"] = file
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.image, Unset) and self.image is not None:
            files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.author, Unset) and self.author is not None:
            files.append(("author", (None, str(self.author).encode(), "text/plain")))

        if not isinstance(self.title, Unset) and self.title is not None:
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.small, Unset) and self.small is not None:
            files.append(("small", (None, b"true" if self.small else b"false", "text/plain")))

        if not isinstance(self.text_color, Unset) and self.text_color is not None:
            files.append(("text_color", (None, str(self.text_color).encode(), "text/plain")))

        if not isinstance(self.background_color, Unset) and self.background_color is not None:
            files.append(("background_color", (None, str(self.background_color).encode(), "text/plain")))

        if not isinstance(self.sessionization, Unset) and self.sessionization is not None:
            files.append(("sessionization", (None, str(self.sessionization).encode(), "text/plain")))

        if not isinstance(self.voice_id, Unset) and self.voice_id is not None:
            files.append(("voice_id", (None, str(self.voice_id).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_convert, Unset) and self.auto_convert is not None:
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.apply_text_normalization, Unset) and self.apply_text_normalization is not None:
            files.append(
                ("apply_text_normalization", (None, str(self.apply_text_normalization).encode(), "text/plain"))
            )

        if (
            not isinstance(self.pronunciation_dictionary_locators, Unset)
            and self.pronunciation_dictionary_locators is not None
        ):
            for pronunciation_dictionary_locators_item_element in self.pronunciation_dictionary_locators:
                files.append(
                    (
                        "pronunciation_dictionary_locators",
                        (None, str(pronunciation_dictionary_locators_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        image = d.pop("image", UNSET)

        author = d.pop("author", UNSET)

        title = d.pop("title", UNSET)

        small = d.pop("small", UNSET)

        text_color = d.pop("text_color", UNSET)

        background_color = d.pop("background_color", UNSET)

        sessionization = d.pop("sessionization", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        model_id = d.pop("model_id", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        auto_convert = d.pop("auto_convert", UNSET)

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: AudioNativeCreateFormApplyTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_audio_native_create_form_apply_text_normalization(
                _apply_text_normalization
            )

        pronunciation_dictionary_locators = cast(list[str], d.pop("pronunciation_dictionary_locators", UNSET))

        audio_native_create_form = cls(
            name=name,
            image=image,
            author=author,
            title=title,
            small=small,
            text_color=text_color,
            background_color=background_color,
            sessionization=sessionization,
            voice_id=voice_id,
            model_id=model_id,
            file=file,
            auto_convert=auto_convert,
            apply_text_normalization=apply_text_normalization,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )

        audio_native_create_form.additional_properties = d
        return audio_native_create_form

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
