"""Contract registry of the convai-tools area: knowledge base, tools, MCP servers, secrets and
workspace settings of conversational AI."""

from __future__ import annotations

import io

from elevenlabs_api.api.conversational_ai import (
    convai_knowledge_base_add,
    convai_knowledge_base_create_from_file,
    convai_knowledge_base_create_from_text,
    convai_knowledge_base_create_from_url,
    convai_knowledge_base_delete,
    convai_knowledge_base_dependent_agents,
    convai_knowledge_base_get,
    convai_knowledge_base_get_chunk,
    convai_knowledge_base_get_content,
    convai_knowledge_base_list,
    convai_knowledge_base_rag_index_compute,
    convai_knowledge_base_rag_index_delete,
    convai_knowledge_base_rag_index_overview,
    convai_knowledge_base_rag_indexes_list,
    convai_knowledge_base_update,
    convai_mcp_servers_add_tool_approval,
    convai_mcp_servers_create,
    convai_mcp_servers_get,
    convai_mcp_servers_list,
    convai_mcp_servers_list_tools,
    convai_mcp_servers_remove_tool_approval,
    convai_mcp_servers_update_approval_policy,
    convai_secrets_create,
    convai_secrets_delete,
    convai_secrets_list,
    convai_secrets_update,
    convai_settings_get,
    convai_settings_get_dashboard,
    convai_settings_update,
    convai_settings_update_dashboard,
    convai_tools_create,
    convai_tools_delete,
    convai_tools_dependent_agents,
    convai_tools_get,
    convai_tools_list,
    convai_tools_update,
)
from elevenlabs_api.models import (
    ConvaiDashboardCallSuccessChart,
    ConvaiDashboardCriteriaChart,
    ConvaiDashboardSettings,
    ConvaiDashboardSettingsUpdate,
    ConvaiDependentAgentPage,
    ConvaiKnowledgeBaseAddForm,
    ConvaiKnowledgeBaseChunk,
    ConvaiKnowledgeBaseDocumentCreated,
    ConvaiKnowledgeBaseFileDocument,
    ConvaiKnowledgeBaseFileForm,
    ConvaiKnowledgeBaseList,
    ConvaiKnowledgeBaseTextDocument,
    ConvaiKnowledgeBaseTextRequest,
    ConvaiKnowledgeBaseUpdateRequest,
    ConvaiKnowledgeBaseUrlDocument,
    ConvaiKnowledgeBaseUrlRequest,
    ConvaiLiteralJsonSchemaProperty,
    ConvaiMcpApprovalPolicyUpdate,
    ConvaiMcpServer,
    ConvaiMcpServerConfigInput,
    ConvaiMcpServerList,
    ConvaiMcpServerRequest,
    ConvaiMcpToolApprovalRequest,
    ConvaiMcpToolList,
    ConvaiObjectJsonSchemaPropertyInput,
    ConvaiObjectJsonSchemaPropertyInputProperties,
    ConvaiPhoneNumberTransfer,
    ConvaiPhoneTransferDestination,
    ConvaiRagIndex,
    ConvaiRagIndexList,
    ConvaiRagIndexOverview,
    ConvaiRagIndexRequest,
    ConvaiSecretCreate,
    ConvaiSecretList,
    ConvaiSecretLocator,
    ConvaiSecretStored,
    ConvaiSecretUpdate,
    ConvaiSettings,
    ConvaiSettingsUpdate,
    ConvaiSystemToolConfigInput,
    ConvaiTool,
    ConvaiToolList,
    ConvaiToolRequest,
    ConvaiTransferToNumberToolParamsInput,
    ConvaiWebhooks,
    ConvaiWebhookToolApiSchemaInput,
    ConvaiWebhookToolConfigInput,
)
from elevenlabs_api.types import File

from .support import Op

DOCUMENT_ID = "21m00Tcm4TlvDq8ikWAM"
RAG_INDEX_ID = "R4gIdx0aEdQmXw1YbLk0"
CHUNK_ID = "1"
TOOL_ID = "T00lXw1YbLk0aEdQmPr0"
MCP_SERVER_ID = "Mcp5rvXw1YbLk0aEdQm0"
SECRET_ID = "S3cr3tXw1YbLk0aEdQm0"
AGENT_ID = "Ag3ntXw1YbLk0aEdQm00"
ANY_JSON = object
DOCUMENT = (ConvaiKnowledgeBaseUrlDocument, ConvaiKnowledgeBaseFileDocument, ConvaiKnowledgeBaseTextDocument)


def text_file() -> File:
    return File(payload=io.BytesIO(b"Opening hours: 9 to 5."), file_name="faq.txt", mime_type="text/plain")


