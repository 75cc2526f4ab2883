from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DetectedEntity")


@_attrs_define
class DetectedEntity:
    """
    Attributes:
        text (str):
        entity_type (str):
        start_char (int):
        end_char (int):
    """

    text: str
    entity_type: str
    start_char: int
    end_char: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        entity_type = self.entity_type

        start_char = self.start_char

        end_char = self.end_char

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "entity_type": entity_type,
                "start_char": start_char,
                "end_char": end_char,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        entity_type = d.pop("entity_type")

        start_char = d.pop("start_char")

        end_char = d.pop("end_char")

        detected_entity = cls(
            text=text,
            entity_type=entity_type,
            start_char=start_char,
            end_char=end_char,
        )

        detected_entity.additional_properties = d
        return detected_entity

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
