from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicExploreSongSourceContext")


@_attrs_define
class MusicExploreSongSourceContext:
    """
    Attributes:
        music_explore_song_id (str):
        source_type (Literal['music_explore_song'] | Unset):  Default: 'music_explore_song'.
        title (None | str | Unset):
        description (None | str | Unset):
        bpm (int | None | Unset):
        vocals (None | str | Unset):
        lyrics (None | str | Unset):
    """

    music_explore_song_id: str
    source_type: Literal["music_explore_song"] | Unset = "music_explore_song"
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    bpm: int | None | Unset = UNSET
    vocals: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_explore_song_id = self.music_explore_song_id

        source_type = self.source_type

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

        bpm: int | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        vocals: None | str | Unset
        if isinstance(self.vocals, Unset):
            vocals = UNSET
        else:
            vocals = self.vocals

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "music_explore_song_id": music_explore_song_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if vocals is not UNSET:
            field_dict["vocals"] = vocals
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        music_explore_song_id = d.pop("music_explore_song_id")

        source_type = cast(Literal["music_explore_song"] | Unset, d.pop("source_type", UNSET))
        if source_type != "music_explore_song" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'music_explore_song', got '{source_type}'")

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

        def _parse_bpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bpm = _parse_bpm(d.pop("bpm", UNSET))

        def _parse_vocals(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vocals = _parse_vocals(d.pop("vocals", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        music_explore_song_source_context = cls(
            music_explore_song_id=music_explore_song_id,
            source_type=source_type,
            title=title,
            description=description,
            bpm=bpm,
            vocals=vocals,
            lyrics=lyrics,
        )

        music_explore_song_source_context.additional_properties = d
        return music_explore_song_source_context

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
