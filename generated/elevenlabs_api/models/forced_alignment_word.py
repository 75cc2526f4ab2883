from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForcedAlignmentWord")


@_attrs_define
class ForcedAlignmentWord:
    """
    Attributes:
        text (str):
        start (float): Start, in seconds.
        end (float): End, in seconds.
        loss (float): Alignment loss for this word (lower is a better fit).
    """

    text: str
    start: float
    end: float
    loss: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start = self.start

        end = self.end

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "start": start,
                "end": end,
                "loss": loss,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        start = d.pop("start")

        end = d.pop("end")

        loss = d.pop("loss")

        forced_alignment_word = cls(
            text=text,
            start=start,
            end=end,
            loss=loss,
        )

        forced_alignment_word.additional_properties = d
        return forced_alignment_word

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
