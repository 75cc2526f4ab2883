from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_hmac_settings_request_headers_type_0 import WebhookHMACSettingsRequestHeadersType0


T = TypeVar("T", bound="WebhookHMACSettings")


@_attrs_define
class WebhookHMACSettings:
    """
    Attributes:
        auth_type (Literal['hmac']):
        name (str):
        webhook_url (str):
        request_headers (None | Unset | WebhookHMACSettingsRequestHeadersType0):
    """

    auth_type: Literal["hmac"]
    name: str
    webhook_url: str
    request_headers: None | Unset | WebhookHMACSettingsRequestHeadersType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        auth_type = self.auth_type

        name = self.name

        webhook_url = self.webhook_url

        request_headers: dict[str, Any] | None | Unset
        if isinstance(self.request_headers, Unset):
            request_headers = UNSET
        elif isinstance(self.request_headers, WebhookHMACSettingsRequestHeadersType0):
            request_headers = self.request_headers.to_dict()
        else:
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "name": name,
                "webhook_url": webhook_url,
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
        auth_type = cast(Literal["hmac"], d.pop("auth_type"))
        if auth_type != "hmac":
            raise ValueError(f"auth_type must match const 'hmac', got '{auth_type}'")

        name = d.pop("name")

        webhook_url = d.pop("webhook_url")

        def _parse_request_headers(data: object) -> None | Unset | WebhookHMACSettingsRequestHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_headers_type_0 = WebhookHMACSettingsRequestHeadersType0.from_dict(data)

                return request_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookHMACSettingsRequestHeadersType0, data)

        request_headers = _parse_request_headers(d.pop("request_headers", UNSET))

        webhook_hmac_settings = cls(
            auth_type=auth_type,
            name=name,
            webhook_url=webhook_url,
            request_headers=request_headers,
        )

        webhook_hmac_settings.additional_properties = d
        return webhook_hmac_settings

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
    global _nested_models_loaded, WebhookHMACSettingsRequestHeadersType0
    from ..models.webhook_hmac_settings_request_headers_type_0 import WebhookHMACSettingsRequestHeadersType0  # noqa: F401

    _nested_models_loaded = True
