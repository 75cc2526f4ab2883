from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ..models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ..models.basic_auth_response import BasicAuthResponse
    from ..models.bearer_auth_response import BearerAuthResponse
    from ..models.custom_header_auth_response import CustomHeaderAuthResponse
    from ..models.mtls_auth_response import MTLSAuthResponse
    from ..models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from ..models.o_auth_2jwt_response import OAuth2JWTResponse
    from ..models.private_key_jwt_response import PrivateKeyJWTResponse
    from ..models.refresh_token_auth_response import RefreshTokenAuthResponse
    from ..models.slack_bot_auth_response import SlackBotAuthResponse
    from ..models.url_secret_auth_response import UrlSecretAuthResponse
    from ..models.whats_app_auth_response import WhatsAppAuthResponse


T = TypeVar("T", bound="ListAuthConnectionsResponse")


@_attrs_define
class ListAuthConnectionsResponse:
    """
    Attributes:
        auth_connections (list[ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse |
            BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MTLSAuthResponse | OAuth2ClientCredsResponse
            | OAuth2JWTResponse | PrivateKeyJWTResponse | RefreshTokenAuthResponse | SlackBotAuthResponse |
            UrlSecretAuthResponse | WhatsAppAuthResponse]):
    """

    auth_connections: list[
        ApiIntegrationOAuth2AuthCodeResponse
        | ApiIntegrationOAuth2CustomAppResponse
        | BasicAuthResponse
        | BearerAuthResponse
        | CustomHeaderAuthResponse
        | MTLSAuthResponse
        | OAuth2ClientCredsResponse
        | OAuth2JWTResponse
        | PrivateKeyJWTResponse
        | RefreshTokenAuthResponse
        | SlackBotAuthResponse
        | UrlSecretAuthResponse
        | WhatsAppAuthResponse
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        auth_connections = []
        for auth_connections_item_data in self.auth_connections:
            auth_connections_item: dict[str, Any]
            if isinstance(auth_connections_item_data, OAuth2ClientCredsResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, RefreshTokenAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, BasicAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, BearerAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, OAuth2JWTResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, PrivateKeyJWTResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, MTLSAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, CustomHeaderAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, ApiIntegrationOAuth2AuthCodeResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, ApiIntegrationOAuth2CustomAppResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, WhatsAppAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            elif isinstance(auth_connections_item_data, SlackBotAuthResponse):
                auth_connections_item = auth_connections_item_data.to_dict()
            else:
                auth_connections_item = auth_connections_item_data.to_dict()

            auth_connections.append(auth_connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_connections": auth_connections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        auth_connections = []
        _auth_connections = d.pop("auth_connections")
        for auth_connections_item_data in _auth_connections:

            def _parse_auth_connections_item(
                data: object,
            ) -> (
                ApiIntegrationOAuth2AuthCodeResponse
                | ApiIntegrationOAuth2CustomAppResponse
                | BasicAuthResponse
                | BearerAuthResponse
                | CustomHeaderAuthResponse
                | MTLSAuthResponse
                | OAuth2ClientCredsResponse
                | OAuth2JWTResponse
                | PrivateKeyJWTResponse
                | RefreshTokenAuthResponse
                | SlackBotAuthResponse
                | UrlSecretAuthResponse
                | WhatsAppAuthResponse
            ):
                if isinstance(data, dict):
                    if data.get("auth_type") == "oauth2_client_credentials":
                        auth_connections_item_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                        return auth_connections_item_type_0
                    if data.get("auth_type") == "refresh_token_auth":
                        auth_connections_item_type_1 = RefreshTokenAuthResponse.from_dict(data)

                        return auth_connections_item_type_1
                    if data.get("auth_type") == "basic_auth":
                        auth_connections_item_type_2 = BasicAuthResponse.from_dict(data)

                        return auth_connections_item_type_2
                    if data.get("auth_type") == "bearer_auth":
                        auth_connections_item_type_3 = BearerAuthResponse.from_dict(data)

                        return auth_connections_item_type_3
                    if data.get("auth_type") == "oauth2_jwt":
                        auth_connections_item_type_4 = OAuth2JWTResponse.from_dict(data)

                        return auth_connections_item_type_4
                    if data.get("auth_type") == "private_key_jwt":
                        auth_connections_item_type_5 = PrivateKeyJWTResponse.from_dict(data)

                        return auth_connections_item_type_5
                    if data.get("auth_type") == "mtls":
                        auth_connections_item_type_6 = MTLSAuthResponse.from_dict(data)

                        return auth_connections_item_type_6
                    if data.get("auth_type") == "custom_header_auth":
                        auth_connections_item_type_7 = CustomHeaderAuthResponse.from_dict(data)

                        return auth_connections_item_type_7
                    if data.get("auth_type") == "api_integration_oauth2_auth_code":
                        auth_connections_item_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                        return auth_connections_item_type_8
                    if data.get("auth_type") == "api_integration_oauth2_custom_app":
                        auth_connections_item_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                        return auth_connections_item_type_9
                    if data.get("auth_type") == "whatsapp_auth":
                        auth_connections_item_type_10 = WhatsAppAuthResponse.from_dict(data)

                        return auth_connections_item_type_10
                    if data.get("auth_type") == "slack_bot_auth":
                        auth_connections_item_type_11 = SlackBotAuthResponse.from_dict(data)

                        return auth_connections_item_type_11
                    if data.get("auth_type") == "url_secret":
                        auth_connections_item_type_12 = UrlSecretAuthResponse.from_dict(data)

                        return auth_connections_item_type_12

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                    return auth_connections_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_1 = RefreshTokenAuthResponse.from_dict(data)

                    return auth_connections_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_2 = BasicAuthResponse.from_dict(data)

                    return auth_connections_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_3 = BearerAuthResponse.from_dict(data)

                    return auth_connections_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_4 = OAuth2JWTResponse.from_dict(data)

                    return auth_connections_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_5 = PrivateKeyJWTResponse.from_dict(data)

                    return auth_connections_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_6 = MTLSAuthResponse.from_dict(data)

                    return auth_connections_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_7 = CustomHeaderAuthResponse.from_dict(data)

                    return auth_connections_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                    return auth_connections_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                    return auth_connections_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_10 = WhatsAppAuthResponse.from_dict(data)

                    return auth_connections_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    auth_connections_item_type_11 = SlackBotAuthResponse.from_dict(data)

                    return auth_connections_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                auth_connections_item_type_12 = UrlSecretAuthResponse.from_dict(data)

                return auth_connections_item_type_12

            auth_connections_item = _parse_auth_connections_item(auth_connections_item_data)

            auth_connections.append(auth_connections_item)

        list_auth_connections_response = cls(
            auth_connections=auth_connections,
        )

        list_auth_connections_response.additional_properties = d
        return list_auth_connections_response

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
        ApiIntegrationOAuth2AuthCodeResponse, \
        ApiIntegrationOAuth2CustomAppResponse, \
        BasicAuthResponse, \
        BearerAuthResponse, \
        CustomHeaderAuthResponse, \
        MTLSAuthResponse, \
        OAuth2ClientCredsResponse, \
        OAuth2JWTResponse, \
        PrivateKeyJWTResponse, \
        RefreshTokenAuthResponse, \
        SlackBotAuthResponse, \
        UrlSecretAuthResponse, \
        WhatsAppAuthResponse
    from ..models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse  # noqa: F401
    from ..models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse  # noqa: F401
    from ..models.basic_auth_response import BasicAuthResponse  # noqa: F401
    from ..models.bearer_auth_response import BearerAuthResponse  # noqa: F401
    from ..models.custom_header_auth_response import CustomHeaderAuthResponse  # noqa: F401
    from ..models.mtls_auth_response import MTLSAuthResponse  # noqa: F401
    from ..models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse  # noqa: F401
    from ..models.o_auth_2jwt_response import OAuth2JWTResponse  # noqa: F401
    from ..models.private_key_jwt_response import PrivateKeyJWTResponse  # noqa: F401
    from ..models.refresh_token_auth_response import RefreshTokenAuthResponse  # noqa: F401
    from ..models.slack_bot_auth_response import SlackBotAuthResponse  # noqa: F401
    from ..models.url_secret_auth_response import UrlSecretAuthResponse  # noqa: F401
    from ..models.whats_app_auth_response import WhatsAppAuthResponse  # noqa: F401

    _nested_models_loaded = True
