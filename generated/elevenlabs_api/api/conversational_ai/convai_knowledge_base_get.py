from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_knowledge_base_file_document import ConvaiKnowledgeBaseFileDocument
from ...models.convai_knowledge_base_text_document import ConvaiKnowledgeBaseTextDocument
from ...models.convai_knowledge_base_url_document import ConvaiKnowledgeBaseUrlDocument
from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    documentation_id: str,
    *,
    agent_id: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ConvaiKnowledgeBaseFileDocument
            | ConvaiKnowledgeBaseTextDocument
            | ConvaiKnowledgeBaseUrlDocument
            | GetKnowledgeBaseFolderResponseModel
        ):
            if isinstance(data, dict):
                if data.get("type") == "url":
                    componentsschemas_convai_knowledge_base_document_type_0 = ConvaiKnowledgeBaseUrlDocument.from_dict(
                        data
                    )

                    return componentsschemas_convai_knowledge_base_document_type_0
                if data.get("type") == "file":
                    componentsschemas_convai_knowledge_base_document_type_1 = ConvaiKnowledgeBaseFileDocument.from_dict(
                        data
                    )

                    return componentsschemas_convai_knowledge_base_document_type_1
                if data.get("type") == "text":
                    componentsschemas_convai_knowledge_base_document_type_2 = ConvaiKnowledgeBaseTextDocument.from_dict(
                        data
                    )

                    return componentsschemas_convai_knowledge_base_document_type_2
                if data.get("type") == "folder":
                    componentsschemas_convai_knowledge_base_document_type_3 = (
                        GetKnowledgeBaseFolderResponseModel.from_dict(data)
                    )

                    return componentsschemas_convai_knowledge_base_document_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_knowledge_base_document_type_0 = ConvaiKnowledgeBaseUrlDocument.from_dict(data)

                return componentsschemas_convai_knowledge_base_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_knowledge_base_document_type_1 = ConvaiKnowledgeBaseFileDocument.from_dict(
                    data
                )

                return componentsschemas_convai_knowledge_base_document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_knowledge_base_document_type_2 = ConvaiKnowledgeBaseTextDocument.from_dict(
                    data
                )

                return componentsschemas_convai_knowledge_base_document_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_knowledge_base_document_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(
                data
            )

            return componentsschemas_convai_knowledge_base_document_type_3

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
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
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
        ConvaiKnowledgeBaseFileDocument
        | ConvaiKnowledgeBaseTextDocument
        | ConvaiKnowledgeBaseUrlDocument
        | GetKnowledgeBaseFolderResponseModel
        | HTTPValidationError
    ],
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
):
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(
            ConvaiKnowledgeBaseFileDocument
            | ConvaiKnowledgeBaseTextDocument
            | ConvaiKnowledgeBaseUrlDocument
            | GetKnowledgeBaseFolderResponseModel,
            response.parsed,
        )
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    documentation_id: str,
    *,
    client: SyncApiClient,
    agent_id: str | Unset = "",
) -> Response[
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
]:
    """Get one document with its extracted content.

    Args:
        documentation_id (str):
        agent_id (str | Unset):  Default: ''.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    documentation_id: str,
    *,
    client: SyncApiClient,
    agent_id: str | Unset = "",
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
):
    """Get one document with its extracted content.

    Args:
        documentation_id (str):
        agent_id (str | Unset):  Default: ''.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel
    """

    return _success(
        sync_detailed(
            documentation_id=documentation_id,
            client=client,
            agent_id=agent_id,
        )
    )


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AsyncApiClient,
    agent_id: str | Unset = "",
) -> Response[
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
]:
    """Get one document with its extracted content.

    Args:
        documentation_id (str):
        agent_id (str | Unset):  Default: ''.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    documentation_id: str,
    *,
    client: AsyncApiClient,
    agent_id: str | Unset = "",
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
):
    """Get one document with its extracted content.

    Args:
        documentation_id (str):
        agent_id (str | Unset):  Default: ''.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel
    """

    return _success(
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            agent_id=agent_id,
        )
    )
