from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_o_auth_2_client_creds_request_custom_headers import CreateOAuth2ClientCredsRequestCustomHeaders
    from ..models.create_o_auth_2_client_creds_request_extra_params import CreateOAuth2ClientCredsRequestExtraParams


T = TypeVar("T", bound="CreateOAuth2ClientCredsRequest")


@_attrs_define
class CreateOAuth2ClientCredsRequest:
    """
    Attributes:
        name (str):
        provider (str):
        client_id (str):
        token_url (str):
        client_secret (str):
        auth_type (Literal['oauth2_client_credentials'] | Unset):  Default: 'oauth2_client_credentials'.
        scopes (list[str] | Unset):
        extra_params (CreateOAuth2ClientCredsRequestExtraParams | Unset):
        basic_auth_in_header (bool | Unset):  Default: False.
        custom_headers (CreateOAuth2ClientCredsRequestCustomHeaders | Unset):
    """

    name: str
    provider: str
    client_id: str
    token_url: str
    client_secret: str
    auth_type: Literal["oauth2_client_credentials"] | Unset = "oauth2_client_credentials"
    scopes: list[str] | Unset = UNSET
    extra_params: CreateOAuth2ClientCredsRequestExtraParams | Unset = UNSET
    basic_auth_in_header: bool | Unset = False
    custom_headers: CreateOAuth2ClientCredsRequestCustomHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        provider = self.provider

        client_id = self.client_id

        token_url = self.token_url

        client_secret = self.client_secret

        auth_type = self.auth_type

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        extra_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_params, Unset):
            extra_params = self.extra_params.to_dict()

        basic_auth_in_header = self.basic_auth_in_header

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "client_id": client_id,
                "token_url": token_url,
                "client_secret": client_secret,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if basic_auth_in_header is not UNSET:
            field_dict["basic_auth_in_header"] = basic_auth_in_header
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        client_id = d.pop("client_id")

        token_url = d.pop("token_url")

        client_secret = d.pop("client_secret")

        auth_type = cast(Literal["oauth2_client_credentials"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "oauth2_client_credentials" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'oauth2_client_credentials', got '{auth_type}'")

        scopes = cast(list[str], d.pop("scopes", UNSET))

        _extra_params = d.pop("extra_params", UNSET)
        extra_params: CreateOAuth2ClientCredsRequestExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = CreateOAuth2ClientCredsRequestExtraParams.from_dict(_extra_params)

        basic_auth_in_header = d.pop("basic_auth_in_header", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: CreateOAuth2ClientCredsRequestCustomHeaders | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = CreateOAuth2ClientCredsRequestCustomHeaders.from_dict(_custom_headers)

        create_o_auth_2_client_creds_request = cls(
            name=name,
            provider=provider,
            client_id=client_id,
            token_url=token_url,
            client_secret=client_secret,
            auth_type=auth_type,
            scopes=scopes,
            extra_params=extra_params,
            basic_auth_in_header=basic_auth_in_header,
            custom_headers=custom_headers,
        )

        create_o_auth_2_client_creds_request.additional_properties = d
        return create_o_auth_2_client_creds_request

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
    global _nested_models_loaded, CreateOAuth2ClientCredsRequestCustomHeaders, CreateOAuth2ClientCredsRequestExtraParams
    from ..models.create_o_auth_2_client_creds_request_custom_headers import CreateOAuth2ClientCredsRequestCustomHeaders  # noqa: F401
    from ..models.create_o_auth_2_client_creds_request_extra_params import CreateOAuth2ClientCredsRequestExtraParams  # noqa: F401

    _nested_models_loaded = True
