"""Contract registry of the convai-agents area: agents, their widget, links and cost estimates,
conversations, conversation tokens, agent tests and test invocations."""

from __future__ import annotations

import io

from elevenlabs_api.api.conversational_ai import (
    convai_agent_knowledge_base_size,
    convai_agent_llm_usage_calculate,
    convai_agents_create,
    convai_agents_delete,
    convai_agents_duplicate,
    convai_agents_get,
    convai_agents_get_link,
    convai_agents_get_widget,
    convai_agents_list,
    convai_agents_run_tests,
    convai_agents_simulate_conversation,
    convai_agents_simulate_conversation_stream,
    convai_agents_update,
    convai_agents_upload_avatar,
    convai_conversation_get_signed_url,
    convai_conversation_get_signed_url_legacy,
    convai_conversation_get_token,
    convai_conversations_delete,
    convai_conversations_get,
    convai_conversations_get_audio,
    convai_conversations_list,
    convai_conversations_send_feedback,
    convai_llm_usage_calculate,
    convai_test_invocations_get,
    convai_test_invocations_resubmit,
    convai_tests_delete,
    convai_tests_list,
    convai_tests_summaries,
)
from elevenlabs_api.models import (
    ConvaiAgent,
    ConvaiAgentAvatar,
    ConvaiAgentAvatarForm,
    ConvaiAgentConfigInput,
    ConvaiAgentCreated,
    ConvaiAgentCreateRequest,
    ConvaiAgentDuplicateRequest,
    ConvaiAgentKnowledgeBaseSize,
    ConvaiAgentLink,
    ConvaiAgentLlmUsageRequest,
    ConvaiAgentPage,
    ConvaiAgentUpdateRequest,
    ConvaiAgentUpdateRequestConversationConfigType0,
    ConvaiAgentWidget,
    ConvaiBuiltInToolsInput,
    ConvaiConversation,
    ConvaiConversationConfigInput,
    ConvaiConversationFeedbackRequest,
    ConvaiConversationPage,
    ConvaiEndCallToolParams,
    ConvaiEvaluationCriterion,
    ConvaiEvaluationSettings,
    ConvaiKnowledgeBaseLocator,
    ConvaiLiveKitToken,
    ConvaiLlmUsage,
    ConvaiLlmUsageRequest,
    ConvaiPlatformSettingsRequest,
    ConvaiPromptConfigInput,
    ConvaiResubmitTestsRequest,
    ConvaiRunTestsRequest,
    ConvaiSignedUrl,
    ConvaiSimulationRequest,
    ConvaiSimulationResult,
    ConvaiSimulationSpecification,
    ConvaiSimulationSpecificationToolMockConfig,
    ConvaiSingleTestRun,
    ConvaiSystemToolConfigInput,
    ConvaiTestAgentOverride,
    ConvaiTestIdsRequest,
    ConvaiTestInvocation,
    ConvaiTestPage,
    ConvaiTestSummaries,
    ConvaiToolMockConfig,
    ConvaiTranscriptEntryInput,
    ConvaiTtsConfigInput,
    ConvaiWidgetConfigInput,
    ConvaiWidgetOrbAvatar,
)
from elevenlabs_api.types import File

from .support import Op

AGENT_ID = "Ag3ntXw1YbLk0aEdQm00"
CONVERSATION_ID = "C0nvXw1YbLk0aEdQm000"
TEST_ID = "TeaqRRdTcIfIu2i7BYfT"
INVOCATION_ID = "Inv0cXw1YbLk0aEdQm00"
ANY_JSON = object


def png() -> File:
    return File(payload=io.BytesIO(b"\x89PNG\r\n\x1a\nfake image"), file_name="avatar.png", mime_type="image/png")


def greeting_history() -> list[ConvaiTranscriptEntryInput]:
    return [ConvaiTranscriptEntryInput(role="user", time_in_call_secs=0, message="Hi, can I book a table?")]


