from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_initiation_webhook_request_headers import ConvaiInitiationWebhookRequestHeaders


T = TypeVar("T", bound="ConvaiInitiationWebhook")


@_attrs_define
class ConvaiInitiationWebhook:
    """Webhook called to fetch client data when a conversation starts.

    Attributes:
        url (str):
        request_headers (ConvaiInitiationWebhookRequestHeaders):
    """

    url: str
    request_headers: ConvaiInitiationWebhookRequestHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        url = self.url

        request_headers = self.request_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "request_headers": request_headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        url = d.pop("url")

        request_headers = ConvaiInitiationWebhookRequestHeaders.from_dict(d.pop("request_headers"))

        convai_initiation_webhook = cls(
            url=url,
            request_headers=request_headers,
        )

        convai_initiation_webhook.additional_properties = d
        return convai_initiation_webhook

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
    global _nested_models_loaded, ConvaiInitiationWebhookRequestHeaders
    from ..models.convai_initiation_webhook_request_headers import ConvaiInitiationWebhookRequestHeaders  # noqa: F401

    _nested_models_loaded = True
