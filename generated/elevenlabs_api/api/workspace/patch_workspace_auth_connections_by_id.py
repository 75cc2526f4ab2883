from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
from ...models.basic_auth_response import BasicAuthResponse
from ...models.bearer_auth_response import BearerAuthResponse
from ...models.custom_header_auth_response import CustomHeaderAuthResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.mtls_auth_response import MTLSAuthResponse
from ...models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
from ...models.o_auth_2jwt_response import OAuth2JWTResponse
from ...models.private_key_jwt_response import PrivateKeyJWTResponse
from ...models.refresh_token_auth_response import RefreshTokenAuthResponse
from ...models.slack_bot_auth_response import SlackBotAuthResponse
from ...models.update_basic_auth_request import UpdateBasicAuthRequest
from ...models.update_bearer_auth_request import UpdateBearerAuthRequest
from ...models.update_o_auth_2_client_creds_request import UpdateOAuth2ClientCredsRequest
from ...models.update_o_auth_2jwt_request import UpdateOAuth2JWTRequest
from ...models.url_secret_auth_response import UrlSecretAuthResponse
from ...models.whats_app_auth_response import WhatsAppAuthResponse
from ...types import Response


def _get_kwargs(
    auth_connection_id: str,
    *,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JWTRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspace/auth-connections/{auth_connection_id}".format(
            auth_connection_id=quote(str(auth_connection_id), safe=""),
        ),
    }

    if isinstance(body, UpdateOAuth2ClientCredsRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateBasicAuthRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateBearerAuthRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
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
    | HTTPValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
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
                    response_200_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                    return response_200_type_0
                if data.get("auth_type") == "refresh_token_auth":
                    response_200_type_1 = RefreshTokenAuthResponse.from_dict(data)

                    return response_200_type_1
                if data.get("auth_type") == "basic_auth":
                    response_200_type_2 = BasicAuthResponse.from_dict(data)

                    return response_200_type_2
                if data.get("auth_type") == "bearer_auth":
                    response_200_type_3 = BearerAuthResponse.from_dict(data)

                    return response_200_type_3
                if data.get("auth_type") == "oauth2_jwt":
                    response_200_type_4 = OAuth2JWTResponse.from_dict(data)

                    return response_200_type_4
                if data.get("auth_type") == "private_key_jwt":
                    response_200_type_5 = PrivateKeyJWTResponse.from_dict(data)

                    return response_200_type_5
                if data.get("auth_type") == "mtls":
                    response_200_type_6 = MTLSAuthResponse.from_dict(data)

                    return response_200_type_6
                if data.get("auth_type") == "custom_header_auth":
                    response_200_type_7 = CustomHeaderAuthResponse.from_dict(data)

                    return response_200_type_7
                if data.get("auth_type") == "api_integration_oauth2_auth_code":
                    response_200_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                    return response_200_type_8
                if data.get("auth_type") == "api_integration_oauth2_custom_app":
                    response_200_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                    return response_200_type_9
                if data.get("auth_type") == "whatsapp_auth":
                    response_200_type_10 = WhatsAppAuthResponse.from_dict(data)

                    return response_200_type_10
                if data.get("auth_type") == "slack_bot_auth":
                    response_200_type_11 = SlackBotAuthResponse.from_dict(data)

                    return response_200_type_11
                if data.get("auth_type") == "url_secret":
                    response_200_type_12 = UrlSecretAuthResponse.from_dict(data)

                    return response_200_type_12

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = RefreshTokenAuthResponse.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = BasicAuthResponse.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_3 = BearerAuthResponse.from_dict(data)

                return response_200_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_4 = OAuth2JWTResponse.from_dict(data)

                return response_200_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_5 = PrivateKeyJWTResponse.from_dict(data)

                return response_200_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_6 = MTLSAuthResponse.from_dict(data)

                return response_200_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_7 = CustomHeaderAuthResponse.from_dict(data)

                return response_200_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                return response_200_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                return response_200_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_10 = WhatsAppAuthResponse.from_dict(data)

                return response_200_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_11 = SlackBotAuthResponse.from_dict(data)

                return response_200_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_12 = UrlSecretAuthResponse.from_dict(data)

            return response_200_type_12

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[
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
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[
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
        | HTTPValidationError
    ],
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
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(
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
            | WhatsAppAuthResponse,
            response.parsed,
        )
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    auth_connection_id: str,
    *,
    client: SyncApiClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JWTRequest,
) -> Response[
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
    | HTTPValidationError
]:
    """Change a workspace auth connection.

    Args:
        auth_connection_id (str):
        body (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest |
            UpdateOAuth2JWTRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse | BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MTLSAuthResponse | OAuth2ClientCredsResponse | OAuth2JWTResponse | PrivateKeyJWTResponse | RefreshTokenAuthResponse | SlackBotAuthResponse | UrlSecretAuthResponse | WhatsAppAuthResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        auth_connection_id=auth_connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_connection_id: str,
    *,
    client: SyncApiClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JWTRequest,
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
    """Change a workspace auth connection.

    Args:
        auth_connection_id (str):
        body (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest |
            UpdateOAuth2JWTRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse | BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MTLSAuthResponse | OAuth2ClientCredsResponse | OAuth2JWTResponse | PrivateKeyJWTResponse | RefreshTokenAuthResponse | SlackBotAuthResponse | UrlSecretAuthResponse | WhatsAppAuthResponse
    """

    return _success(
        sync_detailed(
            auth_connection_id=auth_connection_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    auth_connection_id: str,
    *,
    client: AsyncApiClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JWTRequest,
) -> Response[
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
    | HTTPValidationError
]:
    """Change a workspace auth connection.

    Args:
        auth_connection_id (str):
        body (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest |
            UpdateOAuth2JWTRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse | BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MTLSAuthResponse | OAuth2ClientCredsResponse | OAuth2JWTResponse | PrivateKeyJWTResponse | RefreshTokenAuthResponse | SlackBotAuthResponse | UrlSecretAuthResponse | WhatsAppAuthResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        auth_connection_id=auth_connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_connection_id: str,
    *,
    client: AsyncApiClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JWTRequest,
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
    """Change a workspace auth connection.

    Args:
        auth_connection_id (str):
        body (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest |
            UpdateOAuth2JWTRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse | BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MTLSAuthResponse | OAuth2ClientCredsResponse | OAuth2JWTResponse | PrivateKeyJWTResponse | RefreshTokenAuthResponse | SlackBotAuthResponse | UrlSecretAuthResponse | WhatsAppAuthResponse
    """

    return _success(
        await asyncio_detailed(
            auth_connection_id=auth_connection_id,
            client=client,
            body=body,
        )
    )