def support_agent() -> ConvaiAgentCreateRequest:
    """An agent with a prompt, a built-in system tool, a document, a voice and platform settings."""
    return ConvaiAgentCreateRequest(
        name="Support",
        tags=["support"],
        conversation_config=ConvaiConversationConfigInput(
            agent=ConvaiAgentConfigInput(
                first_message="Hello! How can I help?",
                language="en",
                prompt=ConvaiPromptConfigInput(
                    prompt="You are a friendly support agent.",
                    llm="gpt-4o-mini",
                    built_in_tools=ConvaiBuiltInToolsInput(
                        end_call=ConvaiSystemToolConfigInput(
                            name="end_call", description="", params=ConvaiEndCallToolParams()
                        )
                    ),
                    knowledge_base=[ConvaiKnowledgeBaseLocator(type_="url", name="FAQ", id="21m00Tcm4TlvDq8ikWAM")],
                ),
            ),
            tts=ConvaiTtsConfigInput(voice_id="21m00Tcm4TlvDq8ikWAM", model_id="eleven_flash_v2_5"),
        ),
        platform_settings=ConvaiPlatformSettingsRequest(
            evaluation=ConvaiEvaluationSettings(
                criteria=[
                    ConvaiEvaluationCriterion(
                        id="solved", name="Solved", conversation_goal_prompt="The customer's problem was solved."
                    )
                ]
            ),
            widget=ConvaiWidgetConfigInput(avatar=ConvaiWidgetOrbAvatar(color_1="#000000")),
        ),
    )


def rename_agent() -> ConvaiAgentUpdateRequest:
    config = ConvaiAgentUpdateRequestConversationConfigType0()
    config["agent"] = {"first_message": "Hi there!"}
    return ConvaiAgentUpdateRequest(name="Support v2", conversation_config=config)


def simulation() -> ConvaiSimulationRequest:
    mocks = ConvaiSimulationSpecificationToolMockConfig()
    mocks["get_weather"] = ConvaiToolMockConfig(default_return_value="Sunny, 21 degrees.")
    return ConvaiSimulationRequest(
        simulation_specification=ConvaiSimulationSpecification(
            simulated_user_config=ConvaiAgentConfigInput(
                first_message="Hi, is it sunny in Paris?",
                prompt=ConvaiPromptConfigInput(prompt="You are a curious traveller."),
            ),
            tool_mock_config=mocks,
            partial_conversation_history=greeting_history(),
        ),
        extra_evaluation_criteria=[
            ConvaiEvaluationCriterion(id="weather", name="Weather", conversation_goal_prompt="The weather is given.")
        ],
        new_turns_limit=4,
    )


def test_override() -> ConvaiTestAgentOverride:
    agent = support_agent()
    return ConvaiTestAgentOverride(
        conversation_config=agent.conversation_config, platform_settings=ConvaiPlatformSettingsRequest()
    )


