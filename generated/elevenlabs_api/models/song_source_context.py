from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.song_source_context_generation_settings_type_0 import SongSourceContextGenerationSettingsType0


T = TypeVar("T", bound="SongSourceContext")


@_attrs_define
class SongSourceContext:
    """
    Attributes:
        song_id (str):
        source_type (Literal['song'] | Unset):  Default: 'song'.
        chat_id (None | str | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        genres (list[str] | Unset):
        languages (list[str] | Unset):
        is_explicit (bool | None | Unset):
        bpm (int | None | Unset):
        generation_settings (None | SongSourceContextGenerationSettingsType0 | Unset):
    """

    song_id: str
    source_type: Literal["song"] | Unset = "song"
    chat_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    is_explicit: bool | None | Unset = UNSET
    bpm: int | None | Unset = UNSET
    generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        song_id = self.song_id

        source_type = self.source_type

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        is_explicit: bool | None | Unset
        if isinstance(self.is_explicit, Unset):
            is_explicit = UNSET
        else:
            is_explicit = self.is_explicit

        bpm: int | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        generation_settings: dict[str, Any] | None | Unset
        if isinstance(self.generation_settings, Unset):
            generation_settings = UNSET
        elif isinstance(self.generation_settings, SongSourceContextGenerationSettingsType0):
            generation_settings = self.generation_settings.to_dict()
        else:
            generation_settings = self.generation_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "song_id": song_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if languages is not UNSET:
            field_dict["languages"] = languages
        if is_explicit is not UNSET:
            field_dict["is_explicit"] = is_explicit
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if generation_settings is not UNSET:
            field_dict["generation_settings"] = generation_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        song_id = d.pop("song_id")

        source_type = cast(Literal["song"] | Unset, d.pop("source_type", UNSET))
        if source_type != "song" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'song', got '{source_type}'")

        def _parse_chat_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_id = _parse_chat_id(d.pop("chat_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        genres = cast(list[str], d.pop("genres", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_is_explicit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_explicit = _parse_is_explicit(d.pop("is_explicit", UNSET))

        def _parse_bpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bpm = _parse_bpm(d.pop("bpm", UNSET))

        def _parse_generation_settings(data: object) -> None | SongSourceContextGenerationSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generation_settings_type_0 = SongSourceContextGenerationSettingsType0.from_dict(data)

                return generation_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SongSourceContextGenerationSettingsType0 | Unset, data)

        generation_settings = _parse_generation_settings(d.pop("generation_settings", UNSET))

        song_source_context = cls(
            song_id=song_id,
            source_type=source_type,
            chat_id=chat_id,
            title=title,
            description=description,
            genres=genres,
            languages=languages,
            is_explicit=is_explicit,
            bpm=bpm,
            generation_settings=generation_settings,
        )

        song_source_context.additional_properties = d
        return song_source_context

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
    global _nested_models_loaded, SongSourceContextGenerationSettingsType0
    from ..models.song_source_context_generation_settings_type_0 import SongSourceContextGenerationSettingsType0  # noqa: F401

    _nested_models_loaded = True
