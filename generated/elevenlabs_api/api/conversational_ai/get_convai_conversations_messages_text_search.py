from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_conversation_init_source import (
    ConvaiConversationInitSource,
)
from ...models.convai_evaluation_result import ConvaiEvaluationResult
from ...models.conversation_product import ConversationProduct
from ...models.get_convai_conversations_messages_text_search_exclude_statuses_type_0_item import (
    GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item,
)
from ...models.get_convai_conversations_messages_text_search_summary_mode import (
    GetConvaiConversationsMessagesTextSearchSummaryMode,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.message_search_sort_by import MessageSearchSortBy
from ...models.messages_search_response import MessagesSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = False,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = 20,
    summary_mode: GetConvaiConversationsMessagesTextSearchSummaryMode | Unset = "exclude",
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = "search_score",
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text_query"] = text_query

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_visited_agent_ids: list[str] | None | Unset
    if isinstance(visited_agent_ids, Unset):
        json_visited_agent_ids = UNSET
    elif isinstance(visited_agent_ids, list):
        json_visited_agent_ids = visited_agent_ids

    else:
        json_visited_agent_ids = visited_agent_ids
    params["visited_agent_ids"] = json_visited_agent_ids

    json_visited_agent_branch_ids: list[str] | None | Unset
    if isinstance(visited_agent_branch_ids, Unset):
        json_visited_agent_branch_ids = UNSET
    elif isinstance(visited_agent_branch_ids, list):
        json_visited_agent_branch_ids = visited_agent_branch_ids

    else:
        json_visited_agent_branch_ids = visited_agent_branch_ids
    params["visited_agent_branch_ids"] = json_visited_agent_branch_ids

    json_triggered_procedure_ids: list[str] | None | Unset
    if isinstance(triggered_procedure_ids, Unset):
        json_triggered_procedure_ids = UNSET
    elif isinstance(triggered_procedure_ids, list):
        json_triggered_procedure_ids = triggered_procedure_ids

    else:
        json_triggered_procedure_ids = triggered_procedure_ids
    params["triggered_procedure_ids"] = json_triggered_procedure_ids

    json_call_successful: None | str | Unset
    if isinstance(call_successful, Unset):
        json_call_successful = UNSET
    elif isinstance(call_successful, str):
        json_call_successful = call_successful
    else:
        json_call_successful = call_successful
    params["call_successful"] = json_call_successful

    json_call_start_before_unix: int | None | Unset
    if isinstance(call_start_before_unix, Unset):
        json_call_start_before_unix = UNSET
    else:
        json_call_start_before_unix = call_start_before_unix
    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset
    if isinstance(call_start_after_unix, Unset):
        json_call_start_after_unix = UNSET
    else:
        json_call_start_after_unix = call_start_after_unix
    params["call_start_after_unix"] = json_call_start_after_unix

    json_call_duration_min_secs: int | None | Unset
    if isinstance(call_duration_min_secs, Unset):
        json_call_duration_min_secs = UNSET
    else:
        json_call_duration_min_secs = call_duration_min_secs
    params["call_duration_min_secs"] = json_call_duration_min_secs

    json_call_duration_max_secs: int | None | Unset
    if isinstance(call_duration_max_secs, Unset):
        json_call_duration_max_secs = UNSET
    else:
        json_call_duration_max_secs = call_duration_max_secs
    params["call_duration_max_secs"] = json_call_duration_max_secs

    json_rating_max: int | None | Unset
    if isinstance(rating_max, Unset):
        json_rating_max = UNSET
    else:
        json_rating_max = rating_max
    params["rating_max"] = json_rating_max

    json_rating_min: int | None | Unset
    if isinstance(rating_min, Unset):
        json_rating_min = UNSET
    else:
        json_rating_min = rating_min
    params["rating_min"] = json_rating_min

    json_has_feedback_comment: bool | None | Unset
    if isinstance(has_feedback_comment, Unset):
        json_has_feedback_comment = UNSET
    else:
        json_has_feedback_comment = has_feedback_comment
    params["has_feedback_comment"] = json_has_feedback_comment

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_evaluation_params: list[str] | None | Unset
    if isinstance(evaluation_params, Unset):
        json_evaluation_params = UNSET
    elif isinstance(evaluation_params, list):
        json_evaluation_params = evaluation_params

    else:
        json_evaluation_params = evaluation_params
    params["evaluation_params"] = json_evaluation_params

    json_data_collection_params: list[str] | None | Unset
    if isinstance(data_collection_params, Unset):
        json_data_collection_params = UNSET
    elif isinstance(data_collection_params, list):
        json_data_collection_params = data_collection_params

    else:
        json_data_collection_params = data_collection_params
    params["data_collection_params"] = json_data_collection_params

    json_tool_names: list[str] | None | Unset
    if isinstance(tool_names, Unset):
        json_tool_names = UNSET
    elif isinstance(tool_names, list):
        json_tool_names = tool_names

    else:
        json_tool_names = tool_names
    params["tool_names"] = json_tool_names

    json_tool_names_successful: list[str] | None | Unset
    if isinstance(tool_names_successful, Unset):
        json_tool_names_successful = UNSET
    elif isinstance(tool_names_successful, list):
        json_tool_names_successful = tool_names_successful

    else:
        json_tool_names_successful = tool_names_successful
    params["tool_names_successful"] = json_tool_names_successful

    json_tool_names_errored: list[str] | None | Unset
    if isinstance(tool_names_errored, Unset):
        json_tool_names_errored = UNSET
    elif isinstance(tool_names_errored, list):
        json_tool_names_errored = tool_names_errored

    else:
        json_tool_names_errored = tool_names_errored
    params["tool_names_errored"] = json_tool_names_errored

    params["include_invalid_tool_calls"] = include_invalid_tool_calls

    json_main_languages: list[str] | None | Unset
    if isinstance(main_languages, Unset):
        json_main_languages = UNSET
    elif isinstance(main_languages, list):
        json_main_languages = main_languages

    else:
        json_main_languages = main_languages
    params["main_languages"] = json_main_languages

    json_exclude_statuses: list[str] | None | Unset
    if isinstance(exclude_statuses, Unset):
        json_exclude_statuses = UNSET
    elif isinstance(exclude_statuses, list):
        json_exclude_statuses = []
        for exclude_statuses_type_0_item_data in exclude_statuses:
            exclude_statuses_type_0_item: str = exclude_statuses_type_0_item_data
            json_exclude_statuses.append(exclude_statuses_type_0_item)

    else:
        json_exclude_statuses = exclude_statuses
    params["exclude_statuses"] = json_exclude_statuses

    json_termination_reasons: list[str] | None | Unset
    if isinstance(termination_reasons, Unset):
        json_termination_reasons = UNSET
    elif isinstance(termination_reasons, list):
        json_termination_reasons = termination_reasons

    else:
        json_termination_reasons = termination_reasons
    params["termination_reasons"] = json_termination_reasons

    params["page_size"] = page_size

    json_summary_mode: str | Unset = UNSET
    if not isinstance(summary_mode, Unset):
        json_summary_mode = summary_mode

    params["summary_mode"] = json_summary_mode

    json_conversation_initiation_source: None | str | Unset
    if isinstance(conversation_initiation_source, Unset):
        json_conversation_initiation_source = UNSET
    elif isinstance(conversation_initiation_source, str):
        json_conversation_initiation_source = conversation_initiation_source
    else:
        json_conversation_initiation_source = conversation_initiation_source
    params["conversation_initiation_source"] = json_conversation_initiation_source

    json_text_only: bool | None | Unset
    if isinstance(text_only, Unset):
        json_text_only = UNSET
    else:
        json_text_only = text_only
    params["text_only"] = json_text_only

    json_conversation_product_type: None | str | Unset
    if isinstance(conversation_product_type, Unset):
        json_conversation_product_type = UNSET
    elif isinstance(conversation_product_type, str):
        json_conversation_product_type = conversation_product_type
    else:
        json_conversation_product_type = conversation_product_type
    params["conversation_product_type"] = json_conversation_product_type

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_version_id: None | str | Unset
    if isinstance(version_id, Unset):
        json_version_id = UNSET
    else:
        json_version_id = version_id
    params["version_id"] = json_version_id

    json_topic_ids: list[str] | None | Unset
    if isinstance(topic_ids, Unset):
        json_topic_ids = UNSET
    elif isinstance(topic_ids, list):
        json_topic_ids = topic_ids

    else:
        json_topic_ids = topic_ids
    params["topic_ids"] = json_topic_ids

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/messages/text-search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | MessagesSearchResponse | None:
    if response.status_code == 200:
        response_200 = MessagesSearchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MessagesSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | MessagesSearchResponse]) -> MessagesSearchResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MessagesSearchResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = False,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = 20,
    summary_mode: GetConvaiConversationsMessagesTextSearchSummaryMode | Unset = "exclude",
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = "search_score",
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MessagesSearchResponse]:
    """Search conversation messages for text.

    Args:
        text_query (str):
        agent_id (None | str | Unset):
        visited_agent_ids (list[str] | None | Unset):
        visited_agent_branch_ids (list[str] | None | Unset):
        triggered_procedure_ids (list[str] | None | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        call_duration_min_secs (int | None | Unset):
        call_duration_max_secs (int | None | Unset):
        rating_max (int | None | Unset):
        rating_min (int | None | Unset):
        has_feedback_comment (bool | None | Unset):
        user_id (None | str | Unset):
        evaluation_params (list[str] | None | Unset):
        data_collection_params (list[str] | None | Unset):
        tool_names (list[str] | None | Unset):
        tool_names_successful (list[str] | None | Unset):
        tool_names_errored (list[str] | None | Unset):
        include_invalid_tool_calls (bool | Unset):  Default: False.
        main_languages (list[str] | None | Unset):
        exclude_statuses (list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] |
            None | Unset):
        termination_reasons (list[str] | None | Unset):
        page_size (int | Unset):  Default: 20.
        summary_mode (GetConvaiConversationsMessagesTextSearchSummaryMode | Unset):  Default:
            'exclude'.
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        text_only (bool | None | Unset):
        conversation_product_type (ConversationProduct | None | Unset):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        topic_ids (list[str] | None | Unset):
        sort_by (MessageSearchSortBy | Unset):  Default: 'search_score'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MessagesSearchResponse]
    """

    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        visited_agent_ids=visited_agent_ids,
        visited_agent_branch_ids=visited_agent_branch_ids,
        triggered_procedure_ids=triggered_procedure_ids,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        call_duration_min_secs=call_duration_min_secs,
        call_duration_max_secs=call_duration_max_secs,
        rating_max=rating_max,
        rating_min=rating_min,
        has_feedback_comment=has_feedback_comment,
        user_id=user_id,
        evaluation_params=evaluation_params,
        data_collection_params=data_collection_params,
        tool_names=tool_names,
        tool_names_successful=tool_names_successful,
        tool_names_errored=tool_names_errored,
        include_invalid_tool_calls=include_invalid_tool_calls,
        main_languages=main_languages,
        exclude_statuses=exclude_statuses,
        termination_reasons=termination_reasons,
        page_size=page_size,
        summary_mode=summary_mode,
        conversation_initiation_source=conversation_initiation_source,
        text_only=text_only,
        conversation_product_type=conversation_product_type,
        branch_id=branch_id,
        version_id=version_id,
        topic_ids=topic_ids,
        sort_by=sort_by,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = False,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = 20,
    summary_mode: GetConvaiConversationsMessagesTextSearchSummaryMode | Unset = "exclude",
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = "search_score",
    cursor: None | str | Unset = UNSET,
) -> MessagesSearchResponse:
    """Search conversation messages for text.

    Args:
        text_query (str):
        agent_id (None | str | Unset):
        visited_agent_ids (list[str] | None | Unset):
        visited_agent_branch_ids (list[str] | None | Unset):
        triggered_procedure_ids (list[str] | None | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        call_duration_min_secs (int | None | Unset):
        call_duration_max_secs (int | None | Unset):
        rating_max (int | None | Unset):
        rating_min (int | None | Unset):
        has_feedback_comment (bool | None | Unset):
        user_id (None | str | Unset):
        evaluation_params (list[str] | None | Unset):
        data_collection_params (list[str] | None | Unset):
        tool_names (list[str] | None | Unset):
        tool_names_successful (list[str] | None | Unset):
        tool_names_errored (list[str] | None | Unset):
        include_invalid_tool_calls (bool | Unset):  Default: False.
        main_languages (list[str] | None | Unset):
        exclude_statuses (list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] |
            None | Unset):
        termination_reasons (list[str] | None | Unset):
        page_size (int | Unset):  Default: 20.
        summary_mode (GetConvaiConversationsMessagesTextSearchSummaryMode | Unset):  Default:
            'exclude'.
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        text_only (bool | None | Unset):
        conversation_product_type (ConversationProduct | None | Unset):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        topic_ids (list[str] | None | Unset):
        sort_by (MessageSearchSortBy | Unset):  Default: 'search_score'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MessagesSearchResponse
    """

    return _success(
        sync_detailed(
            client=client,
            text_query=text_query,
            agent_id=agent_id,
            visited_agent_ids=visited_agent_ids,
            visited_agent_branch_ids=visited_agent_branch_ids,
            triggered_procedure_ids=triggered_procedure_ids,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            call_duration_min_secs=call_duration_min_secs,
            call_duration_max_secs=call_duration_max_secs,
            rating_max=rating_max,
            rating_min=rating_min,
            has_feedback_comment=has_feedback_comment,
            user_id=user_id,
            evaluation_params=evaluation_params,
            data_collection_params=data_collection_params,
            tool_names=tool_names,
            tool_names_successful=tool_names_successful,
            tool_names_errored=tool_names_errored,
            include_invalid_tool_calls=include_invalid_tool_calls,
            main_languages=main_languages,
            exclude_statuses=exclude_statuses,
            termination_reasons=termination_reasons,
            page_size=page_size,
            summary_mode=summary_mode,
            conversation_initiation_source=conversation_initiation_source,
            text_only=text_only,
            conversation_product_type=conversation_product_type,
            branch_id=branch_id,
            version_id=version_id,
            topic_ids=topic_ids,
            sort_by=sort_by,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = False,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = 20,
    summary_mode: GetConvaiConversationsMessagesTextSearchSummaryMode | Unset = "exclude",
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = "search_score",
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MessagesSearchResponse]:
    """Search conversation messages for text.

    Args:
        text_query (str):
        agent_id (None | str | Unset):
        visited_agent_ids (list[str] | None | Unset):
        visited_agent_branch_ids (list[str] | None | Unset):
        triggered_procedure_ids (list[str] | None | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        call_duration_min_secs (int | None | Unset):
        call_duration_max_secs (int | None | Unset):
        rating_max (int | None | Unset):
        rating_min (int | None | Unset):
        has_feedback_comment (bool | None | Unset):
        user_id (None | str | Unset):
        evaluation_params (list[str] | None | Unset):
        data_collection_params (list[str] | None | Unset):
        tool_names (list[str] | None | Unset):
        tool_names_successful (list[str] | None | Unset):
        tool_names_errored (list[str] | None | Unset):
        include_invalid_tool_calls (bool | Unset):  Default: False.
        main_languages (list[str] | None | Unset):
        exclude_statuses (list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] |
            None | Unset):
        termination_reasons (list[str] | None | Unset):
        page_size (int | Unset):  Default: 20.
        summary_mode (GetConvaiConversationsMessagesTextSearchSummaryMode | Unset):  Default:
            'exclude'.
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        text_only (bool | None | Unset):
        conversation_product_type (ConversationProduct | None | Unset):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        topic_ids (list[str] | None | Unset):
        sort_by (MessageSearchSortBy | Unset):  Default: 'search_score'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MessagesSearchResponse]
    """

    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        visited_agent_ids=visited_agent_ids,
        visited_agent_branch_ids=visited_agent_branch_ids,
        triggered_procedure_ids=triggered_procedure_ids,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        call_duration_min_secs=call_duration_min_secs,
        call_duration_max_secs=call_duration_max_secs,
        rating_max=rating_max,
        rating_min=rating_min,
        has_feedback_comment=has_feedback_comment,
        user_id=user_id,
        evaluation_params=evaluation_params,
        data_collection_params=data_collection_params,
        tool_names=tool_names,
        tool_names_successful=tool_names_successful,
        tool_names_errored=tool_names_errored,
        include_invalid_tool_calls=include_invalid_tool_calls,
        main_languages=main_languages,
        exclude_statuses=exclude_statuses,
        termination_reasons=termination_reasons,
        page_size=page_size,
        summary_mode=summary_mode,
        conversation_initiation_source=conversation_initiation_source,
        text_only=text_only,
        conversation_product_type=conversation_product_type,
        branch_id=branch_id,
        version_id=version_id,
        topic_ids=topic_ids,
        sort_by=sort_by,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = False,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = 20,
    summary_mode: GetConvaiConversationsMessagesTextSearchSummaryMode | Unset = "exclude",
    conversation_initiation_source: ConvaiConversationInitSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = "search_score",
    cursor: None | str | Unset = UNSET,
) -> MessagesSearchResponse:
    """Search conversation messages for text.

    Args:
        text_query (str):
        agent_id (None | str | Unset):
        visited_agent_ids (list[str] | None | Unset):
        visited_agent_branch_ids (list[str] | None | Unset):
        triggered_procedure_ids (list[str] | None | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        call_duration_min_secs (int | None | Unset):
        call_duration_max_secs (int | None | Unset):
        rating_max (int | None | Unset):
        rating_min (int | None | Unset):
        has_feedback_comment (bool | None | Unset):
        user_id (None | str | Unset):
        evaluation_params (list[str] | None | Unset):
        data_collection_params (list[str] | None | Unset):
        tool_names (list[str] | None | Unset):
        tool_names_successful (list[str] | None | Unset):
        tool_names_errored (list[str] | None | Unset):
        include_invalid_tool_calls (bool | Unset):  Default: False.
        main_languages (list[str] | None | Unset):
        exclude_statuses (list[GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item] |
            None | Unset):
        termination_reasons (list[str] | None | Unset):
        page_size (int | Unset):  Default: 20.
        summary_mode (GetConvaiConversationsMessagesTextSearchSummaryMode | Unset):  Default:
            'exclude'.
        conversation_initiation_source (ConvaiConversationInitSource | None | Unset):
        text_only (bool | None | Unset):
        conversation_product_type (ConversationProduct | None | Unset):
        branch_id (None | str | Unset):
        version_id (None | str | Unset):
        topic_ids (list[str] | None | Unset):
        sort_by (MessageSearchSortBy | Unset):  Default: 'search_score'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MessagesSearchResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            text_query=text_query,
            agent_id=agent_id,
            visited_agent_ids=visited_agent_ids,
            visited_agent_branch_ids=visited_agent_branch_ids,
            triggered_procedure_ids=triggered_procedure_ids,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            call_duration_min_secs=call_duration_min_secs,
            call_duration_max_secs=call_duration_max_secs,
            rating_max=rating_max,
            rating_min=rating_min,
            has_feedback_comment=has_feedback_comment,
            user_id=user_id,
            evaluation_params=evaluation_params,
            data_collection_params=data_collection_params,
            tool_names=tool_names,
            tool_names_successful=tool_names_successful,
            tool_names_errored=tool_names_errored,
            include_invalid_tool_calls=include_invalid_tool_calls,
            main_languages=main_languages,
            exclude_statuses=exclude_statuses,
            termination_reasons=termination_reasons,
            page_size=page_size,
            summary_mode=summary_mode,
            conversation_initiation_source=conversation_initiation_source,
            text_only=text_only,
            conversation_product_type=conversation_product_type,
            branch_id=branch_id,
            version_id=version_id,
            topic_ids=topic_ids,
            sort_by=sort_by,
            cursor=cursor,
        )
    )
