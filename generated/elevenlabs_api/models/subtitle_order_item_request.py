from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cue_options_request import CueOptionsRequest


T = TypeVar("T", bound="SubtitleOrderItemRequest")


@_attrs_define
class SubtitleOrderItemRequest:
    """
    Attributes:
        media_ids (list[str]):
        source_language (str):
        destination_languages (list[str]):
        kind (Literal['subtitles'] | Unset):  Default: 'subtitles'.
        cue_options (CueOptionsRequest | Unset):
        sdh (bool | Unset):  Default: False.
        instructions (None | str | Unset):
    """

    media_ids: list[str]
    source_language: str
    destination_languages: list[str]
    kind: Literal["subtitles"] | Unset = "subtitles"
    cue_options: CueOptionsRequest | Unset = UNSET
    sdh: bool | Unset = False
    instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        media_ids = self.media_ids

        source_language = self.source_language

        destination_languages = self.destination_languages

        kind = self.kind

        cue_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cue_options, Unset):
            cue_options = self.cue_options.to_dict()

        sdh = self.sdh

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_ids": media_ids,
                "source_language": source_language,
                "destination_languages": destination_languages,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if cue_options is not UNSET:
            field_dict["cue_options"] = cue_options
        if sdh is not UNSET:
            field_dict["sdh"] = sdh
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        media_ids = cast(list[str], d.pop("media_ids"))

        source_language = d.pop("source_language")

        destination_languages = cast(list[str], d.pop("destination_languages"))

        kind = cast(Literal["subtitles"] | Unset, d.pop("kind", UNSET))
        if kind != "subtitles" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'subtitles', got '{kind}'")

        _cue_options = d.pop("cue_options", UNSET)
        cue_options: CueOptionsRequest | Unset
        if isinstance(_cue_options, Unset):
            cue_options = UNSET
        else:
            cue_options = CueOptionsRequest.from_dict(_cue_options)

        sdh = d.pop("sdh", UNSET)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        subtitle_order_item_request = cls(
            media_ids=media_ids,
            source_language=source_language,
            destination_languages=destination_languages,
            kind=kind,
            cue_options=cue_options,
            sdh=sdh,
            instructions=instructions,
        )

        subtitle_order_item_request.additional_properties = d
        return subtitle_order_item_request

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
    global _nested_models_loaded, CueOptionsRequest
    from ..models.cue_options_request import CueOptionsRequest  # noqa: F401

    _nested_models_loaded = True
