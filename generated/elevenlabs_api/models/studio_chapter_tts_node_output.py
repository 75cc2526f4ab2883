from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudioChapterTtsNodeOutput")


@_attrs_define
class StudioChapterTtsNodeOutput:
    """Text spoken by one voice.

    Attributes:
        type_ (Literal['tts_node']):
        project_voice_ref_id (str):
        text (str):
        voice_id (str):
    """

    type_: Literal["tts_node"]
    project_voice_ref_id: str
    text: str
    voice_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        project_voice_ref_id = self.project_voice_ref_id

        text = self.text

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "project_voice_ref_id": project_voice_ref_id,
                "text": text,
                "voice_id": voice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tts_node"], d.pop("type"))
        if type_ != "tts_node":
            raise ValueError(f"type must match const 'tts_node', got '{type_}'")

        project_voice_ref_id = d.pop("project_voice_ref_id")

        text = d.pop("text")

        voice_id = d.pop("voice_id")

        studio_chapter_tts_node_output = cls(
            type_=type_,
            project_voice_ref_id=project_voice_ref_id,
            text=text,
            voice_id=voice_id,
        )

        studio_chapter_tts_node_output.additional_properties = d
        return studio_chapter_tts_node_output

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
