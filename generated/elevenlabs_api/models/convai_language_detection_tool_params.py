from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiLanguageDetectionToolParams")


@_attrs_define
class ConvaiLanguageDetectionToolParams:
    """Lets the agent switch language.

    Attributes:
        system_tool_type (Literal['language_detection'] | Unset):  Default: 'language_detection'.
        only_at_conversation_start (bool | Unset):  Default: False.
    """

    system_tool_type: Literal["language_detection"] | Unset = "language_detection"
    only_at_conversation_start: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        only_at_conversation_start = self.only_at_conversation_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if only_at_conversation_start is not UNSET:
            field_dict["only_at_conversation_start"] = only_at_conversation_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_tool_type = cast(Literal["language_detection"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "language_detection" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'language_detection', got '{system_tool_type}'")

        only_at_conversation_start = d.pop("only_at_conversation_start", UNSET)

        convai_language_detection_tool_params = cls(
            system_tool_type=system_tool_type,
            only_at_conversation_start=only_at_conversation_start,
        )

        convai_language_detection_tool_params.additional_properties = d
        return convai_language_detection_tool_params

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