def weather_tool() -> ConvaiToolRequest:
    """A webhook tool whose body schema nests an object, to send the recursive schemas."""
    location = ConvaiObjectJsonSchemaPropertyInputProperties()
    location["city"] = ConvaiLiteralJsonSchemaProperty(type_="string", description="City name")
    body = ConvaiObjectJsonSchemaPropertyInputProperties()
    body["location"] = ConvaiObjectJsonSchemaPropertyInput(required=["city"], properties=location)
    return ConvaiToolRequest(
        tool_config=ConvaiWebhookToolConfigInput(
            name="get_weather",
            description="Look up the weather for a city.",
            api_schema=ConvaiWebhookToolApiSchemaInput(
                url="https://example.com/weather",
                method="POST",
                request_body_schema=ConvaiObjectJsonSchemaPropertyInput(
                    description="Where to look", required=["location"], properties=body
                ),
            ),
        )
    )


def transfer_tool() -> ConvaiToolRequest:
    return ConvaiToolRequest(
        tool_config=ConvaiSystemToolConfigInput(
            name="transfer_to_number",
            description="Hand the caller to a human.",
            params=ConvaiTransferToNumberToolParamsInput(
                transfers=[
                    ConvaiPhoneNumberTransfer(
                        condition="The caller asks for a human.",
                        transfer_destination=ConvaiPhoneTransferDestination(phone_number="+15555550100"),
                    )
                ]
            ),
        )
    )


