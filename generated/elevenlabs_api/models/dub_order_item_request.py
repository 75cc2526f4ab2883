from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubOrderItemRequest")


@_attrs_define
class DubOrderItemRequest:
    """
    Attributes:
        media_id (str):
        source_language (str):
        destination_languages (list[str]):
        include_captions (bool):
        include_source_captions (bool):
        kind (Literal['dub'] | Unset):  Default: 'dub'.
        instructions (None | str | Unset):
        captions_sdh (bool | None | Unset):
    """

    media_id: str
    source_language: str
    destination_languages: list[str]
    include_captions: bool
    include_source_captions: bool
    kind: Literal["dub"] | Unset = "dub"
    instructions: None | str | Unset = UNSET
    captions_sdh: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        source_language = self.source_language

        destination_languages = self.destination_languages

        include_captions = self.include_captions

        include_source_captions = self.include_source_captions

        kind = self.kind

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        captions_sdh: bool | None | Unset
        if isinstance(self.captions_sdh, Unset):
            captions_sdh = UNSET
        else:
            captions_sdh = self.captions_sdh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "source_language": source_language,
                "destination_languages": destination_languages,
                "include_captions": include_captions,
                "include_source_captions": include_source_captions,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if captions_sdh is not UNSET:
            field_dict["captions_sdh"] = captions_sdh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = d.pop("media_id")

        source_language = d.pop("source_language")

        destination_languages = cast(list[str], d.pop("destination_languages"))

        include_captions = d.pop("include_captions")

        include_source_captions = d.pop("include_source_captions")

        kind = cast(Literal["dub"] | Unset, d.pop("kind", UNSET))
        if kind != "dub" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'dub', got '{kind}'")

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_captions_sdh(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        captions_sdh = _parse_captions_sdh(d.pop("captions_sdh", UNSET))

        dub_order_item_request = cls(
            media_id=media_id,
            source_language=source_language,
            destination_languages=destination_languages,
            include_captions=include_captions,
            include_source_captions=include_source_captions,
            kind=kind,
            instructions=instructions,
            captions_sdh=captions_sdh,
        )

        dub_order_item_request.additional_properties = d
        return dub_order_item_request

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
