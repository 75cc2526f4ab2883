from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speech_engine_config_request_headers import SpeechEngineConfigRequestHeaders


T = TypeVar("T", bound="SpeechEngineConfig")


@_attrs_define
class SpeechEngineConfig:
    """
    Attributes:
        ws_url (str):
        request_headers (SpeechEngineConfigRequestHeaders | Unset):
    """

    ws_url: str
    request_headers: SpeechEngineConfigRequestHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        ws_url = self.ws_url

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = self.request_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ws_url": ws_url,
            }
        )
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        ws_url = d.pop("ws_url")

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: SpeechEngineConfigRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = SpeechEngineConfigRequestHeaders.from_dict(_request_headers)

        speech_engine_config = cls(
            ws_url=ws_url,
            request_headers=request_headers,
        )

        speech_engine_config.additional_properties = d
        return speech_engine_config

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
    global _nested_models_loaded, SpeechEngineConfigRequestHeaders
    from ..models.speech_engine_config_request_headers import SpeechEngineConfigRequestHeaders  # noqa: F401

    _nested_models_loaded = True
