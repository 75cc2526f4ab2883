"""Data models of the API, imported on first use (PEP 562) so that importing one endpoint stays cheap."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_shared_voice_request import AddSharedVoiceRequest
    from .add_shared_voice_result import AddSharedVoiceResult
    from .add_voice_form import AddVoiceForm
    from .add_voice_result import AddVoiceResult
    from .api_error_detail import ApiErrorDetail
    from .api_error_response import ApiErrorResponse
    from .audio_chunk_with_timestamps import AudioChunkWithTimestamps
    from .audio_isolation_form import AudioIsolationForm
    from .audio_native_content_form import AudioNativeContentForm
    from .audio_native_content_result import AudioNativeContentResult
    from .audio_native_create_form import AudioNativeCreateForm
    from .audio_native_project import AudioNativeProject
    from .audio_native_settings import AudioNativeSettings
    from .audio_native_settings_result import AudioNativeSettingsResult
    from .audio_native_settings_status import AudioNativeSettingsStatus
    from .audio_with_timestamps import AudioWithTimestamps
    from .billing_period import BillingPeriod
    from .character_alignment import CharacterAlignment
    from .character_usage import CharacterUsage
    from .character_usage_usage import CharacterUsageUsage
    from .composition_plan import CompositionPlan
    from .convai_access_level import ConvaiAccessLevel
    from .convai_agent import ConvaiAgent
    from .convai_agent_avatar import ConvaiAgentAvatar
    from .convai_agent_avatar_form import ConvaiAgentAvatarForm
    from .convai_agent_config_input import ConvaiAgentConfigInput
    from .convai_agent_config_output import ConvaiAgentConfigOutput
    from .convai_agent_create_request import ConvaiAgentCreateRequest
    from .convai_agent_created import ConvaiAgentCreated
    from .convai_agent_duplicate_request import ConvaiAgentDuplicateRequest
    from .convai_agent_knowledge_base_size import ConvaiAgentKnowledgeBaseSize
    from .convai_agent_link import ConvaiAgentLink
    from .convai_agent_llm_usage_request import ConvaiAgentLlmUsageRequest
    from .convai_agent_metadata import ConvaiAgentMetadata
    from .convai_agent_page import ConvaiAgentPage
    from .convai_agent_summary import ConvaiAgentSummary
    from .convai_agent_transfer import ConvaiAgentTransfer
    from .convai_agent_update_request import ConvaiAgentUpdateRequest
    from .convai_agent_update_request_conversation_config_type_0 import ConvaiAgentUpdateRequestConversationConfigType0
    from .convai_agent_update_request_platform_settings_type_0 import ConvaiAgentUpdateRequestPlatformSettingsType0
    from .convai_agent_widget import ConvaiAgentWidget
    from .convai_allowlist_item import ConvaiAllowlistItem
    from .convai_array_json_schema_property_input import ConvaiArrayJsonSchemaPropertyInput
    from .convai_array_json_schema_property_output import ConvaiArrayJsonSchemaPropertyOutput
    from .convai_asr_config import ConvaiAsrConfig
    from .convai_asr_input_format import ConvaiAsrInputFormat
    from .convai_asr_provider import ConvaiAsrProvider
    from .convai_asr_quality import ConvaiAsrQuality
    from .convai_attached_test import ConvaiAttachedTest
    from .convai_auth_connection_locator import ConvaiAuthConnectionLocator
    from .convai_auth_settings import ConvaiAuthSettings
    from .convai_authorization_method import ConvaiAuthorizationMethod
    from .convai_batch_call import ConvaiBatchCall
    from .convai_batch_call_detail import ConvaiBatchCallDetail
    from .convai_batch_call_page import ConvaiBatchCallPage
    from .convai_batch_call_phone_provider import ConvaiBatchCallPhoneProvider
    from .convai_batch_call_recipient import ConvaiBatchCallRecipient
    from .convai_batch_call_recipient_result import ConvaiBatchCallRecipientResult
    from .convai_batch_call_recipient_status import ConvaiBatchCallRecipientStatus
    from .convai_batch_call_status import ConvaiBatchCallStatus
    from .convai_batch_call_submit import ConvaiBatchCallSubmit
    from .convai_built_in_tools_input import ConvaiBuiltInToolsInput
    from .convai_built_in_tools_output import ConvaiBuiltInToolsOutput
    from .convai_call_limits import ConvaiCallLimits
    from .convai_client_data_config_input import ConvaiClientDataConfigInput
    from .convai_client_data_config_output import ConvaiClientDataConfigOutput
    from .convai_client_event import ConvaiClientEvent
    from .convai_client_tool_config_input import ConvaiClientToolConfigInput
    from .convai_client_tool_config_output import ConvaiClientToolConfigOutput
    from .convai_conversation import ConvaiConversation
    from .convai_conversation_analysis import ConvaiConversationAnalysis
    from .convai_conversation_analysis_data_collection_results import ConvaiConversationAnalysisDataCollectionResults
    from .convai_conversation_analysis_evaluation_criteria_results import (
        ConvaiConversationAnalysisEvaluationCriteriaResults,
    )
    from .convai_conversation_batch_call import ConvaiConversationBatchCall
    from .convai_conversation_charging import ConvaiConversationCharging
    from .convai_conversation_config_input import ConvaiConversationConfigInput
    from .convai_conversation_config_input_language_presets import ConvaiConversationConfigInputLanguagePresets
    from .convai_conversation_config_output import ConvaiConversationConfigOutput
    from .convai_conversation_config_output_language_presets import ConvaiConversationConfigOutputLanguagePresets
    from .convai_conversation_deletion_settings import ConvaiConversationDeletionSettings
    from .convai_conversation_error import ConvaiConversationError
    from .convai_conversation_feedback import ConvaiConversationFeedback
    from .convai_conversation_feedback_request import ConvaiConversationFeedbackRequest
    from .convai_conversation_init_agent_override import ConvaiConversationInitAgentOverride
    from .convai_conversation_init_client_data_input import ConvaiConversationInitClientDataInput
    from .convai_conversation_init_client_data_input_custom_llm_extra_body import (
        ConvaiConversationInitClientDataInputCustomLlmExtraBody,
    )
    from .convai_conversation_init_client_data_input_dynamic_variables import (
        ConvaiConversationInitClientDataInputDynamicVariables,
    )
    from .convai_conversation_init_client_data_internal import ConvaiConversationInitClientDataInternal
    from .convai_conversation_init_client_data_internal_custom_llm_extra_body import (
        ConvaiConversationInitClientDataInternalCustomLlmExtraBody,
    )
    from .convai_conversation_init_client_data_internal_dynamic_variables import (
        ConvaiConversationInitClientDataInternalDynamicVariables,
    )
    from .convai_conversation_init_client_data_output import ConvaiConversationInitClientDataOutput
    from .convai_conversation_init_client_data_output_custom_llm_extra_body import (
        ConvaiConversationInitClientDataOutputCustomLlmExtraBody,
    )
    from .convai_conversation_init_config_override_input import ConvaiConversationInitConfigOverrideInput
    from .convai_conversation_init_config_override_output import ConvaiConversationInitConfigOverrideOutput
    from .convai_conversation_init_conversation_override import ConvaiConversationInitConversationOverride
    from .convai_conversation_init_prompt_override import ConvaiConversationInitPromptOverride
    from .convai_conversation_init_source import ConvaiConversationInitSource
    from .convai_conversation_init_source_info import ConvaiConversationInitSourceInfo
    from .convai_conversation_init_tts_override import ConvaiConversationInitTtsOverride
    from .convai_conversation_metadata import ConvaiConversationMetadata
    from .convai_conversation_page import ConvaiConversationPage
    from .convai_conversation_rag_usage import ConvaiConversationRagUsage
    from .convai_conversation_settings import ConvaiConversationSettings
    from .convai_conversation_status import ConvaiConversationStatus
    from .convai_conversation_summary import ConvaiConversationSummary
    from .convai_conversation_summary_direction_type_0 import ConvaiConversationSummaryDirectionType0
    from .convai_conversation_summary_status import ConvaiConversationSummaryStatus
    from .convai_conversation_token_purpose import ConvaiConversationTokenPurpose
    from .convai_conversation_token_record import ConvaiConversationTokenRecord
    from .convai_conversations_list_summary_mode import ConvaiConversationsListSummaryMode
    from .convai_criteria_result import ConvaiCriteriaResult
    from .convai_custom_llm import ConvaiCustomLlm
    from .convai_custom_llm_request_headers import ConvaiCustomLlmRequestHeaders
    from .convai_dashboard_call_success_chart import ConvaiDashboardCallSuccessChart
    from .convai_dashboard_criteria_chart import ConvaiDashboardCriteriaChart
    from .convai_dashboard_data_collection_chart import ConvaiDashboardDataCollectionChart
    from .convai_dashboard_settings import ConvaiDashboardSettings
    from .convai_dashboard_settings_update import ConvaiDashboardSettingsUpdate
    from .convai_data_collection_result import ConvaiDataCollectionResult
    from .convai_dependent_agent_page import ConvaiDependentAgentPage
    from .convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from .convai_dependent_available_tool import ConvaiDependentAvailableTool
    from .convai_dependent_phone_number import ConvaiDependentPhoneNumber
    from .convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from .convai_dependent_unknown_tool import ConvaiDependentUnknownTool
    from .convai_document_usage_mode import ConvaiDocumentUsageMode
    from .convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from .convai_dynamic_variable_ref import ConvaiDynamicVariableRef
    from .convai_dynamic_variable_update import ConvaiDynamicVariableUpdate
    from .convai_dynamic_variables_config import ConvaiDynamicVariablesConfig
    from .convai_dynamic_variables_config_dynamic_variable_placeholders import (
        ConvaiDynamicVariablesConfigDynamicVariablePlaceholders,
    )
    from .convai_eleven_assistant_info import ConvaiElevenAssistantInfo
    from .convai_embedding_model import ConvaiEmbeddingModel
    from .convai_end_call_result import ConvaiEndCallResult
    from .convai_end_call_tool_params import ConvaiEndCallToolParams
    from .convai_evaluation_criterion import ConvaiEvaluationCriterion
    from .convai_evaluation_result import ConvaiEvaluationResult
    from .convai_evaluation_settings import ConvaiEvaluationSettings
    from .convai_exact_parameter_eval import ConvaiExactParameterEval
    from .convai_failure_response_example import ConvaiFailureResponseExample
    from .convai_feature_status import ConvaiFeatureStatus
    from .convai_features_usage import ConvaiFeaturesUsage
    from .convai_feedback_score import ConvaiFeedbackScore
    from .convai_http_method import ConvaiHttpMethod
    from .convai_initiation_webhook import ConvaiInitiationWebhook
    from .convai_initiation_webhook_request_headers import ConvaiInitiationWebhookRequestHeaders
    from .convai_integration_type import ConvaiIntegrationType
    from .convai_knowledge_base_add_form import ConvaiKnowledgeBaseAddForm
    from .convai_knowledge_base_chunk import ConvaiKnowledgeBaseChunk
    from .convai_knowledge_base_document_created import ConvaiKnowledgeBaseDocumentCreated
    from .convai_knowledge_base_document_metadata import ConvaiKnowledgeBaseDocumentMetadata
    from .convai_knowledge_base_document_type import ConvaiKnowledgeBaseDocumentType
    from .convai_knowledge_base_file_document import ConvaiKnowledgeBaseFileDocument
    from .convai_knowledge_base_file_form import ConvaiKnowledgeBaseFileForm
    from .convai_knowledge_base_file_summary import ConvaiKnowledgeBaseFileSummary
    from .convai_knowledge_base_list import ConvaiKnowledgeBaseList
    from .convai_knowledge_base_locator import ConvaiKnowledgeBaseLocator
    from .convai_knowledge_base_text_document import ConvaiKnowledgeBaseTextDocument
    from .convai_knowledge_base_text_request import ConvaiKnowledgeBaseTextRequest
    from .convai_knowledge_base_text_summary import ConvaiKnowledgeBaseTextSummary
    from .convai_knowledge_base_update_request import ConvaiKnowledgeBaseUpdateRequest
    from .convai_knowledge_base_url_document import ConvaiKnowledgeBaseUrlDocument
    from .convai_knowledge_base_url_request import ConvaiKnowledgeBaseUrlRequest
    from .convai_knowledge_base_url_summary import ConvaiKnowledgeBaseUrlSummary
    from .convai_language_detection_result import ConvaiLanguageDetectionResult
    from .convai_language_detection_tool_params import ConvaiLanguageDetectionToolParams
    from .convai_language_preset_input import ConvaiLanguagePresetInput
    from .convai_language_preset_output import ConvaiLanguagePresetOutput
    from .convai_language_preset_translation import ConvaiLanguagePresetTranslation
    from .convai_literal_json_schema_property import ConvaiLiteralJsonSchemaProperty
    from .convai_literal_json_schema_property_type import ConvaiLiteralJsonSchemaPropertyType
    from .convai_live_kit_token import ConvaiLiveKitToken
    from .convai_llm import ConvaiLlm
    from .convai_llm_category_usage import ConvaiLlmCategoryUsage
    from .convai_llm_input_output_tokens import ConvaiLlmInputOutputTokens
    from .convai_llm_parameter_eval import ConvaiLlmParameterEval
    from .convai_llm_price import ConvaiLlmPrice
    from .convai_llm_token_usage_input import ConvaiLlmTokenUsageInput
    from .convai_llm_token_usage_input_model_usage import ConvaiLlmTokenUsageInputModelUsage
    from .convai_llm_token_usage_output import ConvaiLlmTokenUsageOutput
    from .convai_llm_token_usage_output_model_usage import ConvaiLlmTokenUsageOutputModelUsage
    from .convai_llm_tokens_category import ConvaiLlmTokensCategory
    from .convai_llm_usage import ConvaiLlmUsage
    from .convai_llm_usage_request import ConvaiLlmUsageRequest
    from .convai_mcp_approval_policy import ConvaiMcpApprovalPolicy
    from .convai_mcp_approval_policy_update import ConvaiMcpApprovalPolicyUpdate
    from .convai_mcp_server import ConvaiMcpServer
    from .convai_mcp_server_config_input import ConvaiMcpServerConfigInput
    from .convai_mcp_server_config_input_request_headers import ConvaiMcpServerConfigInputRequestHeaders
    from .convai_mcp_server_config_output import ConvaiMcpServerConfigOutput
    from .convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders
    from .convai_mcp_server_list import ConvaiMcpServerList
    from .convai_mcp_server_metadata import ConvaiMcpServerMetadata
    from .convai_mcp_server_request import ConvaiMcpServerRequest
    from .convai_mcp_server_transport import ConvaiMcpServerTransport
    from .convai_mcp_tool import ConvaiMcpTool
    from .convai_mcp_tool_annotations import ConvaiMcpToolAnnotations
    from .convai_mcp_tool_approval_hash import ConvaiMcpToolApprovalHash
    from .convai_mcp_tool_approval_policy import ConvaiMcpToolApprovalPolicy
    from .convai_mcp_tool_approval_request import ConvaiMcpToolApprovalRequest
    from .convai_mcp_tool_approval_request_input_schema import ConvaiMcpToolApprovalRequestInputSchema
    from .convai_mcp_tool_config_input import ConvaiMcpToolConfigInput
    from .convai_mcp_tool_config_input_mcp_input_schema_type_0 import ConvaiMcpToolConfigInputMcpInputSchemaType0
    from .convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput
    from .convai_mcp_tool_config_output_mcp_input_schema_type_0 import ConvaiMcpToolConfigOutputMcpInputSchemaType0
    from .convai_mcp_tool_input_schema import ConvaiMcpToolInputSchema
    from .convai_mcp_tool_list import ConvaiMcpToolList
    from .convai_mcp_tool_meta_type_0 import ConvaiMcpToolMetaType0
    from .convai_mcp_tool_output_schema_type_0 import ConvaiMcpToolOutputSchemaType0
    from .convai_metric_record import ConvaiMetricRecord
    from .convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput
    from .convai_object_json_schema_property_input_properties import ConvaiObjectJsonSchemaPropertyInputProperties
    from .convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput
    from .convai_object_json_schema_property_output_properties import ConvaiObjectJsonSchemaPropertyOutputProperties
    from .convai_override_flags_agent import ConvaiOverrideFlagsAgent
    from .convai_override_flags_conversation import ConvaiOverrideFlagsConversation
    from .convai_override_flags_input import ConvaiOverrideFlagsInput
    from .convai_override_flags_output import ConvaiOverrideFlagsOutput
    from .convai_override_flags_prompt import ConvaiOverrideFlagsPrompt
    from .convai_override_flags_tts import ConvaiOverrideFlagsTts
    from .convai_phone_agent_info import ConvaiPhoneAgentInfo
    from .convai_phone_created import ConvaiPhoneCreated
    from .convai_phone_number_transfer import ConvaiPhoneNumberTransfer
    from .convai_phone_sip_credentials import ConvaiPhoneSipCredentials
    from .convai_phone_sip_inbound_trunk import ConvaiPhoneSipInboundTrunk
    from .convai_phone_sip_inbound_trunk_config import ConvaiPhoneSipInboundTrunkConfig
    from .convai_phone_sip_media_encryption import ConvaiPhoneSipMediaEncryption
    from .convai_phone_sip_outbound_trunk import ConvaiPhoneSipOutboundTrunk
    from .convai_phone_sip_outbound_trunk_config import ConvaiPhoneSipOutboundTrunkConfig
    from .convai_phone_sip_outbound_trunk_config_headers import ConvaiPhoneSipOutboundTrunkConfigHeaders
    from .convai_phone_sip_outbound_trunk_headers import ConvaiPhoneSipOutboundTrunkHeaders
    from .convai_phone_sip_transport import ConvaiPhoneSipTransport
    from .convai_phone_sip_trunk_create import ConvaiPhoneSipTrunkCreate
    from .convai_phone_sip_trunk_number import ConvaiPhoneSipTrunkNumber
    from .convai_phone_transfer_destination import ConvaiPhoneTransferDestination
    from .convai_phone_twilio_create import ConvaiPhoneTwilioCreate
    from .convai_phone_twilio_number import ConvaiPhoneTwilioNumber
    from .convai_phone_update import ConvaiPhoneUpdate
    from .convai_platform_settings import ConvaiPlatformSettings
    from .convai_platform_settings_data_collection import ConvaiPlatformSettingsDataCollection
    from .convai_platform_settings_request import ConvaiPlatformSettingsRequest
    from .convai_platform_settings_request_data_collection import ConvaiPlatformSettingsRequestDataCollection
    from .convai_play_dtmf_error import ConvaiPlayDtmfError
    from .convai_play_dtmf_success import ConvaiPlayDtmfSuccess
    from .convai_play_dtmf_tool_params import ConvaiPlayDtmfToolParams
    from .convai_privacy_config import ConvaiPrivacyConfig
    from .convai_prompt_config_input import ConvaiPromptConfigInput
    from .convai_prompt_config_output import ConvaiPromptConfigOutput
    from .convai_pronunciation_dictionary_version import ConvaiPronunciationDictionaryVersion
    from .convai_query_params_json_schema import ConvaiQueryParamsJsonSchema
    from .convai_query_params_json_schema_properties import ConvaiQueryParamsJsonSchemaProperties
    from .convai_rag_chunk_metadata import ConvaiRagChunkMetadata
    from .convai_rag_config import ConvaiRagConfig
    from .convai_rag_index import ConvaiRagIndex
    from .convai_rag_index_list import ConvaiRagIndexList
    from .convai_rag_index_model_usage import ConvaiRagIndexModelUsage
    from .convai_rag_index_overview import ConvaiRagIndexOverview
    from .convai_rag_index_request import ConvaiRagIndexRequest
    from .convai_rag_index_status import ConvaiRagIndexStatus
    from .convai_rag_index_usage import ConvaiRagIndexUsage
    from .convai_rag_retrieval_info import ConvaiRagRetrievalInfo
    from .convai_referenced_tool import ConvaiReferencedTool
    from .convai_regex_parameter_eval import ConvaiRegexParameterEval
    from .convai_resource_access_info import ConvaiResourceAccessInfo
    from .convai_resubmit_tests_request import ConvaiResubmitTestsRequest
    from .convai_run_tests_request import ConvaiRunTestsRequest
    from .convai_safety import ConvaiSafety
    from .convai_secret_create import ConvaiSecretCreate
    from .convai_secret_dependencies import ConvaiSecretDependencies
    from .convai_secret_dependency_type import ConvaiSecretDependencyType
    from .convai_secret_list import ConvaiSecretList
    from .convai_secret_locator import ConvaiSecretLocator
    from .convai_secret_stored import ConvaiSecretStored
    from .convai_secret_update import ConvaiSecretUpdate
    from .convai_secret_with_usage import ConvaiSecretWithUsage
    from .convai_settings import ConvaiSettings
    from .convai_settings_update import ConvaiSettingsUpdate
    from .convai_signed_url import ConvaiSignedUrl
    from .convai_simulation_request import ConvaiSimulationRequest
    from .convai_simulation_result import ConvaiSimulationResult
    from .convai_simulation_specification import ConvaiSimulationSpecification
    from .convai_simulation_specification_tool_mock_config import ConvaiSimulationSpecificationToolMockConfig
    from .convai_single_test_run import ConvaiSingleTestRun
    from .convai_sip_trunk_phone_call import ConvaiSipTrunkPhoneCall
    from .convai_sip_trunk_phone_call_direction import ConvaiSipTrunkPhoneCallDirection
    from .convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination
    from .convai_skip_turn_result import ConvaiSkipTurnResult
    from .convai_skip_turn_tool_params import ConvaiSkipTurnToolParams
    from .convai_successful_response_example import ConvaiSuccessfulResponseExample
    from .convai_supported_voice import ConvaiSupportedVoice
    from .convai_system_tool_config_input import ConvaiSystemToolConfigInput
    from .convai_system_tool_config_output import ConvaiSystemToolConfigOutput
    from .convai_telephony_outbound_call import ConvaiTelephonyOutboundCall
    from .convai_telephony_provider import ConvaiTelephonyProvider
    from .convai_telephony_sip_trunk_call_result import ConvaiTelephonySipTrunkCallResult
    from .convai_telephony_twilio_call_result import ConvaiTelephonyTwilioCallResult
    from .convai_test import ConvaiTest
    from .convai_test_agent_override import ConvaiTestAgentOverride
    from .convai_test_condition_rationale import ConvaiTestConditionRationale
    from .convai_test_condition_result import ConvaiTestConditionResult
    from .convai_test_create_request import ConvaiTestCreateRequest
    from .convai_test_created import ConvaiTestCreated
    from .convai_test_dynamic_variables import ConvaiTestDynamicVariables
    from .convai_test_ids_request import ConvaiTestIdsRequest
    from .convai_test_invocation import ConvaiTestInvocation
    from .convai_test_page import ConvaiTestPage
    from .convai_test_run import ConvaiTestRun
    from .convai_test_run_status import ConvaiTestRunStatus
    from .convai_test_summaries import ConvaiTestSummaries
    from .convai_test_summaries_tests import ConvaiTestSummariesTests
    from .convai_test_summary import ConvaiTestSummary
    from .convai_test_tool_call_evaluation_input import ConvaiTestToolCallEvaluationInput
    from .convai_test_tool_call_evaluation_output import ConvaiTestToolCallEvaluationOutput
    from .convai_test_tool_call_parameter import ConvaiTestToolCallParameter
    from .convai_test_tool_result import ConvaiTestToolResult
    from .convai_test_update_request import ConvaiTestUpdateRequest
    from .convai_testing_settings import ConvaiTestingSettings
    from .convai_tests_feature_usage import ConvaiTestsFeatureUsage
    from .convai_tool import ConvaiTool
    from .convai_tool_call_client_details import ConvaiToolCallClientDetails
    from .convai_tool_call_mcp_details import ConvaiToolCallMcpDetails
    from .convai_tool_call_mcp_details_parameters import ConvaiToolCallMcpDetailsParameters
    from .convai_tool_call_webhook_details import ConvaiToolCallWebhookDetails
    from .convai_tool_call_webhook_details_headers import ConvaiToolCallWebhookDetailsHeaders
    from .convai_tool_call_webhook_details_path_params import ConvaiToolCallWebhookDetailsPathParams
    from .convai_tool_call_webhook_details_query_params import ConvaiToolCallWebhookDetailsQueryParams
    from .convai_tool_list import ConvaiToolList
    from .convai_tool_mock_config import ConvaiToolMockConfig
    from .convai_tool_request import ConvaiToolRequest
    from .convai_tool_result_other import ConvaiToolResultOther
    from .convai_tool_result_other_type import ConvaiToolResultOtherType
    from .convai_tool_result_system import ConvaiToolResultSystem
    from .convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput
    from .convai_tool_result_workflow_output import ConvaiToolResultWorkflowOutput
    from .convai_tool_type import ConvaiToolType
    from .convai_tool_usage_stats import ConvaiToolUsageStats
    from .convai_transcript_entry_input import ConvaiTranscriptEntryInput
    from .convai_transcript_entry_input_role import ConvaiTranscriptEntryInputRole
    from .convai_transcript_entry_input_source_medium_type_0 import ConvaiTranscriptEntryInputSourceMediumType0
    from .convai_transcript_entry_output import ConvaiTranscriptEntryOutput
    from .convai_transcript_entry_output_role import ConvaiTranscriptEntryOutputRole
    from .convai_transcript_entry_output_source_medium_type_0 import ConvaiTranscriptEntryOutputSourceMediumType0
    from .convai_transcript_tool_call import ConvaiTranscriptToolCall
    from .convai_transfer_to_agent_error import ConvaiTransferToAgentError
    from .convai_transfer_to_agent_success import ConvaiTransferToAgentSuccess
    from .convai_transfer_to_agent_tool_params import ConvaiTransferToAgentToolParams
    from .convai_transfer_to_number_error import ConvaiTransferToNumberError
    from .convai_transfer_to_number_sip_success import ConvaiTransferToNumberSipSuccess
    from .convai_transfer_to_number_tool_params_input import ConvaiTransferToNumberToolParamsInput
    from .convai_transfer_to_number_tool_params_output import ConvaiTransferToNumberToolParamsOutput
    from .convai_transfer_to_number_twilio_success import ConvaiTransferToNumberTwilioSuccess
    from .convai_transfer_type import ConvaiTransferType
    from .convai_tts_config_input import ConvaiTtsConfigInput
    from .convai_tts_config_output import ConvaiTtsConfigOutput
    from .convai_tts_latency import ConvaiTtsLatency
    from .convai_tts_model import ConvaiTtsModel
    from .convai_tts_model_family import ConvaiTtsModelFamily
    from .convai_tts_output_format import ConvaiTtsOutputFormat
    from .convai_turn_config import ConvaiTurnConfig
    from .convai_turn_metrics import ConvaiTurnMetrics
    from .convai_turn_metrics_metrics import ConvaiTurnMetricsMetrics
    from .convai_turn_mode import ConvaiTurnMode
    from .convai_twilio_phone_call import ConvaiTwilioPhoneCall
    from .convai_twilio_phone_call_direction import ConvaiTwilioPhoneCallDirection
    from .convai_user_feedback import ConvaiUserFeedback
    from .convai_user_secret import ConvaiUserSecret
    from .convai_voicemail_detection_success import ConvaiVoicemailDetectionSuccess
    from .convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams
    from .convai_webhook_tool_api_schema_input import ConvaiWebhookToolApiSchemaInput
    from .convai_webhook_tool_api_schema_input_path_params_schema import ConvaiWebhookToolApiSchemaInputPathParamsSchema
    from .convai_webhook_tool_api_schema_input_request_headers import ConvaiWebhookToolApiSchemaInputRequestHeaders
    from .convai_webhook_tool_api_schema_output import ConvaiWebhookToolApiSchemaOutput
    from .convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,
    )
    from .convai_webhook_tool_api_schema_output_request_headers import ConvaiWebhookToolApiSchemaOutputRequestHeaders
    from .convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput
    from .convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput
    from .convai_webhooks import ConvaiWebhooks
    from .convai_widget_config_input import ConvaiWidgetConfigInput
    from .convai_widget_config_input_language_presets import ConvaiWidgetConfigInputLanguagePresets
    from .convai_widget_config_output import ConvaiWidgetConfigOutput
    from .convai_widget_config_output_language_presets import ConvaiWidgetConfigOutputLanguagePresets
    from .convai_widget_expandable import ConvaiWidgetExpandable
    from .convai_widget_feedback_mode import ConvaiWidgetFeedbackMode
    from .convai_widget_image_avatar import ConvaiWidgetImageAvatar
    from .convai_widget_language_preset import ConvaiWidgetLanguagePreset
    from .convai_widget_language_texts import ConvaiWidgetLanguageTexts
    from .convai_widget_orb_avatar import ConvaiWidgetOrbAvatar
    from .convai_widget_placement import ConvaiWidgetPlacement
    from .convai_widget_resolved import ConvaiWidgetResolved
    from .convai_widget_resolved_language_presets import ConvaiWidgetResolvedLanguagePresets
    from .convai_widget_styles import ConvaiWidgetStyles
    from .convai_widget_text_contents import ConvaiWidgetTextContents
    from .convai_widget_url_avatar import ConvaiWidgetUrlAvatar
    from .convai_widget_variant import ConvaiWidgetVariant
    from .convai_workflow_edge_step import ConvaiWorkflowEdgeStep
    from .convai_workflow_features_usage import ConvaiWorkflowFeaturesUsage
    from .convai_workflow_max_iterations_step import ConvaiWorkflowMaxIterationsStep
    from .convai_workflow_nested_tools_step_input import ConvaiWorkflowNestedToolsStepInput
    from .convai_workflow_nested_tools_step_output import ConvaiWorkflowNestedToolsStepOutput
    from .convai_workflow_tool_response_input import ConvaiWorkflowToolResponseInput
    from .convai_workflow_tool_response_output import ConvaiWorkflowToolResponseOutput
    from .convai_workspace_overrides_input import ConvaiWorkspaceOverridesInput
    from .convai_workspace_overrides_output import ConvaiWorkspaceOverridesOutput
    from .create_voice_from_preview_request import CreateVoiceFromPreviewRequest
    from .create_voice_from_preview_request_labels_type_0 import CreateVoiceFromPreviewRequestLabelsType0
    from .currency import Currency
    from .dialogue_input import DialogueInput
    from .dialogue_settings import DialogueSettings
    from .dictionary_permission import DictionaryPermission
    from .docx_export_options import DocxExportOptions
    from .dubbing_create_form import DubbingCreateForm
    from .dubbing_created import DubbingCreated
    from .dubbing_deleted import DubbingDeleted
    from .dubbing_dubbed_segment import DubbingDubbedSegment
    from .dubbing_error import DubbingError
    from .dubbing_get_transcript_format_type import DubbingGetTranscriptFormatType
    from .dubbing_language_add import DubbingLanguageAdd
    from .dubbing_list_dubbing_status import DubbingListDubbingStatus
    from .dubbing_list_filter_by_creator import DubbingListFilterByCreator
    from .dubbing_media_metadata import DubbingMediaMetadata
    from .dubbing_media_reference import DubbingMediaReference
    from .dubbing_metadata import DubbingMetadata
    from .dubbing_page import DubbingPage
    from .dubbing_render import DubbingRender
    from .dubbing_render_request import DubbingRenderRequest
    from .dubbing_render_started import DubbingRenderStarted
    from .dubbing_render_status import DubbingRenderStatus
    from .dubbing_render_type import DubbingRenderType
    from .dubbing_resource import DubbingResource
    from .dubbing_resource_renders import DubbingResourceRenders
    from .dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
    from .dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
    from .dubbing_resource_version import DubbingResourceVersion
    from .dubbing_segment_create import DubbingSegmentCreate
    from .dubbing_segment_create_translations_type_0 import DubbingSegmentCreateTranslationsType0
    from .dubbing_segment_created import DubbingSegmentCreated
    from .dubbing_segment_selection import DubbingSegmentSelection
    from .dubbing_segment_update import DubbingSegmentUpdate
    from .dubbing_similar_voice import DubbingSimilarVoice
    from .dubbing_similar_voice_category import DubbingSimilarVoiceCategory
    from .dubbing_similar_voices import DubbingSimilarVoices
    from .dubbing_speaker_segment import DubbingSpeakerSegment
    from .dubbing_speaker_segment_dubs import DubbingSpeakerSegmentDubs
    from .dubbing_speaker_track import DubbingSpeakerTrack
    from .dubbing_speaker_track_voices import DubbingSpeakerTrackVoices
    from .dubbing_speaker_update import DubbingSpeakerUpdate
    from .dubbing_subtitle_frame import DubbingSubtitleFrame
    from .dubbing_transcribe_request import DubbingTranscribeRequest
    from .edit_voice_form import EditVoiceForm
    from .extended_subscription import ExtendedSubscription
    from .fine_tuning import FineTuning
    from .fine_tuning_message_type_0 import FineTuningMessageType0
    from .fine_tuning_progress_type_0 import FineTuningProgressType0
    from .fine_tuning_state import FineTuningState
    from .fine_tuning_state_additional_property import FineTuningStateAdditionalProperty
    from .forced_alignment import ForcedAlignment
    from .forced_alignment_character import ForcedAlignmentCharacter
    from .forced_alignment_form import ForcedAlignmentForm
    from .forced_alignment_word import ForcedAlignmentWord
    from .history_alignment import HistoryAlignment
    from .history_alignments import HistoryAlignments
    from .history_dialogue_line import HistoryDialogueLine
    from .history_download_error import HistoryDownloadError
    from .history_download_request import HistoryDownloadRequest
    from .history_feedback import HistoryFeedback
    from .history_item import HistoryItem
    from .history_item_settings_type_0 import HistoryItemSettingsType0
    from .history_item_source_type_0 import HistoryItemSourceType0
    from .history_item_state import HistoryItemState
    from .history_item_voice_category_type_0 import HistoryItemVoiceCategoryType0
    from .history_list_source_type_0 import HistoryListSourceType0
    from .history_page import HistoryPage
    from .html_export_options import HtmlExportOptions
    from .http_validation_error import HTTPValidationError
    from .input_file_format import InputFileFormat
    from .invoice import Invoice
    from .library_voice import LibraryVoice
    from .library_voice_page import LibraryVoicePage
    from .manual_verification import ManualVerification
    from .manual_verification_file import ManualVerificationFile
    from .model import Model
    from .model_concurrency_group import ModelConcurrencyGroup
    from .model_language import ModelLanguage
    from .model_rates import ModelRates
    from .moderation_status import ModerationStatus
    from .moderation_status_safety_status_type_0 import ModerationStatusSafetyStatusType0
    from .moderation_status_warning_status_type_0 import ModerationStatusWarningStatusType0
    from .multichannel_transcript import MultichannelTranscript
    from .music_compose_request import MusicComposeRequest
    from .music_model import MusicModel
    from .music_plan_request import MusicPlanRequest
    from .ok_status import OkStatus
    from .output_format import OutputFormat
    from .output_format_with_wav import OutputFormatWithWav
    from .pdf_export_options import PdfExportOptions
    from .pending_cancellation import PendingCancellation
    from .pending_subscription_switch import PendingSubscriptionSwitch
    from .pending_subscription_switch_next_tier import PendingSubscriptionSwitchNextTier
    from .pronunciation_alias_rule import PronunciationAliasRule
    from .pronunciation_dictionaries_list_sort_type_0 import PronunciationDictionariesListSortType0
    from .pronunciation_dictionary import PronunciationDictionary
    from .pronunciation_dictionary_created import PronunciationDictionaryCreated
    from .pronunciation_dictionary_file_form import PronunciationDictionaryFileForm
    from .pronunciation_dictionary_list import PronunciationDictionaryList
    from .pronunciation_dictionary_locator import PronunciationDictionaryLocator
    from .pronunciation_dictionary_rules_request import PronunciationDictionaryRulesRequest
    from .pronunciation_dictionary_update import PronunciationDictionaryUpdate
    from .pronunciation_dictionary_version import PronunciationDictionaryVersion
    from .pronunciation_phoneme_rule import PronunciationPhonemeRule
    from .pronunciation_rules_add import PronunciationRulesAdd
    from .pronunciation_rules_remove import PronunciationRulesRemove
    from .pvc_captcha_form import PvcCaptchaForm
    from .pvc_sample_audio import PvcSampleAudio
    from .pvc_sample_update_request import PvcSampleUpdateRequest
    from .pvc_sample_waveform import PvcSampleWaveform
    from .pvc_samples_form import PvcSamplesForm
    from .pvc_speaker_audio import PvcSpeakerAudio
    from .pvc_training_request import PvcTrainingRequest
    from .pvc_verification_form import PvcVerificationForm
    from .pvc_voice_create_request import PvcVoiceCreateRequest
    from .pvc_voice_create_request_labels_type_0 import PvcVoiceCreateRequestLabelsType0
    from .pvc_voice_edit_request import PvcVoiceEditRequest
    from .pvc_voice_edit_request_labels_type_0 import PvcVoiceEditRequestLabelsType0
    from .reader_resource import ReaderResource
    from .reader_resource_resource_type import ReaderResourceResourceType
    from .segmented_json_export_options import SegmentedJsonExportOptions
    from .separated_speaker import SeparatedSpeaker
    from .similar_voices_form import SimilarVoicesForm
    from .song_section import SongSection
    from .sound_generation_request import SoundGenerationRequest
    from .speaker_separation import SpeakerSeparation
    from .speaker_separation_speakers_type_0 import SpeakerSeparationSpeakersType0
    from .speaker_separation_status import SpeakerSeparationStatus
    from .speaker_utterance import SpeakerUtterance
    from .speech_to_speech_form import SpeechToSpeechForm
    from .speech_to_text_form import SpeechToTextForm
    from .speech_to_text_form_timestamps_granularity import SpeechToTextFormTimestampsGranularity
    from .speech_to_text_form_webhook_metadata_type_1 import SpeechToTextFormWebhookMetadataType1
    from .srt_export_options import SrtExportOptions
    from .studio_access_level import StudioAccessLevel
    from .studio_caption_animation import StudioCaptionAnimation
    from .studio_caption_animation_type import StudioCaptionAnimationType
    from .studio_caption_character_animation import StudioCaptionCharacterAnimation
    from .studio_caption_character_animation_enter_type import StudioCaptionCharacterAnimationEnterType
    from .studio_caption_character_animation_exit_type import StudioCaptionCharacterAnimationExitType
    from .studio_caption_horizontal_placement import StudioCaptionHorizontalPlacement
    from .studio_caption_horizontal_placement_align import StudioCaptionHorizontalPlacementAlign
    from .studio_caption_style import StudioCaptionStyle
    from .studio_caption_style_text_align_type_0 import StudioCaptionStyleTextAlignType0
    from .studio_caption_style_text_style_type_0 import StudioCaptionStyleTextStyleType0
    from .studio_caption_style_text_weight_type_0 import StudioCaptionStyleTextWeightType0
    from .studio_caption_template import StudioCaptionTemplate
    from .studio_caption_vertical_placement import StudioCaptionVerticalPlacement
    from .studio_caption_vertical_placement_align import StudioCaptionVerticalPlacementAlign
    from .studio_chapter import StudioChapter
    from .studio_chapter_block_input import StudioChapterBlockInput
    from .studio_chapter_block_input_sub_type_type_0 import StudioChapterBlockInputSubTypeType0
    from .studio_chapter_block_output import StudioChapterBlockOutput
    from .studio_chapter_content_input import StudioChapterContentInput
    from .studio_chapter_content_output import StudioChapterContentOutput
    from .studio_chapter_create_request import StudioChapterCreateRequest
    from .studio_chapter_list import StudioChapterList
    from .studio_chapter_other_node_output import StudioChapterOtherNodeOutput
    from .studio_chapter_result import StudioChapterResult
    from .studio_chapter_snapshot import StudioChapterSnapshot
    from .studio_chapter_snapshot_extended import StudioChapterSnapshotExtended
    from .studio_chapter_snapshot_list import StudioChapterSnapshotList
    from .studio_chapter_state import StudioChapterState
    from .studio_chapter_statistics import StudioChapterStatistics
    from .studio_chapter_tts_node_input import StudioChapterTtsNodeInput
    from .studio_chapter_tts_node_output import StudioChapterTtsNodeOutput
    from .studio_chapter_update_request import StudioChapterUpdateRequest
    from .studio_chapter_with_content import StudioChapterWithContent
    from .studio_fiction import StudioFiction
    from .studio_podcast_bulletin_mode import StudioPodcastBulletinMode
    from .studio_podcast_bulletin_voice import StudioPodcastBulletinVoice
    from .studio_podcast_conversation_mode import StudioPodcastConversationMode
    from .studio_podcast_conversation_voices import StudioPodcastConversationVoices
    from .studio_podcast_request import StudioPodcastRequest
    from .studio_podcast_request_duration_scale import StudioPodcastRequestDurationScale
    from .studio_podcast_text_source import StudioPodcastTextSource
    from .studio_podcast_url_source import StudioPodcastUrlSource
    from .studio_project import StudioProject
    from .studio_project_content_form import StudioProjectContentForm
    from .studio_project_create_form import StudioProjectCreateForm
    from .studio_project_creation_meta import StudioProjectCreationMeta
    from .studio_project_creation_meta_status import StudioProjectCreationMetaStatus
    from .studio_project_creation_meta_type import StudioProjectCreationMetaType
    from .studio_project_extended import StudioProjectExtended
    from .studio_project_extended_experimental import StudioProjectExtendedExperimental
    from .studio_project_list import StudioProjectList
    from .studio_project_result import StudioProjectResult
    from .studio_project_snapshot import StudioProjectSnapshot
    from .studio_project_snapshot_audio_upload_type_0 import StudioProjectSnapshotAudioUploadType0
    from .studio_project_snapshot_extended import StudioProjectSnapshotExtended
    from .studio_project_snapshot_extended_audio_upload_type_0 import StudioProjectSnapshotExtendedAudioUploadType0
    from .studio_project_snapshot_extended_zip_upload_type_0 import StudioProjectSnapshotExtendedZipUploadType0
    from .studio_project_snapshot_list import StudioProjectSnapshotList
    from .studio_project_snapshot_zip_upload_type_0 import StudioProjectSnapshotZipUploadType0
    from .studio_project_state import StudioProjectState
    from .studio_project_update_request import StudioProjectUpdateRequest
    from .studio_pronunciation_dictionaries_request import StudioPronunciationDictionariesRequest
    from .studio_pronunciation_dictionary_locator import StudioPronunciationDictionaryLocator
    from .studio_pronunciation_dictionary_version import StudioPronunciationDictionaryVersion
    from .studio_quality_preset import StudioQualityPreset
    from .studio_snapshot_stream_request import StudioSnapshotStreamRequest
    from .studio_source_type import StudioSourceType
    from .studio_target_audience import StudioTargetAudience
    from .studio_text_normalization import StudioTextNormalization
    from .subscription import Subscription
    from .subscription_extras import SubscriptionExtras
    from .subscription_status import SubscriptionStatus
    from .subscription_usage import SubscriptionUsage
    from .text_normalization_mode import TextNormalizationMode
    from .text_to_dialogue_request import TextToDialogueRequest
    from .text_to_speech_request import TextToSpeechRequest
    from .text_to_speech_with_timestamps_request import TextToSpeechWithTimestampsRequest
    from .transcript import Transcript
    from .transcript_character import TranscriptCharacter
    from .transcript_export import TranscriptExport
    from .transcript_word import TranscriptWord
    from .transcript_word_type import TranscriptWordType
    from .transcription_accepted import TranscriptionAccepted
    from .txt_export_options import TxtExportOptions
    from .usage_aggregation_interval import UsageAggregationInterval
    from .usage_breakdown_type import UsageBreakdownType
    from .usage_metric import UsageMetric
    from .user import User
    from .validation_error import ValidationError
    from .verification_attempt import VerificationAttempt
    from .verification_recording import VerificationRecording
    from .verified_voice_language import VerifiedVoiceLanguage
    from .voice import Voice
    from .voice_category import VoiceCategory
    from .voice_design_model import VoiceDesignModel
    from .voice_design_request import VoiceDesignRequest
    from .voice_generation_create_request import VoiceGenerationCreateRequest
    from .voice_generation_create_request_labels_type_0 import VoiceGenerationCreateRequestLabelsType0
    from .voice_generation_option import VoiceGenerationOption
    from .voice_generation_parameters import VoiceGenerationParameters
    from .voice_generation_request import VoiceGenerationRequest
    from .voice_generation_request_age import VoiceGenerationRequestAge
    from .voice_generation_request_gender import VoiceGenerationRequestGender
    from .voice_labels import VoiceLabels
    from .voice_list import VoiceList
    from .voice_moderation_check import VoiceModerationCheck
    from .voice_page import VoicePage
    from .voice_preview import VoicePreview
    from .voice_previews import VoicePreviews
    from .voice_previews_request import VoicePreviewsRequest
    from .voice_safety_control_type_0 import VoiceSafetyControlType0
    from .voice_sample import VoiceSample
    from .voice_settings import VoiceSettings
    from .voice_sharing import VoiceSharing
    from .voice_sharing_labels import VoiceSharingLabels
    from .voice_sharing_review_status import VoiceSharingReviewStatus
    from .voice_sharing_status import VoiceSharingStatus
    from .voice_verification import VoiceVerification
    from .voices_get_shared_category_type_0 import VoicesGetSharedCategoryType0
    from .workspace_api_key import WorkspaceApiKey
    from .workspace_api_key_create import WorkspaceApiKeyCreate
    from .workspace_api_key_created import WorkspaceApiKeyCreated
    from .workspace_api_key_list import WorkspaceApiKeyList
    from .workspace_api_key_permission import WorkspaceApiKeyPermission
    from .workspace_api_key_update import WorkspaceApiKeyUpdate
    from .workspace_bulk_invite import WorkspaceBulkInvite
    from .workspace_group import WorkspaceGroup
    from .workspace_group_member import WorkspaceGroupMember
    from .workspace_invite import WorkspaceInvite
    from .workspace_invite_delete import WorkspaceInviteDelete
    from .workspace_invite_workspace_permission_type_0 import WorkspaceInviteWorkspacePermissionType0
    from .workspace_member_delete import WorkspaceMemberDelete
    from .workspace_member_update import WorkspaceMemberUpdate
    from .workspace_member_update_workspace_role_type_0 import WorkspaceMemberUpdateWorkspaceRoleType0
    from .workspace_resource import WorkspaceResource
    from .workspace_resource_role import WorkspaceResourceRole
    from .workspace_resource_role_to_group_ids import WorkspaceResourceRoleToGroupIds
    from .workspace_resource_type import WorkspaceResourceType
    from .workspace_service_account import WorkspaceServiceAccount
    from .workspace_service_account_list import WorkspaceServiceAccountList
    from .workspace_share import WorkspaceShare
    from .workspace_share_option import WorkspaceShareOption
    from .workspace_share_option_type import WorkspaceShareOptionType
    from .workspace_unshare import WorkspaceUnshare
    from .workspace_webhook import WorkspaceWebhook
    from .workspace_webhook_auth_type import WorkspaceWebhookAuthType
    from .workspace_webhook_list import WorkspaceWebhookList
    from .workspace_webhook_usage import WorkspaceWebhookUsage
    from .workspace_webhook_usage_type import WorkspaceWebhookUsageType
    from .ws_alignment import WsAlignment
    from .ws_audio_output import WsAudioOutput
    from .ws_close_connection import WsCloseConnection
    from .ws_close_context import WsCloseContext
    from .ws_close_socket import WsCloseSocket
    from .ws_context_audio_output import WsContextAudioOutput
    from .ws_context_final_output import WsContextFinalOutput
    from .ws_convai_agent_chat_response_part import WsConvaiAgentChatResponsePart
    from .ws_convai_agent_response import WsConvaiAgentResponse
    from .ws_convai_agent_response_correction import WsConvaiAgentResponseCorrection
    from .ws_convai_agent_response_correction_event import WsConvaiAgentResponseCorrectionEvent
    from .ws_convai_agent_response_event import WsConvaiAgentResponseEvent
    from .ws_convai_alignment import WsConvaiAlignment
    from .ws_convai_audio import WsConvaiAudio
    from .ws_convai_audio_event import WsConvaiAudioEvent
    from .ws_convai_client_tool_call import WsConvaiClientToolCall
    from .ws_convai_client_tool_call_event import WsConvaiClientToolCallEvent
    from .ws_convai_client_tool_call_event_parameters import WsConvaiClientToolCallEventParameters
    from .ws_convai_client_tool_result import WsConvaiClientToolResult
    from .ws_convai_config_override import WsConvaiConfigOverride
    from .ws_convai_config_override_agent import WsConvaiConfigOverrideAgent
    from .ws_convai_config_override_agent_prompt import WsConvaiConfigOverrideAgentPrompt
    from .ws_convai_config_override_conversation import WsConvaiConfigOverrideConversation
    from .ws_convai_config_override_tts import WsConvaiConfigOverrideTts
    from .ws_convai_contextual_update import WsConvaiContextualUpdate
    from .ws_convai_conversation_query import WsConvaiConversationQuery
    from .ws_convai_error import WsConvaiError
    from .ws_convai_error_event import WsConvaiErrorEvent
    from .ws_convai_feedback import WsConvaiFeedback
    from .ws_convai_feedback_score import WsConvaiFeedbackScore
    from .ws_convai_initiation_client_data import WsConvaiInitiationClientData
    from .ws_convai_initiation_client_data_custom_llm_extra_body import WsConvaiInitiationClientDataCustomLlmExtraBody
    from .ws_convai_initiation_client_data_dynamic_variables import WsConvaiInitiationClientDataDynamicVariables
    from .ws_convai_initiation_metadata import WsConvaiInitiationMetadata
    from .ws_convai_initiation_metadata_event import WsConvaiInitiationMetadataEvent
    from .ws_convai_interruption import WsConvaiInterruption
    from .ws_convai_interruption_event import WsConvaiInterruptionEvent
    from .ws_convai_ping import WsConvaiPing
    from .ws_convai_ping_event import WsConvaiPingEvent
    from .ws_convai_pong import WsConvaiPong
    from .ws_convai_server_contextual_update import WsConvaiServerContextualUpdate
    from .ws_convai_source_info import WsConvaiSourceInfo
    from .ws_convai_tentative_agent_response import WsConvaiTentativeAgentResponse
    from .ws_convai_tentative_agent_response_event import WsConvaiTentativeAgentResponseEvent
    from .ws_convai_text_response_part import WsConvaiTextResponsePart
    from .ws_convai_text_response_part_type import WsConvaiTextResponsePartType
    from .ws_convai_user_activity import WsConvaiUserActivity
    from .ws_convai_user_audio_chunk import WsConvaiUserAudioChunk
    from .ws_convai_user_message import WsConvaiUserMessage
    from .ws_convai_user_transcript import WsConvaiUserTranscript
    from .ws_convai_user_transcript_event import WsConvaiUserTranscriptEvent
    from .ws_convai_vad_score import WsConvaiVadScore
    from .ws_convai_vad_score_event import WsConvaiVadScoreEvent
    from .ws_final_output import WsFinalOutput
    from .ws_flush_context import WsFlushContext
    from .ws_generation_config import WsGenerationConfig
    from .ws_initialize_connection import WsInitializeConnection
    from .ws_initialize_context import WsInitializeContext
    from .ws_keep_context_alive import WsKeepContextAlive
    from .ws_output_format import WsOutputFormat
    from .ws_pronunciation_dictionary_locator import WsPronunciationDictionaryLocator
    from .ws_send_context_text import WsSendContextText
    from .ws_send_text import WsSendText
    from .ws_server_error import WsServerError
    from .ws_stt_audio_format import WsSttAudioFormat
    from .ws_stt_commit_strategy import WsSttCommitStrategy
    from .ws_stt_committed_transcript import WsSttCommittedTranscript
    from .ws_stt_committed_transcript_with_timestamps import WsSttCommittedTranscriptWithTimestamps
    from .ws_stt_error import WsSttError
    from .ws_stt_error_message_type import WsSttErrorMessageType
    from .ws_stt_input_audio_chunk import WsSttInputAudioChunk
    from .ws_stt_partial_transcript import WsSttPartialTranscript
    from .ws_stt_realtime_query import WsSttRealtimeQuery
    from .ws_stt_session_config import WsSttSessionConfig
    from .ws_stt_session_started import WsSttSessionStarted
    from .ws_stt_warning import WsSttWarning
    from .ws_stt_word import WsSttWord
    from .ws_text_normalization import WsTextNormalization
    from .ws_text_to_speech_query import WsTextToSpeechQuery
    from .ws_voice_settings import WsVoiceSettings

_LAZY: dict[str, str] = {
    "AddSharedVoiceRequest": ".add_shared_voice_request",
    "AddSharedVoiceResult": ".add_shared_voice_result",
    "AddVoiceForm": ".add_voice_form",
    "AddVoiceResult": ".add_voice_result",
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorResponse": ".api_error_response",
    "AudioChunkWithTimestamps": ".audio_chunk_with_timestamps",
    "AudioIsolationForm": ".audio_isolation_form",
    "AudioNativeContentForm": ".audio_native_content_form",
    "AudioNativeContentResult": ".audio_native_content_result",
    "AudioNativeCreateForm": ".audio_native_create_form",
    "AudioNativeProject": ".audio_native_project",
    "AudioNativeSettings": ".audio_native_settings",
    "AudioNativeSettingsResult": ".audio_native_settings_result",
    "AudioNativeSettingsStatus": ".audio_native_settings_status",
    "AudioWithTimestamps": ".audio_with_timestamps",
    "BillingPeriod": ".billing_period",
    "CharacterAlignment": ".character_alignment",
    "CharacterUsage": ".character_usage",
    "CharacterUsageUsage": ".character_usage_usage",
    "CompositionPlan": ".composition_plan",
    "ConvaiAccessLevel": ".convai_access_level",
    "ConvaiAgent": ".convai_agent",
    "ConvaiAgentAvatar": ".convai_agent_avatar",
    "ConvaiAgentAvatarForm": ".convai_agent_avatar_form",
    "ConvaiAgentConfigInput": ".convai_agent_config_input",
    "ConvaiAgentConfigOutput": ".convai_agent_config_output",
    "ConvaiAgentCreateRequest": ".convai_agent_create_request",
    "ConvaiAgentCreated": ".convai_agent_created",
    "ConvaiAgentDuplicateRequest": ".convai_agent_duplicate_request",
    "ConvaiAgentKnowledgeBaseSize": ".convai_agent_knowledge_base_size",
    "ConvaiAgentLink": ".convai_agent_link",
    "ConvaiAgentLlmUsageRequest": ".convai_agent_llm_usage_request",
    "ConvaiAgentMetadata": ".convai_agent_metadata",
    "ConvaiAgentPage": ".convai_agent_page",
    "ConvaiAgentSummary": ".convai_agent_summary",
    "ConvaiAgentTransfer": ".convai_agent_transfer",
    "ConvaiAgentUpdateRequest": ".convai_agent_update_request",
    "ConvaiAgentUpdateRequestConversationConfigType0": ".convai_agent_update_request_conversation_config_type_0",
    "ConvaiAgentUpdateRequestPlatformSettingsType0": ".convai_agent_update_request_platform_settings_type_0",
    "ConvaiAgentWidget": ".convai_agent_widget",
    "ConvaiAllowlistItem": ".convai_allowlist_item",
    "ConvaiArrayJsonSchemaPropertyInput": ".convai_array_json_schema_property_input",
    "ConvaiArrayJsonSchemaPropertyOutput": ".convai_array_json_schema_property_output",
    "ConvaiAsrConfig": ".convai_asr_config",
    "ConvaiAsrInputFormat": ".convai_asr_input_format",
    "ConvaiAsrProvider": ".convai_asr_provider",
    "ConvaiAsrQuality": ".convai_asr_quality",
    "ConvaiAttachedTest": ".convai_attached_test",
    "ConvaiAuthConnectionLocator": ".convai_auth_connection_locator",
    "ConvaiAuthSettings": ".convai_auth_settings",
    "ConvaiAuthorizationMethod": ".convai_authorization_method",
    "ConvaiBatchCall": ".convai_batch_call",
    "ConvaiBatchCallDetail": ".convai_batch_call_detail",
    "ConvaiBatchCallPage": ".convai_batch_call_page",
    "ConvaiBatchCallPhoneProvider": ".convai_batch_call_phone_provider",
    "ConvaiBatchCallRecipient": ".convai_batch_call_recipient",
    "ConvaiBatchCallRecipientResult": ".convai_batch_call_recipient_result",
    "ConvaiBatchCallRecipientStatus": ".convai_batch_call_recipient_status",
    "ConvaiBatchCallStatus": ".convai_batch_call_status",
    "ConvaiBatchCallSubmit": ".convai_batch_call_submit",
    "ConvaiBuiltInToolsInput": ".convai_built_in_tools_input",
    "ConvaiBuiltInToolsOutput": ".convai_built_in_tools_output",
    "ConvaiCallLimits": ".convai_call_limits",
    "ConvaiClientDataConfigInput": ".convai_client_data_config_input",
    "ConvaiClientDataConfigOutput": ".convai_client_data_config_output",
    "ConvaiClientEvent": ".convai_client_event",
    "ConvaiClientToolConfigInput": ".convai_client_tool_config_input",
    "ConvaiClientToolConfigOutput": ".convai_client_tool_config_output",
    "ConvaiConversation": ".convai_conversation",
    "ConvaiConversationAnalysis": ".convai_conversation_analysis",
    "ConvaiConversationAnalysisDataCollectionResults": ".convai_conversation_analysis_data_collection_results",
    "ConvaiConversationAnalysisEvaluationCriteriaResults": ".convai_conversation_analysis_evaluation_criteria_results",
    "ConvaiConversationBatchCall": ".convai_conversation_batch_call",
    "ConvaiConversationCharging": ".convai_conversation_charging",
    "ConvaiConversationConfigInput": ".convai_conversation_config_input",
    "ConvaiConversationConfigInputLanguagePresets": ".convai_conversation_config_input_language_presets",
    "ConvaiConversationConfigOutput": ".convai_conversation_config_output",
    "ConvaiConversationConfigOutputLanguagePresets": ".convai_conversation_config_output_language_presets",
    "ConvaiConversationDeletionSettings": ".convai_conversation_deletion_settings",
    "ConvaiConversationError": ".convai_conversation_error",
    "ConvaiConversationFeedback": ".convai_conversation_feedback",
    "ConvaiConversationFeedbackRequest": ".convai_conversation_feedback_request",
    "ConvaiConversationInitAgentOverride": ".convai_conversation_init_agent_override",
    "ConvaiConversationInitClientDataInput": ".convai_conversation_init_client_data_input",
    "ConvaiConversationInitClientDataInputCustomLlmExtraBody": ".convai_conversation_init_client_data_input_custom_llm_extra_body",
    "ConvaiConversationInitClientDataInputDynamicVariables": ".convai_conversation_init_client_data_input_dynamic_variables",
    "ConvaiConversationInitClientDataInternal": ".convai_conversation_init_client_data_internal",
    "ConvaiConversationInitClientDataInternalCustomLlmExtraBody": ".convai_conversation_init_client_data_internal_custom_llm_extra_body",
    "ConvaiConversationInitClientDataInternalDynamicVariables": ".convai_conversation_init_client_data_internal_dynamic_variables",
    "ConvaiConversationInitClientDataOutput": ".convai_conversation_init_client_data_output",
    "ConvaiConversationInitClientDataOutputCustomLlmExtraBody": ".convai_conversation_init_client_data_output_custom_llm_extra_body",
    "ConvaiConversationInitConfigOverrideInput": ".convai_conversation_init_config_override_input",
    "ConvaiConversationInitConfigOverrideOutput": ".convai_conversation_init_config_override_output",
    "ConvaiConversationInitConversationOverride": ".convai_conversation_init_conversation_override",
    "ConvaiConversationInitPromptOverride": ".convai_conversation_init_prompt_override",
    "ConvaiConversationInitSource": ".convai_conversation_init_source",
    "ConvaiConversationInitSourceInfo": ".convai_conversation_init_source_info",
    "ConvaiConversationInitTtsOverride": ".convai_conversation_init_tts_override",
    "ConvaiConversationMetadata": ".convai_conversation_metadata",
    "ConvaiConversationPage": ".convai_conversation_page",
    "ConvaiConversationRagUsage": ".convai_conversation_rag_usage",
    "ConvaiConversationSettings": ".convai_conversation_settings",
    "ConvaiConversationStatus": ".convai_conversation_status",
    "ConvaiConversationSummary": ".convai_conversation_summary",
    "ConvaiConversationSummaryDirectionType0": ".convai_conversation_summary_direction_type_0",
    "ConvaiConversationSummaryStatus": ".convai_conversation_summary_status",
    "ConvaiConversationTokenPurpose": ".convai_conversation_token_purpose",
    "ConvaiConversationTokenRecord": ".convai_conversation_token_record",
    "ConvaiConversationsListSummaryMode": ".convai_conversations_list_summary_mode",
    "ConvaiCriteriaResult": ".convai_criteria_result",
    "ConvaiCustomLlm": ".convai_custom_llm",
    "ConvaiCustomLlmRequestHeaders": ".convai_custom_llm_request_headers",
    "ConvaiDashboardCallSuccessChart": ".convai_dashboard_call_success_chart",
    "ConvaiDashboardCriteriaChart": ".convai_dashboard_criteria_chart",
    "ConvaiDashboardDataCollectionChart": ".convai_dashboard_data_collection_chart",
    "ConvaiDashboardSettings": ".convai_dashboard_settings",
    "ConvaiDashboardSettingsUpdate": ".convai_dashboard_settings_update",
    "ConvaiDataCollectionResult": ".convai_data_collection_result",
    "ConvaiDependentAgentPage": ".convai_dependent_agent_page",
    "ConvaiDependentAvailableAgent": ".convai_dependent_available_agent",
    "ConvaiDependentAvailableTool": ".convai_dependent_available_tool",
    "ConvaiDependentPhoneNumber": ".convai_dependent_phone_number",
    "ConvaiDependentUnknownAgent": ".convai_dependent_unknown_agent",
    "ConvaiDependentUnknownTool": ".convai_dependent_unknown_tool",
    "ConvaiDocumentUsageMode": ".convai_document_usage_mode",
    "ConvaiDynamicVariableAssignment": ".convai_dynamic_variable_assignment",
    "ConvaiDynamicVariableRef": ".convai_dynamic_variable_ref",
    "ConvaiDynamicVariableUpdate": ".convai_dynamic_variable_update",
    "ConvaiDynamicVariablesConfig": ".convai_dynamic_variables_config",
    "ConvaiDynamicVariablesConfigDynamicVariablePlaceholders": ".convai_dynamic_variables_config_dynamic_variable_placeholders",
    "ConvaiElevenAssistantInfo": ".convai_eleven_assistant_info",
    "ConvaiEmbeddingModel": ".convai_embedding_model",
    "ConvaiEndCallResult": ".convai_end_call_result",
    "ConvaiEndCallToolParams": ".convai_end_call_tool_params",
    "ConvaiEvaluationCriterion": ".convai_evaluation_criterion",
    "ConvaiEvaluationResult": ".convai_evaluation_result",
    "ConvaiEvaluationSettings": ".convai_evaluation_settings",
    "ConvaiExactParameterEval": ".convai_exact_parameter_eval",
    "ConvaiFailureResponseExample": ".convai_failure_response_example",
    "ConvaiFeatureStatus": ".convai_feature_status",
    "ConvaiFeaturesUsage": ".convai_features_usage",
    "ConvaiFeedbackScore": ".convai_feedback_score",
    "ConvaiHttpMethod": ".convai_http_method",
    "ConvaiInitiationWebhook": ".convai_initiation_webhook",
    "ConvaiInitiationWebhookRequestHeaders": ".convai_initiation_webhook_request_headers",
    "ConvaiIntegrationType": ".convai_integration_type",
    "ConvaiKnowledgeBaseAddForm": ".convai_knowledge_base_add_form",
    "ConvaiKnowledgeBaseChunk": ".convai_knowledge_base_chunk",
    "ConvaiKnowledgeBaseDocumentCreated": ".convai_knowledge_base_document_created",
    "ConvaiKnowledgeBaseDocumentMetadata": ".convai_knowledge_base_document_metadata",
    "ConvaiKnowledgeBaseDocumentType": ".convai_knowledge_base_document_type",
    "ConvaiKnowledgeBaseFileDocument": ".convai_knowledge_base_file_document",
    "ConvaiKnowledgeBaseFileForm": ".convai_knowledge_base_file_form",
    "ConvaiKnowledgeBaseFileSummary": ".convai_knowledge_base_file_summary",
    "ConvaiKnowledgeBaseList": ".convai_knowledge_base_list",
    "ConvaiKnowledgeBaseLocator": ".convai_knowledge_base_locator",
    "ConvaiKnowledgeBaseTextDocument": ".convai_knowledge_base_text_document",
    "ConvaiKnowledgeBaseTextRequest": ".convai_knowledge_base_text_request",
    "ConvaiKnowledgeBaseTextSummary": ".convai_knowledge_base_text_summary",
    "ConvaiKnowledgeBaseUpdateRequest": ".convai_knowledge_base_update_request",
    "ConvaiKnowledgeBaseUrlDocument": ".convai_knowledge_base_url_document",
    "ConvaiKnowledgeBaseUrlRequest": ".convai_knowledge_base_url_request",
    "ConvaiKnowledgeBaseUrlSummary": ".convai_knowledge_base_url_summary",
    "ConvaiLanguageDetectionResult": ".convai_language_detection_result",
    "ConvaiLanguageDetectionToolParams": ".convai_language_detection_tool_params",
    "ConvaiLanguagePresetInput": ".convai_language_preset_input",
    "ConvaiLanguagePresetOutput": ".convai_language_preset_output",
    "ConvaiLanguagePresetTranslation": ".convai_language_preset_translation",
    "ConvaiLiteralJsonSchemaProperty": ".convai_literal_json_schema_property",
    "ConvaiLiteralJsonSchemaPropertyType": ".convai_literal_json_schema_property_type",
    "ConvaiLiveKitToken": ".convai_live_kit_token",
    "ConvaiLlm": ".convai_llm",
    "ConvaiLlmCategoryUsage": ".convai_llm_category_usage",
    "ConvaiLlmInputOutputTokens": ".convai_llm_input_output_tokens",
    "ConvaiLlmParameterEval": ".convai_llm_parameter_eval",
    "ConvaiLlmPrice": ".convai_llm_price",
    "ConvaiLlmTokenUsageInput": ".convai_llm_token_usage_input",
    "ConvaiLlmTokenUsageInputModelUsage": ".convai_llm_token_usage_input_model_usage",
    "ConvaiLlmTokenUsageOutput": ".convai_llm_token_usage_output",
    "ConvaiLlmTokenUsageOutputModelUsage": ".convai_llm_token_usage_output_model_usage",
    "ConvaiLlmTokensCategory": ".convai_llm_tokens_category",
    "ConvaiLlmUsage": ".convai_llm_usage",
    "ConvaiLlmUsageRequest": ".convai_llm_usage_request",
    "ConvaiMcpApprovalPolicy": ".convai_mcp_approval_policy",
    "ConvaiMcpApprovalPolicyUpdate": ".convai_mcp_approval_policy_update",
    "ConvaiMcpServer": ".convai_mcp_server",
    "ConvaiMcpServerConfigInput": ".convai_mcp_server_config_input",
    "ConvaiMcpServerConfigInputRequestHeaders": ".convai_mcp_server_config_input_request_headers",
    "ConvaiMcpServerConfigOutput": ".convai_mcp_server_config_output",
    "ConvaiMcpServerConfigOutputRequestHeaders": ".convai_mcp_server_config_output_request_headers",
    "ConvaiMcpServerList": ".convai_mcp_server_list",
    "ConvaiMcpServerMetadata": ".convai_mcp_server_metadata",
    "ConvaiMcpServerRequest": ".convai_mcp_server_request",
    "ConvaiMcpServerTransport": ".convai_mcp_server_transport",
    "ConvaiMcpTool": ".convai_mcp_tool",
    "ConvaiMcpToolAnnotations": ".convai_mcp_tool_annotations",
    "ConvaiMcpToolApprovalHash": ".convai_mcp_tool_approval_hash",
    "ConvaiMcpToolApprovalPolicy": ".convai_mcp_tool_approval_policy",
    "ConvaiMcpToolApprovalRequest": ".convai_mcp_tool_approval_request",
    "ConvaiMcpToolApprovalRequestInputSchema": ".convai_mcp_tool_approval_request_input_schema",
    "ConvaiMcpToolConfigInput": ".convai_mcp_tool_config_input",
    "ConvaiMcpToolConfigInputMcpInputSchemaType0": ".convai_mcp_tool_config_input_mcp_input_schema_type_0",
    "ConvaiMcpToolConfigOutput": ".convai_mcp_tool_config_output",
    "ConvaiMcpToolConfigOutputMcpInputSchemaType0": ".convai_mcp_tool_config_output_mcp_input_schema_type_0",
    "ConvaiMcpToolInputSchema": ".convai_mcp_tool_input_schema",
    "ConvaiMcpToolList": ".convai_mcp_tool_list",
    "ConvaiMcpToolMetaType0": ".convai_mcp_tool_meta_type_0",
    "ConvaiMcpToolOutputSchemaType0": ".convai_mcp_tool_output_schema_type_0",
    "ConvaiMetricRecord": ".convai_metric_record",
    "ConvaiObjectJsonSchemaPropertyInput": ".convai_object_json_schema_property_input",
    "ConvaiObjectJsonSchemaPropertyInputProperties": ".convai_object_json_schema_property_input_properties",
    "ConvaiObjectJsonSchemaPropertyOutput": ".convai_object_json_schema_property_output",
    "ConvaiObjectJsonSchemaPropertyOutputProperties": ".convai_object_json_schema_property_output_properties",
    "ConvaiOverrideFlagsAgent": ".convai_override_flags_agent",
    "ConvaiOverrideFlagsConversation": ".convai_override_flags_conversation",
    "ConvaiOverrideFlagsInput": ".convai_override_flags_input",
    "ConvaiOverrideFlagsOutput": ".convai_override_flags_output",
    "ConvaiOverrideFlagsPrompt": ".convai_override_flags_prompt",
    "ConvaiOverrideFlagsTts": ".convai_override_flags_tts",
    "ConvaiPhoneAgentInfo": ".convai_phone_agent_info",
    "ConvaiPhoneCreated": ".convai_phone_created",
    "ConvaiPhoneNumberTransfer": ".convai_phone_number_transfer",
    "ConvaiPhoneSipCredentials": ".convai_phone_sip_credentials",
    "ConvaiPhoneSipInboundTrunk": ".convai_phone_sip_inbound_trunk",
    "ConvaiPhoneSipInboundTrunkConfig": ".convai_phone_sip_inbound_trunk_config",
    "ConvaiPhoneSipMediaEncryption": ".convai_phone_sip_media_encryption",
    "ConvaiPhoneSipOutboundTrunk": ".convai_phone_sip_outbound_trunk",
    "ConvaiPhoneSipOutboundTrunkConfig": ".convai_phone_sip_outbound_trunk_config",
    "ConvaiPhoneSipOutboundTrunkConfigHeaders": ".convai_phone_sip_outbound_trunk_config_headers",
    "ConvaiPhoneSipOutboundTrunkHeaders": ".convai_phone_sip_outbound_trunk_headers",
    "ConvaiPhoneSipTransport": ".convai_phone_sip_transport",
    "ConvaiPhoneSipTrunkCreate": ".convai_phone_sip_trunk_create",
    "ConvaiPhoneSipTrunkNumber": ".convai_phone_sip_trunk_number",
    "ConvaiPhoneTransferDestination": ".convai_phone_transfer_destination",
    "ConvaiPhoneTwilioCreate": ".convai_phone_twilio_create",
    "ConvaiPhoneTwilioNumber": ".convai_phone_twilio_number",
    "ConvaiPhoneUpdate": ".convai_phone_update",
    "ConvaiPlatformSettings": ".convai_platform_settings",
    "ConvaiPlatformSettingsDataCollection": ".convai_platform_settings_data_collection",
    "ConvaiPlatformSettingsRequest": ".convai_platform_settings_request",
    "ConvaiPlatformSettingsRequestDataCollection": ".convai_platform_settings_request_data_collection",
    "ConvaiPlayDtmfError": ".convai_play_dtmf_error",
    "ConvaiPlayDtmfSuccess": ".convai_play_dtmf_success",
    "ConvaiPlayDtmfToolParams": ".convai_play_dtmf_tool_params",
    "ConvaiPrivacyConfig": ".convai_privacy_config",
    "ConvaiPromptConfigInput": ".convai_prompt_config_input",
    "ConvaiPromptConfigOutput": ".convai_prompt_config_output",
    "ConvaiPronunciationDictionaryVersion": ".convai_pronunciation_dictionary_version",
    "ConvaiQueryParamsJsonSchema": ".convai_query_params_json_schema",
    "ConvaiQueryParamsJsonSchemaProperties": ".convai_query_params_json_schema_properties",
    "ConvaiRagChunkMetadata": ".convai_rag_chunk_metadata",
    "ConvaiRagConfig": ".convai_rag_config",
    "ConvaiRagIndex": ".convai_rag_index",
    "ConvaiRagIndexList": ".convai_rag_index_list",
    "ConvaiRagIndexModelUsage": ".convai_rag_index_model_usage",
    "ConvaiRagIndexOverview": ".convai_rag_index_overview",
    "ConvaiRagIndexRequest": ".convai_rag_index_request",
    "ConvaiRagIndexStatus": ".convai_rag_index_status",
    "ConvaiRagIndexUsage": ".convai_rag_index_usage",
    "ConvaiRagRetrievalInfo": ".convai_rag_retrieval_info",
    "ConvaiReferencedTool": ".convai_referenced_tool",
    "ConvaiRegexParameterEval": ".convai_regex_parameter_eval",
    "ConvaiResourceAccessInfo": ".convai_resource_access_info",
    "ConvaiResubmitTestsRequest": ".convai_resubmit_tests_request",
    "ConvaiRunTestsRequest": ".convai_run_tests_request",
    "ConvaiSafety": ".convai_safety",
    "ConvaiSecretCreate": ".convai_secret_create",
    "ConvaiSecretDependencies": ".convai_secret_dependencies",
    "ConvaiSecretDependencyType": ".convai_secret_dependency_type",
    "ConvaiSecretList": ".convai_secret_list",
    "ConvaiSecretLocator": ".convai_secret_locator",
    "ConvaiSecretStored": ".convai_secret_stored",
    "ConvaiSecretUpdate": ".convai_secret_update",
    "ConvaiSecretWithUsage": ".convai_secret_with_usage",
    "ConvaiSettings": ".convai_settings",
    "ConvaiSettingsUpdate": ".convai_settings_update",
    "ConvaiSignedUrl": ".convai_signed_url",
    "ConvaiSimulationRequest": ".convai_simulation_request",
    "ConvaiSimulationResult": ".convai_simulation_result",
    "ConvaiSimulationSpecification": ".convai_simulation_specification",
    "ConvaiSimulationSpecificationToolMockConfig": ".convai_simulation_specification_tool_mock_config",
    "ConvaiSingleTestRun": ".convai_single_test_run",
    "ConvaiSipTrunkPhoneCall": ".convai_sip_trunk_phone_call",
    "ConvaiSipTrunkPhoneCallDirection": ".convai_sip_trunk_phone_call_direction",
    "ConvaiSipUriTransferDestination": ".convai_sip_uri_transfer_destination",
    "ConvaiSkipTurnResult": ".convai_skip_turn_result",
    "ConvaiSkipTurnToolParams": ".convai_skip_turn_tool_params",
    "ConvaiSuccessfulResponseExample": ".convai_successful_response_example",
    "ConvaiSupportedVoice": ".convai_supported_voice",
    "ConvaiSystemToolConfigInput": ".convai_system_tool_config_input",
    "ConvaiSystemToolConfigOutput": ".convai_system_tool_config_output",
    "ConvaiTelephonyOutboundCall": ".convai_telephony_outbound_call",
    "ConvaiTelephonyProvider": ".convai_telephony_provider",
    "ConvaiTelephonySipTrunkCallResult": ".convai_telephony_sip_trunk_call_result",
    "ConvaiTelephonyTwilioCallResult": ".convai_telephony_twilio_call_result",
    "ConvaiTest": ".convai_test",
    "ConvaiTestAgentOverride": ".convai_test_agent_override",
    "ConvaiTestConditionRationale": ".convai_test_condition_rationale",
    "ConvaiTestConditionResult": ".convai_test_condition_result",
    "ConvaiTestCreateRequest": ".convai_test_create_request",
    "ConvaiTestCreated": ".convai_test_created",
    "ConvaiTestDynamicVariables": ".convai_test_dynamic_variables",
    "ConvaiTestIdsRequest": ".convai_test_ids_request",
    "ConvaiTestInvocation": ".convai_test_invocation",
    "ConvaiTestPage": ".convai_test_page",
    "ConvaiTestRun": ".convai_test_run",
    "ConvaiTestRunStatus": ".convai_test_run_status",
    "ConvaiTestSummaries": ".convai_test_summaries",
    "ConvaiTestSummariesTests": ".convai_test_summaries_tests",
    "ConvaiTestSummary": ".convai_test_summary",
    "ConvaiTestToolCallEvaluationInput": ".convai_test_tool_call_evaluation_input",
    "ConvaiTestToolCallEvaluationOutput": ".convai_test_tool_call_evaluation_output",
    "ConvaiTestToolCallParameter": ".convai_test_tool_call_parameter",
    "ConvaiTestToolResult": ".convai_test_tool_result",
    "ConvaiTestUpdateRequest": ".convai_test_update_request",
    "ConvaiTestingSettings": ".convai_testing_settings",
    "ConvaiTestsFeatureUsage": ".convai_tests_feature_usage",
    "ConvaiTool": ".convai_tool",
    "ConvaiToolCallClientDetails": ".convai_tool_call_client_details",
    "ConvaiToolCallMcpDetails": ".convai_tool_call_mcp_details",
    "ConvaiToolCallMcpDetailsParameters": ".convai_tool_call_mcp_details_parameters",
    "ConvaiToolCallWebhookDetails": ".convai_tool_call_webhook_details",
    "ConvaiToolCallWebhookDetailsHeaders": ".convai_tool_call_webhook_details_headers",
    "ConvaiToolCallWebhookDetailsPathParams": ".convai_tool_call_webhook_details_path_params",
    "ConvaiToolCallWebhookDetailsQueryParams": ".convai_tool_call_webhook_details_query_params",
    "ConvaiToolList": ".convai_tool_list",
    "ConvaiToolMockConfig": ".convai_tool_mock_config",
    "ConvaiToolRequest": ".convai_tool_request",
    "ConvaiToolResultOther": ".convai_tool_result_other",
    "ConvaiToolResultOtherType": ".convai_tool_result_other_type",
    "ConvaiToolResultSystem": ".convai_tool_result_system",
    "ConvaiToolResultWorkflowInput": ".convai_tool_result_workflow_input",
    "ConvaiToolResultWorkflowOutput": ".convai_tool_result_workflow_output",
    "ConvaiToolType": ".convai_tool_type",
    "ConvaiToolUsageStats": ".convai_tool_usage_stats",
    "ConvaiTranscriptEntryInput": ".convai_transcript_entry_input",
    "ConvaiTranscriptEntryInputRole": ".convai_transcript_entry_input_role",
    "ConvaiTranscriptEntryInputSourceMediumType0": ".convai_transcript_entry_input_source_medium_type_0",
    "ConvaiTranscriptEntryOutput": ".convai_transcript_entry_output",
    "ConvaiTranscriptEntryOutputRole": ".convai_transcript_entry_output_role",
    "ConvaiTranscriptEntryOutputSourceMediumType0": ".convai_transcript_entry_output_source_medium_type_0",
    "ConvaiTranscriptToolCall": ".convai_transcript_tool_call",
    "ConvaiTransferToAgentError": ".convai_transfer_to_agent_error",
    "ConvaiTransferToAgentSuccess": ".convai_transfer_to_agent_success",
    "ConvaiTransferToAgentToolParams": ".convai_transfer_to_agent_tool_params",
    "ConvaiTransferToNumberError": ".convai_transfer_to_number_error",
    "ConvaiTransferToNumberSipSuccess": ".convai_transfer_to_number_sip_success",
    "ConvaiTransferToNumberToolParamsInput": ".convai_transfer_to_number_tool_params_input",
    "ConvaiTransferToNumberToolParamsOutput": ".convai_transfer_to_number_tool_params_output",
    "ConvaiTransferToNumberTwilioSuccess": ".convai_transfer_to_number_twilio_success",
    "ConvaiTransferType": ".convai_transfer_type",
    "ConvaiTtsConfigInput": ".convai_tts_config_input",
    "ConvaiTtsConfigOutput": ".convai_tts_config_output",
    "ConvaiTtsLatency": ".convai_tts_latency",
    "ConvaiTtsModel": ".convai_tts_model",
    "ConvaiTtsModelFamily": ".convai_tts_model_family",
    "ConvaiTtsOutputFormat": ".convai_tts_output_format",
    "ConvaiTurnConfig": ".convai_turn_config",
    "ConvaiTurnMetrics": ".convai_turn_metrics",
    "ConvaiTurnMetricsMetrics": ".convai_turn_metrics_metrics",
    "ConvaiTurnMode": ".convai_turn_mode",
    "ConvaiTwilioPhoneCall": ".convai_twilio_phone_call",
    "ConvaiTwilioPhoneCallDirection": ".convai_twilio_phone_call_direction",
    "ConvaiUserFeedback": ".convai_user_feedback",
    "ConvaiUserSecret": ".convai_user_secret",
    "ConvaiVoicemailDetectionSuccess": ".convai_voicemail_detection_success",
    "ConvaiVoicemailDetectionToolParams": ".convai_voicemail_detection_tool_params",
    "ConvaiWebhookToolApiSchemaInput": ".convai_webhook_tool_api_schema_input",
    "ConvaiWebhookToolApiSchemaInputPathParamsSchema": ".convai_webhook_tool_api_schema_input_path_params_schema",
    "ConvaiWebhookToolApiSchemaInputRequestHeaders": ".convai_webhook_tool_api_schema_input_request_headers",
    "ConvaiWebhookToolApiSchemaOutput": ".convai_webhook_tool_api_schema_output",
    "ConvaiWebhookToolApiSchemaOutputPathParamsSchema": ".convai_webhook_tool_api_schema_output_path_params_schema",
    "ConvaiWebhookToolApiSchemaOutputRequestHeaders": ".convai_webhook_tool_api_schema_output_request_headers",
    "ConvaiWebhookToolConfigInput": ".convai_webhook_tool_config_input",
    "ConvaiWebhookToolConfigOutput": ".convai_webhook_tool_config_output",
    "ConvaiWebhooks": ".convai_webhooks",
    "ConvaiWidgetConfigInput": ".convai_widget_config_input",
    "ConvaiWidgetConfigInputLanguagePresets": ".convai_widget_config_input_language_presets",
    "ConvaiWidgetConfigOutput": ".convai_widget_config_output",
    "ConvaiWidgetConfigOutputLanguagePresets": ".convai_widget_config_output_language_presets",
    "ConvaiWidgetExpandable": ".convai_widget_expandable",
    "ConvaiWidgetFeedbackMode": ".convai_widget_feedback_mode",
    "ConvaiWidgetImageAvatar": ".convai_widget_image_avatar",
    "ConvaiWidgetLanguagePreset": ".convai_widget_language_preset",
    "ConvaiWidgetLanguageTexts": ".convai_widget_language_texts",
    "ConvaiWidgetOrbAvatar": ".convai_widget_orb_avatar",
    "ConvaiWidgetPlacement": ".convai_widget_placement",
    "ConvaiWidgetResolved": ".convai_widget_resolved",
    "ConvaiWidgetResolvedLanguagePresets": ".convai_widget_resolved_language_presets",
    "ConvaiWidgetStyles": ".convai_widget_styles",
    "ConvaiWidgetTextContents": ".convai_widget_text_contents",
    "ConvaiWidgetUrlAvatar": ".convai_widget_url_avatar",
    "ConvaiWidgetVariant": ".convai_widget_variant",
    "ConvaiWorkflowEdgeStep": ".convai_workflow_edge_step",
    "ConvaiWorkflowFeaturesUsage": ".convai_workflow_features_usage",
    "ConvaiWorkflowMaxIterationsStep": ".convai_workflow_max_iterations_step",
    "ConvaiWorkflowNestedToolsStepInput": ".convai_workflow_nested_tools_step_input",
    "ConvaiWorkflowNestedToolsStepOutput": ".convai_workflow_nested_tools_step_output",
    "ConvaiWorkflowToolResponseInput": ".convai_workflow_tool_response_input",
    "ConvaiWorkflowToolResponseOutput": ".convai_workflow_tool_response_output",
    "ConvaiWorkspaceOverridesInput": ".convai_workspace_overrides_input",
    "ConvaiWorkspaceOverridesOutput": ".convai_workspace_overrides_output",
    "CreateVoiceFromPreviewRequest": ".create_voice_from_preview_request",
    "CreateVoiceFromPreviewRequestLabelsType0": ".create_voice_from_preview_request_labels_type_0",
    "Currency": ".currency",
    "DialogueInput": ".dialogue_input",
    "DialogueSettings": ".dialogue_settings",
    "DictionaryPermission": ".dictionary_permission",
    "DocxExportOptions": ".docx_export_options",
    "DubbingCreateForm": ".dubbing_create_form",
    "DubbingCreated": ".dubbing_created",
    "DubbingDeleted": ".dubbing_deleted",
    "DubbingDubbedSegment": ".dubbing_dubbed_segment",
    "DubbingError": ".dubbing_error",
    "DubbingGetTranscriptFormatType": ".dubbing_get_transcript_format_type",
    "DubbingLanguageAdd": ".dubbing_language_add",
    "DubbingListDubbingStatus": ".dubbing_list_dubbing_status",
    "DubbingListFilterByCreator": ".dubbing_list_filter_by_creator",
    "DubbingMediaMetadata": ".dubbing_media_metadata",
    "DubbingMediaReference": ".dubbing_media_reference",
    "DubbingMetadata": ".dubbing_metadata",
    "DubbingPage": ".dubbing_page",
    "DubbingRender": ".dubbing_render",
    "DubbingRenderRequest": ".dubbing_render_request",
    "DubbingRenderStarted": ".dubbing_render_started",
    "DubbingRenderStatus": ".dubbing_render_status",
    "DubbingRenderType": ".dubbing_render_type",
    "DubbingResource": ".dubbing_resource",
    "DubbingResourceRenders": ".dubbing_resource_renders",
    "DubbingResourceSpeakerSegments": ".dubbing_resource_speaker_segments",
    "DubbingResourceSpeakerTracks": ".dubbing_resource_speaker_tracks",
    "DubbingResourceVersion": ".dubbing_resource_version",
    "DubbingSegmentCreate": ".dubbing_segment_create",
    "DubbingSegmentCreateTranslationsType0": ".dubbing_segment_create_translations_type_0",
    "DubbingSegmentCreated": ".dubbing_segment_created",
    "DubbingSegmentSelection": ".dubbing_segment_selection",
    "DubbingSegmentUpdate": ".dubbing_segment_update",
    "DubbingSimilarVoice": ".dubbing_similar_voice",
    "DubbingSimilarVoiceCategory": ".dubbing_similar_voice_category",
    "DubbingSimilarVoices": ".dubbing_similar_voices",
    "DubbingSpeakerSegment": ".dubbing_speaker_segment",
    "DubbingSpeakerSegmentDubs": ".dubbing_speaker_segment_dubs",
    "DubbingSpeakerTrack": ".dubbing_speaker_track",
    "DubbingSpeakerTrackVoices": ".dubbing_speaker_track_voices",
    "DubbingSpeakerUpdate": ".dubbing_speaker_update",
    "DubbingSubtitleFrame": ".dubbing_subtitle_frame",
    "DubbingTranscribeRequest": ".dubbing_transcribe_request",
    "EditVoiceForm": ".edit_voice_form",
    "ExtendedSubscription": ".extended_subscription",
    "FineTuning": ".fine_tuning",
    "FineTuningMessageType0": ".fine_tuning_message_type_0",
    "FineTuningProgressType0": ".fine_tuning_progress_type_0",
    "FineTuningState": ".fine_tuning_state",
    "FineTuningStateAdditionalProperty": ".fine_tuning_state_additional_property",
    "ForcedAlignment": ".forced_alignment",
    "ForcedAlignmentCharacter": ".forced_alignment_character",
    "ForcedAlignmentForm": ".forced_alignment_form",
    "ForcedAlignmentWord": ".forced_alignment_word",
    "HistoryAlignment": ".history_alignment",
    "HistoryAlignments": ".history_alignments",
    "HistoryDialogueLine": ".history_dialogue_line",
    "HistoryDownloadError": ".history_download_error",
    "HistoryDownloadRequest": ".history_download_request",
    "HistoryFeedback": ".history_feedback",
    "HistoryItem": ".history_item",
    "HistoryItemSettingsType0": ".history_item_settings_type_0",
    "HistoryItemSourceType0": ".history_item_source_type_0",
    "HistoryItemState": ".history_item_state",
    "HistoryItemVoiceCategoryType0": ".history_item_voice_category_type_0",
    "HistoryListSourceType0": ".history_list_source_type_0",
    "HistoryPage": ".history_page",
    "HtmlExportOptions": ".html_export_options",
    "HTTPValidationError": ".http_validation_error",
    "InputFileFormat": ".input_file_format",
    "Invoice": ".invoice",
    "LibraryVoice": ".library_voice",
    "LibraryVoicePage": ".library_voice_page",
    "ManualVerification": ".manual_verification",
    "ManualVerificationFile": ".manual_verification_file",
    "Model": ".model",
    "ModelConcurrencyGroup": ".model_concurrency_group",
    "ModelLanguage": ".model_language",
    "ModelRates": ".model_rates",
    "ModerationStatus": ".moderation_status",
    "ModerationStatusSafetyStatusType0": ".moderation_status_safety_status_type_0",
    "ModerationStatusWarningStatusType0": ".moderation_status_warning_status_type_0",
    "MultichannelTranscript": ".multichannel_transcript",
    "MusicComposeRequest": ".music_compose_request",
    "MusicModel": ".music_model",
    "MusicPlanRequest": ".music_plan_request",
    "OkStatus": ".ok_status",
    "OutputFormat": ".output_format",
    "OutputFormatWithWav": ".output_format_with_wav",
    "PdfExportOptions": ".pdf_export_options",
    "PendingCancellation": ".pending_cancellation",
    "PendingSubscriptionSwitch": ".pending_subscription_switch",
    "PendingSubscriptionSwitchNextTier": ".pending_subscription_switch_next_tier",
    "PronunciationAliasRule": ".pronunciation_alias_rule",
    "PronunciationDictionariesListSortType0": ".pronunciation_dictionaries_list_sort_type_0",
    "PronunciationDictionary": ".pronunciation_dictionary",
    "PronunciationDictionaryCreated": ".pronunciation_dictionary_created",
    "PronunciationDictionaryFileForm": ".pronunciation_dictionary_file_form",
    "PronunciationDictionaryList": ".pronunciation_dictionary_list",
    "PronunciationDictionaryLocator": ".pronunciation_dictionary_locator",
    "PronunciationDictionaryRulesRequest": ".pronunciation_dictionary_rules_request",
    "PronunciationDictionaryUpdate": ".pronunciation_dictionary_update",
    "PronunciationDictionaryVersion": ".pronunciation_dictionary_version",
    "PronunciationPhonemeRule": ".pronunciation_phoneme_rule",
    "PronunciationRulesAdd": ".pronunciation_rules_add",
    "PronunciationRulesRemove": ".pronunciation_rules_remove",
    "PvcCaptchaForm": ".pvc_captcha_form",
    "PvcSampleAudio": ".pvc_sample_audio",
    "PvcSampleUpdateRequest": ".pvc_sample_update_request",
    "PvcSampleWaveform": ".pvc_sample_waveform",
    "PvcSamplesForm": ".pvc_samples_form",
    "PvcSpeakerAudio": ".pvc_speaker_audio",
    "PvcTrainingRequest": ".pvc_training_request",
    "PvcVerificationForm": ".pvc_verification_form",
    "PvcVoiceCreateRequest": ".pvc_voice_create_request",
    "PvcVoiceCreateRequestLabelsType0": ".pvc_voice_create_request_labels_type_0",
    "PvcVoiceEditRequest": ".pvc_voice_edit_request",
    "PvcVoiceEditRequestLabelsType0": ".pvc_voice_edit_request_labels_type_0",
    "ReaderResource": ".reader_resource",
    "ReaderResourceResourceType": ".reader_resource_resource_type",
    "SegmentedJsonExportOptions": ".segmented_json_export_options",
    "SeparatedSpeaker": ".separated_speaker",
    "SimilarVoicesForm": ".similar_voices_form",
    "SongSection": ".song_section",
    "SoundGenerationRequest": ".sound_generation_request",
    "SpeakerSeparation": ".speaker_separation",
    "SpeakerSeparationSpeakersType0": ".speaker_separation_speakers_type_0",
    "SpeakerSeparationStatus": ".speaker_separation_status",
    "SpeakerUtterance": ".speaker_utterance",
    "SpeechToSpeechForm": ".speech_to_speech_form",
    "SpeechToTextForm": ".speech_to_text_form",
    "SpeechToTextFormTimestampsGranularity": ".speech_to_text_form_timestamps_granularity",
    "SpeechToTextFormWebhookMetadataType1": ".speech_to_text_form_webhook_metadata_type_1",
    "SrtExportOptions": ".srt_export_options",
    "StudioAccessLevel": ".studio_access_level",
    "StudioCaptionAnimation": ".studio_caption_animation",
    "StudioCaptionAnimationType": ".studio_caption_animation_type",
    "StudioCaptionCharacterAnimation": ".studio_caption_character_animation",
    "StudioCaptionCharacterAnimationEnterType": ".studio_caption_character_animation_enter_type",
    "StudioCaptionCharacterAnimationExitType": ".studio_caption_character_animation_exit_type",
    "StudioCaptionHorizontalPlacement": ".studio_caption_horizontal_placement",
    "StudioCaptionHorizontalPlacementAlign": ".studio_caption_horizontal_placement_align",
    "StudioCaptionStyle": ".studio_caption_style",
    "StudioCaptionStyleTextAlignType0": ".studio_caption_style_text_align_type_0",
    "StudioCaptionStyleTextStyleType0": ".studio_caption_style_text_style_type_0",
    "StudioCaptionStyleTextWeightType0": ".studio_caption_style_text_weight_type_0",
    "StudioCaptionTemplate": ".studio_caption_template",
    "StudioCaptionVerticalPlacement": ".studio_caption_vertical_placement",
    "StudioCaptionVerticalPlacementAlign": ".studio_caption_vertical_placement_align",
    "StudioChapter": ".studio_chapter",
    "StudioChapterBlockInput": ".studio_chapter_block_input",
    "StudioChapterBlockInputSubTypeType0": ".studio_chapter_block_input_sub_type_type_0",
    "StudioChapterBlockOutput": ".studio_chapter_block_output",
    "StudioChapterContentInput": ".studio_chapter_content_input",
    "StudioChapterContentOutput": ".studio_chapter_content_output",
    "StudioChapterCreateRequest": ".studio_chapter_create_request",
    "StudioChapterList": ".studio_chapter_list",
    "StudioChapterOtherNodeOutput": ".studio_chapter_other_node_output",
    "StudioChapterResult": ".studio_chapter_result",
    "StudioChapterSnapshot": ".studio_chapter_snapshot",
    "StudioChapterSnapshotExtended": ".studio_chapter_snapshot_extended",
    "StudioChapterSnapshotList": ".studio_chapter_snapshot_list",
    "StudioChapterState": ".studio_chapter_state",
    "StudioChapterStatistics": ".studio_chapter_statistics",
    "StudioChapterTtsNodeInput": ".studio_chapter_tts_node_input",
    "StudioChapterTtsNodeOutput": ".studio_chapter_tts_node_output",
    "StudioChapterUpdateRequest": ".studio_chapter_update_request",
    "StudioChapterWithContent": ".studio_chapter_with_content",
    "StudioFiction": ".studio_fiction",
    "StudioPodcastBulletinMode": ".studio_podcast_bulletin_mode",
    "StudioPodcastBulletinVoice": ".studio_podcast_bulletin_voice",
    "StudioPodcastConversationMode": ".studio_podcast_conversation_mode",
    "StudioPodcastConversationVoices": ".studio_podcast_conversation_voices",
    "StudioPodcastRequest": ".studio_podcast_request",
    "StudioPodcastRequestDurationScale": ".studio_podcast_request_duration_scale",
    "StudioPodcastTextSource": ".studio_podcast_text_source",
    "StudioPodcastUrlSource": ".studio_podcast_url_source",
    "StudioProject": ".studio_project",
    "StudioProjectContentForm": ".studio_project_content_form",
    "StudioProjectCreateForm": ".studio_project_create_form",
    "StudioProjectCreationMeta": ".studio_project_creation_meta",
    "StudioProjectCreationMetaStatus": ".studio_project_creation_meta_status",
    "StudioProjectCreationMetaType": ".studio_project_creation_meta_type",
    "StudioProjectExtended": ".studio_project_extended",
    "StudioProjectExtendedExperimental": ".studio_project_extended_experimental",
    "StudioProjectList": ".studio_project_list",
    "StudioProjectResult": ".studio_project_result",
    "StudioProjectSnapshot": ".studio_project_snapshot",
    "StudioProjectSnapshotAudioUploadType0": ".studio_project_snapshot_audio_upload_type_0",
    "StudioProjectSnapshotExtended": ".studio_project_snapshot_extended",
    "StudioProjectSnapshotExtendedAudioUploadType0": ".studio_project_snapshot_extended_audio_upload_type_0",
    "StudioProjectSnapshotExtendedZipUploadType0": ".studio_project_snapshot_extended_zip_upload_type_0",
    "StudioProjectSnapshotList": ".studio_project_snapshot_list",
    "StudioProjectSnapshotZipUploadType0": ".studio_project_snapshot_zip_upload_type_0",
    "StudioProjectState": ".studio_project_state",
    "StudioProjectUpdateRequest": ".studio_project_update_request",
    "StudioPronunciationDictionariesRequest": ".studio_pronunciation_dictionaries_request",
    "StudioPronunciationDictionaryLocator": ".studio_pronunciation_dictionary_locator",
    "StudioPronunciationDictionaryVersion": ".studio_pronunciation_dictionary_version",
    "StudioQualityPreset": ".studio_quality_preset",
    "StudioSnapshotStreamRequest": ".studio_snapshot_stream_request",
    "StudioSourceType": ".studio_source_type",
    "StudioTargetAudience": ".studio_target_audience",
    "StudioTextNormalization": ".studio_text_normalization",
    "Subscription": ".subscription",
    "SubscriptionExtras": ".subscription_extras",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionUsage": ".subscription_usage",
    "TextNormalizationMode": ".text_normalization_mode",
    "TextToDialogueRequest": ".text_to_dialogue_request",
    "TextToSpeechRequest": ".text_to_speech_request",
    "TextToSpeechWithTimestampsRequest": ".text_to_speech_with_timestamps_request",
    "Transcript": ".transcript",
    "TranscriptCharacter": ".transcript_character",
    "TranscriptExport": ".transcript_export",
    "TranscriptWord": ".transcript_word",
    "TranscriptWordType": ".transcript_word_type",
    "TranscriptionAccepted": ".transcription_accepted",
    "TxtExportOptions": ".txt_export_options",
    "UsageAggregationInterval": ".usage_aggregation_interval",
    "UsageBreakdownType": ".usage_breakdown_type",
    "UsageMetric": ".usage_metric",
    "User": ".user",
    "ValidationError": ".validation_error",
    "VerificationAttempt": ".verification_attempt",
    "VerificationRecording": ".verification_recording",
    "VerifiedVoiceLanguage": ".verified_voice_language",
    "Voice": ".voice",
    "VoiceCategory": ".voice_category",
    "VoiceDesignModel": ".voice_design_model",
    "VoiceDesignRequest": ".voice_design_request",
    "VoiceGenerationCreateRequest": ".voice_generation_create_request",
    "VoiceGenerationCreateRequestLabelsType0": ".voice_generation_create_request_labels_type_0",
    "VoiceGenerationOption": ".voice_generation_option",
    "VoiceGenerationParameters": ".voice_generation_parameters",
    "VoiceGenerationRequest": ".voice_generation_request",
    "VoiceGenerationRequestAge": ".voice_generation_request_age",
    "VoiceGenerationRequestGender": ".voice_generation_request_gender",
    "VoiceLabels": ".voice_labels",
    "VoiceList": ".voice_list",
    "VoiceModerationCheck": ".voice_moderation_check",
    "VoicePage": ".voice_page",
    "VoicePreview": ".voice_preview",
    "VoicePreviews": ".voice_previews",
    "VoicePreviewsRequest": ".voice_previews_request",
    "VoiceSafetyControlType0": ".voice_safety_control_type_0",
    "VoiceSample": ".voice_sample",
    "VoiceSettings": ".voice_settings",
    "VoiceSharing": ".voice_sharing",
    "VoiceSharingLabels": ".voice_sharing_labels",
    "VoiceSharingReviewStatus": ".voice_sharing_review_status",
    "VoiceSharingStatus": ".voice_sharing_status",
    "VoiceVerification": ".voice_verification",
    "VoicesGetSharedCategoryType0": ".voices_get_shared_category_type_0",
    "WorkspaceApiKey": ".workspace_api_key",
    "WorkspaceApiKeyCreate": ".workspace_api_key_create",
    "WorkspaceApiKeyCreated": ".workspace_api_key_created",
    "WorkspaceApiKeyList": ".workspace_api_key_list",
    "WorkspaceApiKeyPermission": ".workspace_api_key_permission",
    "WorkspaceApiKeyUpdate": ".workspace_api_key_update",
    "WorkspaceBulkInvite": ".workspace_bulk_invite",
    "WorkspaceGroup": ".workspace_group",
    "WorkspaceGroupMember": ".workspace_group_member",
    "WorkspaceInvite": ".workspace_invite",
    "WorkspaceInviteDelete": ".workspace_invite_delete",
    "WorkspaceInviteWorkspacePermissionType0": ".workspace_invite_workspace_permission_type_0",
    "WorkspaceMemberDelete": ".workspace_member_delete",
    "WorkspaceMemberUpdate": ".workspace_member_update",
    "WorkspaceMemberUpdateWorkspaceRoleType0": ".workspace_member_update_workspace_role_type_0",
    "WorkspaceResource": ".workspace_resource",
    "WorkspaceResourceRole": ".workspace_resource_role",
    "WorkspaceResourceRoleToGroupIds": ".workspace_resource_role_to_group_ids",
    "WorkspaceResourceType": ".workspace_resource_type",
    "WorkspaceServiceAccount": ".workspace_service_account",
    "WorkspaceServiceAccountList": ".workspace_service_account_list",
    "WorkspaceShare": ".workspace_share",
    "WorkspaceShareOption": ".workspace_share_option",
    "WorkspaceShareOptionType": ".workspace_share_option_type",
    "WorkspaceUnshare": ".workspace_unshare",
    "WorkspaceWebhook": ".workspace_webhook",
    "WorkspaceWebhookAuthType": ".workspace_webhook_auth_type",
    "WorkspaceWebhookList": ".workspace_webhook_list",
    "WorkspaceWebhookUsage": ".workspace_webhook_usage",
    "WorkspaceWebhookUsageType": ".workspace_webhook_usage_type",
    "WsAlignment": ".ws_alignment",
    "WsAudioOutput": ".ws_audio_output",
    "WsCloseConnection": ".ws_close_connection",
    "WsCloseContext": ".ws_close_context",
    "WsCloseSocket": ".ws_close_socket",
    "WsContextAudioOutput": ".ws_context_audio_output",
    "WsContextFinalOutput": ".ws_context_final_output",
    "WsConvaiAgentChatResponsePart": ".ws_convai_agent_chat_response_part",
    "WsConvaiAgentResponse": ".ws_convai_agent_response",
    "WsConvaiAgentResponseCorrection": ".ws_convai_agent_response_correction",
    "WsConvaiAgentResponseCorrectionEvent": ".ws_convai_agent_response_correction_event",
    "WsConvaiAgentResponseEvent": ".ws_convai_agent_response_event",
    "WsConvaiAlignment": ".ws_convai_alignment",
    "WsConvaiAudio": ".ws_convai_audio",
    "WsConvaiAudioEvent": ".ws_convai_audio_event",
    "WsConvaiClientToolCall": ".ws_convai_client_tool_call",
    "WsConvaiClientToolCallEvent": ".ws_convai_client_tool_call_event",
    "WsConvaiClientToolCallEventParameters": ".ws_convai_client_tool_call_event_parameters",
    "WsConvaiClientToolResult": ".ws_convai_client_tool_result",
    "WsConvaiConfigOverride": ".ws_convai_config_override",
    "WsConvaiConfigOverrideAgent": ".ws_convai_config_override_agent",
    "WsConvaiConfigOverrideAgentPrompt": ".ws_convai_config_override_agent_prompt",
    "WsConvaiConfigOverrideConversation": ".ws_convai_config_override_conversation",
    "WsConvaiConfigOverrideTts": ".ws_convai_config_override_tts",
    "WsConvaiContextualUpdate": ".ws_convai_contextual_update",
    "WsConvaiConversationQuery": ".ws_convai_conversation_query",
    "WsConvaiError": ".ws_convai_error",
    "WsConvaiErrorEvent": ".ws_convai_error_event",
    "WsConvaiFeedback": ".ws_convai_feedback",
    "WsConvaiFeedbackScore": ".ws_convai_feedback_score",
    "WsConvaiInitiationClientData": ".ws_convai_initiation_client_data",
    "WsConvaiInitiationClientDataCustomLlmExtraBody": ".ws_convai_initiation_client_data_custom_llm_extra_body",
    "WsConvaiInitiationClientDataDynamicVariables": ".ws_convai_initiation_client_data_dynamic_variables",
    "WsConvaiInitiationMetadata": ".ws_convai_initiation_metadata",
    "WsConvaiInitiationMetadataEvent": ".ws_convai_initiation_metadata_event",
    "WsConvaiInterruption": ".ws_convai_interruption",
    "WsConvaiInterruptionEvent": ".ws_convai_interruption_event",
    "WsConvaiPing": ".ws_convai_ping",
    "WsConvaiPingEvent": ".ws_convai_ping_event",
    "WsConvaiPong": ".ws_convai_pong",
    "WsConvaiServerContextualUpdate": ".ws_convai_server_contextual_update",
    "WsConvaiSourceInfo": ".ws_convai_source_info",
    "WsConvaiTentativeAgentResponse": ".ws_convai_tentative_agent_response",
    "WsConvaiTentativeAgentResponseEvent": ".ws_convai_tentative_agent_response_event",
    "WsConvaiTextResponsePart": ".ws_convai_text_response_part",
    "WsConvaiTextResponsePartType": ".ws_convai_text_response_part_type",
    "WsConvaiUserActivity": ".ws_convai_user_activity",
    "WsConvaiUserAudioChunk": ".ws_convai_user_audio_chunk",
    "WsConvaiUserMessage": ".ws_convai_user_message",
    "WsConvaiUserTranscript": ".ws_convai_user_transcript",
    "WsConvaiUserTranscriptEvent": ".ws_convai_user_transcript_event",
    "WsConvaiVadScore": ".ws_convai_vad_score",
    "WsConvaiVadScoreEvent": ".ws_convai_vad_score_event",
    "WsFinalOutput": ".ws_final_output",
    "WsFlushContext": ".ws_flush_context",
    "WsGenerationConfig": ".ws_generation_config",
    "WsInitializeConnection": ".ws_initialize_connection",
    "WsInitializeContext": ".ws_initialize_context",
    "WsKeepContextAlive": ".ws_keep_context_alive",
    "WsOutputFormat": ".ws_output_format",
    "WsPronunciationDictionaryLocator": ".ws_pronunciation_dictionary_locator",
    "WsSendContextText": ".ws_send_context_text",
    "WsSendText": ".ws_send_text",
    "WsServerError": ".ws_server_error",
    "WsSttAudioFormat": ".ws_stt_audio_format",
    "WsSttCommitStrategy": ".ws_stt_commit_strategy",
    "WsSttCommittedTranscript": ".ws_stt_committed_transcript",
    "WsSttCommittedTranscriptWithTimestamps": ".ws_stt_committed_transcript_with_timestamps",
    "WsSttError": ".ws_stt_error",
    "WsSttErrorMessageType": ".ws_stt_error_message_type",
    "WsSttInputAudioChunk": ".ws_stt_input_audio_chunk",
    "WsSttPartialTranscript": ".ws_stt_partial_transcript",
    "WsSttRealtimeQuery": ".ws_stt_realtime_query",
    "WsSttSessionConfig": ".ws_stt_session_config",
    "WsSttSessionStarted": ".ws_stt_session_started",
    "WsSttWarning": ".ws_stt_warning",
    "WsSttWord": ".ws_stt_word",
    "WsTextNormalization": ".ws_text_normalization",
    "WsTextToSpeechQuery": ".ws_text_to_speech_query",
    "WsVoiceSettings": ".ws_voice_settings",
}

__all__ = (
    "AddSharedVoiceRequest",
    "AddSharedVoiceResult",
    "AddVoiceForm",
    "AddVoiceResult",
    "ApiErrorDetail",
    "ApiErrorResponse",
    "AudioChunkWithTimestamps",
    "AudioIsolationForm",
    "AudioNativeContentForm",
    "AudioNativeContentResult",
    "AudioNativeCreateForm",
    "AudioNativeProject",
    "AudioNativeSettings",
    "AudioNativeSettingsResult",
    "AudioNativeSettingsStatus",
    "AudioWithTimestamps",
    "BillingPeriod",
    "CharacterAlignment",
    "CharacterUsage",
    "CharacterUsageUsage",
    "CompositionPlan",
    "ConvaiAccessLevel",
    "ConvaiAgent",
    "ConvaiAgentAvatar",
    "ConvaiAgentAvatarForm",
    "ConvaiAgentConfigInput",
    "ConvaiAgentConfigOutput",
    "ConvaiAgentCreated",
    "ConvaiAgentCreateRequest",
    "ConvaiAgentDuplicateRequest",
    "ConvaiAgentKnowledgeBaseSize",
    "ConvaiAgentLink",
    "ConvaiAgentLlmUsageRequest",
    "ConvaiAgentMetadata",
    "ConvaiAgentPage",
    "ConvaiAgentSummary",
    "ConvaiAgentTransfer",
    "ConvaiAgentUpdateRequest",
    "ConvaiAgentUpdateRequestConversationConfigType0",
    "ConvaiAgentUpdateRequestPlatformSettingsType0",
    "ConvaiAgentWidget",
    "ConvaiAllowlistItem",
    "ConvaiArrayJsonSchemaPropertyInput",
    "ConvaiArrayJsonSchemaPropertyOutput",
    "ConvaiAsrConfig",
    "ConvaiAsrInputFormat",
    "ConvaiAsrProvider",
    "ConvaiAsrQuality",
    "ConvaiAttachedTest",
    "ConvaiAuthConnectionLocator",
    "ConvaiAuthorizationMethod",
    "ConvaiAuthSettings",
    "ConvaiBatchCall",
    "ConvaiBatchCallDetail",
    "ConvaiBatchCallPage",
    "ConvaiBatchCallPhoneProvider",
    "ConvaiBatchCallRecipient",
    "ConvaiBatchCallRecipientResult",
    "ConvaiBatchCallRecipientStatus",
    "ConvaiBatchCallStatus",
    "ConvaiBatchCallSubmit",
    "ConvaiBuiltInToolsInput",
    "ConvaiBuiltInToolsOutput",
    "ConvaiCallLimits",
    "ConvaiClientDataConfigInput",
    "ConvaiClientDataConfigOutput",
    "ConvaiClientEvent",
    "ConvaiClientToolConfigInput",
    "ConvaiClientToolConfigOutput",
    "ConvaiConversation",
    "ConvaiConversationAnalysis",
    "ConvaiConversationAnalysisDataCollectionResults",
    "ConvaiConversationAnalysisEvaluationCriteriaResults",
    "ConvaiConversationBatchCall",
    "ConvaiConversationCharging",
    "ConvaiConversationConfigInput",
    "ConvaiConversationConfigInputLanguagePresets",
    "ConvaiConversationConfigOutput",
    "ConvaiConversationConfigOutputLanguagePresets",
    "ConvaiConversationDeletionSettings",
    "ConvaiConversationError",
    "ConvaiConversationFeedback",
    "ConvaiConversationFeedbackRequest",
    "ConvaiConversationInitAgentOverride",
    "ConvaiConversationInitClientDataInput",
    "ConvaiConversationInitClientDataInputCustomLlmExtraBody",
    "ConvaiConversationInitClientDataInputDynamicVariables",
    "ConvaiConversationInitClientDataInternal",
    "ConvaiConversationInitClientDataInternalCustomLlmExtraBody",
    "ConvaiConversationInitClientDataInternalDynamicVariables",
    "ConvaiConversationInitClientDataOutput",
    "ConvaiConversationInitClientDataOutputCustomLlmExtraBody",
    "ConvaiConversationInitConfigOverrideInput",
    "ConvaiConversationInitConfigOverrideOutput",
    "ConvaiConversationInitConversationOverride",
    "ConvaiConversationInitPromptOverride",
    "ConvaiConversationInitSource",
    "ConvaiConversationInitSourceInfo",
    "ConvaiConversationInitTtsOverride",
    "ConvaiConversationMetadata",
    "ConvaiConversationPage",
    "ConvaiConversationRagUsage",
    "ConvaiConversationSettings",
    "ConvaiConversationsListSummaryMode",
    "ConvaiConversationStatus",
    "ConvaiConversationSummary",
    "ConvaiConversationSummaryDirectionType0",
    "ConvaiConversationSummaryStatus",
    "ConvaiConversationTokenPurpose",
    "ConvaiConversationTokenRecord",
    "ConvaiCriteriaResult",
    "ConvaiCustomLlm",
    "ConvaiCustomLlmRequestHeaders",
    "ConvaiDashboardCallSuccessChart",
    "ConvaiDashboardCriteriaChart",
    "ConvaiDashboardDataCollectionChart",
    "ConvaiDashboardSettings",
    "ConvaiDashboardSettingsUpdate",
    "ConvaiDataCollectionResult",
    "ConvaiDependentAgentPage",
    "ConvaiDependentAvailableAgent",
    "ConvaiDependentAvailableTool",
    "ConvaiDependentPhoneNumber",
    "ConvaiDependentUnknownAgent",
    "ConvaiDependentUnknownTool",
    "ConvaiDocumentUsageMode",
    "ConvaiDynamicVariableAssignment",
    "ConvaiDynamicVariableRef",
    "ConvaiDynamicVariablesConfig",
    "ConvaiDynamicVariablesConfigDynamicVariablePlaceholders",
    "ConvaiDynamicVariableUpdate",
    "ConvaiElevenAssistantInfo",
    "ConvaiEmbeddingModel",
    "ConvaiEndCallResult",
    "ConvaiEndCallToolParams",
    "ConvaiEvaluationCriterion",
    "ConvaiEvaluationResult",
    "ConvaiEvaluationSettings",
    "ConvaiExactParameterEval",
    "ConvaiFailureResponseExample",
    "ConvaiFeatureStatus",
    "ConvaiFeaturesUsage",
    "ConvaiFeedbackScore",
    "ConvaiHttpMethod",
    "ConvaiInitiationWebhook",
    "ConvaiInitiationWebhookRequestHeaders",
    "ConvaiIntegrationType",
    "ConvaiKnowledgeBaseAddForm",
    "ConvaiKnowledgeBaseChunk",
    "ConvaiKnowledgeBaseDocumentCreated",
    "ConvaiKnowledgeBaseDocumentMetadata",
    "ConvaiKnowledgeBaseDocumentType",
    "ConvaiKnowledgeBaseFileDocument",
    "ConvaiKnowledgeBaseFileForm",
    "ConvaiKnowledgeBaseFileSummary",
    "ConvaiKnowledgeBaseList",
    "ConvaiKnowledgeBaseLocator",
    "ConvaiKnowledgeBaseTextDocument",
    "ConvaiKnowledgeBaseTextRequest",
    "ConvaiKnowledgeBaseTextSummary",
    "ConvaiKnowledgeBaseUpdateRequest",
    "ConvaiKnowledgeBaseUrlDocument",
    "ConvaiKnowledgeBaseUrlRequest",
    "ConvaiKnowledgeBaseUrlSummary",
    "ConvaiLanguageDetectionResult",
    "ConvaiLanguageDetectionToolParams",
    "ConvaiLanguagePresetInput",
    "ConvaiLanguagePresetOutput",
    "ConvaiLanguagePresetTranslation",
    "ConvaiLiteralJsonSchemaProperty",
    "ConvaiLiteralJsonSchemaPropertyType",
    "ConvaiLiveKitToken",
    "ConvaiLlm",
    "ConvaiLlmCategoryUsage",
    "ConvaiLlmInputOutputTokens",
    "ConvaiLlmParameterEval",
    "ConvaiLlmPrice",
    "ConvaiLlmTokensCategory",
    "ConvaiLlmTokenUsageInput",
    "ConvaiLlmTokenUsageInputModelUsage",
    "ConvaiLlmTokenUsageOutput",
    "ConvaiLlmTokenUsageOutputModelUsage",
    "ConvaiLlmUsage",
    "ConvaiLlmUsageRequest",
    "ConvaiMcpApprovalPolicy",
    "ConvaiMcpApprovalPolicyUpdate",
    "ConvaiMcpServer",
    "ConvaiMcpServerConfigInput",
    "ConvaiMcpServerConfigInputRequestHeaders",
    "ConvaiMcpServerConfigOutput",
    "ConvaiMcpServerConfigOutputRequestHeaders",
    "ConvaiMcpServerList",
    "ConvaiMcpServerMetadata",
    "ConvaiMcpServerRequest",
    "ConvaiMcpServerTransport",
    "ConvaiMcpTool",
    "ConvaiMcpToolAnnotations",
    "ConvaiMcpToolApprovalHash",
    "ConvaiMcpToolApprovalPolicy",
    "ConvaiMcpToolApprovalRequest",
    "ConvaiMcpToolApprovalRequestInputSchema",
    "ConvaiMcpToolConfigInput",
    "ConvaiMcpToolConfigInputMcpInputSchemaType0",
    "ConvaiMcpToolConfigOutput",
    "ConvaiMcpToolConfigOutputMcpInputSchemaType0",
    "ConvaiMcpToolInputSchema",
    "ConvaiMcpToolList",
    "ConvaiMcpToolMetaType0",
    "ConvaiMcpToolOutputSchemaType0",
    "ConvaiMetricRecord",
    "ConvaiObjectJsonSchemaPropertyInput",
    "ConvaiObjectJsonSchemaPropertyInputProperties",
    "ConvaiObjectJsonSchemaPropertyOutput",
    "ConvaiObjectJsonSchemaPropertyOutputProperties",
    "ConvaiOverrideFlagsAgent",
    "ConvaiOverrideFlagsConversation",
    "ConvaiOverrideFlagsInput",
    "ConvaiOverrideFlagsOutput",
    "ConvaiOverrideFlagsPrompt",
    "ConvaiOverrideFlagsTts",
    "ConvaiPhoneAgentInfo",
    "ConvaiPhoneCreated",
    "ConvaiPhoneNumberTransfer",
    "ConvaiPhoneSipCredentials",
    "ConvaiPhoneSipInboundTrunk",
    "ConvaiPhoneSipInboundTrunkConfig",
    "ConvaiPhoneSipMediaEncryption",
    "ConvaiPhoneSipOutboundTrunk",
    "ConvaiPhoneSipOutboundTrunkConfig",
    "ConvaiPhoneSipOutboundTrunkConfigHeaders",
    "ConvaiPhoneSipOutboundTrunkHeaders",
    "ConvaiPhoneSipTransport",
    "ConvaiPhoneSipTrunkCreate",
    "ConvaiPhoneSipTrunkNumber",
    "ConvaiPhoneTransferDestination",
    "ConvaiPhoneTwilioCreate",
    "ConvaiPhoneTwilioNumber",
    "ConvaiPhoneUpdate",
    "ConvaiPlatformSettings",
    "ConvaiPlatformSettingsDataCollection",
    "ConvaiPlatformSettingsRequest",
    "ConvaiPlatformSettingsRequestDataCollection",
    "ConvaiPlayDtmfError",
    "ConvaiPlayDtmfSuccess",
    "ConvaiPlayDtmfToolParams",
    "ConvaiPrivacyConfig",
    "ConvaiPromptConfigInput",
    "ConvaiPromptConfigOutput",
    "ConvaiPronunciationDictionaryVersion",
    "ConvaiQueryParamsJsonSchema",
    "ConvaiQueryParamsJsonSchemaProperties",
    "ConvaiRagChunkMetadata",
    "ConvaiRagConfig",
    "ConvaiRagIndex",
    "ConvaiRagIndexList",
    "ConvaiRagIndexModelUsage",
    "ConvaiRagIndexOverview",
    "ConvaiRagIndexRequest",
    "ConvaiRagIndexStatus",
    "ConvaiRagIndexUsage",
    "ConvaiRagRetrievalInfo",
    "ConvaiReferencedTool",
    "ConvaiRegexParameterEval",
    "ConvaiResourceAccessInfo",
    "ConvaiResubmitTestsRequest",
    "ConvaiRunTestsRequest",
    "ConvaiSafety",
    "ConvaiSecretCreate",
    "ConvaiSecretDependencies",
    "ConvaiSecretDependencyType",
    "ConvaiSecretList",
    "ConvaiSecretLocator",
    "ConvaiSecretStored",
    "ConvaiSecretUpdate",
    "ConvaiSecretWithUsage",
    "ConvaiSettings",
    "ConvaiSettingsUpdate",
    "ConvaiSignedUrl",
    "ConvaiSimulationRequest",
    "ConvaiSimulationResult",
    "ConvaiSimulationSpecification",
    "ConvaiSimulationSpecificationToolMockConfig",
    "ConvaiSingleTestRun",
    "ConvaiSipTrunkPhoneCall",
    "ConvaiSipTrunkPhoneCallDirection",
    "ConvaiSipUriTransferDestination",
    "ConvaiSkipTurnResult",
    "ConvaiSkipTurnToolParams",
    "ConvaiSuccessfulResponseExample",
    "ConvaiSupportedVoice",
    "ConvaiSystemToolConfigInput",
    "ConvaiSystemToolConfigOutput",
    "ConvaiTelephonyOutboundCall",
    "ConvaiTelephonyProvider",
    "ConvaiTelephonySipTrunkCallResult",
    "ConvaiTelephonyTwilioCallResult",
    "ConvaiTest",
    "ConvaiTestAgentOverride",
    "ConvaiTestConditionRationale",
    "ConvaiTestConditionResult",
    "ConvaiTestCreated",
    "ConvaiTestCreateRequest",
    "ConvaiTestDynamicVariables",
    "ConvaiTestIdsRequest",
    "ConvaiTestingSettings",
    "ConvaiTestInvocation",
    "ConvaiTestPage",
    "ConvaiTestRun",
    "ConvaiTestRunStatus",
    "ConvaiTestsFeatureUsage",
    "ConvaiTestSummaries",
    "ConvaiTestSummariesTests",
    "ConvaiTestSummary",
    "ConvaiTestToolCallEvaluationInput",
    "ConvaiTestToolCallEvaluationOutput",
    "ConvaiTestToolCallParameter",
    "ConvaiTestToolResult",
    "ConvaiTestUpdateRequest",
    "ConvaiTool",
    "ConvaiToolCallClientDetails",
    "ConvaiToolCallMcpDetails",
    "ConvaiToolCallMcpDetailsParameters",
    "ConvaiToolCallWebhookDetails",
    "ConvaiToolCallWebhookDetailsHeaders",
    "ConvaiToolCallWebhookDetailsPathParams",
    "ConvaiToolCallWebhookDetailsQueryParams",
    "ConvaiToolList",
    "ConvaiToolMockConfig",
    "ConvaiToolRequest",
    "ConvaiToolResultOther",
    "ConvaiToolResultOtherType",
    "ConvaiToolResultSystem",
    "ConvaiToolResultWorkflowInput",
    "ConvaiToolResultWorkflowOutput",
    "ConvaiToolType",
    "ConvaiToolUsageStats",
    "ConvaiTranscriptEntryInput",
    "ConvaiTranscriptEntryInputRole",
    "ConvaiTranscriptEntryInputSourceMediumType0",
    "ConvaiTranscriptEntryOutput",
    "ConvaiTranscriptEntryOutputRole",
    "ConvaiTranscriptEntryOutputSourceMediumType0",
    "ConvaiTranscriptToolCall",
    "ConvaiTransferToAgentError",
    "ConvaiTransferToAgentSuccess",
    "ConvaiTransferToAgentToolParams",
    "ConvaiTransferToNumberError",
    "ConvaiTransferToNumberSipSuccess",
    "ConvaiTransferToNumberToolParamsInput",
    "ConvaiTransferToNumberToolParamsOutput",
    "ConvaiTransferToNumberTwilioSuccess",
    "ConvaiTransferType",
    "ConvaiTtsConfigInput",
    "ConvaiTtsConfigOutput",
    "ConvaiTtsLatency",
    "ConvaiTtsModel",
    "ConvaiTtsModelFamily",
    "ConvaiTtsOutputFormat",
    "ConvaiTurnConfig",
    "ConvaiTurnMetrics",
    "ConvaiTurnMetricsMetrics",
    "ConvaiTurnMode",
    "ConvaiTwilioPhoneCall",
    "ConvaiTwilioPhoneCallDirection",
    "ConvaiUserFeedback",
    "ConvaiUserSecret",
    "ConvaiVoicemailDetectionSuccess",
    "ConvaiVoicemailDetectionToolParams",
    "ConvaiWebhooks",
    "ConvaiWebhookToolApiSchemaInput",
    "ConvaiWebhookToolApiSchemaInputPathParamsSchema",
    "ConvaiWebhookToolApiSchemaInputRequestHeaders",
    "ConvaiWebhookToolApiSchemaOutput",
    "ConvaiWebhookToolApiSchemaOutputPathParamsSchema",
    "ConvaiWebhookToolApiSchemaOutputRequestHeaders",
    "ConvaiWebhookToolConfigInput",
    "ConvaiWebhookToolConfigOutput",
    "ConvaiWidgetConfigInput",
    "ConvaiWidgetConfigInputLanguagePresets",
    "ConvaiWidgetConfigOutput",
    "ConvaiWidgetConfigOutputLanguagePresets",
    "ConvaiWidgetExpandable",
    "ConvaiWidgetFeedbackMode",
    "ConvaiWidgetImageAvatar",
    "ConvaiWidgetLanguagePreset",
    "ConvaiWidgetLanguageTexts",
    "ConvaiWidgetOrbAvatar",
    "ConvaiWidgetPlacement",
    "ConvaiWidgetResolved",
    "ConvaiWidgetResolvedLanguagePresets",
    "ConvaiWidgetStyles",
    "ConvaiWidgetTextContents",
    "ConvaiWidgetUrlAvatar",
    "ConvaiWidgetVariant",
    "ConvaiWorkflowEdgeStep",
    "ConvaiWorkflowFeaturesUsage",
    "ConvaiWorkflowMaxIterationsStep",
    "ConvaiWorkflowNestedToolsStepInput",
    "ConvaiWorkflowNestedToolsStepOutput",
    "ConvaiWorkflowToolResponseInput",
    "ConvaiWorkflowToolResponseOutput",
    "ConvaiWorkspaceOverridesInput",
    "ConvaiWorkspaceOverridesOutput",
    "CreateVoiceFromPreviewRequest",
    "CreateVoiceFromPreviewRequestLabelsType0",
    "Currency",
    "DialogueInput",
    "DialogueSettings",
    "DictionaryPermission",
    "DocxExportOptions",
    "DubbingCreated",
    "DubbingCreateForm",
    "DubbingDeleted",
    "DubbingDubbedSegment",
    "DubbingError",
    "DubbingGetTranscriptFormatType",
    "DubbingLanguageAdd",
    "DubbingListDubbingStatus",
    "DubbingListFilterByCreator",
    "DubbingMediaMetadata",
    "DubbingMediaReference",
    "DubbingMetadata",
    "DubbingPage",
    "DubbingRender",
    "DubbingRenderRequest",
    "DubbingRenderStarted",
    "DubbingRenderStatus",
    "DubbingRenderType",
    "DubbingResource",
    "DubbingResourceRenders",
    "DubbingResourceSpeakerSegments",
    "DubbingResourceSpeakerTracks",
    "DubbingResourceVersion",
    "DubbingSegmentCreate",
    "DubbingSegmentCreated",
    "DubbingSegmentCreateTranslationsType0",
    "DubbingSegmentSelection",
    "DubbingSegmentUpdate",
    "DubbingSimilarVoice",
    "DubbingSimilarVoiceCategory",
    "DubbingSimilarVoices",
    "DubbingSpeakerSegment",
    "DubbingSpeakerSegmentDubs",
    "DubbingSpeakerTrack",
    "DubbingSpeakerTrackVoices",
    "DubbingSpeakerUpdate",
    "DubbingSubtitleFrame",
    "DubbingTranscribeRequest",
    "EditVoiceForm",
    "ExtendedSubscription",
    "FineTuning",
    "FineTuningMessageType0",
    "FineTuningProgressType0",
    "FineTuningState",
    "FineTuningStateAdditionalProperty",
    "ForcedAlignment",
    "ForcedAlignmentCharacter",
    "ForcedAlignmentForm",
    "ForcedAlignmentWord",
    "HistoryAlignment",
    "HistoryAlignments",
    "HistoryDialogueLine",
    "HistoryDownloadError",
    "HistoryDownloadRequest",
    "HistoryFeedback",
    "HistoryItem",
    "HistoryItemSettingsType0",
    "HistoryItemSourceType0",
    "HistoryItemState",
    "HistoryItemVoiceCategoryType0",
    "HistoryListSourceType0",
    "HistoryPage",
    "HtmlExportOptions",
    "HTTPValidationError",
    "InputFileFormat",
    "Invoice",
    "LibraryVoice",
    "LibraryVoicePage",
    "ManualVerification",
    "ManualVerificationFile",
    "Model",
    "ModelConcurrencyGroup",
    "ModelLanguage",
    "ModelRates",
    "ModerationStatus",
    "ModerationStatusSafetyStatusType0",
    "ModerationStatusWarningStatusType0",
    "MultichannelTranscript",
    "MusicComposeRequest",
    "MusicModel",
    "MusicPlanRequest",
    "OkStatus",
    "OutputFormat",
    "OutputFormatWithWav",
    "PdfExportOptions",
    "PendingCancellation",
    "PendingSubscriptionSwitch",
    "PendingSubscriptionSwitchNextTier",
    "PronunciationAliasRule",
    "PronunciationDictionariesListSortType0",
    "PronunciationDictionary",
    "PronunciationDictionaryCreated",
    "PronunciationDictionaryFileForm",
    "PronunciationDictionaryList",
    "PronunciationDictionaryLocator",
    "PronunciationDictionaryRulesRequest",
    "PronunciationDictionaryUpdate",
    "PronunciationDictionaryVersion",
    "PronunciationPhonemeRule",
    "PronunciationRulesAdd",
    "PronunciationRulesRemove",
    "PvcCaptchaForm",
    "PvcSampleAudio",
    "PvcSamplesForm",
    "PvcSampleUpdateRequest",
    "PvcSampleWaveform",
    "PvcSpeakerAudio",
    "PvcTrainingRequest",
    "PvcVerificationForm",
    "PvcVoiceCreateRequest",
    "PvcVoiceCreateRequestLabelsType0",
    "PvcVoiceEditRequest",
    "PvcVoiceEditRequestLabelsType0",
    "ReaderResource",
    "ReaderResourceResourceType",
    "SegmentedJsonExportOptions",
    "SeparatedSpeaker",
    "SimilarVoicesForm",
    "SongSection",
    "SoundGenerationRequest",
    "SpeakerSeparation",
    "SpeakerSeparationSpeakersType0",
    "SpeakerSeparationStatus",
    "SpeakerUtterance",
    "SpeechToSpeechForm",
    "SpeechToTextForm",
    "SpeechToTextFormTimestampsGranularity",
    "SpeechToTextFormWebhookMetadataType1",
    "SrtExportOptions",
    "StudioAccessLevel",
    "StudioCaptionAnimation",
    "StudioCaptionAnimationType",
    "StudioCaptionCharacterAnimation",
    "StudioCaptionCharacterAnimationEnterType",
    "StudioCaptionCharacterAnimationExitType",
    "StudioCaptionHorizontalPlacement",
    "StudioCaptionHorizontalPlacementAlign",
    "StudioCaptionStyle",
    "StudioCaptionStyleTextAlignType0",
    "StudioCaptionStyleTextStyleType0",
    "StudioCaptionStyleTextWeightType0",
    "StudioCaptionTemplate",
    "StudioCaptionVerticalPlacement",
    "StudioCaptionVerticalPlacementAlign",
    "StudioChapter",
    "StudioChapterBlockInput",
    "StudioChapterBlockInputSubTypeType0",
    "StudioChapterBlockOutput",
    "StudioChapterContentInput",
    "StudioChapterContentOutput",
    "StudioChapterCreateRequest",
    "StudioChapterList",
    "StudioChapterOtherNodeOutput",
    "StudioChapterResult",
    "StudioChapterSnapshot",
    "StudioChapterSnapshotExtended",
    "StudioChapterSnapshotList",
    "StudioChapterState",
    "StudioChapterStatistics",
    "StudioChapterTtsNodeInput",
    "StudioChapterTtsNodeOutput",
    "StudioChapterUpdateRequest",
    "StudioChapterWithContent",
    "StudioFiction",
    "StudioPodcastBulletinMode",
    "StudioPodcastBulletinVoice",
    "StudioPodcastConversationMode",
    "StudioPodcastConversationVoices",
    "StudioPodcastRequest",
    "StudioPodcastRequestDurationScale",
    "StudioPodcastTextSource",
    "StudioPodcastUrlSource",
    "StudioProject",
    "StudioProjectContentForm",
    "StudioProjectCreateForm",
    "StudioProjectCreationMeta",
    "StudioProjectCreationMetaStatus",
    "StudioProjectCreationMetaType",
    "StudioProjectExtended",
    "StudioProjectExtendedExperimental",
    "StudioProjectList",
    "StudioProjectResult",
    "StudioProjectSnapshot",
    "StudioProjectSnapshotAudioUploadType0",
    "StudioProjectSnapshotExtended",
    "StudioProjectSnapshotExtendedAudioUploadType0",
    "StudioProjectSnapshotExtendedZipUploadType0",
    "StudioProjectSnapshotList",
    "StudioProjectSnapshotZipUploadType0",
    "StudioProjectState",
    "StudioProjectUpdateRequest",
    "StudioPronunciationDictionariesRequest",
    "StudioPronunciationDictionaryLocator",
    "StudioPronunciationDictionaryVersion",
    "StudioQualityPreset",
    "StudioSnapshotStreamRequest",
    "StudioSourceType",
    "StudioTargetAudience",
    "StudioTextNormalization",
    "Subscription",
    "SubscriptionExtras",
    "SubscriptionStatus",
    "SubscriptionUsage",
    "TextNormalizationMode",
    "TextToDialogueRequest",
    "TextToSpeechRequest",
    "TextToSpeechWithTimestampsRequest",
    "Transcript",
    "TranscriptCharacter",
    "TranscriptExport",
    "TranscriptionAccepted",
    "TranscriptWord",
    "TranscriptWordType",
    "TxtExportOptions",
    "UsageAggregationInterval",
    "UsageBreakdownType",
    "UsageMetric",
    "User",
    "ValidationError",
    "VerificationAttempt",
    "VerificationRecording",
    "VerifiedVoiceLanguage",
    "Voice",
    "VoiceCategory",
    "VoiceDesignModel",
    "VoiceDesignRequest",
    "VoiceGenerationCreateRequest",
    "VoiceGenerationCreateRequestLabelsType0",
    "VoiceGenerationOption",
    "VoiceGenerationParameters",
    "VoiceGenerationRequest",
    "VoiceGenerationRequestAge",
    "VoiceGenerationRequestGender",
    "VoiceLabels",
    "VoiceList",
    "VoiceModerationCheck",
    "VoicePage",
    "VoicePreview",
    "VoicePreviews",
    "VoicePreviewsRequest",
    "VoiceSafetyControlType0",
    "VoiceSample",
    "VoiceSettings",
    "VoicesGetSharedCategoryType0",
    "VoiceSharing",
    "VoiceSharingLabels",
    "VoiceSharingReviewStatus",
    "VoiceSharingStatus",
    "VoiceVerification",
    "WorkspaceApiKey",
    "WorkspaceApiKeyCreate",
    "WorkspaceApiKeyCreated",
    "WorkspaceApiKeyList",
    "WorkspaceApiKeyPermission",
    "WorkspaceApiKeyUpdate",
    "WorkspaceBulkInvite",
    "WorkspaceGroup",
    "WorkspaceGroupMember",
    "WorkspaceInvite",
    "WorkspaceInviteDelete",
    "WorkspaceInviteWorkspacePermissionType0",
    "WorkspaceMemberDelete",
    "WorkspaceMemberUpdate",
    "WorkspaceMemberUpdateWorkspaceRoleType0",
    "WorkspaceResource",
    "WorkspaceResourceRole",
    "WorkspaceResourceRoleToGroupIds",
    "WorkspaceResourceType",
    "WorkspaceServiceAccount",
    "WorkspaceServiceAccountList",
    "WorkspaceShare",
    "WorkspaceShareOption",
    "WorkspaceShareOptionType",
    "WorkspaceUnshare",
    "WorkspaceWebhook",
    "WorkspaceWebhookAuthType",
    "WorkspaceWebhookList",
    "WorkspaceWebhookUsage",
    "WorkspaceWebhookUsageType",
    "WsAlignment",
    "WsAudioOutput",
    "WsCloseConnection",
    "WsCloseContext",
    "WsCloseSocket",
    "WsContextAudioOutput",
    "WsContextFinalOutput",
    "WsConvaiAgentChatResponsePart",
    "WsConvaiAgentResponse",
    "WsConvaiAgentResponseCorrection",
    "WsConvaiAgentResponseCorrectionEvent",
    "WsConvaiAgentResponseEvent",
    "WsConvaiAlignment",
    "WsConvaiAudio",
    "WsConvaiAudioEvent",
    "WsConvaiClientToolCall",
    "WsConvaiClientToolCallEvent",
    "WsConvaiClientToolCallEventParameters",
    "WsConvaiClientToolResult",
    "WsConvaiConfigOverride",
    "WsConvaiConfigOverrideAgent",
    "WsConvaiConfigOverrideAgentPrompt",
    "WsConvaiConfigOverrideConversation",
    "WsConvaiConfigOverrideTts",
    "WsConvaiContextualUpdate",
    "WsConvaiConversationQuery",
    "WsConvaiError",
    "WsConvaiErrorEvent",
    "WsConvaiFeedback",
    "WsConvaiFeedbackScore",
    "WsConvaiInitiationClientData",
    "WsConvaiInitiationClientDataCustomLlmExtraBody",
    "WsConvaiInitiationClientDataDynamicVariables",
    "WsConvaiInitiationMetadata",
    "WsConvaiInitiationMetadataEvent",
    "WsConvaiInterruption",
    "WsConvaiInterruptionEvent",
    "WsConvaiPing",
    "WsConvaiPingEvent",
    "WsConvaiPong",
    "WsConvaiServerContextualUpdate",
    "WsConvaiSourceInfo",
    "WsConvaiTentativeAgentResponse",
    "WsConvaiTentativeAgentResponseEvent",
    "WsConvaiTextResponsePart",
    "WsConvaiTextResponsePartType",
    "WsConvaiUserActivity",
    "WsConvaiUserAudioChunk",
    "WsConvaiUserMessage",
    "WsConvaiUserTranscript",
    "WsConvaiUserTranscriptEvent",
    "WsConvaiVadScore",
    "WsConvaiVadScoreEvent",
    "WsFinalOutput",
    "WsFlushContext",
    "WsGenerationConfig",
    "WsInitializeConnection",
    "WsInitializeContext",
    "WsKeepContextAlive",
    "WsOutputFormat",
    "WsPronunciationDictionaryLocator",
    "WsSendContextText",
    "WsSendText",
    "WsServerError",
    "WsSttAudioFormat",
    "WsSttCommitStrategy",
    "WsSttCommittedTranscript",
    "WsSttCommittedTranscriptWithTimestamps",
    "WsSttError",
    "WsSttErrorMessageType",
    "WsSttInputAudioChunk",
    "WsSttPartialTranscript",
    "WsSttRealtimeQuery",
    "WsSttSessionConfig",
    "WsSttSessionStarted",
    "WsSttWarning",
    "WsSttWord",
    "WsTextNormalization",
    "WsTextToSpeechQuery",
    "WsVoiceSettings",
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
