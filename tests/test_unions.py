"""Union responses resolve to the member the body's tag names, not to the first that parses.

The bodies follow the schemas of openapi.yaml (which match the upstream spec): members are
told apart by a discriminator's property and mapping, or by a ``type``-like property every
member declares with its own const or enum values. Each body goes over a real loopback
connection through the generated endpoint, sync and async.
"""

from __future__ import annotations

from typing import Any

from elevenlabs_api.api.conversational_ai import convai_conversations_get, convai_tools_get
from elevenlabs_api.models import (
    ConvaiArrayJsonSchemaPropertyOutput,
    ConvaiLiteralJsonSchemaProperty,
    ConvaiObjectJsonSchemaPropertyOutput,
    ConvaiToolResultOther,
    ConvaiToolResultSystemOutput,
    ConvaiToolResultWorkflowOutput,
    ConvaiTransferToAgentSuccess,
    ConvaiWebhookToolConfigOutput,
)

from .conftest import Flavor, MakeClient
from .loopback import LoopbackServer, Reply


def _tool_result(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "request_id": f"req_{kind}",
        "tool_name": f"{kind}_tool",
        "result_value": "{}",
        "is_error": False,
        "tool_has_been_called": True,
        "type": kind,
        **extra,
    }


CONVERSATION = {
    "agent_id": "agent_1",
    "conversation_id": "conv_1",
    "status": "done",
    "has_audio": True,
    "has_user_audio": True,
    "has_response_audio": True,
    "has_auxiliary_audio": False,
    "metadata": {"start_time_unix_secs": 1_700_000_000, "call_duration_secs": 12, "cost_fiat": None},
    "transcript": [
        {
            "role": "agent",
            "time_in_call_secs": 3,
            "tool_results": [
                _tool_result("webhook"),
                _tool_result(
                    "system",
                    result={
                        "result_type": "transfer_to_agent_success",
                        "status": "success",
                        "from_agent": "agent_1",
                        "to_agent": "agent_2",
                        "condition": "asked",
                    },
                ),
                _tool_result("workflow"),
                _tool_result("client"),
            ],
        }
    ],
}


async def test_tool_results_of_a_conversation_keep_their_kinds(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=CONVERSATION))
    client = await make_client()
    conversation = (await flavor.call(convai_conversations_get, client=client, conversation_id="conv_1")).parsed
    results = conversation.transcript[0].tool_results
    assert [type(r) for r in results] == [
        ConvaiToolResultOther,
        ConvaiToolResultSystemOutput,
        ConvaiToolResultWorkflowOutput,
        ConvaiToolResultOther,
    ]
    assert [r.type_ for r in results] == ["webhook", "system", "workflow", "client"]
    # The nested result union is told apart by its own tag, result_type.
    assert isinstance(results[1].result, ConvaiTransferToAgentSuccess)


TOOL = {
    "id": "tool_1",
    "access_info": {"is_creator": True, "creator_name": "me", "creator_email": "me@example.com", "role": "admin"},
    "usage_stats": {"avg_latency_secs": 0.5},
    "tool_config": {
        "type": "webhook",
        "name": "lookup",
        "description": "Looks things up.",
        "api_schema": {
            "url": "https://example.com/lookup",
            "request_body_schema": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "description": "what to look up"},
                    "tags": {"type": "array", "items": {"type": "string", "description": "a tag"}},
                    "filter": {"type": "object", "properties": {"limit": {"type": "integer", "description": "n"}}},
                },
            },
        },
    },
}


async def test_tool_parameter_schemas_keep_their_kinds(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=TOOL))
    client = await make_client()
    tool = (await flavor.call(convai_tools_get, client=client, tool_id="tool_1")).parsed
    assert isinstance(tool.tool_config, ConvaiWebhookToolConfigOutput)
    properties = tool.tool_config.api_schema.request_body_schema.properties.additional_properties
    assert isinstance(properties["query"], ConvaiLiteralJsonSchemaProperty)
    assert isinstance(properties["tags"], ConvaiArrayJsonSchemaPropertyOutput)
    assert isinstance(properties["tags"].items, ConvaiLiteralJsonSchemaProperty)
    assert isinstance(properties["filter"], ConvaiObjectJsonSchemaPropertyOutput)
    assert isinstance(properties["filter"].properties.additional_properties["limit"], ConvaiLiteralJsonSchemaProperty)