OPERATIONS: dict[str, Op] = {
    # knowledge base
    "convai_knowledge_base_list": Op(
        lambda c: convai_knowledge_base_list.sync_detailed(client=c, page_size=10, types=["url", "file"]),
        ConvaiKnowledgeBaseList,
    ),
    "convai_knowledge_base_add": Op(
        lambda c: convai_knowledge_base_add.sync_detailed(
            client=c, body=ConvaiKnowledgeBaseAddForm(url="https://example.com/faq")
        ),
        ConvaiKnowledgeBaseDocumentCreated,
    ),
    "convai_knowledge_base_create_from_url": Op(
        lambda c: convai_knowledge_base_create_from_url.sync_detailed(
            client=c, body=ConvaiKnowledgeBaseUrlRequest(url="https://example.com/faq", name="FAQ")
        ),
        ConvaiKnowledgeBaseDocumentCreated,
    ),
    "convai_knowledge_base_create_from_file": Op(
        lambda c: convai_knowledge_base_create_from_file.sync_detailed(
            client=c, body=ConvaiKnowledgeBaseFileForm(file=text_file(), name="FAQ")
        ),
        ConvaiKnowledgeBaseDocumentCreated,
    ),
    "convai_knowledge_base_create_from_text": Op(
        lambda c: convai_knowledge_base_create_from_text.sync_detailed(
            client=c, body=ConvaiKnowledgeBaseTextRequest(text="Opening hours: 9 to 5.")
        ),
        ConvaiKnowledgeBaseDocumentCreated,
    ),
    "convai_knowledge_base_rag_index_overview": Op(
        lambda c: convai_knowledge_base_rag_index_overview.sync_detailed(client=c), ConvaiRagIndexOverview
    ),
    "convai_knowledge_base_get": Op(
        lambda c: convai_knowledge_base_get.sync_detailed(DOCUMENT_ID, client=c, agent_id=AGENT_ID), DOCUMENT
    ),
    "convai_knowledge_base_update": Op(
        lambda c: convai_knowledge_base_update.sync_detailed(
            DOCUMENT_ID, client=c, body=ConvaiKnowledgeBaseUpdateRequest(name="Opening hours")
        ),
        DOCUMENT,
    ),
    "convai_knowledge_base_delete": Op(
        lambda c: convai_knowledge_base_delete.sync_detailed(DOCUMENT_ID, client=c, force=True), ANY_JSON
    ),
    "convai_knowledge_base_rag_indexes_list": Op(
        lambda c: convai_knowledge_base_rag_indexes_list.sync_detailed(DOCUMENT_ID, client=c), ConvaiRagIndexList
    ),
    "convai_knowledge_base_rag_index_compute": Op(
        lambda c: convai_knowledge_base_rag_index_compute.sync_detailed(
            DOCUMENT_ID, client=c, body=ConvaiRagIndexRequest(model="e5_mistral_7b_instruct")
        ),
        ConvaiRagIndex,
    ),
    "convai_knowledge_base_rag_index_delete": Op(
        lambda c: convai_knowledge_base_rag_index_delete.sync_detailed(DOCUMENT_ID, RAG_INDEX_ID, client=c),
        ConvaiRagIndex,
    ),
    "convai_knowledge_base_dependent_agents": Op(
        lambda c: convai_knowledge_base_dependent_agents.sync_detailed(DOCUMENT_ID, client=c, page_size=5),
        ConvaiDependentAgentPage,
    ),
    "convai_knowledge_base_get_content": Op(
        lambda c: convai_knowledge_base_get_content.sync_detailed(DOCUMENT_ID, client=c), str
    ),
    "convai_knowledge_base_get_chunk": Op(
        lambda c: convai_knowledge_base_get_chunk.sync_detailed(DOCUMENT_ID, CHUNK_ID, client=c),
        ConvaiKnowledgeBaseChunk,
    ),
    # tools
    "convai_tools_list": Op(lambda c: convai_tools_list.sync_detailed(client=c), ConvaiToolList),
    "convai_tools_create": Op(lambda c: convai_tools_create.sync_detailed(client=c, body=weather_tool()), ConvaiTool),
    "convai_tools_get": Op(lambda c: convai_tools_get.sync_detailed(TOOL_ID, client=c), ConvaiTool),
    "convai_tools_update": Op(
        lambda c: convai_tools_update.sync_detailed(TOOL_ID, client=c, body=transfer_tool()), ConvaiTool
    ),
    "convai_tools_delete": Op(lambda c: convai_tools_delete.sync_detailed(TOOL_ID, client=c), ANY_JSON),
    "convai_tools_dependent_agents": Op(
        lambda c: convai_tools_dependent_agents.sync_detailed(TOOL_ID, client=c, cursor="next"),
        ConvaiDependentAgentPage,
    ),
    # settings
    "convai_settings_get": Op(lambda c: convai_settings_get.sync_detailed(client=c), ConvaiSettings),
    "convai_settings_update": Op(
        lambda c: convai_settings_update.sync_detailed(
            client=c,
            body=ConvaiSettingsUpdate(webhooks=ConvaiWebhooks(send_audio=True), rag_retention_period_days=30),
        ),
        ConvaiSettings,
    ),
    "convai_settings_get_dashboard": Op(
        lambda c: convai_settings_get_dashboard.sync_detailed(client=c), ConvaiDashboardSettings
    ),
    "convai_settings_update_dashboard": Op(
        lambda c: convai_settings_update_dashboard.sync_detailed(
            client=c,
            body=ConvaiDashboardSettingsUpdate(
                charts=[
                    ConvaiDashboardCallSuccessChart(name="Success"),
                    ConvaiDashboardCriteriaChart(name="Polite", criteria_id="polite"),
                ]
            ),
        ),
        ConvaiDashboardSettings,
    ),
    # secrets
    "convai_secrets_list": Op(lambda c: convai_secrets_list.sync_detailed(client=c), ConvaiSecretList),
    "convai_secrets_create": Op(
        lambda c: convai_secrets_create.sync_detailed(
            client=c, body=ConvaiSecretCreate(type_="new", name="weather_api_key", value="s3cr3t")
        ),
        ConvaiSecretStored,
    ),
    "convai_secrets_update": Op(
        lambda c: convai_secrets_update.sync_detailed(
            SECRET_ID, client=c, body=ConvaiSecretUpdate(type_="update", name="weather_api_key", value="n3w")
        ),
        ConvaiSecretStored,
    ),
    # 204 without a body: nothing is parsed.
    "convai_secrets_delete": Op(lambda c: convai_secrets_delete.sync_detailed(SECRET_ID, client=c), type(None)),
    # MCP servers
    "convai_mcp_servers_list": Op(lambda c: convai_mcp_servers_list.sync_detailed(client=c), ConvaiMcpServerList),
    "convai_mcp_servers_create": Op(
        lambda c: convai_mcp_servers_create.sync_detailed(
            client=c,
            body=ConvaiMcpServerRequest(
                config=ConvaiMcpServerConfigInput(
                    url="https://mcp.example.com/sse",
                    name="Calendar",
                    secret_token=ConvaiSecretLocator(secret_id=SECRET_ID),
                )
            ),
        ),
        ConvaiMcpServer,
    ),
    "convai_mcp_servers_get": Op(
        lambda c: convai_mcp_servers_get.sync_detailed(MCP_SERVER_ID, client=c), ConvaiMcpServer
    ),
    "convai_mcp_servers_list_tools": Op(
        lambda c: convai_mcp_servers_list_tools.sync_detailed(MCP_SERVER_ID, client=c), ConvaiMcpToolList
    ),
    "convai_mcp_servers_update_approval_policy": Op(
        lambda c: convai_mcp_servers_update_approval_policy.sync_detailed(
            MCP_SERVER_ID, client=c, body=ConvaiMcpApprovalPolicyUpdate(approval_policy="require_approval_per_tool")
        ),
        ConvaiMcpServer,
    ),
    "convai_mcp_servers_add_tool_approval": Op(
        lambda c: convai_mcp_servers_add_tool_approval.sync_detailed(
            MCP_SERVER_ID,
            client=c,
            body=ConvaiMcpToolApprovalRequest(
                tool_name="list_events", tool_description="List calendar events.", approval_policy="auto_approved"
            ),
        ),
        ConvaiMcpServer,
    ),
    "convai_mcp_servers_remove_tool_approval": Op(
        lambda c: convai_mcp_servers_remove_tool_approval.sync_detailed(MCP_SERVER_ID, "list_events", client=c),
        ConvaiMcpServer,
    ),
}
