from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionOrderItemRequest")


@_attrs_define
class TranscriptionOrderItemRequest:
    """
    Attributes:
        media_ids (list[str]):
        source_language (str):
        kind (Literal['transcription'] | Unset):  Default: 'transcription'.
        verbatim (bool | Unset):  Default: False.
        instructions (None | str | Unset):
    """

    media_ids: list[str]
    source_language: str
    kind: Literal["transcription"] | Unset = "transcription"
    verbatim: bool | Unset = False
    instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_ids = self.media_ids

        source_language = self.source_language

        kind = self.kind

        verbatim = self.verbatim

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
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if verbatim is not UNSET:
            field_dict["verbatim"] = verbatim
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_ids = cast(list[str], d.pop("media_ids"))

        source_language = d.pop("source_language")

        kind = cast(Literal["transcription"] | Unset, d.pop("kind", UNSET))
        if kind != "transcription" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'transcription', got '{kind}'")

        verbatim = d.pop("verbatim", UNSET)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        transcription_order_item_request = cls(
            media_ids=media_ids,
            source_language=source_language,
            kind=kind,
            verbatim=verbatim,
            instructions=instructions,
        )

        transcription_order_item_request.additional_properties = d
        return transcription_order_item_request

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
