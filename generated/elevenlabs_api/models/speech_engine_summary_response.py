from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="SpeechEngineSummaryResponse")


@_attrs_define
class SpeechEngineSummaryResponse:
    """
    Attributes:
        speech_engine_id (str):
        name (str):
        created_at_unix_secs (int):
        tags (list[str]):
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
    """

    speech_engine_id: str
    name: str
    created_at_unix_secs: int
    tags: list[str]
    access_info: ConvaiResourceAccessInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        speech_engine_id = self.speech_engine_id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        tags = self.tags

        access_info = self.access_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speech_engine_id": speech_engine_id,
                "name": name,
                "created_at_unix_secs": created_at_unix_secs,
                "tags": tags,
                "access_info": access_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        speech_engine_id = d.pop("speech_engine_id")

        name = d.pop("name")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        tags = cast(list[str], d.pop("tags"))

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        speech_engine_summary_response = cls(
            speech_engine_id=speech_engine_id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            tags=tags,
            access_info=access_info,
        )

        speech_engine_summary_response.additional_properties = d
        return speech_engine_summary_response

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
    global _nested_models_loaded, ConvaiResourceAccessInfo
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
