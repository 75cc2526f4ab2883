from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_o_auth_2_client_creds_request_custom_headers_type_0 import (
        UpdateOAuth2ClientCredsRequestCustomHeadersType0,
    )
    from ..models.update_o_auth_2_client_creds_request_extra_params_type_0 import (
        UpdateOAuth2ClientCredsRequestExtraParamsType0,
    )


T = TypeVar("T", bound="UpdateOAuth2ClientCredsRequest")


@_attrs_define
class UpdateOAuth2ClientCredsRequest:
    """
    Attributes:
        auth_type (Literal['oauth2_client_credentials'] | Unset):  Default: 'oauth2_client_credentials'.
        provider (None | str | Unset):
        client_id (None | str | Unset):
        scopes (list[str] | None | Unset):
        extra_params (None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0):
        basic_auth_in_header (bool | None | Unset):
        client_secret (None | str | Unset):
        custom_headers (None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0):
    """

    auth_type: Literal["oauth2_client_credentials"] | Unset = "oauth2_client_credentials"
    provider: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    extra_params: None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0 = UNSET
    basic_auth_in_header: bool | None | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    custom_headers: None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        auth_type = self.auth_type

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        extra_params: dict[str, Any] | None | Unset
        if isinstance(self.extra_params, Unset):
            extra_params = UNSET
        elif isinstance(self.extra_params, UpdateOAuth2ClientCredsRequestExtraParamsType0):
            extra_params = self.extra_params.to_dict()
        else:
            extra_params = self.extra_params

        basic_auth_in_header: bool | None | Unset
        if isinstance(self.basic_auth_in_header, Unset):
            basic_auth_in_header = UNSET
        else:
            basic_auth_in_header = self.basic_auth_in_header

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        custom_headers: dict[str, Any] | None | Unset
        if isinstance(self.custom_headers, Unset):
            custom_headers = UNSET
        elif isinstance(self.custom_headers, UpdateOAuth2ClientCredsRequestCustomHeadersType0):
            custom_headers = self.custom_headers.to_dict()
        else:
            custom_headers = self.custom_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if basic_auth_in_header is not UNSET:
            field_dict["basic_auth_in_header"] = basic_auth_in_header
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        auth_type = cast(Literal["oauth2_client_credentials"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "oauth2_client_credentials" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'oauth2_client_credentials', got '{auth_type}'")

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_extra_params(data: object) -> None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_params_type_0 = UpdateOAuth2ClientCredsRequestExtraParamsType0.from_dict(data)

                return extra_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0, data)

        extra_params = _parse_extra_params(d.pop("extra_params", UNSET))

        def _parse_basic_auth_in_header(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        basic_auth_in_header = _parse_basic_auth_in_header(d.pop("basic_auth_in_header", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_custom_headers(data: object) -> None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_headers_type_0 = UpdateOAuth2ClientCredsRequestCustomHeadersType0.from_dict(data)

                return custom_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0, data)

        custom_headers = _parse_custom_headers(d.pop("custom_headers", UNSET))

        update_o_auth_2_client_creds_request = cls(
            auth_type=auth_type,
            provider=provider,
            client_id=client_id,
            scopes=scopes,
            extra_params=extra_params,
            basic_auth_in_header=basic_auth_in_header,
            client_secret=client_secret,
            custom_headers=custom_headers,
        )

        update_o_auth_2_client_creds_request.additional_properties = d
        return update_o_auth_2_client_creds_request

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
    global \
        _nested_models_loaded, \
        UpdateOAuth2ClientCredsRequestCustomHeadersType0, \
        UpdateOAuth2ClientCredsRequestExtraParamsType0
    from ..models.update_o_auth_2_client_creds_request_custom_headers_type_0 import (
        UpdateOAuth2ClientCredsRequestCustomHeadersType0,  # noqa: F401
    )
    from ..models.update_o_auth_2_client_creds_request_extra_params_type_0 import (
        UpdateOAuth2ClientCredsRequestExtraParamsType0,  # noqa: F401
    )

    _nested_models_loaded = True
