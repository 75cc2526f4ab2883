from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSttWord")


@_attrs_define
class WsSttWord:
    """One word of a committed segment, or the gap between two words.

    Attributes:
        text (str):
        start (float | None | Unset): Seconds from the start of the session's audio.
        end (float | None | Unset): Seconds from the start of the session's audio.
        type_ (None | str | Unset): `word`, or `spacing` for the space between two words.
        speaker_id (None | str | Unset):
        logprob (float | None | Unset): Log-probability of the word (0 is certain).
        characters (list[str] | None | Unset):
    """

    text: str
    start: float | None | Unset = UNSET
    end: float | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    speaker_id: None | str | Unset = UNSET
    logprob: float | None | Unset = UNSET
    characters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start: float | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: float | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        logprob: float | None | Unset
        if isinstance(self.logprob, Unset):
            logprob = UNSET
        else:
            logprob = self.logprob

        characters: list[str] | None | Unset
        if isinstance(self.characters, Unset):
            characters = UNSET
        elif isinstance(self.characters, list):
            characters = self.characters

        else:
            characters = self.characters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if type_ is not UNSET:
            field_dict["type"] = type_
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if characters is not UNSET:
            field_dict["characters"] = characters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_speaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_id = _parse_speaker_id(d.pop("speaker_id", UNSET))

        def _parse_logprob(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        logprob = _parse_logprob(d.pop("logprob", UNSET))

        def _parse_characters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                characters_type_0 = cast(list[str], data)

                return characters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        characters = _parse_characters(d.pop("characters", UNSET))

        ws_stt_word = cls(
            text=text,
            start=start,
            end=end,
            type_=type_,
            speaker_id=speaker_id,
            logprob=logprob,
            characters=characters,
        )

        ws_stt_word.additional_properties = d
        return ws_stt_word

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
