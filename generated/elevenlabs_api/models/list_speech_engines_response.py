from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speech_engine_summary_response import SpeechEngineSummaryResponse


T = TypeVar("T", bound="ListSpeechEnginesResponse")


@_attrs_define
class ListSpeechEnginesResponse:
    """
    Attributes:
        speech_engines (list[SpeechEngineSummaryResponse]):
        has_more (bool):
        next_cursor (None | str | Unset):
    """

    speech_engines: list[SpeechEngineSummaryResponse]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        speech_engines = []
        for speech_engines_item_data in self.speech_engines:
            speech_engines_item = speech_engines_item_data.to_dict()
            speech_engines.append(speech_engines_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speech_engines": speech_engines,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        speech_engines = []
        _speech_engines = d.pop("speech_engines")
        for speech_engines_item_data in _speech_engines:
            speech_engines_item = SpeechEngineSummaryResponse.from_dict(speech_engines_item_data)

            speech_engines.append(speech_engines_item)

        has_more = d.pop("has_more")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        list_speech_engines_response = cls(
            speech_engines=speech_engines,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        list_speech_engines_response.additional_properties = d
        return list_speech_engines_response

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
    global _nested_models_loaded, SpeechEngineSummaryResponse
    from ..models.speech_engine_summary_response import SpeechEngineSummaryResponse  # noqa: F401

    _nested_models_loaded = True