OPERATIONS: dict[str, Op] = {
    # conversation tokens
    "convai_conversation_get_signed_url": Op(
        lambda c: convai_conversation_get_signed_url.sync_detailed(client=c, agent_id=AGENT_ID), ConvaiSignedUrl
    ),
    "convai_conversation_get_signed_url_legacy": Op(
        lambda c: convai_conversation_get_signed_url_legacy.sync_detailed(client=c, agent_id=AGENT_ID),
        ConvaiSignedUrl,
    ),
    "convai_conversation_get_token": Op(
        lambda c: convai_conversation_get_token.sync_detailed(client=c, agent_id=AGENT_ID, participant_name="Ada"),
        ConvaiLiveKitToken,
    ),
    # agents
    "convai_agents_list": Op(
        lambda c: convai_agents_list.sync_detailed(client=c, page_size=10, search="support"), ConvaiAgentPage
    ),
    "convai_agents_delete": Op(lambda c: convai_agents_delete.sync_detailed(AGENT_ID, client=c), type(None)),
    "convai_agents_get_widget": Op(
        lambda c: convai_agents_get_widget.sync_detailed(AGENT_ID, client=c, conversation_signature="sig"),
        ConvaiAgentWidget,
    ),
    "convai_agents_get_link": Op(lambda c: convai_agents_get_link.sync_detailed(AGENT_ID, client=c), ConvaiAgentLink),
    "convai_agents_upload_avatar": Op(
        lambda c: convai_agents_upload_avatar.sync_detailed(
            AGENT_ID, client=c, body=ConvaiAgentAvatarForm(avatar_file=png())
        ),
        ConvaiAgentAvatar,
    ),
    "convai_agents_duplicate": Op(
        lambda c: convai_agents_duplicate.sync_detailed(
            AGENT_ID, client=c, body=ConvaiAgentDuplicateRequest(name="Support (copy)")
        ),
        ConvaiAgentCreated,
    ),
    "convai_agent_knowledge_base_size": Op(
        lambda c: convai_agent_knowledge_base_size.sync_detailed(AGENT_ID, client=c), ConvaiAgentKnowledgeBaseSize
    ),
    "convai_agent_llm_usage_calculate": Op(
        lambda c: convai_agent_llm_usage_calculate.sync_detailed(
            AGENT_ID, client=c, body=ConvaiAgentLlmUsageRequest(prompt_length=800, rag_enabled=False)
        ),
        ConvaiLlmUsage,
    ),
    "convai_llm_usage_calculate": Op(
        lambda c: convai_llm_usage_calculate.sync_detailed(
            client=c, body=ConvaiLlmUsageRequest(prompt_length=800, number_of_pages=3, rag_enabled=True)
        ),
        ConvaiLlmUsage,
    ),
    # conversations
    "convai_conversations_list": Op(
        lambda c: convai_conversations_list.sync_detailed(
            client=c, agent_id=AGENT_ID, call_successful="success", page_size=5
        ),
        ConvaiConversationPage,
    ),
    "convai_conversations_delete": Op(
        lambda c: convai_conversations_delete.sync_detailed(CONVERSATION_ID, client=c), ANY_JSON
    ),
    "convai_conversations_get_audio": Op(
        lambda c: convai_conversations_get_audio.sync_detailed(CONVERSATION_ID, client=c), File
    ),
    "convai_conversations_send_feedback": Op(
        lambda c: convai_conversations_send_feedback.sync_detailed(
            CONVERSATION_ID, client=c, body=ConvaiConversationFeedbackRequest(feedback="like")
        ),
        ANY_JSON,
    ),
    # agent tests
    "convai_tests_list": Op(lambda c: convai_tests_list.sync_detailed(client=c, page_size=10), ConvaiTestPage),
    "convai_tests_summaries": Op(
        lambda c: convai_tests_summaries.sync_detailed(client=c, body=ConvaiTestIdsRequest(test_ids=[TEST_ID])),
        ConvaiTestSummaries,
    ),
    "convai_tests_delete": Op(lambda c: convai_tests_delete.sync_detailed(TEST_ID, client=c), ANY_JSON),
    "convai_conversations_get": Op(
        lambda c: convai_conversations_get.sync_detailed(CONVERSATION_ID, client=c), ConvaiConversation
    ),
    "convai_test_invocations_get": Op(
        lambda c: convai_test_invocations_get.sync_detailed(INVOCATION_ID, client=c), ConvaiTestInvocation
    ),
    "convai_agents_create": Op(
        lambda c: convai_agents_create.sync_detailed(client=c, body=support_agent()), ConvaiAgentCreated
    ),
    "convai_agents_get": Op(lambda c: convai_agents_get.sync_detailed(AGENT_ID, client=c), ConvaiAgent),
    "convai_agents_update": Op(
        lambda c: convai_agents_update.sync_detailed(AGENT_ID, client=c, body=rename_agent()), ConvaiAgent
    ),
    "convai_agents_simulate_conversation": Op(
        lambda c: convai_agents_simulate_conversation.sync_detailed(AGENT_ID, client=c, body=simulation()),
        ConvaiSimulationResult,
    ),
    "convai_agents_simulate_conversation_stream": Op(
        lambda c: convai_agents_simulate_conversation_stream.sync_detailed(AGENT_ID, client=c, body=simulation()),
        type(None),
    ),
    "convai_agents_run_tests": Op(
        lambda c: convai_agents_run_tests.sync_detailed(
            AGENT_ID,
            client=c,
            body=ConvaiRunTestsRequest(
                tests=[ConvaiSingleTestRun(test_id=TEST_ID)], agent_config_override=test_override()
            ),
        ),
        ConvaiTestInvocation,
    ),
    "convai_test_invocations_resubmit": Op(
        lambda c: convai_test_invocations_resubmit.sync_detailed(
            INVOCATION_ID, client=c, body=ConvaiResubmitTestsRequest(test_run_ids=["run_1"], agent_id=AGENT_ID)
        ),
        ANY_JSON,
    ),
}
