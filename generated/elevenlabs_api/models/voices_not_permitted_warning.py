from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoicesNotPermittedWarning")


@_attrs_define
class VoicesNotPermittedWarning:
    """
    Attributes:
        type_ (Literal['voices_not_permitted']):
        speaker_ids (list[str]):
        message (str):
    """

    type_: Literal["voices_not_permitted"]
    speaker_ids: list[str]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        speaker_ids = self.speaker_ids

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "speaker_ids": speaker_ids,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["voices_not_permitted"], d.pop("type"))
        if type_ != "voices_not_permitted":
            raise ValueError(f"type must match const 'voices_not_permitted', got '{type_}'")

        speaker_ids = cast(list[str], d.pop("speaker_ids"))

        message = d.pop("message")

        voices_not_permitted_warning = cls(
            type_=type_,
            speaker_ids=speaker_ids,
            message=message,
        )

        voices_not_permitted_warning.additional_properties = d
        return voices_not_permitted_warning

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
