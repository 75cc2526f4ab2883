"""Data models of the API, imported on first use (PEP 562) so that importing one endpoint stays cheap."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_change_activity_id import AccountChangeActivityId
    from .actor_model import ActorModel
    from .actor_model_session_type_0 import ActorModelSessionType0
    from .add_shared_voice_request import AddSharedVoiceRequest
    from .add_shared_voice_result import AddSharedVoiceResult
    from .add_ticket_comment_request_model import AddTicketCommentRequestModel
    from .add_turn_comment_request_model import AddTurnCommentRequestModel
    from .add_voice_form import AddVoiceForm
    from .add_voice_form_labels_type_0 import AddVoiceFormLabelsType0
    from .add_voice_result import AddVoiceResult
    from .agent_analysis_items_input import AgentAnalysisItemsInput
    from .agent_analysis_items_output import AgentAnalysisItemsOutput
    from .agent_branch_basic_info import AgentBranchBasicInfo
    from .agent_branch_response import AgentBranchResponse
    from .agent_branch_summary import AgentBranchSummary
    from .agent_config_api_model_workflow_override_input import AgentConfigAPIModelWorkflowOverrideInput
    from .agent_config_api_model_workflow_override_input_text_behavior_overrides_type_0 import (
        AgentConfigAPIModelWorkflowOverrideInputTextBehaviorOverridesType0,
    )
    from .agent_config_api_model_workflow_override_output import AgentConfigAPIModelWorkflowOverrideOutput
    from .agent_config_api_model_workflow_override_output_text_behavior_overrides_type_0 import (
        AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0,
    )
    from .agent_conversation_ticket_issue_type import AgentConversationTicketIssueType
    from .agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
    from .agent_conversation_ticket_source import AgentConversationTicketSource
    from .agent_conversation_ticket_status import AgentConversationTicketStatus
    from .agent_definition_source import AgentDefinitionSource
    from .agent_deployment_percentage_strategy import AgentDeploymentPercentageStrategy
    from .agent_deployment_request import AgentDeploymentRequest
    from .agent_deployment_request_item import AgentDeploymentRequestItem
    from .agent_deployment_response import AgentDeploymentResponse
    from .agent_deployment_response_traffic_percentage_branch_id_map import (
        AgentDeploymentResponseTrafficPercentageBranchIdMap,
    )
    from .agent_failure_response_example import AgentFailureResponseExample
    from .agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel
    from .agent_knowledge_base_rag_query_request_model import AgentKnowledgeBaseRagQueryRequestModel
    from .agent_knowledge_base_rag_query_response_model import AgentKnowledgeBaseRagQueryResponseModel
    from .agent_metadata import AgentMetadata
    from .agent_metadata_db_model import AgentMetadataDBModel
    from .agent_sort_by import AgentSortBy
    from .agent_successful_response_example import AgentSuccessfulResponseExample
    from .agent_summary_batch_successful_response_model import AgentSummaryBatchSuccessfulResponseModel
    from .agent_test_entity_type import AgentTestEntityType
    from .agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
    from .agent_topic_response_model import AgentTopicResponseModel
    from .agent_trust_context import AgentTrustContext
    from .agent_version_metadata import AgentVersionMetadata
    from .agent_version_parents import AgentVersionParents
    from .agent_workflow_request_model import AgentWorkflowRequestModel
    from .agent_workflow_request_model_edges import AgentWorkflowRequestModelEdges
    from .agent_workflow_request_model_nodes import AgentWorkflowRequestModelNodes
    from .agent_workflow_response_model import AgentWorkflowResponseModel
    from .agent_workflow_response_model_edges import AgentWorkflowResponseModelEdges
    from .agent_workflow_response_model_nodes import AgentWorkflowResponseModelNodes
    from .alerting_integration_notifier import AlertingIntegrationNotifier
    from .alerting_integration_notifier_response import AlertingIntegrationNotifierResponse
    from .alerting_monitor_config import AlertingMonitorConfig
    from .alerting_settings import AlertingSettings
    from .alerting_settings_monitor_configs import AlertingSettingsMonitorConfigs
    from .alerting_settings_response import AlertingSettingsResponse
    from .alerting_settings_response_monitor_configs import AlertingSettingsResponseMonitorConfigs
    from .alerting_webhook_notifier import AlertingWebhookNotifier
    from .alerting_webhook_notifier_response import AlertingWebhookNotifierResponse
    from .analysis_charging import AnalysisCharging
    from .analysis_property import AnalysisProperty
    from .analysis_property_type import AnalysisPropertyType
    from .analysis_run_snapshot import AnalysisRunSnapshot
    from .analysis_run_snapshot_charge_per_feature import AnalysisRunSnapshotChargePerFeature
    from .analysis_run_snapshot_price_per_feature import AnalysisRunSnapshotPricePerFeature
    from .analysis_running_total import AnalysisRunningTotal
    from .analysis_running_total_charge_per_feature import AnalysisRunningTotalChargePerFeature
    from .analysis_running_total_price_per_feature import AnalysisRunningTotalPricePerFeature
    from .analysis_scope import AnalysisScope
    from .analysis_type import AnalysisType
    from .api_error_detail import ApiErrorDetail
    from .api_error_response import ApiErrorResponse
    from .api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from .api_integration_o_auth_2_auth_code_response_scope_separator import (
        ApiIntegrationOAuth2AuthCodeResponseScopeSeparator,
    )
    from .api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from .api_integration_o_auth_2_custom_app_response_scope_separator import (
        ApiIntegrationOAuth2CustomAppResponseScopeSeparator,
    )
    from .api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
    from .api_integration_webhook_overrides_request_headers_type_0 import (
        ApiIntegrationWebhookOverridesRequestHeadersType0,
    )
    from .api_integration_webhook_overrides_schema_overrides_type_0 import (
        ApiIntegrationWebhookOverridesSchemaOverridesType0,
    )
    from .api_integration_webhook_tool_config_input import ApiIntegrationWebhookToolConfigInput
    from .api_integration_webhook_tool_config_output import ApiIntegrationWebhookToolConfigOutput
    from .asr_conversational_config_override import ASRConversationalConfigOverride
    from .asr_conversational_config_override_config import ASRConversationalConfigOverrideConfig
    from .asr_conversational_config_workflow_override import ASRConversationalConfigWorkflowOverride
    from .asset_list_response import AssetListResponse
    from .asset_response import AssetResponse
    from .asset_transcription import AssetTranscription
    from .asset_transcription_data import AssetTranscriptionData
    from .asset_transcription_status import AssetTranscriptionStatus
    from .assign_conversation_tags_request_model import AssignConversationTagsRequestModel
    from .assignable_user_response_model import AssignableUserResponseModel
    from .ast_addition_operator_node_input import ASTAdditionOperatorNodeInput
    from .ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput
    from .ast_and_operator_node_input import ASTAndOperatorNodeInput
    from .ast_and_operator_node_output import ASTAndOperatorNodeOutput
    from .ast_boolean_node_input import ASTBooleanNodeInput
    from .ast_boolean_node_output import ASTBooleanNodeOutput
    from .ast_conditional_operator_node_input import ASTConditionalOperatorNodeInput
    from .ast_conditional_operator_node_output import ASTConditionalOperatorNodeOutput
    from .ast_division_operator_node_input import ASTDivisionOperatorNodeInput
    from .ast_division_operator_node_output import ASTDivisionOperatorNodeOutput
    from .ast_dynamic_variable_node_input import ASTDynamicVariableNodeInput
    from .ast_dynamic_variable_node_output import ASTDynamicVariableNodeOutput
    from .ast_equals_operator_node_input import ASTEqualsOperatorNodeInput
    from .ast_equals_operator_node_output import ASTEqualsOperatorNodeOutput
    from .ast_greater_than_operator_node_input import ASTGreaterThanOperatorNodeInput
    from .ast_greater_than_operator_node_output import ASTGreaterThanOperatorNodeOutput
    from .ast_greater_than_or_equals_operator_node_input import ASTGreaterThanOrEqualsOperatorNodeInput
    from .ast_greater_than_or_equals_operator_node_output import ASTGreaterThanOrEqualsOperatorNodeOutput
    from .ast_less_than_operator_node_input import ASTLessThanOperatorNodeInput
    from .ast_less_than_operator_node_output import ASTLessThanOperatorNodeOutput
    from .ast_less_than_or_equals_operator_node_input import ASTLessThanOrEqualsOperatorNodeInput
    from .ast_less_than_or_equals_operator_node_output import ASTLessThanOrEqualsOperatorNodeOutput
    from .ast_multiplication_operator_node_input import ASTMultiplicationOperatorNodeInput
    from .ast_multiplication_operator_node_output import ASTMultiplicationOperatorNodeOutput
    from .ast_not_equals_operator_node_input import ASTNotEqualsOperatorNodeInput
    from .ast_not_equals_operator_node_output import ASTNotEqualsOperatorNodeOutput
    from .ast_null_node_input import ASTNullNodeInput
    from .ast_null_node_output import ASTNullNodeOutput
    from .ast_number_node_input import ASTNumberNodeInput
    from .ast_number_node_output import ASTNumberNodeOutput
    from .ast_or_operator_node_input import ASTOrOperatorNodeInput
    from .ast_or_operator_node_output import ASTOrOperatorNodeOutput
    from .ast_string_node_input import ASTStringNodeInput
    from .ast_string_node_output import ASTStringNodeOutput
    from .ast_subtraction_operator_node_input import ASTSubtractionOperatorNodeInput
    from .ast_subtraction_operator_node_output import ASTSubtractionOperatorNodeOutput
    from .astllm_node_input_type_0 import ASTLLMNodeInputType0
    from .astllm_node_input_type_1 import ASTLLMNodeInputType1
    from .astllm_node_output import ASTLLMNodeOutput
    from .async_conversation_metadata import AsyncConversationMetadata
    from .async_conversation_metadata_delivery_status import AsyncConversationMetadataDeliveryStatus
    from .attached_system_data_collection_ref import AttachedSystemDataCollectionRef
    from .attached_system_evaluation_ref import AttachedSystemEvaluationRef
    from .attached_system_evaluation_ref_analysis_item_id import AttachedSystemEvaluationRefAnalysisItemId
    from .attached_user_data_collection_ref import AttachedUserDataCollectionRef
    from .attached_user_evaluation_ref import AttachedUserEvaluationRef
    from .audio_analysis import AudioAnalysis
    from .audio_analysis_result import AudioAnalysisResult
    from .audio_analysis_status import AudioAnalysisStatus
    from .audio_chunk_with_timestamps import AudioChunkWithTimestamps
    from .audio_isolation_form import AudioIsolationForm
    from .audio_isolation_history_item_response_model import AudioIsolationHistoryItemResponseModel
    from .audio_isolation_stream_form import AudioIsolationStreamForm
    from .audio_isolation_stream_form_file_format import AudioIsolationStreamFormFileFormat
    from .audio_key_moment import AudioKeyMoment
    from .audio_native_content_form import AudioNativeContentForm
    from .audio_native_content_result import AudioNativeContentResult
    from .audio_native_create_form import AudioNativeCreateForm
    from .audio_native_create_form_apply_text_normalization import AudioNativeCreateFormApplyTextNormalization
    from .audio_native_project import AudioNativeProject
    from .audio_native_settings import AudioNativeSettings
    from .audio_native_settings_result import AudioNativeSettingsResult
    from .audio_native_settings_status import AudioNativeSettingsStatus
    from .audio_ref_chunk import AudioRefChunk
    from .audio_segment import AudioSegment
    from .audio_with_timestamps import AudioWithTimestamps
    from .audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from .auth_connection_dependencies import AuthConnectionDependencies
    from .auth_connection_locator import AuthConnectionLocator
    from .auth_connection_status import AuthConnectionStatus
    from .authentication_activity_id import AuthenticationActivityId
    from .auto_sync_info import AutoSyncInfo
    from .background_sound_config import BackgroundSoundConfig
    from .background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
    from .background_sound_preset_id import BackgroundSoundPresetId
    from .background_sound_source_type import BackgroundSoundSourceType
    from .backup_llm_default import BackupLLMDefault
    from .backup_llm_disabled import BackupLLMDisabled
    from .backup_llm_override import BackupLLMOverride
    from .base_turn_config import BaseTurnConfig
    from .basic_auth_response import BasicAuthResponse
    from .batch_call_whats_app_params import BatchCallWhatsAppParams
    from .batch_failure_response_model import BatchFailureResponseModel
    from .bearer_auth_response import BearerAuthResponse
    from .behavior_override import BehaviorOverride
    from .billing_period import BillingPeriod
    from .body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
    from .body_text_to_dialogue_full_with_timestamps_apply_text_normalization import (
        BodyTextToDialogueFullWithTimestampsApplyTextNormalization,
    )
    from .body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps
    from .body_text_to_dialogue_stream_with_timestamps_apply_text_normalization import (
        BodyTextToDialogueStreamWithTimestampsApplyTextNormalization,
    )
    from .branch_protection_status import BranchProtectionStatus
    from .bucketing_status import BucketingStatus
    from .built_in_tools_workflow_override_input import BuiltInToolsWorkflowOverrideInput
    from .built_in_tools_workflow_override_output import BuiltInToolsWorkflowOverrideOutput
    from .bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
    from .bytedance_seedance_2_fast_request_aspect_ratio import BytedanceSeedance2FastRequestAspectRatio
    from .bytedance_seedance_2_fast_request_resolution import BytedanceSeedance2FastRequestResolution
    from .bytedance_seedance_2_mini_request import BytedanceSeedance2MiniRequest
    from .bytedance_seedance_2_mini_request_aspect_ratio import BytedanceSeedance2MiniRequestAspectRatio
    from .bytedance_seedance_2_mini_request_resolution import BytedanceSeedance2MiniRequestResolution
    from .bytedance_seedance_2_request import BytedanceSeedance2Request
    from .bytedance_seedance_2_request_aspect_ratio import BytedanceSeedance2RequestAspectRatio
    from .bytedance_seedance_2_request_resolution import BytedanceSeedance2RequestResolution
    from .bytedance_seedance_25_request import BytedanceSeedance25Request
    from .bytedance_seedance_25_request_aspect_ratio import BytedanceSeedance25RequestAspectRatio
    from .bytedance_seedance_25_request_resolution import BytedanceSeedance25RequestResolution
    from .bytedance_seedream_5_lite_request import BytedanceSeedream5LiteRequest
    from .bytedance_seedream_5_lite_request_aspect_ratio import BytedanceSeedream5LiteRequestAspectRatio
    from .bytedance_seedream_5_lite_request_resolution import BytedanceSeedream5LiteRequestResolution
    from .bytedance_seedream_5_pro_request import BytedanceSeedream5ProRequest
    from .bytedance_seedream_5_pro_request_aspect_ratio import BytedanceSeedream5ProRequestAspectRatio
    from .bytedance_seedream_5_pro_request_resolution import BytedanceSeedream5ProRequestResolution
    from .cancel_calendar_event_params import CancelCalendarEventParams
    from .cancel_group_session_for_all_params import CancelGroupSessionForAllParams
    from .cancel_group_session_registration_params import CancelGroupSessionRegistrationParams
    from .canvas_placement import CanvasPlacement
    from .character_alignment import CharacterAlignment
    from .character_usage import CharacterUsage
    from .character_usage_usage import CharacterUsageUsage
    from .chat_source_medium import ChatSourceMedium
    from .check_service_availability_params import CheckServiceAvailabilityParams
    from .clip_animation import ClipAnimation
    from .clip_animation_enter_effect import ClipAnimationEnterEffect
    from .clip_animation_exit_effect import ClipAnimationExitEffect
    from .column_filter import ColumnFilter
    from .column_filter_operation import ColumnFilterOperation
    from .column_unit import ColumnUnit
    from .compile_procedures_response_model import CompileProceduresResponseModel
    from .compile_procedures_validation_error_response_model import CompileProceduresValidationErrorResponseModel
    from .compile_procedures_validation_error_response_model_errors import (
        CompileProceduresValidationErrorResponseModelErrors,
    )
    from .composition_plan import CompositionPlan
    from .composition_plan_2 import CompositionPlan2
    from .config_entity_type import ConfigEntityType
    from .conflict_section import ConflictSection
    from .constant_schema_override import ConstantSchemaOverride
    from .constant_schema_override_constant_value_type_5 import ConstantSchemaOverrideConstantValueType5
    from .content_config import ContentConfig
    from .content_format import ContentFormat
    from .content_guardrail_input import ContentGuardrailInput
    from .content_guardrail_output import ContentGuardrailOutput
    from .content_threshold_guardrail import ContentThresholdGuardrail
    from .content_threshold_guardrail_threshold_type_1 import ContentThresholdGuardrailThresholdType1
    from .contextual_update_info import ContextualUpdateInfo
    from .contributor import Contributor
    from .conv_ai_dynamic_variable import ConvAIDynamicVariable
    from .conv_ai_env_var_locator import ConvAIEnvVarLocator
    from .conv_ai_file_upload_response_model import ConvAIFileUploadResponseModel
    from .convai_access_level import ConvaiAccessLevel
    from .convai_agent import ConvaiAgent
    from .convai_agent_avatar import ConvaiAgentAvatar
    from .convai_agent_avatar_form import ConvaiAgentAvatarForm
    from .convai_agent_config_input import ConvaiAgentConfigInput
    from .convai_agent_config_input_text_behavior_overrides_type_0 import (
        ConvaiAgentConfigInputTextBehaviorOverridesType0,
    )
    from .convai_agent_config_output import ConvaiAgentConfigOutput
    from .convai_agent_config_output_text_behavior_overrides_type_0 import (
        ConvaiAgentConfigOutputTextBehaviorOverridesType0,
    )
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
    from .convai_agent_update_request_procedures_type_0 import ConvaiAgentUpdateRequestProceduresType0
    from .convai_agent_widget import ConvaiAgentWidget
    from .convai_allowlist_item import ConvaiAllowlistItem
    from .convai_array_json_schema_property_input import ConvaiArrayJsonSchemaPropertyInput
    from .convai_array_json_schema_property_input_property_kind import ConvaiArrayJsonSchemaPropertyInputPropertyKind
    from .convai_array_json_schema_property_output import ConvaiArrayJsonSchemaPropertyOutput
    from .convai_asr_config import ConvaiAsrConfig
    from .convai_asr_input_format import ConvaiAsrInputFormat
    from .convai_asr_provider import ConvaiAsrProvider
    from .convai_asr_quality import ConvaiAsrQuality
    from .convai_attached_test import ConvaiAttachedTest
    from .convai_auth_settings import ConvaiAuthSettings
    from .convai_authorization_method import ConvaiAuthorizationMethod
    from .convai_batch_call import ConvaiBatchCall
    from .convai_batch_call_detail import ConvaiBatchCallDetail
    from .convai_batch_call_page import ConvaiBatchCallPage
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
    from .convai_conversation_init_agent_override_output import ConvaiConversationInitAgentOverrideOutput
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
    from .convai_conversation_init_client_data_internal_tool_mock_overrides import (
        ConvaiConversationInitClientDataInternalToolMockOverrides,
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
    from .convai_conversation_otlp_traces_type_0 import ConvaiConversationOtlpTracesType0
    from .convai_conversation_page import ConvaiConversationPage
    from .convai_conversation_rag_usage import ConvaiConversationRagUsage
    from .convai_conversation_settings import ConvaiConversationSettings
    from .convai_conversation_status import ConvaiConversationStatus
    from .convai_conversation_summary import ConvaiConversationSummary
    from .convai_conversation_summary_data_collection_results_type_0 import (
        ConvaiConversationSummaryDataCollectionResultsType0,
    )
    from .convai_conversation_summary_evaluation_criteria_results_type_0 import (
        ConvaiConversationSummaryEvaluationCriteriaResultsType0,
    )
    from .convai_conversation_summary_status import ConvaiConversationSummaryStatus
    from .convai_conversation_token_purpose import ConvaiConversationTokenPurpose
    from .convai_conversation_token_record import ConvaiConversationTokenRecord
    from .convai_conversations_get_format import ConvaiConversationsGetFormat
    from .convai_conversations_list_exclude_statuses_type_0_item import ConvaiConversationsListExcludeStatusesType0Item
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
    from .convai_literal_json_schema_property_type_type_0 import ConvaiLiteralJsonSchemaPropertyTypeType0
    from .convai_live_kit_token import ConvaiLiveKitToken
    from .convai_llm import ConvaiLlm
    from .convai_llm_category_usage import ConvaiLlmCategoryUsage
    from .convai_llm_input_output_tokens import ConvaiLlmInputOutputTokens
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
    from .convai_mcp_server_config_input_request_meta import ConvaiMcpServerConfigInputRequestMeta
    from .convai_mcp_server_config_output import ConvaiMcpServerConfigOutput
    from .convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders
    from .convai_mcp_server_config_output_request_meta import ConvaiMcpServerConfigOutputRequestMeta
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
    from .convai_mcp_tool_config_input_input_overrides_type_0 import ConvaiMcpToolConfigInputInputOverridesType0
    from .convai_mcp_tool_config_input_mcp_input_schema_type_0 import ConvaiMcpToolConfigInputMcpInputSchemaType0
    from .convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput
    from .convai_mcp_tool_config_output_input_overrides_type_0 import ConvaiMcpToolConfigOutputInputOverridesType0
    from .convai_mcp_tool_config_output_mcp_input_schema_type_0 import ConvaiMcpToolConfigOutputMcpInputSchemaType0
    from .convai_mcp_tool_input_schema import ConvaiMcpToolInputSchema
    from .convai_mcp_tool_list import ConvaiMcpToolList
    from .convai_mcp_tool_meta_type_0 import ConvaiMcpToolMetaType0
    from .convai_mcp_tool_output_schema_type_0 import ConvaiMcpToolOutputSchemaType0
    from .convai_metric_record import ConvaiMetricRecord
    from .convai_object_json_schema_property_input import ConvaiObjectJsonSchemaPropertyInput
    from .convai_object_json_schema_property_input_constant_value_type_0 import (
        ConvaiObjectJsonSchemaPropertyInputConstantValueType0,
    )
    from .convai_object_json_schema_property_input_properties import ConvaiObjectJsonSchemaPropertyInputProperties
    from .convai_object_json_schema_property_input_property_kind import ConvaiObjectJsonSchemaPropertyInputPropertyKind
    from .convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput
    from .convai_object_json_schema_property_output_constant_value_type_0 import (
        ConvaiObjectJsonSchemaPropertyOutputConstantValueType0,
    )
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
    from .convai_phone_sip_inbound_trunk_attributes_to_headers import ConvaiPhoneSipInboundTrunkAttributesToHeaders
    from .convai_phone_sip_inbound_trunk_config import ConvaiPhoneSipInboundTrunkConfig
    from .convai_phone_sip_inbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders,
    )
    from .convai_phone_sip_media_encryption import ConvaiPhoneSipMediaEncryption
    from .convai_phone_sip_outbound_trunk import ConvaiPhoneSipOutboundTrunk
    from .convai_phone_sip_outbound_trunk_attributes_to_headers import ConvaiPhoneSipOutboundTrunkAttributesToHeaders
    from .convai_phone_sip_outbound_trunk_config import ConvaiPhoneSipOutboundTrunkConfig
    from .convai_phone_sip_outbound_trunk_config_attributes_to_headers import (
        ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders,
    )
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
    from .convai_platform_settings_data_collection_scopes import ConvaiPlatformSettingsDataCollectionScopes
    from .convai_platform_settings_request import ConvaiPlatformSettingsRequest
    from .convai_platform_settings_request_data_collection import ConvaiPlatformSettingsRequestDataCollection
    from .convai_platform_settings_request_data_collection_scopes import (
        ConvaiPlatformSettingsRequestDataCollectionScopes,
    )
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
    from .convai_resource_access_info import ConvaiResourceAccessInfo
    from .convai_resource_access_info_access_source_type_0 import ConvaiResourceAccessInfoAccessSourceType0
    from .convai_resource_access_info_anonymous_access_level_override_type_0 import (
        ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0,
    )
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
    from .convai_sip_trunk_outbound_call_request import ConvaiSipTrunkOutboundCallRequest
    from .convai_sip_trunk_phone_call import ConvaiSipTrunkPhoneCall
    from .convai_sip_trunk_phone_call_sip_header_dynamic_variables import (
        ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables,
    )
    from .convai_sip_uri_transfer_destination import ConvaiSipUriTransferDestination
    from .convai_skip_turn_result import ConvaiSkipTurnResult
    from .convai_skip_turn_tool_params import ConvaiSkipTurnToolParams
    from .convai_supported_voice import ConvaiSupportedVoice
    from .convai_system_tool_config_input import ConvaiSystemToolConfigInput
    from .convai_system_tool_config_output import ConvaiSystemToolConfigOutput
    from .convai_telephony_outbound_call import ConvaiTelephonyOutboundCall
    from .convai_telephony_provider import ConvaiTelephonyProvider
    from .convai_telephony_sip_trunk_call_result import ConvaiTelephonySipTrunkCallResult
    from .convai_telephony_twilio_call_result import ConvaiTelephonyTwilioCallResult
    from .convai_test_agent_override import ConvaiTestAgentOverride
    from .convai_test_condition_rationale import ConvaiTestConditionRationale
    from .convai_test_condition_result import ConvaiTestConditionResult
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
    from .convai_test_tool_result import ConvaiTestToolResult
    from .convai_testing_settings import ConvaiTestingSettings
    from .convai_tests_feature_usage import ConvaiTestsFeatureUsage
    from .convai_tests_list_sort_mode import ConvaiTestsListSortMode
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
    from .convai_tool_result_other_type_type_0 import ConvaiToolResultOtherTypeType0
    from .convai_tool_result_system import ConvaiToolResultSystem
    from .convai_tool_result_system_output import ConvaiToolResultSystemOutput
    from .convai_tool_result_workflow_input import ConvaiToolResultWorkflowInput
    from .convai_tool_result_workflow_output import ConvaiToolResultWorkflowOutput
    from .convai_tool_type import ConvaiToolType
    from .convai_tool_usage_stats import ConvaiToolUsageStats
    from .convai_transcript_entry_input import ConvaiTranscriptEntryInput
    from .convai_transcript_entry_input_role import ConvaiTranscriptEntryInputRole
    from .convai_transcript_entry_output import ConvaiTranscriptEntryOutput
    from .convai_transcript_entry_output_role import ConvaiTranscriptEntryOutputRole
    from .convai_transcript_tool_call import ConvaiTranscriptToolCall
    from .convai_transcript_tool_call_output import ConvaiTranscriptToolCallOutput
    from .convai_transfer_to_agent_error import ConvaiTransferToAgentError
    from .convai_transfer_to_agent_success import ConvaiTransferToAgentSuccess
    from .convai_transfer_to_agent_tool_params import ConvaiTransferToAgentToolParams
    from .convai_transfer_to_agent_tool_params_output import ConvaiTransferToAgentToolParamsOutput
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
    from .convai_user_feedback import ConvaiUserFeedback
    from .convai_user_secret import ConvaiUserSecret
    from .convai_voicemail_detection_success import ConvaiVoicemailDetectionSuccess
    from .convai_voicemail_detection_tool_params import ConvaiVoicemailDetectionToolParams
    from .convai_webhook_tool_api_schema_input import ConvaiWebhookToolApiSchemaInput
    from .convai_webhook_tool_api_schema_input_content_type import ConvaiWebhookToolApiSchemaInputContentType
    from .convai_webhook_tool_api_schema_input_path_params_schema import ConvaiWebhookToolApiSchemaInputPathParamsSchema
    from .convai_webhook_tool_api_schema_input_request_headers import ConvaiWebhookToolApiSchemaInputRequestHeaders
    from .convai_webhook_tool_api_schema_output import ConvaiWebhookToolApiSchemaOutput
    from .convai_webhook_tool_api_schema_output_content_type import ConvaiWebhookToolApiSchemaOutputContentType
    from .convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,
    )
    from .convai_webhook_tool_api_schema_output_request_headers import ConvaiWebhookToolApiSchemaOutputRequestHeaders
    from .convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput
    from .convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput
    from .convai_webhooks import ConvaiWebhooks
    from .convai_widget_config_input import ConvaiWidgetConfigInput
    from .convai_widget_config_input_language_presets import ConvaiWidgetConfigInputLanguagePresets
    from .convai_widget_config_input_syntax_highlight_theme_type_0 import (
        ConvaiWidgetConfigInputSyntaxHighlightThemeType0,
    )
    from .convai_widget_config_output import ConvaiWidgetConfigOutput
    from .convai_widget_config_output_language_presets import ConvaiWidgetConfigOutputLanguagePresets
    from .convai_widget_config_output_syntax_highlight_theme_type_0 import (
        ConvaiWidgetConfigOutputSyntaxHighlightThemeType0,
    )
    from .convai_widget_expandable import ConvaiWidgetExpandable
    from .convai_widget_feedback_mode import ConvaiWidgetFeedbackMode
    from .convai_widget_image_avatar import ConvaiWidgetImageAvatar
    from .convai_widget_language_preset import ConvaiWidgetLanguagePreset
    from .convai_widget_language_texts import ConvaiWidgetLanguageTexts
    from .convai_widget_orb_avatar import ConvaiWidgetOrbAvatar
    from .convai_widget_placement import ConvaiWidgetPlacement
    from .convai_widget_resolved import ConvaiWidgetResolved
    from .convai_widget_resolved_language_presets import ConvaiWidgetResolvedLanguagePresets
    from .convai_widget_resolved_syntax_highlight_theme_type_0 import ConvaiWidgetResolvedSyntaxHighlightThemeType0
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
    from .conversation_asr_usage_model import ConversationASRUsageModel
    from .conversation_config_workflow_override_input import ConversationConfigWorkflowOverrideInput
    from .conversation_config_workflow_override_output import ConversationConfigWorkflowOverrideOutput
    from .conversation_feedback_type import ConversationFeedbackType
    from .conversation_history_exotel_phone_call_model import ConversationHistoryExotelPhoneCallModel
    from .conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
    from .conversation_history_multivoice_message_part_model import ConversationHistoryMultivoiceMessagePartModel
    from .conversation_history_redaction_config import ConversationHistoryRedactionConfig
    from .conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
    )
    from .conversation_history_transcript_api_integration_webhook_tools_result_common_model_output import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput,
    )
    from .conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
    from .conversation_history_transcript_common_model_output_role import (
        ConversationHistoryTranscriptCommonModelOutputRole,
    )
    from .conversation_history_transcript_file_input_response_model import (
        ConversationHistoryTranscriptFileInputResponseModel,
    )
    from .conversation_history_transcript_tool_call_api_integration_webhook_details_input import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
    )
    from .conversation_history_transcript_tool_call_api_integration_webhook_details_output import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,
    )
    from .conversation_product import ConversationProduct
    from .conversation_reasoning_model import ConversationReasoningModel
    from .conversation_sentiment_analysis import ConversationSentimentAnalysis
    from .conversation_sentiment_analysis_overall_label import ConversationSentimentAnalysisOverallLabel
    from .conversation_summary_message_model import ConversationSummaryMessageModel
    from .conversation_summary_message_model_role import ConversationSummaryMessageModelRole
    from .conversation_tag_response_model import ConversationTagResponseModel
    from .conversation_tts_usage_model import ConversationTTSUsageModel
    from .conversation_user_response_model import ConversationUserResponseModel
    from .conversation_voice_reward_model import ConversationVoiceRewardModel
    from .conversation_voice_usage_model import ConversationVoiceUsageModel
    from .conversational_config_api_model_workflow_override_input import (
        ConversationalConfigAPIModelWorkflowOverrideInput,
    )
    from .conversational_config_api_model_workflow_override_input_language_presets_type_0 import (
        ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0,
    )
    from .conversational_config_api_model_workflow_override_output import (
        ConversationalConfigAPIModelWorkflowOverrideOutput,
    )
    from .conversational_config_api_model_workflow_override_output_language_presets_type_0 import (
        ConversationalConfigAPIModelWorkflowOverrideOutputLanguagePresetsType0,
    )
    from .crawl_status import CrawlStatus
    from .crawl_type import CrawlType
    from .create_agent_branch_response_model import CreateAgentBranchResponseModel
    from .create_agent_conversation_ticket_request_model import CreateAgentConversationTicketRequestModel
    from .create_agent_procedure_params import CreateAgentProcedureParams
    from .create_agent_rule_params import CreateAgentRuleParams
    from .create_agent_test_folder_response_model import CreateAgentTestFolderResponseModel
    from .create_asset_params import CreateAssetParams
    from .create_auth_connection_environment_variable_request import CreateAuthConnectionEnvironmentVariableRequest
    from .create_auth_connection_environment_variable_request_values import (
        CreateAuthConnectionEnvironmentVariableRequestValues,
    )
    from .create_basic_auth_request import CreateBasicAuthRequest
    from .create_bearer_auth_request import CreateBearerAuthRequest
    from .create_client_appointment_params import CreateClientAppointmentParams
    from .create_client_interaction_params import CreateClientInteractionParams
    from .create_client_params import CreateClientParams
    from .create_conversation_tag_request_model import CreateConversationTagRequestModel
    from .create_crawl_job_response_model import CreateCrawlJobResponseModel
    from .create_custom_header_auth_request import CreateCustomHeaderAuthRequest
    from .create_exotel_phone_number_request import CreateExotelPhoneNumberRequest
    from .create_holiday_params import CreateHolidayParams
    from .create_location_params import CreateLocationParams
    from .create_manual_ticket_request_model import CreateManualTicketRequestModel
    from .create_mtls_auth_request import CreateMTLSAuthRequest
    from .create_o_auth_2_client_creds_request import CreateOAuth2ClientCredsRequest
    from .create_o_auth_2_client_creds_request_custom_headers import CreateOAuth2ClientCredsRequestCustomHeaders
    from .create_o_auth_2_client_creds_request_extra_params import CreateOAuth2ClientCredsRequestExtraParams
    from .create_o_auth_2jwt_request import CreateOAuth2JWTRequest
    from .create_o_auth_2jwt_request_algorithm import CreateOAuth2JWTRequestAlgorithm
    from .create_o_auth_2jwt_request_extra_params import CreateOAuth2JWTRequestExtraParams
    from .create_o_auth_2jwt_request_token_response_field import CreateOAuth2JWTRequestTokenResponseField
    from .create_order_request import CreateOrderRequest
    from .create_order_response import CreateOrderResponse
    from .create_private_key_jwt_request import CreatePrivateKeyJWTRequest
    from .create_private_key_jwt_request_algorithm import CreatePrivateKeyJWTRequestAlgorithm
    from .create_private_key_jwt_request_extra_params import CreatePrivateKeyJWTRequestExtraParams
    from .create_procedure_request_model import CreateProcedureRequestModel
    from .create_procedure_response_model import CreateProcedureResponseModel
    from .create_product_params import CreateProductParams
    from .create_response_unit_test_request import CreateResponseUnitTestRequest
    from .create_response_unit_test_request_dynamic_variables import CreateResponseUnitTestRequestDynamicVariables
    from .create_secret_environment_variable_request import CreateSecretEnvironmentVariableRequest
    from .create_secret_environment_variable_request_values import CreateSecretEnvironmentVariableRequestValues
    from .create_service_params import CreateServiceParams
    from .create_simulation_test_request import CreateSimulationTestRequest
    from .create_simulation_test_request_dynamic_variables import CreateSimulationTestRequestDynamicVariables
    from .create_simulation_test_request_tool_mock_overrides import CreateSimulationTestRequestToolMockOverrides
    from .create_speech_engine_request import CreateSpeechEngineRequest
    from .create_staff_params import CreateStaffParams
    from .create_string_environment_variable_request import CreateStringEnvironmentVariableRequest
    from .create_string_environment_variable_request_values import CreateStringEnvironmentVariableRequestValues
    from .create_tool_call_unit_test_request import CreateToolCallUnitTestRequest
    from .create_tool_call_unit_test_request_dynamic_variables import CreateToolCallUnitTestRequestDynamicVariables
    from .create_transfer_rule_params import CreateTransferRuleParams
    from .create_voice_from_preview_request import CreateVoiceFromPreviewRequest
    from .create_voice_from_preview_request_labels_type_0 import CreateVoiceFromPreviewRequestLabelsType0
    from .creatify_aurora_request import CreatifyAuroraRequest
    from .creatify_aurora_request_resolution import CreatifyAuroraRequestResolution
    from .criteria_scoring_mode import CriteriaScoringMode
    from .cue_options_request import CueOptionsRequest
    from .currency import Currency
    from .custom_guardrail_config import CustomGuardrailConfig
    from .custom_guardrail_config_model import CustomGuardrailConfigModel
    from .custom_guardrail_input import CustomGuardrailInput
    from .custom_guardrail_output import CustomGuardrailOutput
    from .custom_guardrails_config_input import CustomGuardrailsConfigInput
    from .custom_guardrails_config_output import CustomGuardrailsConfigOutput
    from .custom_header_auth_response import CustomHeaderAuthResponse
    from .custom_llmapi_type import CustomLLMAPIType
    from .custom_sip_header import CustomSIPHeader
    from .custom_sip_header_with_dynamic_variable import CustomSIPHeaderWithDynamicVariable
    from .default_sharing_group_config import DefaultSharingGroupConfig
    from .default_sharing_group_config_permission_level import DefaultSharingGroupConfigPermissionLevel
    from .default_sharing_group_response_model import DefaultSharingGroupResponseModel
    from .default_sharing_group_response_model_permission_level import DefaultSharingGroupResponseModelPermissionLevel
    from .delete_agent_procedure_params import DeleteAgentProcedureParams
    from .delete_agent_rule_params import DeleteAgentRuleParams
    from .delete_asset_params import DeleteAssetParams
    from .delete_calendar_event_params import DeleteCalendarEventParams
    from .delete_client_interaction_params import DeleteClientInteractionParams
    from .delete_client_params import DeleteClientParams
    from .delete_group_session_params import DeleteGroupSessionParams
    from .delete_holiday_params import DeleteHolidayParams
    from .delete_location_params import DeleteLocationParams
    from .delete_product_params import DeleteProductParams
    from .delete_service_params import DeleteServiceParams
    from .delete_staff_params import DeleteStaffParams
    from .delete_transfer_rule_params import DeleteTransferRuleParams
    from .delete_workspace_webhook_response_model import DeleteWorkspaceWebhookResponseModel
    from .deliverable_info import DeliverableInfo
    from .dependent_available_mcp_server_identifier import DependentAvailableMCPServerIdentifier
    from .dependent_available_mcp_server_identifier_access_level import DependentAvailableMCPServerIdentifierAccessLevel
    from .dependent_branch_info import DependentBranchInfo
    from .dependent_integration_connection_identifier import DependentIntegrationConnectionIdentifier
    from .dependent_unknown_mcp_server_identifier import DependentUnknownMCPServerIdentifier
    from .detected_entity import DetectedEntity
    from .device_model import DeviceModel
    from .dialogue_input import DialogueInput
    from .dialogue_settings import DialogueSettings
    from .dictionary_permission import DictionaryPermission
    from .direct_publishing_read_response_model import DirectPublishingReadResponseModel
    from .direct_publishing_read_response_model_display_mode_type_0 import (
        DirectPublishingReadResponseModelDisplayModeType0,
    )
    from .direct_publishing_read_response_model_genre_type_0_item import DirectPublishingReadResponseModelGenreType0Item
    from .direct_publishing_read_response_model_payout_type_type_0 import (
        DirectPublishingReadResponseModelPayoutTypeType0,
    )
    from .direct_publishing_read_response_model_target_audience_type_0 import (
        DirectPublishingReadResponseModelTargetAudienceType0,
    )
    from .discount_response_model import DiscountResponseModel
    from .docx_export_options import DocxExportOptions
    from .dub_order_item_request import DubOrderItemRequest
    from .dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest
    from .dubbing_bulk_segment_update_request_segments import DubbingBulkSegmentUpdateRequestSegments
    from .dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse
    from .dubbing_bulk_target_segment_update_request import DubbingBulkTargetSegmentUpdateRequest
    from .dubbing_bulk_target_segment_update_request_segments import DubbingBulkTargetSegmentUpdateRequestSegments
    from .dubbing_bulk_target_segment_update_response import DubbingBulkTargetSegmentUpdateResponse
    from .dubbing_create_form import DubbingCreateForm
    from .dubbing_create_form_mode import DubbingCreateFormMode
    from .dubbing_created import DubbingCreated
    from .dubbing_deleted import DubbingDeleted
    from .dubbing_dubbed_segment import DubbingDubbedSegment
    from .dubbing_error import DubbingError
    from .dubbing_get_transcript_format_type import DubbingGetTranscriptFormatType
    from .dubbing_language_add import DubbingLanguageAdd
    from .dubbing_language_list_response import DubbingLanguageListResponse
    from .dubbing_language_outputs import DubbingLanguageOutputs
    from .dubbing_language_response import DubbingLanguageResponse
    from .dubbing_language_response_status import DubbingLanguageResponseStatus
    from .dubbing_list_creation_sources_type_0_item import DubbingListCreationSourcesType0Item
    from .dubbing_list_dubbing_models_type_0_item import DubbingListDubbingModelsType0Item
    from .dubbing_list_dubbing_status import DubbingListDubbingStatus
    from .dubbing_list_dubbing_statuses_type_0_item import DubbingListDubbingStatusesType0Item
    from .dubbing_list_filter_by_creator import DubbingListFilterByCreator
    from .dubbing_list_order_by import DubbingListOrderBy
    from .dubbing_list_order_direction import DubbingListOrderDirection
    from .dubbing_media_metadata import DubbingMediaMetadata
    from .dubbing_media_reference import DubbingMediaReference
    from .dubbing_metadata import DubbingMetadata
    from .dubbing_page import DubbingPage
    from .dubbing_project_list_response import DubbingProjectListResponse
    from .dubbing_project_response import DubbingProjectResponse
    from .dubbing_project_response_status import DubbingProjectResponseStatus
    from .dubbing_regenerate_response import DubbingRegenerateResponse
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
    from .dubbing_segment_create_request import DubbingSegmentCreateRequest
    from .dubbing_segment_create_translations_type_0 import DubbingSegmentCreateTranslationsType0
    from .dubbing_segment_created import DubbingSegmentCreated
    from .dubbing_segment_selection import DubbingSegmentSelection
    from .dubbing_segment_update import DubbingSegmentUpdate
    from .dubbing_segment_update_request import DubbingSegmentUpdateRequest
    from .dubbing_similar_voice import DubbingSimilarVoice
    from .dubbing_similar_voices import DubbingSimilarVoices
    from .dubbing_source_media_info import DubbingSourceMediaInfo
    from .dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
    from .dubbing_source_transcript_response import DubbingSourceTranscriptResponse
    from .dubbing_speaker_segment import DubbingSpeakerSegment
    from .dubbing_speaker_segment_dubs import DubbingSpeakerSegmentDubs
    from .dubbing_speaker_track import DubbingSpeakerTrack
    from .dubbing_speaker_track_voices import DubbingSpeakerTrackVoices
    from .dubbing_speaker_update import DubbingSpeakerUpdate
    from .dubbing_subtitle_frame import DubbingSubtitleFrame
    from .dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
    from .dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
    from .dubbing_target_transcript_response import DubbingTargetTranscriptResponse
    from .dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
    from .dubbing_transcribe_request import DubbingTranscribeRequest
    from .dubbing_transcript import DubbingTranscript
    from .dubbing_transcript_character import DubbingTranscriptCharacter
    from .dubbing_transcript_response_model import DubbingTranscriptResponseModel
    from .dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse
    from .dubbing_transcript_segment import DubbingTranscriptSegment
    from .dubbing_transcript_utterance import DubbingTranscriptUtterance
    from .dubbing_transcript_word import DubbingTranscriptWord
    from .dubbing_transcripts_response_model import DubbingTranscriptsResponseModel
    from .dubbing_transcripts_response_model_transcript_format import DubbingTranscriptsResponseModelTranscriptFormat
    from .dummy_tool_result_model import DummyToolResultModel
    from .dynamic_variable_schema_override import DynamicVariableSchemaOverride
    from .dynamic_variables_config_workflow_override import DynamicVariablesConfigWorkflowOverride
    from .dynamic_variables_config_workflow_override_dynamic_variable_placeholders_type_0 import (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,
    )
    from .edit_voice_form import EditVoiceForm
    from .edit_voice_form_labels_type_0 import EditVoiceFormLabelsType0
    from .eleven_flash_v25_request import ElevenFlashV25Request
    from .eleven_flash_v25_request_output_format import ElevenFlashV25RequestOutputFormat
    from .eleven_flash_v25_voice_settings import ElevenFlashV25VoiceSettings
    from .eleven_multilingual_v2_request import ElevenMultilingualV2Request
    from .eleven_multilingual_v2_request_output_format import ElevenMultilingualV2RequestOutputFormat
    from .eleven_v3_request import ElevenV3Request
    from .eleven_v3_request_output_format import ElevenV3RequestOutputFormat
    from .eleven_v3_voice_settings import ElevenV3VoiceSettings
    from .end_call_trigger_action import EndCallTriggerAction
    from .end_procedure_tool_config_input import EndProcedureToolConfigInput
    from .end_procedure_tool_config_input_procedures import EndProcedureToolConfigInputProcedures
    from .end_procedure_tool_config_output import EndProcedureToolConfigOutput
    from .end_procedure_tool_config_output_procedures import EndProcedureToolConfigOutputProcedures
    from .entity_management_activity_id import EntityManagementActivityId
    from .entry_behavior import EntryBehavior
    from .environment_auth_connection_locator import EnvironmentAuthConnectionLocator
    from .environment_variable_auth_connection_value import EnvironmentVariableAuthConnectionValue
    from .environment_variable_auth_connection_value_request import EnvironmentVariableAuthConnectionValueRequest
    from .environment_variable_response import EnvironmentVariableResponse
    from .environment_variable_response_type import EnvironmentVariableResponseType
    from .environment_variable_response_values_type_0 import EnvironmentVariableResponseValuesType0
    from .environment_variable_response_values_type_1 import EnvironmentVariableResponseValuesType1
    from .environment_variable_response_values_type_2 import EnvironmentVariableResponseValuesType2
    from .environment_variable_secret_value import EnvironmentVariableSecretValue
    from .environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest
    from .environment_variables_list_response import EnvironmentVariablesListResponse
    from .evaluation_criteria_summary_result import EvaluationCriteriaSummaryResult
    from .exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy
    from .exotel_api_subdomain import ExotelApiSubdomain
    from .exotel_outbound_call_response import ExotelOutboundCallResponse
    from .extended_subscription import ExtendedSubscription
    from .external_file_sync_info import ExternalFileSyncInfo
    from .external_folder_sync_info import ExternalFolderSyncInfo
    from .external_sync_job_trigger import ExternalSyncJobTrigger
    from .external_sync_job_type import ExternalSyncJobType
    from .external_sync_provider import ExternalSyncProvider
    from .field_conflict import FieldConflict
    from .file_input_config import FileInputConfig
    from .file_input_config_workflow_override import FileInputConfigWorkflowOverride
    from .file_refresh_status import FileRefreshStatus
    from .fine_tuning import FineTuning
    from .fine_tuning_message_type_0 import FineTuningMessageType0
    from .fine_tuning_progress_type_0 import FineTuningProgressType0
    from .fine_tuning_state import FineTuningState
    from .fine_tuning_state_additional_property import FineTuningStateAdditionalProperty
    from .finetune_created_by import FinetuneCreatedBy
    from .finetune_visibility import FinetuneVisibility
    from .focus_guardrail import FocusGuardrail
    from .forced_alignment import ForcedAlignment
    from .forced_alignment_character import ForcedAlignmentCharacter
    from .forced_alignment_form import ForcedAlignmentForm
    from .forced_alignment_word import ForcedAlignmentWord
    from .frustrated_conversation_ref import FrustratedConversationRef
    from .frustrated_conversation_ref_overall_label import FrustratedConversationRefOverallLabel
    from .gemini_3_pro_image_request import Gemini3ProImageRequest
    from .gemini_3_pro_image_request_aspect_ratio import Gemini3ProImageRequestAspectRatio
    from .gemini_3_pro_image_request_resolution import Gemini3ProImageRequestResolution
    from .gemini_25_flash_image_request import Gemini25FlashImageRequest
    from .gemini_25_flash_image_request_aspect_ratio import Gemini25FlashImageRequestAspectRatio
    from .gemini_31_flash_image_request import Gemini31FlashImageRequest
    from .gemini_31_flash_image_request_aspect_ratio import Gemini31FlashImageRequestAspectRatio
    from .gemini_31_flash_image_request_resolution import Gemini31FlashImageRequestResolution
    from .gemini_31_flash_lite_image_request import Gemini31FlashLiteImageRequest
    from .gemini_31_flash_lite_image_request_aspect_ratio import Gemini31FlashLiteImageRequestAspectRatio
    from .generation_chunk_input import GenerationChunkInput
    from .generation_chunk_input_condition_strength_type_0 import GenerationChunkInputConditionStrengthType0
    from .generation_chunk_input_context_adherence import GenerationChunkInputContextAdherence
    from .generation_reference import GenerationReference
    from .generation_source_context import GenerationSourceContext
    from .generation_source_context_model_parameters_type_0 import GenerationSourceContextModelParametersType0
    from .get_agent_conversation_tickets_page_response_model import GetAgentConversationTicketsPageResponseModel
    from .get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
    from .get_agent_topics_response_model import GetAgentTopicsResponseModel
    from .get_analytics_summary_params import GetAnalyticsSummaryParams
    from .get_appointment_by_confirmation_number_params import GetAppointmentByConfirmationNumberParams
    from .get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel
    from .get_booking_page_settings_params import GetBookingPageSettingsParams
    from .get_booking_slug_status_params import GetBookingSlugStatusParams
    from .get_client_appointments_params import GetClientAppointmentsParams
    from .get_client_by_phone_params import GetClientByPhoneParams
    from .get_convai_agents_summaries_response_200 import GetConvaiAgentsSummariesResponse200
    from .get_convai_conversations_messages_text_search_exclude_statuses_type_0_item import (
        GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item,
    )
    from .get_convai_conversations_messages_text_search_summary_mode import (
        GetConvaiConversationsMessagesTextSearchSummaryMode,
    )
    from .get_convai_environment_variables_type_type_0 import GetConvaiEnvironmentVariablesTypeType0
    from .get_convai_knowledge_base_summaries_response_200 import GetConvaiKnowledgeBaseSummariesResponse200
    from .get_conversation_summary_response_model import GetConversationSummaryResponseModel
    from .get_conversation_summary_response_model_status import GetConversationSummaryResponseModelStatus
    from .get_conversation_tags_page_response_model import GetConversationTagsPageResponseModel
    from .get_conversation_users_page_response_model import GetConversationUsersPageResponseModel
    from .get_crawl_job_response_model import GetCrawlJobResponseModel
    from .get_dubbing_project_sort_direction import GetDubbingProjectSortDirection
    from .get_dubbing_transcripts_format_by_id_format_type import GetDubbingTranscriptsFormatByIdFormatType
    from .get_flows_image_status_type_0 import GetFlowsImageStatusType0
    from .get_flows_text_to_speech_status_type_0 import GetFlowsTextToSpeechStatusType0
    from .get_flows_video_status_type_0 import GetFlowsVideoStatusType0
    from .get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
    from .get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
    from .get_live_count_response import GetLiveCountResponse
    from .get_music_finetunes_sort import GetMusicFinetunesSort
    from .get_music_finetunes_sort_direction import GetMusicFinetunesSortDirection
    from .get_or_create_rag_index_request_model import GetOrCreateRAGIndexRequestModel
    from .get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from .get_pronunciation_dictionary_metadata_response_model import GetPronunciationDictionaryMetadataResponseModel
    from .get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0 import (
        GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0,
    )
    from .get_response_unit_test_response_model import GetResponseUnitTestResponseModel
    from .get_response_unit_test_response_model_dynamic_variables import (
        GetResponseUnitTestResponseModelDynamicVariables,
    )
    from .get_schedule_params import GetScheduleParams
    from .get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
    from .get_simulation_test_response_model import GetSimulationTestResponseModel
    from .get_simulation_test_response_model_dynamic_variables import GetSimulationTestResponseModelDynamicVariables
    from .get_simulation_test_response_model_tool_mock_overrides import GetSimulationTestResponseModelToolMockOverrides
    from .get_sip_log_messages_response import GetSIPLogMessagesResponse
    from .get_test_invocations_page_response_model import GetTestInvocationsPageResponseModel
    from .get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel
    from .get_tool_call_unit_test_response_model_dynamic_variables import (
        GetToolCallUnitTestResponseModelDynamicVariables,
    )
    from .get_tool_executions_page_response_model import GetToolExecutionsPageResponseModel
    from .get_voice_accents_response_model import GetVoiceAccentsResponseModel
    from .get_whats_app_account_response import GetWhatsAppAccountResponse
    from .get_workspace_groups_response_200 import GetWorkspaceGroupsResponse200
    from .gpt_image_1_request import GPTImage1Request
    from .gpt_image_1_request_aspect_ratio import GPTImage1RequestAspectRatio
    from .gpt_image_1_request_background import GPTImage1RequestBackground
    from .gpt_image_1_request_quality import GPTImage1RequestQuality
    from .gpt_image_2_request import GPTImage2Request
    from .gpt_image_2_request_aspect_ratio import GPTImage2RequestAspectRatio
    from .gpt_image_2_request_quality import GPTImage2RequestQuality
    from .gpt_image_2_request_resolution import GPTImage2RequestResolution
    from .gpt_image_15_request import GPTImage15Request
    from .gpt_image_15_request_aspect_ratio import GPTImage15RequestAspectRatio
    from .gpt_image_15_request_background import GPTImage15RequestBackground
    from .gpt_image_15_request_quality import GPTImage15RequestQuality
    from .group_management_activity_id import GroupManagementActivityId
    from .guardrail_execution_mode import GuardrailExecutionMode
    from .guardrail_type import GuardrailType
    from .guardrails_v1_input import GuardrailsV1Input
    from .guardrails_v1_output import GuardrailsV1Output
    from .history_alignment import HistoryAlignment
    from .history_alignments import HistoryAlignments
    from .history_dialogue_line import HistoryDialogueLine
    from .history_download_error import HistoryDownloadError
    from .history_download_request import HistoryDownloadRequest
    from .history_item import HistoryItem
    from .history_item_settings_type_0 import HistoryItemSettingsType0
    from .history_item_source_type_0 import HistoryItemSourceType0
    from .history_item_state import HistoryItemState
    from .history_item_voice_category_type_0 import HistoryItemVoiceCategoryType0
    from .history_list_sort_direction_type_0 import HistoryListSortDirectionType0
    from .history_list_source_type_0 import HistoryListSourceType0
    from .history_page import HistoryPage
    from .html_export_options import HtmlExportOptions
    from .http_request_model import HttpRequestModel
    from .http_validation_error import HTTPValidationError
    from .icon import Icon
    from .image_analysis import ImageAnalysis
    from .image_analysis_result import ImageAnalysisResult
    from .image_analysis_status import ImageAnalysisStatus
    from .image_subject import ImageSubject
    from .inline_audio_reference import InlineAudioReference
    from .inline_audio_reference_mime_type import InlineAudioReferenceMimeType
    from .inline_image_reference import InlineImageReference
    from .inline_image_reference_mime_type import InlineImageReferenceMimeType
    from .inline_video_reference import InlineVideoReference
    from .inline_video_reference_mime_type import InlineVideoReferenceMimeType
    from .input_file_format import InputFileFormat
    from .interaction_budget import InteractionBudget
    from .invoice import Invoice
    from .invoice_payment_intent_status_type_0 import InvoicePaymentIntentStatusType0
    from .invoice_payment_intent_statusses_item import InvoicePaymentIntentStatussesItem
    from .kb_external_sync_job import KbExternalSyncJob
    from .knowledge_base_bulk_delete_successful_response_model import KnowledgeBaseBulkDeleteSuccessfulResponseModel
    from .knowledge_base_content_search_response_model import KnowledgeBaseContentSearchResponseModel
    from .knowledge_base_content_search_result import KnowledgeBaseContentSearchResult
    from .knowledge_base_deleted_response_model import KnowledgeBaseDeletedResponseModel
    from .knowledge_base_dependent_type import KnowledgeBaseDependentType
    from .knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel
    from .knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel
    from .knowledge_base_folder_path_segment_summary_response_model import (
        KnowledgeBaseFolderPathSegmentSummaryResponseModel,
    )
    from .knowledge_base_rag_chunk_model import KnowledgeBaseRagChunkModel
    from .knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig
    from .knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel
    from .knowledge_base_rag_tool_status import KnowledgeBaseRagToolStatus
    from .knowledge_base_sort_by import KnowledgeBaseSortBy
    from .knowledge_base_source_file_url_response_model import KnowledgeBaseSourceFileUrlResponseModel
    from .knowledge_base_summary_batch_successful_response_model import KnowledgeBaseSummaryBatchSuccessfulResponseModel
    from .knowledge_base_tool_config import KnowledgeBaseToolConfig
    from .knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
    from .knowledge_base_tool_status import KnowledgeBaseToolStatus
    from .language_info import LanguageInfo
    from .language_pair_info import LanguagePairInfo
    from .leave_message_params import LeaveMessageParams
    from .library_voice import LibraryVoice
    from .library_voice_page import LibraryVoicePage
    from .list_agent_procedures_params import ListAgentProceduresParams
    from .list_agent_references_params import ListAgentReferencesParams
    from .list_agent_rules_params import ListAgentRulesParams
    from .list_assets_params import ListAssetsParams
    from .list_assets_params_list_kwargs import ListAssetsParamsListKwargs
    from .list_auth_connections_response import ListAuthConnectionsResponse
    from .list_calendar_events_params import ListCalendarEventsParams
    from .list_client_interactions_params import ListClientInteractionsParams
    from .list_clients_params import ListClientsParams
    from .list_crawl_jobs_response_model import ListCrawlJobsResponseModel
    from .list_customer_facing_agents_params import ListCustomerFacingAgentsParams
    from .list_group_sessions_params import ListGroupSessionsParams
    from .list_holidays_params import ListHolidaysParams
    from .list_locations_params import ListLocationsParams
    from .list_orders_response import ListOrdersResponse
    from .list_procedures_response_model import ListProceduresResponseModel
    from .list_products_params import ListProductsParams
    from .list_products_params_list_kwargs import ListProductsParamsListKwargs
    from .list_response_agent_branch_summary import ListResponseAgentBranchSummary
    from .list_response_meta import ListResponseMeta
    from .list_services_params import ListServicesParams
    from .list_services_params_list_kwargs import ListServicesParamsListKwargs
    from .list_speech_engines_response import ListSpeechEnginesResponse
    from .list_staff_params import ListStaffParams
    from .list_staff_params_list_kwargs import ListStaffParamsListKwargs
    from .list_transfer_rules_params import ListTransferRulesParams
    from .list_whats_app_accounts_response import ListWhatsAppAccountsResponse
    from .livekit_stack_type import LivekitStackType
    from .llm_deprecation_config_model import LLMDeprecationConfigModel
    from .llm_deprecation_info_model import LLMDeprecationInfoModel
    from .llm_info_model_input import LLMInfoModelInput
    from .llm_list_response_model_input import LLMListResponseModelInput
    from .llm_literal_json_schema_property import LLMLiteralJsonSchemaProperty
    from .llm_literal_json_schema_property_type_type_0 import LLMLiteralJsonSchemaPropertyTypeType0
    from .llm_parameter_evaluation_strategy import LLMParameterEvaluationStrategy
    from .llm_reasoning_effort import LLMReasoningEffort
    from .llm_schema_override import LLMSchemaOverride
    from .lock_reason import LockReason
    from .manual_verification import ManualVerification
    from .manual_verification_file import ManualVerificationFile
    from .match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy
    from .mcp_server_config_update_request_model import MCPServerConfigUpdateRequestModel
    from .mcp_server_config_update_request_model_request_headers_type_0 import (
        MCPServerConfigUpdateRequestModelRequestHeadersType0,
    )
    from .mcp_server_config_update_request_model_request_meta_type_0 import (
        MCPServerConfigUpdateRequestModelRequestMetaType0,
    )
    from .mcp_tool_config_override_create_request_model import MCPToolConfigOverrideCreateRequestModel
    from .mcp_tool_config_override_create_request_model_input_overrides_type_0 import (
        MCPToolConfigOverrideCreateRequestModelInputOverridesType0,
    )
    from .mcp_tool_config_override_input import MCPToolConfigOverrideInput
    from .mcp_tool_config_override_input_input_overrides_type_0 import MCPToolConfigOverrideInputInputOverridesType0
    from .mcp_tool_config_override_output import MCPToolConfigOverrideOutput
    from .mcp_tool_config_override_output_input_overrides_type_0 import MCPToolConfigOverrideOutputInputOverridesType0
    from .mcp_tool_config_override_update_request_model import MCPToolConfigOverrideUpdateRequestModel
    from .mcp_tool_config_override_update_request_model_input_overrides_type_0 import (
        MCPToolConfigOverrideUpdateRequestModelInputOverridesType0,
    )
    from .media_codec import MediaCodec
    from .media_generation_completed_response import MediaGenerationCompletedResponse
    from .media_generation_create_response import MediaGenerationCreateResponse
    from .media_generation_failed_response import MediaGenerationFailedResponse
    from .media_generation_failed_response_failure_reason import MediaGenerationFailedResponseFailureReason
    from .media_generation_in_progress_response import MediaGenerationInProgressResponse
    from .media_generation_in_progress_response_status import MediaGenerationInProgressResponseStatus
    from .media_generation_list_response import MediaGenerationListResponse
    from .merge_preview_response_model import MergePreviewResponseModel
    from .message_search_sort_by import MessageSearchSortBy
    from .messages_search_response import MessagesSearchResponse
    from .messages_search_result import MessagesSearchResult
    from .mock_no_match_behavior import MockNoMatchBehavior
    from .mocking_strategy import MockingStrategy
    from .model import Model
    from .model_language import ModelLanguage
    from .model_rates import ModelRates
    from .moderation_config import ModerationConfig
    from .moderation_guardrail_input import ModerationGuardrailInput
    from .moderation_guardrail_output import ModerationGuardrailOutput
    from .mtls_auth_response import MTLSAuthResponse
    from .multichannel_transcript import MultichannelTranscript
    from .music_compose_detailed_output_format import MusicComposeDetailedOutputFormat
    from .music_compose_detailed_request import MusicComposeDetailedRequest
    from .music_compose_detailed_request_model_style_prefix import MusicComposeDetailedRequestModelStylePrefix
    from .music_compose_output_format import MusicComposeOutputFormat
    from .music_compose_request import MusicComposeRequest
    from .music_explore_song_source_context import MusicExploreSongSourceContext
    from .music_finetune_failure_reason import MusicFinetuneFailureReason
    from .music_finetune_page_response_model import MusicFinetunePageResponseModel
    from .music_finetune_response_model import MusicFinetuneResponseModel
    from .music_finetune_status import MusicFinetuneStatus
    from .music_generation_mode import MusicGenerationMode
    from .music_model import MusicModel
    from .music_plan_request import MusicPlanRequest
    from .music_stream_output_format import MusicStreamOutputFormat
    from .music_stream_request import MusicStreamRequest
    from .music_upload_response import MusicUploadResponse
    from .non_streaming_output_formats import NonStreamingOutputFormats
    from .numeric_distribution_aggregate import NumericDistributionAggregate
    from .o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from .o_auth_2_client_creds_response_custom_headers import OAuth2ClientCredsResponseCustomHeaders
    from .o_auth_2_client_creds_response_extra_params import OAuth2ClientCredsResponseExtraParams
    from .o_auth_2jwt_response import OAuth2JWTResponse
    from .o_auth_2jwt_response_algorithm import OAuth2JWTResponseAlgorithm
    from .o_auth_2jwt_response_extra_params import OAuth2JWTResponseExtraParams
    from .o_auth_2jwt_response_token_response_field import OAuth2JWTResponseTokenResponseField
    from .ok_status import OkStatus
    from .omit_schema_override import OmitSchemaOverride
    from .opt_in_sms_reminder_params import OptInSmsReminderParams
    from .opt_out_sms_reminder_params import OptOutSmsReminderParams
    from .orchestrator_tool_mock_behavior_config import OrchestratorToolMockBehaviorConfig
    from .order_deliverables_response import OrderDeliverablesResponse
    from .order_item_info import OrderItemInfo
    from .order_item_kind import OrderItemKind
    from .order_media_response import OrderMediaResponse
    from .order_response import OrderResponse
    from .order_state import OrderState
    from .order_summary import OrderSummary
    from .output_format import OutputFormat
    from .output_format_2 import OutputFormat2
    from .output_format_with_wav import OutputFormatWithWav
    from .paired_languages_response import PairedLanguagesResponse
    from .patch_agent_conversation_ticket_request_model import PatchAgentConversationTicketRequestModel
    from .patch_convai_agent_testing_folders_by_id_request import PatchConvaiAgentTestingFoldersByIdRequest
    from .patch_convai_agents_branches_by_id_request import PatchConvaiAgentsBranchesByIdRequest
    from .patch_convai_knowledge_base_update_file_form import PatchConvaiKnowledgeBaseUpdateFileForm
    from .patch_conversation_tag_request_model import PatchConversationTagRequestModel
    from .patch_productions_orders_by_id_request import PatchProductionsOrdersByIdRequest
    from .patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel
    from .patch_workspace_webhooks_by_id_request import PatchWorkspaceWebhooksByIdRequest
    from .patch_workspace_webhooks_by_id_request_request_headers_type_0 import (
        PatchWorkspaceWebhooksByIdRequestRequestHeadersType0,
    )
    from .pdf_export_options import PdfExportOptions
    from .pending_blocks_metadata_model import PendingBlocksMetadataModel
    from .pending_cancellation import PendingCancellation
    from .pending_clip_task import PendingClipTask
    from .pending_clip_task_metadata import PendingClipTaskMetadata
    from .pending_clip_task_type import PendingClipTaskType
    from .pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
    from .pending_subscription_switch import PendingSubscriptionSwitch
    from .pending_subscription_switch_next_tier import PendingSubscriptionSwitchNextTier
    from .phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
    from .platform_category import PlatformCategory
    from .platform_category_usage import PlatformCategoryUsage
    from .platform_usage import PlatformUsage
    from .platform_usage_category_usage import PlatformUsageCategoryUsage
    from .position_input import PositionInput
    from .position_output import PositionOutput
    from .post_assets_form import PostAssetsForm
    from .post_audio_native_content_request import PostAudioNativeContentRequest
    from .post_convai_agent_testing_bulk_move_request import PostConvaiAgentTestingBulkMoveRequest
    from .post_convai_agent_testing_folders_request import PostConvaiAgentTestingFoldersRequest
    from .post_convai_agents_branches_merge_request import PostConvaiAgentsBranchesMergeRequest
    from .post_convai_agents_branches_request import PostConvaiAgentsBranchesRequest
    from .post_convai_agents_branches_request_conversation_config_type_0 import (
        PostConvaiAgentsBranchesRequestConversationConfigType0,
    )
    from .post_convai_agents_branches_request_platform_settings_type_0 import (
        PostConvaiAgentsBranchesRequestPlatformSettingsType0,
    )
    from .post_convai_agents_deployments_request import PostConvaiAgentsDeploymentsRequest
    from .post_convai_agents_drafts_request import PostConvaiAgentsDraftsRequest
    from .post_convai_agents_drafts_request_conversation_config import PostConvaiAgentsDraftsRequestConversationConfig
    from .post_convai_agents_drafts_request_platform_settings import PostConvaiAgentsDraftsRequestPlatformSettings
    from .post_convai_conversations_files_form import PostConvaiConversationsFilesForm
    from .post_convai_exotel_outbound_call_request import PostConvaiExotelOutboundCallRequest
    from .post_convai_knowledge_base_bulk_delete_request import PostConvaiKnowledgeBaseBulkDeleteRequest
    from .post_convai_knowledge_base_bulk_delete_response_200 import PostConvaiKnowledgeBaseBulkDeleteResponse200
    from .post_convai_knowledge_base_bulk_move_request import PostConvaiKnowledgeBaseBulkMoveRequest
    from .post_convai_knowledge_base_crawl_request import PostConvaiKnowledgeBaseCrawlRequest
    from .post_convai_knowledge_base_dependent_agents_request import PostConvaiKnowledgeBaseDependentAgentsRequest
    from .post_convai_knowledge_base_folder_request import PostConvaiKnowledgeBaseFolderRequest
    from .post_convai_knowledge_base_move_request import PostConvaiKnowledgeBaseMoveRequest
    from .post_convai_knowledge_base_rag_index_request import PostConvaiKnowledgeBaseRagIndexRequest
    from .post_convai_knowledge_base_rag_index_response_200 import PostConvaiKnowledgeBaseRagIndexResponse200
    from .post_convai_twilio_register_call_request import PostConvaiTwilioRegisterCallRequest
    from .post_convai_whatsapp_outbound_call_request import PostConvaiWhatsappOutboundCallRequest
    from .post_convai_whatsapp_outbound_message_request import PostConvaiWhatsappOutboundMessageRequest
    from .post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
    from .post_dial_digits_static import PostDialDigitsStatic
    from .post_dubbing_project_form import PostDubbingProjectForm
    from .post_dubbing_project_form_model_id_type_0 import PostDubbingProjectFormModelIdType0
    from .post_dubbing_project_language_request import PostDubbingProjectLanguageRequest
    from .post_dubbing_project_language_request_translations_type_0 import (
        PostDubbingProjectLanguageRequestTranslationsType0,
    )
    from .post_dubbing_resource_migrate_segments_request import PostDubbingResourceMigrateSegmentsRequest
    from .post_dubbing_resource_speaker_request import PostDubbingResourceSpeakerRequest
    from .post_music_detailed_stream_output_format import PostMusicDetailedStreamOutputFormat
    from .post_music_detailed_stream_request import PostMusicDetailedStreamRequest
    from .post_music_finetunes_form import PostMusicFinetunesForm
    from .post_music_finetunes_form_visibility import PostMusicFinetunesFormVisibility
    from .post_music_stem_separation_form import PostMusicStemSeparationForm
    from .post_music_stem_separation_form_stem_variation_id import PostMusicStemSeparationFormStemVariationId
    from .post_music_upload_form import PostMusicUploadForm
    from .post_music_video_to_music_form import PostMusicVideoToMusicForm
    from .post_productions_orders_items_request import PostProductionsOrdersItemsRequest
    from .post_productions_orders_media_form import PostProductionsOrdersMediaForm
    from .post_pronunciation_dictionaries_set_rules_request import PostPronunciationDictionariesSetRulesRequest
    from .post_service_accounts_request import PostServiceAccountsRequest
    from .post_text_to_dialogue_with_timestamps_output_format import PostTextToDialogueWithTimestampsOutputFormat
    from .post_workspace_analytics_query_usage_by_product_over_time_request import (
        PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequest,
    )
    from .post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item import (
        PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item,
    )
    from .post_workspace_analytics_requests_request import PostWorkspaceAnalyticsRequestsRequest
    from .post_workspace_analytics_requests_request_sort_type_0 import PostWorkspaceAnalyticsRequestsRequestSortType0
    from .post_workspace_webhooks_request import PostWorkspaceWebhooksRequest
    from .post_workspaces_api_keys_third_party_disabling_request import PostWorkspacesApiKeysThirdPartyDisablingRequest
    from .pre_tool_speech_mode import PreToolSpeechMode
    from .preview_audio_db_model import PreviewAudioDBModel
    from .price import Price
    from .private_key_jwt_response import PrivateKeyJWTResponse
    from .private_key_jwt_response_algorithm import PrivateKeyJWTResponseAlgorithm
    from .private_key_jwt_response_extra_params import PrivateKeyJWTResponseExtraParams
    from .procedure_at_version_input import ProcedureAtVersionInput
    from .procedure_at_version_output import ProcedureAtVersionOutput
    from .procedure_at_version_response_model import ProcedureAtVersionResponseModel
    from .procedure_draft_response_model import ProcedureDraftResponseModel
    from .procedure_list_item_response_model import ProcedureListItemResponseModel
    from .procedure_type import ProcedureType
    from .procedure_validation_error import ProcedureValidationError
    from .procedure_version_ref import ProcedureVersionRef
    from .project_creation_meta_type import ProjectCreationMetaType
    from .project_external_audio_response_model import ProjectExternalAudioResponseModel
    from .project_image_response_model import ProjectImageResponseModel
    from .project_muted_tracks_response_model import ProjectMutedTracksResponseModel
    from .project_video_response_model import ProjectVideoResponseModel
    from .project_video_thumbnail_sheet_response_model import ProjectVideoThumbnailSheetResponseModel
    from .project_voice_response_model import ProjectVoiceResponseModel
    from .prompt_agent_api_model_workflow_override_input import PromptAgentAPIModelWorkflowOverrideInput
    from .prompt_agent_api_model_workflow_override_output import PromptAgentAPIModelWorkflowOverrideOutput
    from .prompt_injection_guardrail import PromptInjectionGuardrail
    from .pronunciation_alias_rule import PronunciationAliasRule
    from .pronunciation_dictionaries_list_sort_type_0 import PronunciationDictionariesListSortType0
    from .pronunciation_dictionary import PronunciationDictionary
    from .pronunciation_dictionary_alias_rule_response_model import PronunciationDictionaryAliasRuleResponseModel
    from .pronunciation_dictionary_created import PronunciationDictionaryCreated
    from .pronunciation_dictionary_file_form import PronunciationDictionaryFileForm
    from .pronunciation_dictionary_list import PronunciationDictionaryList
    from .pronunciation_dictionary_locator import PronunciationDictionaryLocator
    from .pronunciation_dictionary_phoneme_rule_response_model import PronunciationDictionaryPhonemeRuleResponseModel
    from .pronunciation_dictionary_rules_request import PronunciationDictionaryRulesRequest
    from .pronunciation_dictionary_update import PronunciationDictionaryUpdate
    from .pronunciation_dictionary_version import PronunciationDictionaryVersion
    from .pronunciation_dictionary_version_locator import PronunciationDictionaryVersionLocator
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
    from .quote_info import QuoteInfo
    from .rag_config_workflow_override_input import RagConfigWorkflowOverrideInput
    from .rag_config_workflow_override_output import RagConfigWorkflowOverrideOutput
    from .rag_index_batch_successful_response_model import RAGIndexBatchSuccessfulResponseModel
    from .read_legal_terms import ReadLegalTerms
    from .read_metadata_chapter_db_model import ReadMetadataChapterDBModel
    from .reader_resource import ReaderResource
    from .reader_resource_resource_type import ReaderResourceResourceType
    from .reference_video import ReferenceVideo
    from .referenced_tool_common_model import ReferencedToolCommonModel
    from .referenced_tool_common_model_type import ReferencedToolCommonModelType
    from .refresh_token_auth_response import RefreshTokenAuthResponse
    from .refresh_token_auth_response_extra_params import RefreshTokenAuthResponseExtraParams
    from .regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy
    from .region_config_request import RegionConfigRequest
    from .regional_processing_surcharge_info import RegionalProcessingSurchargeInfo
    from .register_for_group_session_params import RegisterForGroupSessionParams
    from .register_media_response import RegisterMediaResponse
    from .remove_order_item_response import RemoveOrderItemResponse
    from .replicate_voice_to_isolated_environment_request_model import ReplicateVoiceToIsolatedEnvironmentRequestModel
    from .replicate_voice_to_isolated_environment_response_model import ReplicateVoiceToIsolatedEnvironmentResponseModel
    from .report_knowledge_gap_params import ReportKnowledgeGapParams
    from .required_constraint import RequiredConstraint
    from .required_constraints import RequiredConstraints
    from .response_filter import ResponseFilter
    from .response_filter_mode import ResponseFilterMode
    from .response_unit_test_model import ResponseUnitTestModel
    from .response_unit_test_model_dynamic_variables import ResponseUnitTestModelDynamicVariables
    from .restore_calendar_event_params import RestoreCalendarEventParams
    from .retry_trigger_action import RetryTriggerAction
    from .review_response_model import ReviewResponseModel
    from .review_response_model_reject_reasons_type_0_item import ReviewResponseModelRejectReasonsType0Item
    from .review_response_model_review_status import ReviewResponseModelReviewStatus
    from .review_response_model_scores_breakdown_type_0 import ReviewResponseModelScoresBreakdownType0
    from .run_conversation_evaluations_request import RunConversationEvaluationsRequest
    from .run_subagent_tool_config_input import RunSubagentToolConfigInput
    from .run_subagent_tool_config_output import RunSubagentToolConfigOutput
    from .sample_config_db_model import SampleConfigDBModel
    from .sample_config_db_model_parent_type_type_0 import SampleConfigDBModelParentTypeType0
    from .schedule_group_session_params import ScheduleGroupSessionParams
    from .scim_group_response_model import ScimGroupResponseModel
    from .scoped_analysis_result import ScopedAnalysisResult
    from .scoped_analysis_result_data_collection_results import ScopedAnalysisResultDataCollectionResults
    from .scoped_analysis_result_evaluation_criteria_results import ScopedAnalysisResultEvaluationCriteriaResults
    from .search_clients_params import SearchClientsParams
    from .search_highlight_segment import SearchHighlightSegment
    from .search_strategy import SearchStrategy
    from .seat_type import SeatType
    from .secret_dependency_resource_type import SecretDependencyResourceType
    from .section_source import SectionSource
    from .segment_migration_response import SegmentMigrationResponse
    from .segmented_json_export_options import SegmentedJsonExportOptions
    from .sentiment_aggregate import SentimentAggregate
    from .sentiment_analysis_settings import SentimentAnalysisSettings
    from .separated_speaker import SeparatedSpeaker
    from .set_booking_slug_params import SetBookingSlugParams
    from .severity_id import SeverityId
    from .sfx_model_id import SFXModelId
    from .sfx_source_context import SfxSourceContext
    from .sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0
    from .similar_voices_form import SimilarVoicesForm
    from .simulation_test_model import SimulationTestModel
    from .simulation_test_model_dynamic_variables import SimulationTestModelDynamicVariables
    from .simulation_test_model_tool_mock_overrides import SimulationTestModelToolMockOverrides
    from .simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
    from .single_languages_response import SingleLanguagesResponse
    from .single_use_token_response_model import SingleUseTokenResponseModel
    from .single_use_token_type import SingleUseTokenType
    from .sip_log_message import SIPLogMessage
    from .sip_log_message_direction import SIPLogMessageDirection
    from .sip_uri_dynamic_variable_transfer_destination import SIPUriDynamicVariableTransferDestination
    from .slack_bot_auth_response import SlackBotAuthResponse
    from .smb_tool_config import SMBToolConfig
    from .sms_conversation_info import SMSConversationInfo
    from .sms_conversation_info_direction import SMSConversationInfoDirection
    from .soft_timeout_config import SoftTimeoutConfig
    from .soft_timeout_config_override import SoftTimeoutConfigOverride
    from .soft_timeout_config_override_config import SoftTimeoutConfigOverrideConfig
    from .soft_timeout_config_workflow_override import SoftTimeoutConfigWorkflowOverride
    from .song_section import SongSection
    from .song_source_context import SongSourceContext
    from .song_source_context_generation_settings_type_0 import SongSourceContextGenerationSettingsType0
    from .sort_direction import SortDirection
    from .sound_generation_request import SoundGenerationRequest
    from .speaker_created_response import SpeakerCreatedResponse
    from .speaker_separation import SpeakerSeparation
    from .speaker_separation_speakers_type_0 import SpeakerSeparationSpeakersType0
    from .speaker_separation_status import SpeakerSeparationStatus
    from .speaker_utterance import SpeakerUtterance
    from .speech_engine_config import SpeechEngineConfig
    from .speech_engine_config_request_headers import SpeechEngineConfigRequestHeaders
    from .speech_engine_conversation_initiation_client_data_config import (
        SpeechEngineConversationInitiationClientDataConfig,
    )
    from .speech_engine_response import SpeechEngineResponse
    from .speech_engine_summary_response import SpeechEngineSummaryResponse
    from .speech_to_speech_form import SpeechToSpeechForm
    from .speech_to_text_form import SpeechToTextForm
    from .speech_to_text_form_file_format import SpeechToTextFormFileFormat
    from .speech_to_text_form_model_id import SpeechToTextFormModelId
    from .speech_to_text_form_multichannel_output_style import SpeechToTextFormMultichannelOutputStyle
    from .speech_to_text_form_timestamps_granularity import SpeechToTextFormTimestampsGranularity
    from .speech_to_text_form_webhook_metadata_type_1 import SpeechToTextFormWebhookMetadataType1
    from .spelling_patience import SpellingPatience
    from .srt_export_options import SrtExportOptions
    from .start_procedure_tool_config_input import StartProcedureToolConfigInput
    from .start_procedure_tool_config_input_procedures import StartProcedureToolConfigInputProcedures
    from .start_procedure_tool_config_output import StartProcedureToolConfigOutput
    from .start_procedure_tool_config_output_procedures import StartProcedureToolConfigOutputProcedures
    from .static_asset_reference import StaticAssetReference
    from .status_id import StatusId
    from .streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from .studio_access_level import StudioAccessLevel
    from .studio_agent_settings_model import StudioAgentSettingsModel
    from .studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings
    from .studio_agent_tool_settings_model import StudioAgentToolSettingsModel
    from .studio_caption_animation import StudioCaptionAnimation
    from .studio_caption_animation_type import StudioCaptionAnimationType
    from .studio_caption_character_animation import StudioCaptionCharacterAnimation
    from .studio_caption_character_animation_enter_type import StudioCaptionCharacterAnimationEnterType
    from .studio_caption_character_animation_exit_type import StudioCaptionCharacterAnimationExitType
    from .studio_caption_horizontal_placement import StudioCaptionHorizontalPlacement
    from .studio_caption_horizontal_placement_align import StudioCaptionHorizontalPlacementAlign
    from .studio_caption_style import StudioCaptionStyle
    from .studio_caption_style_text_align_type_0 import StudioCaptionStyleTextAlignType0
    from .studio_caption_style_text_blend_mode_type_0 import StudioCaptionStyleTextBlendModeType0
    from .studio_caption_style_text_style_type_0 import StudioCaptionStyleTextStyleType0
    from .studio_caption_style_text_transform_type_0 import StudioCaptionStyleTextTransformType0
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
    from .studio_clip_reference import StudioClipReference
    from .studio_clip_reference_clip_type import StudioClipReferenceClipType
    from .studio_fiction import StudioFiction
    from .studio_podcast_bulletin_mode import StudioPodcastBulletinMode
    from .studio_podcast_bulletin_voice import StudioPodcastBulletinVoice
    from .studio_podcast_conversation_mode import StudioPodcastConversationMode
    from .studio_podcast_conversation_voices import StudioPodcastConversationVoices
    from .studio_podcast_request import StudioPodcastRequest
    from .studio_podcast_request_apply_text_normalization_type_0 import StudioPodcastRequestApplyTextNormalizationType0
    from .studio_podcast_request_duration_scale import StudioPodcastRequestDurationScale
    from .studio_podcast_text_source import StudioPodcastTextSource
    from .studio_podcast_url_source import StudioPodcastUrlSource
    from .studio_project import StudioProject
    from .studio_project_aspect_ratio_type_0 import StudioProjectAspectRatioType0
    from .studio_project_caption_style_template_overrides_type_0 import StudioProjectCaptionStyleTemplateOverridesType0
    from .studio_project_content_form import StudioProjectContentForm
    from .studio_project_create_form import StudioProjectCreateForm
    from .studio_project_creation_meta import StudioProjectCreationMeta
    from .studio_project_creation_meta_status import StudioProjectCreationMetaStatus
    from .studio_project_extended import StudioProjectExtended
    from .studio_project_extended_aspect_ratio_type_0 import StudioProjectExtendedAspectRatioType0
    from .studio_project_extended_caption_style_template_overrides_type_0 import (
        StudioProjectExtendedCaptionStyleTemplateOverridesType0,
    )
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
    from .studio_text_style_outline_model import StudioTextStyleOutlineModel
    from .studio_text_style_shadow_model import StudioTextStyleShadowModel
    from .sub_agent_input import SubAgentInput
    from .sub_agent_output import SubAgentOutput
    from .submit_business_info_params import SubmitBusinessInfoParams
    from .submit_order_response import SubmitOrderResponse
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .subtitle_order_item_request import SubtitleOrderItemRequest
    from .suggested_audio_tag import SuggestedAudioTag
    from .telephony_call_config import TelephonyCallConfig
    from .telephony_direction import TelephonyDirection
    from .test_from_conversation_metadata_input import TestFromConversationMetadataInput
    from .test_from_conversation_metadata_output import TestFromConversationMetadataOutput
    from .test_invocation_summary_response_model import TestInvocationSummaryResponseModel
    from .test_run_metadata import TestRunMetadata
    from .test_run_metadata_test_type import TestRunMetadataTestType
    from .test_run_result_bucket import TestRunResultBucket
    from .test_run_result_summary import TestRunResultSummary
    from .test_sharing_mode import TestSharingMode
    from .test_type import TestType
    from .text_normalisation_type import TextNormalisationType
    from .text_normalization_mode import TextNormalizationMode
    from .text_to_dialogue_convert_output_format import TextToDialogueConvertOutputFormat
    from .text_to_dialogue_request import TextToDialogueRequest
    from .text_to_dialogue_request_apply_text_normalization import TextToDialogueRequestApplyTextNormalization
    from .text_to_speech_request import TextToSpeechRequest
    from .text_to_speech_with_timestamps_request import TextToSpeechWithTimestampsRequest
    from .threshold_guardrail import ThresholdGuardrail
    from .ticket_comment_response_model import TicketCommentResponseModel
    from .time_range import TimeRange
    from .tool_call_sound_behavior import ToolCallSoundBehavior
    from .tool_call_sound_type import ToolCallSoundType
    from .tool_call_unit_test_model import ToolCallUnitTestModel
    from .tool_call_unit_test_model_dynamic_variables import ToolCallUnitTestModelDynamicVariables
    from .tool_error_handling_mode import ToolErrorHandlingMode
    from .tool_execution import ToolExecution
    from .tool_execution_mode import ToolExecutionMode
    from .tool_execution_response_model import ToolExecutionResponseModel
    from .tool_execution_task_support_type_0 import ToolExecutionTaskSupportType0
    from .tool_interruption_mode import ToolInterruptionMode
    from .tool_response_mock_config_input import ToolResponseMockConfigInput
    from .tool_response_mock_config_output import ToolResponseMockConfigOutput
    from .tool_sort_by import ToolSortBy
    from .tool_type_filter import ToolTypeFilter
    from .topic_discovery_settings import TopicDiscoverySettings
    from .topic_evaluation_criteria_aggregate import TopicEvaluationCriteriaAggregate
    from .topic_metrics_aggregate import TopicMetricsAggregate
    from .topic_sentiment_aggregate import TopicSentimentAggregate
    from .topic_sort_by import TopicSortBy
    from .transcript import Transcript
    from .transcript_character import TranscriptCharacter
    from .transcript_export import TranscriptExport
    from .transcript_word import TranscriptWord
    from .transcript_word_type import TranscriptWordType
    from .transcription_accepted import TranscriptionAccepted
    from .transcription_order_item_request import TranscriptionOrderItemRequest
    from .transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
    from .transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
    from .transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel
    from .trigger_user_verification_params import TriggerUserVerificationParams
    from .triggered_guardrail_common_model import TriggeredGuardrailCommonModel
    from .tts_conversational_config_workflow_override_input import TTSConversationalConfigWorkflowOverrideInput
    from .tts_conversational_config_workflow_override_output import TTSConversationalConfigWorkflowOverrideOutput
    from .tts_voice_settings import TtsVoiceSettings
    from .turn_comment_request_model import TurnCommentRequestModel
    from .turn_comment_response_model import TurnCommentResponseModel
    from .turn_config_override import TurnConfigOverride
    from .turn_config_override_config import TurnConfigOverrideConfig
    from .turn_config_workflow_override import TurnConfigWorkflowOverride
    from .turn_eagerness import TurnEagerness
    from .turn_model import TurnModel
    from .twilio_edge_location import TwilioEdgeLocation
    from .twilio_region_id import TwilioRegionId
    from .txt_export_options import TxtExportOptions
    from .unit_test_tool_call_evaluation_model_input import UnitTestToolCallEvaluationModelInput
    from .unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput
    from .unit_test_tool_call_parameter import UnitTestToolCallParameter
    from .unit_test_workflow_node_transition_evaluation_node_id import UnitTestWorkflowNodeTransitionEvaluationNodeId
    from .update_agent_procedure_params import UpdateAgentProcedureParams
    from .update_agent_rule_params import UpdateAgentRuleParams
    from .update_asset_params import UpdateAssetParams
    from .update_basic_auth_request import UpdateBasicAuthRequest
    from .update_bearer_auth_request import UpdateBearerAuthRequest
    from .update_booking_page_appearance_params import UpdateBookingPageAppearanceParams
    from .update_booking_page_settings_params import UpdateBookingPageSettingsParams
    from .update_business_info_params import UpdateBusinessInfoParams
    from .update_calendar_event_params import UpdateCalendarEventParams
    from .update_client_params import UpdateClientParams
    from .update_customer_facing_config_params import UpdateCustomerFacingConfigParams
    from .update_environment_variable_request import UpdateEnvironmentVariableRequest
    from .update_environment_variable_request_values import UpdateEnvironmentVariableRequestValues
    from .update_group_session_seats_params import UpdateGroupSessionSeatsParams
    from .update_holiday_params import UpdateHolidayParams
    from .update_location_params import UpdateLocationParams
    from .update_music_finetune_request_model import UpdateMusicFinetuneRequestModel
    from .update_music_finetune_request_model_visibility_type_0 import UpdateMusicFinetuneRequestModelVisibilityType0
    from .update_o_auth_2_client_creds_request import UpdateOAuth2ClientCredsRequest
    from .update_o_auth_2_client_creds_request_custom_headers_type_0 import (
        UpdateOAuth2ClientCredsRequestCustomHeadersType0,
    )
    from .update_o_auth_2_client_creds_request_extra_params_type_0 import UpdateOAuth2ClientCredsRequestExtraParamsType0
    from .update_o_auth_2jwt_request import UpdateOAuth2JWTRequest
    from .update_o_auth_2jwt_request_algorithm_type_0 import UpdateOAuth2JWTRequestAlgorithmType0
    from .update_o_auth_2jwt_request_extra_params_type_0 import UpdateOAuth2JWTRequestExtraParamsType0
    from .update_o_auth_2jwt_request_token_response_field_type_0 import UpdateOAuth2JWTRequestTokenResponseFieldType0
    from .update_order_request import UpdateOrderRequest
    from .update_order_response import UpdateOrderResponse
    from .update_procedure_draft_request_model import UpdateProcedureDraftRequestModel
    from .update_product_params import UpdateProductParams
    from .update_response_unit_test_request import UpdateResponseUnitTestRequest
    from .update_response_unit_test_request_dynamic_variables import UpdateResponseUnitTestRequestDynamicVariables
    from .update_service_params import UpdateServiceParams
    from .update_simulation_test_request import UpdateSimulationTestRequest
    from .update_simulation_test_request_dynamic_variables import UpdateSimulationTestRequestDynamicVariables
    from .update_simulation_test_request_tool_mock_overrides import UpdateSimulationTestRequestToolMockOverrides
    from .update_speech_engine_request import UpdateSpeechEngineRequest
    from .update_staff_params import UpdateStaffParams
    from .update_tool_call_unit_test_request import UpdateToolCallUnitTestRequest
    from .update_tool_call_unit_test_request_dynamic_variables import UpdateToolCallUnitTestRequestDynamicVariables
    from .update_transfer_rule_params import UpdateTransferRuleParams
    from .update_whats_app_account_request import UpdateWhatsAppAccountRequest
    from .upsert_order_item_request import UpsertOrderItemRequest
    from .upsert_order_item_response import UpsertOrderItemResponse
    from .url_model import UrlModel
    from .url_secret_auth_response import UrlSecretAuthResponse
    from .usage_aggregation_interval import UsageAggregationInterval
    from .usage_breakdown_type import UsageBreakdownType
    from .usage_metric import UsageMetric
    from .user import User
    from .user_access_management_activity_id import UserAccessManagementActivityId
    from .user_model import UserModel
    from .user_type_id import UserTypeId
    from .users_sort_by import UsersSortBy
    from .uui_transfer_config import UUITransferConfig
    from .uui_transfer_config_protocol_discriminator_mode import UUITransferConfigProtocolDiscriminatorMode
    from .vad_config import VADConfig
    from .vad_config_workflow_override import VADConfigWorkflowOverride
    from .validate_user_verification_code_params import ValidateUserVerificationCodeParams
    from .validation_error import ValidationError
    from .veo_31_fast_request import Veo31FastRequest
    from .veo_31_fast_request_aspect_ratio import Veo31FastRequestAspectRatio
    from .veo_31_fast_request_duration_secs import Veo31FastRequestDurationSecs
    from .veo_31_fast_request_resolution import Veo31FastRequestResolution
    from .veo_31_request import Veo31Request
    from .veo_31_request_aspect_ratio import Veo31RequestAspectRatio
    from .veo_31_request_duration_secs import Veo31RequestDurationSecs
    from .veo_31_request_resolution import Veo31RequestResolution
    from .veo_image_reference import VeoImageReference
    from .veo_image_reference_role import VeoImageReferenceRole
    from .verbosity import Verbosity
    from .verification_attempt import VerificationAttempt
    from .verification_recording import VerificationRecording
    from .verified_voice_language import VerifiedVoiceLanguage
    from .video_analysis import VideoAnalysis
    from .video_analysis_result import VideoAnalysisResult
    from .video_analysis_status import VideoAnalysisStatus
    from .video_key_moment import VideoKeyMoment
    from .video_segment import VideoSegment
    from .video_subject import VideoSubject
    from .visited_agent_ref import VisitedAgentRef
    from .voice import Voice
    from .voice_accent_response_model import VoiceAccentResponseModel
    from .voice_category import VoiceCategory
    from .voice_design_model import VoiceDesignModel
    from .voice_design_request import VoiceDesignRequest
    from .voice_labelling_status_type_0 import VoiceLabellingStatusType0
    from .voice_labels import VoiceLabels
    from .voice_list import VoiceList
    from .voice_moderation_check import VoiceModerationCheck
    from .voice_page import VoicePage
    from .voice_preview import VoicePreview
    from .voice_previews import VoicePreviews
    from .voice_previews_request import VoicePreviewsRequest
    from .voice_recording_quality_type_0 import VoiceRecordingQualityType0
    from .voice_remix_request_model import VoiceRemixRequestModel
    from .voice_safety_control_type_0 import VoiceSafetyControlType0
    from .voice_sample import VoiceSample
    from .voice_segment import VoiceSegment
    from .voice_settings import VoiceSettings
    from .voice_settings_2 import VoiceSettings2
    from .voice_sharing import VoiceSharing
    from .voice_sharing_labels import VoiceSharingLabels
    from .voice_sharing_review_status import VoiceSharingReviewStatus
    from .voice_sharing_status import VoiceSharingStatus
    from .voice_statistics_response_model import VoiceStatisticsResponseModel
    from .voice_verification import VoiceVerification
    from .voicecategory import VOICECATEGORY
    from .voices_get_shared_category import VoicesGetSharedCategory
    from .voices_get_shared_sort import VoicesGetSharedSort
    from .voices_not_permitted_warning import VoicesNotPermittedWarning
    from .webhook_event_type import WebhookEventType
    from .webhook_hmac_settings import WebhookHMACSettings
    from .webhook_hmac_settings_request_headers_type_0 import WebhookHMACSettingsRequestHeadersType0
    from .webhook_target_all import WebhookTargetAll
    from .webhook_target_ids import WebhookTargetIds
    from .webhook_transcript_format import WebhookTranscriptFormat
    from .whats_app_auth_response import WhatsAppAuthResponse
    from .whats_app_conversation_info import WhatsAppConversationInfo
    from .whats_app_conversation_info_direction import WhatsAppConversationInfoDirection
    from .whats_app_outbound_call_response import WhatsAppOutboundCallResponse
    from .whats_app_outbound_message_response import WhatsAppOutboundMessageResponse
    from .whats_app_template_body_component_params import WhatsAppTemplateBodyComponentParams
    from .whats_app_template_button_component_params import WhatsAppTemplateButtonComponentParams
    from .whats_app_template_document_param import WhatsAppTemplateDocumentParam
    from .whats_app_template_document_param_details import WhatsAppTemplateDocumentParamDetails
    from .whats_app_template_header_component_params import WhatsAppTemplateHeaderComponentParams
    from .whats_app_template_image_param import WhatsAppTemplateImageParam
    from .whats_app_template_image_param_details import WhatsAppTemplateImageParamDetails
    from .whats_app_template_location_param import WhatsAppTemplateLocationParam
    from .whats_app_template_location_param_details import WhatsAppTemplateLocationParamDetails
    from .whats_app_template_text_param import WhatsAppTemplateTextParam
    from .widget_end_feedback_config import WidgetEndFeedbackConfig
    from .widget_end_feedback_type import WidgetEndFeedbackType
    from .widget_terms_translation import WidgetTermsTranslation
    from .widget_text_contents_translation import WidgetTextContentsTranslation
    from .widget_text_contents_translation_source import WidgetTextContentsTranslationSource
    from .widget_text_contents_translation_text import WidgetTextContentsTranslationText
    from .word_timestamp import WordTimestamp
    from .workflow_edge_model_input import WorkflowEdgeModelInput
    from .workflow_edge_model_output import WorkflowEdgeModelOutput
    from .workflow_end_node_model_input import WorkflowEndNodeModelInput
    from .workflow_end_node_model_output import WorkflowEndNodeModelOutput
    from .workflow_expression_condition_model_input import WorkflowExpressionConditionModelInput
    from .workflow_expression_condition_model_output import WorkflowExpressionConditionModelOutput
    from .workflow_llm_condition_model_input import WorkflowLLMConditionModelInput
    from .workflow_llm_condition_model_output import WorkflowLLMConditionModelOutput
    from .workflow_override_agent_node_model_input import WorkflowOverrideAgentNodeModelInput
    from .workflow_override_agent_node_model_output import WorkflowOverrideAgentNodeModelOutput
    from .workflow_phone_number_node_model_input import WorkflowPhoneNumberNodeModelInput
    from .workflow_phone_number_node_model_output import WorkflowPhoneNumberNodeModelOutput
    from .workflow_result_condition_model_input import WorkflowResultConditionModelInput
    from .workflow_result_condition_model_output import WorkflowResultConditionModelOutput
    from .workflow_standalone_agent_node_model_input import WorkflowStandaloneAgentNodeModelInput
    from .workflow_standalone_agent_node_model_output import WorkflowStandaloneAgentNodeModelOutput
    from .workflow_start_node_model_input import WorkflowStartNodeModelInput
    from .workflow_start_node_model_output import WorkflowStartNodeModelOutput
    from .workflow_tool_locator import WorkflowToolLocator
    from .workflow_tool_locator_schema_overrides_type_0 import WorkflowToolLocatorSchemaOverridesType0
    from .workflow_tool_node_model_input import WorkflowToolNodeModelInput
    from .workflow_tool_node_model_output import WorkflowToolNodeModelOutput
    from .workflow_unconditional_model_input import WorkflowUnconditionalModelInput
    from .workflow_unconditional_model_output import WorkflowUnconditionalModelOutput
    from .workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel
    from .workspace_analytics_query_response_model_column_types_item import (
        WorkspaceAnalyticsQueryResponseModelColumnTypesItem,
    )
    from .workspace_api_key import WorkspaceApiKey
    from .workspace_api_key_create import WorkspaceApiKeyCreate
    from .workspace_api_key_created import WorkspaceApiKeyCreated
    from .workspace_api_key_list import WorkspaceApiKeyList
    from .workspace_api_key_permission import WorkspaceApiKeyPermission
    from .workspace_api_key_update import WorkspaceApiKeyUpdate
    from .workspace_api_key_update_allowed_ips_type_1 import WorkspaceApiKeyUpdateAllowedIpsType1
    from .workspace_api_key_update_character_limit_type_1 import WorkspaceApiKeyUpdateCharacterLimitType1
    from .workspace_api_key_update_permissions_type_1 import WorkspaceApiKeyUpdatePermissionsType1
    from .workspace_api_key_update_third_party_disable_allowed_type_1 import (
        WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1,
    )
    from .workspace_audit_log_entry_response import WorkspaceAuditLogEntryResponse
    from .workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata
    from .workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped
    from .workspace_audit_logs_page_response import WorkspaceAuditLogsPageResponse
    from .workspace_bulk_invite import WorkspaceBulkInvite
    from .workspace_create_service_account_response_model import WorkspaceCreateServiceAccountResponseModel
    from .workspace_create_webhook_response_model import WorkspaceCreateWebhookResponseModel
    from .workspace_group import WorkspaceGroup
    from .workspace_group_member import WorkspaceGroupMember
    from .workspace_group_permission import WorkspaceGroupPermission
    from .workspace_group_response_model import WorkspaceGroupResponseModel
    from .workspace_invite import WorkspaceInvite
    from .workspace_invite_delete import WorkspaceInviteDelete
    from .workspace_member_response_model import WorkspaceMemberResponseModel
    from .workspace_member_update import WorkspaceMemberUpdate
    from .workspace_resource import WorkspaceResource
    from .workspace_resource_anonymous_access_level_override_type_0 import (
        WorkspaceResourceAnonymousAccessLevelOverrideType0,
    )
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
    from .workspace_webhook_event_type import WorkspaceWebhookEventType
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
    "AccountChangeActivityId": ".account_change_activity_id",
    "ActorModel": ".actor_model",
    "ActorModelSessionType0": ".actor_model_session_type_0",
    "AddSharedVoiceRequest": ".add_shared_voice_request",
    "AddSharedVoiceResult": ".add_shared_voice_result",
    "AddTicketCommentRequestModel": ".add_ticket_comment_request_model",
    "AddTurnCommentRequestModel": ".add_turn_comment_request_model",
    "AddVoiceForm": ".add_voice_form",
    "AddVoiceFormLabelsType0": ".add_voice_form_labels_type_0",
    "AddVoiceResult": ".add_voice_result",
    "AgentAnalysisItemsInput": ".agent_analysis_items_input",
    "AgentAnalysisItemsOutput": ".agent_analysis_items_output",
    "AgentBranchBasicInfo": ".agent_branch_basic_info",
    "AgentBranchResponse": ".agent_branch_response",
    "AgentBranchSummary": ".agent_branch_summary",
    "AgentConfigAPIModelWorkflowOverrideInput": ".agent_config_api_model_workflow_override_input",
    "AgentConfigAPIModelWorkflowOverrideInputTextBehaviorOverridesType0": ".agent_config_api_model_workflow_override_input_text_behavior_overrides_type_0",
    "AgentConfigAPIModelWorkflowOverrideOutput": ".agent_config_api_model_workflow_override_output",
    "AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0": ".agent_config_api_model_workflow_override_output_text_behavior_overrides_type_0",
    "AgentConversationTicketIssueType": ".agent_conversation_ticket_issue_type",
    "AgentConversationTicketResponseModel": ".agent_conversation_ticket_response_model",
    "AgentConversationTicketSource": ".agent_conversation_ticket_source",
    "AgentConversationTicketStatus": ".agent_conversation_ticket_status",
    "AgentDefinitionSource": ".agent_definition_source",
    "AgentDeploymentPercentageStrategy": ".agent_deployment_percentage_strategy",
    "AgentDeploymentRequest": ".agent_deployment_request",
    "AgentDeploymentRequestItem": ".agent_deployment_request_item",
    "AgentDeploymentResponse": ".agent_deployment_response",
    "AgentDeploymentResponseTrafficPercentageBranchIdMap": ".agent_deployment_response_traffic_percentage_branch_id_map",
    "AgentFailureResponseExample": ".agent_failure_response_example",
    "AgentKnowledgeBaseRagChunkResponseModel": ".agent_knowledge_base_rag_chunk_response_model",
    "AgentKnowledgeBaseRagQueryRequestModel": ".agent_knowledge_base_rag_query_request_model",
    "AgentKnowledgeBaseRagQueryResponseModel": ".agent_knowledge_base_rag_query_response_model",
    "AgentMetadata": ".agent_metadata",
    "AgentMetadataDBModel": ".agent_metadata_db_model",
    "AgentSortBy": ".agent_sort_by",
    "AgentSuccessfulResponseExample": ".agent_successful_response_example",
    "AgentSummaryBatchSuccessfulResponseModel": ".agent_summary_batch_successful_response_model",
    "AgentTestEntityType": ".agent_test_entity_type",
    "AgentTestFolderPathSegmentResponseModel": ".agent_test_folder_path_segment_response_model",
    "AgentTopicResponseModel": ".agent_topic_response_model",
    "AgentTrustContext": ".agent_trust_context",
    "AgentVersionMetadata": ".agent_version_metadata",
    "AgentVersionParents": ".agent_version_parents",
    "AgentWorkflowRequestModel": ".agent_workflow_request_model",
    "AgentWorkflowRequestModelEdges": ".agent_workflow_request_model_edges",
    "AgentWorkflowRequestModelNodes": ".agent_workflow_request_model_nodes",
    "AgentWorkflowResponseModel": ".agent_workflow_response_model",
    "AgentWorkflowResponseModelEdges": ".agent_workflow_response_model_edges",
    "AgentWorkflowResponseModelNodes": ".agent_workflow_response_model_nodes",
    "AlertingIntegrationNotifier": ".alerting_integration_notifier",
    "AlertingIntegrationNotifierResponse": ".alerting_integration_notifier_response",
    "AlertingMonitorConfig": ".alerting_monitor_config",
    "AlertingSettings": ".alerting_settings",
    "AlertingSettingsMonitorConfigs": ".alerting_settings_monitor_configs",
    "AlertingSettingsResponse": ".alerting_settings_response",
    "AlertingSettingsResponseMonitorConfigs": ".alerting_settings_response_monitor_configs",
    "AlertingWebhookNotifier": ".alerting_webhook_notifier",
    "AlertingWebhookNotifierResponse": ".alerting_webhook_notifier_response",
    "AnalysisCharging": ".analysis_charging",
    "AnalysisProperty": ".analysis_property",
    "AnalysisPropertyType": ".analysis_property_type",
    "AnalysisRunSnapshot": ".analysis_run_snapshot",
    "AnalysisRunSnapshotChargePerFeature": ".analysis_run_snapshot_charge_per_feature",
    "AnalysisRunSnapshotPricePerFeature": ".analysis_run_snapshot_price_per_feature",
    "AnalysisRunningTotal": ".analysis_running_total",
    "AnalysisRunningTotalChargePerFeature": ".analysis_running_total_charge_per_feature",
    "AnalysisRunningTotalPricePerFeature": ".analysis_running_total_price_per_feature",
    "AnalysisScope": ".analysis_scope",
    "AnalysisType": ".analysis_type",
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorResponse": ".api_error_response",
    "ApiIntegrationOAuth2AuthCodeResponse": ".api_integration_o_auth_2_auth_code_response",
    "ApiIntegrationOAuth2AuthCodeResponseScopeSeparator": ".api_integration_o_auth_2_auth_code_response_scope_separator",
    "ApiIntegrationOAuth2CustomAppResponse": ".api_integration_o_auth_2_custom_app_response",
    "ApiIntegrationOAuth2CustomAppResponseScopeSeparator": ".api_integration_o_auth_2_custom_app_response_scope_separator",
    "ApiIntegrationWebhookOverrides": ".api_integration_webhook_overrides",
    "ApiIntegrationWebhookOverridesRequestHeadersType0": ".api_integration_webhook_overrides_request_headers_type_0",
    "ApiIntegrationWebhookOverridesSchemaOverridesType0": ".api_integration_webhook_overrides_schema_overrides_type_0",
    "ApiIntegrationWebhookToolConfigInput": ".api_integration_webhook_tool_config_input",
    "ApiIntegrationWebhookToolConfigOutput": ".api_integration_webhook_tool_config_output",
    "ASRConversationalConfigOverride": ".asr_conversational_config_override",
    "ASRConversationalConfigOverrideConfig": ".asr_conversational_config_override_config",
    "ASRConversationalConfigWorkflowOverride": ".asr_conversational_config_workflow_override",
    "AssetListResponse": ".asset_list_response",
    "AssetResponse": ".asset_response",
    "AssetTranscription": ".asset_transcription",
    "AssetTranscriptionData": ".asset_transcription_data",
    "AssetTranscriptionStatus": ".asset_transcription_status",
    "AssignConversationTagsRequestModel": ".assign_conversation_tags_request_model",
    "AssignableUserResponseModel": ".assignable_user_response_model",
    "ASTAdditionOperatorNodeInput": ".ast_addition_operator_node_input",
    "ASTAdditionOperatorNodeOutput": ".ast_addition_operator_node_output",
    "ASTAndOperatorNodeInput": ".ast_and_operator_node_input",
    "ASTAndOperatorNodeOutput": ".ast_and_operator_node_output",
    "ASTBooleanNodeInput": ".ast_boolean_node_input",
    "ASTBooleanNodeOutput": ".ast_boolean_node_output",
    "ASTConditionalOperatorNodeInput": ".ast_conditional_operator_node_input",
    "ASTConditionalOperatorNodeOutput": ".ast_conditional_operator_node_output",
    "ASTDivisionOperatorNodeInput": ".ast_division_operator_node_input",
    "ASTDivisionOperatorNodeOutput": ".ast_division_operator_node_output",
    "ASTDynamicVariableNodeInput": ".ast_dynamic_variable_node_input",
    "ASTDynamicVariableNodeOutput": ".ast_dynamic_variable_node_output",
    "ASTEqualsOperatorNodeInput": ".ast_equals_operator_node_input",
    "ASTEqualsOperatorNodeOutput": ".ast_equals_operator_node_output",
    "ASTGreaterThanOperatorNodeInput": ".ast_greater_than_operator_node_input",
    "ASTGreaterThanOperatorNodeOutput": ".ast_greater_than_operator_node_output",
    "ASTGreaterThanOrEqualsOperatorNodeInput": ".ast_greater_than_or_equals_operator_node_input",
    "ASTGreaterThanOrEqualsOperatorNodeOutput": ".ast_greater_than_or_equals_operator_node_output",
    "ASTLessThanOperatorNodeInput": ".ast_less_than_operator_node_input",
    "ASTLessThanOperatorNodeOutput": ".ast_less_than_operator_node_output",
    "ASTLessThanOrEqualsOperatorNodeInput": ".ast_less_than_or_equals_operator_node_input",
    "ASTLessThanOrEqualsOperatorNodeOutput": ".ast_less_than_or_equals_operator_node_output",
    "ASTMultiplicationOperatorNodeInput": ".ast_multiplication_operator_node_input",
    "ASTMultiplicationOperatorNodeOutput": ".ast_multiplication_operator_node_output",
    "ASTNotEqualsOperatorNodeInput": ".ast_not_equals_operator_node_input",
    "ASTNotEqualsOperatorNodeOutput": ".ast_not_equals_operator_node_output",
    "ASTNullNodeInput": ".ast_null_node_input",
    "ASTNullNodeOutput": ".ast_null_node_output",
    "ASTNumberNodeInput": ".ast_number_node_input",
    "ASTNumberNodeOutput": ".ast_number_node_output",
    "ASTOrOperatorNodeInput": ".ast_or_operator_node_input",
    "ASTOrOperatorNodeOutput": ".ast_or_operator_node_output",
    "ASTStringNodeInput": ".ast_string_node_input",
    "ASTStringNodeOutput": ".ast_string_node_output",
    "ASTSubtractionOperatorNodeInput": ".ast_subtraction_operator_node_input",
    "ASTSubtractionOperatorNodeOutput": ".ast_subtraction_operator_node_output",
    "ASTLLMNodeInputType0": ".astllm_node_input_type_0",
    "ASTLLMNodeInputType1": ".astllm_node_input_type_1",
    "ASTLLMNodeOutput": ".astllm_node_output",
    "AsyncConversationMetadata": ".async_conversation_metadata",
    "AsyncConversationMetadataDeliveryStatus": ".async_conversation_metadata_delivery_status",
    "AttachedSystemDataCollectionRef": ".attached_system_data_collection_ref",
    "AttachedSystemEvaluationRef": ".attached_system_evaluation_ref",
    "AttachedSystemEvaluationRefAnalysisItemId": ".attached_system_evaluation_ref_analysis_item_id",
    "AttachedUserDataCollectionRef": ".attached_user_data_collection_ref",
    "AttachedUserEvaluationRef": ".attached_user_evaluation_ref",
    "AudioAnalysis": ".audio_analysis",
    "AudioAnalysisResult": ".audio_analysis_result",
    "AudioAnalysisStatus": ".audio_analysis_status",
    "AudioChunkWithTimestamps": ".audio_chunk_with_timestamps",
    "AudioIsolationForm": ".audio_isolation_form",
    "AudioIsolationHistoryItemResponseModel": ".audio_isolation_history_item_response_model",
    "AudioIsolationStreamForm": ".audio_isolation_stream_form",
    "AudioIsolationStreamFormFileFormat": ".audio_isolation_stream_form_file_format",
    "AudioKeyMoment": ".audio_key_moment",
    "AudioNativeContentForm": ".audio_native_content_form",
    "AudioNativeContentResult": ".audio_native_content_result",
    "AudioNativeCreateForm": ".audio_native_create_form",
    "AudioNativeCreateFormApplyTextNormalization": ".audio_native_create_form_apply_text_normalization",
    "AudioNativeProject": ".audio_native_project",
    "AudioNativeSettings": ".audio_native_settings",
    "AudioNativeSettingsResult": ".audio_native_settings_result",
    "AudioNativeSettingsStatus": ".audio_native_settings_status",
    "AudioRefChunk": ".audio_ref_chunk",
    "AudioSegment": ".audio_segment",
    "AudioWithTimestamps": ".audio_with_timestamps",
    "AudioWithTimestampsAndVoiceSegmentsResponseModel": ".audio_with_timestamps_and_voice_segments_response_model",
    "AuthConnectionDependencies": ".auth_connection_dependencies",
    "AuthConnectionLocator": ".auth_connection_locator",
    "AuthConnectionStatus": ".auth_connection_status",
    "AuthenticationActivityId": ".authentication_activity_id",
    "AutoSyncInfo": ".auto_sync_info",
    "BackgroundSoundConfig": ".background_sound_config",
    "BackgroundSoundConfigWorkflowOverride": ".background_sound_config_workflow_override",
    "BackgroundSoundPresetId": ".background_sound_preset_id",
    "BackgroundSoundSourceType": ".background_sound_source_type",
    "BackupLLMDefault": ".backup_llm_default",
    "BackupLLMDisabled": ".backup_llm_disabled",
    "BackupLLMOverride": ".backup_llm_override",
    "BaseTurnConfig": ".base_turn_config",
    "BasicAuthResponse": ".basic_auth_response",
    "BatchCallWhatsAppParams": ".batch_call_whats_app_params",
    "BatchFailureResponseModel": ".batch_failure_response_model",
    "BearerAuthResponse": ".bearer_auth_response",
    "BehaviorOverride": ".behavior_override",
    "BillingPeriod": ".billing_period",
    "BodyTextToDialogueFullWithTimestamps": ".body_text_to_dialogue_full_with_timestamps",
    "BodyTextToDialogueFullWithTimestampsApplyTextNormalization": ".body_text_to_dialogue_full_with_timestamps_apply_text_normalization",
    "BodyTextToDialogueStreamWithTimestamps": ".body_text_to_dialogue_stream_with_timestamps",
    "BodyTextToDialogueStreamWithTimestampsApplyTextNormalization": ".body_text_to_dialogue_stream_with_timestamps_apply_text_normalization",
    "BranchProtectionStatus": ".branch_protection_status",
    "BucketingStatus": ".bucketing_status",
    "BuiltInToolsWorkflowOverrideInput": ".built_in_tools_workflow_override_input",
    "BuiltInToolsWorkflowOverrideOutput": ".built_in_tools_workflow_override_output",
    "BytedanceSeedance25Request": ".bytedance_seedance_25_request",
    "BytedanceSeedance25RequestAspectRatio": ".bytedance_seedance_25_request_aspect_ratio",
    "BytedanceSeedance25RequestResolution": ".bytedance_seedance_25_request_resolution",
    "BytedanceSeedance2FastRequest": ".bytedance_seedance_2_fast_request",
    "BytedanceSeedance2FastRequestAspectRatio": ".bytedance_seedance_2_fast_request_aspect_ratio",
    "BytedanceSeedance2FastRequestResolution": ".bytedance_seedance_2_fast_request_resolution",
    "BytedanceSeedance2MiniRequest": ".bytedance_seedance_2_mini_request",
    "BytedanceSeedance2MiniRequestAspectRatio": ".bytedance_seedance_2_mini_request_aspect_ratio",
    "BytedanceSeedance2MiniRequestResolution": ".bytedance_seedance_2_mini_request_resolution",
    "BytedanceSeedance2Request": ".bytedance_seedance_2_request",
    "BytedanceSeedance2RequestAspectRatio": ".bytedance_seedance_2_request_aspect_ratio",
    "BytedanceSeedance2RequestResolution": ".bytedance_seedance_2_request_resolution",
    "BytedanceSeedream5LiteRequest": ".bytedance_seedream_5_lite_request",
    "BytedanceSeedream5LiteRequestAspectRatio": ".bytedance_seedream_5_lite_request_aspect_ratio",
    "BytedanceSeedream5LiteRequestResolution": ".bytedance_seedream_5_lite_request_resolution",
    "BytedanceSeedream5ProRequest": ".bytedance_seedream_5_pro_request",
    "BytedanceSeedream5ProRequestAspectRatio": ".bytedance_seedream_5_pro_request_aspect_ratio",
    "BytedanceSeedream5ProRequestResolution": ".bytedance_seedream_5_pro_request_resolution",
    "CancelCalendarEventParams": ".cancel_calendar_event_params",
    "CancelGroupSessionForAllParams": ".cancel_group_session_for_all_params",
    "CancelGroupSessionRegistrationParams": ".cancel_group_session_registration_params",
    "CanvasPlacement": ".canvas_placement",
    "CharacterAlignment": ".character_alignment",
    "CharacterUsage": ".character_usage",
    "CharacterUsageUsage": ".character_usage_usage",
    "ChatSourceMedium": ".chat_source_medium",
    "CheckServiceAvailabilityParams": ".check_service_availability_params",
    "ClipAnimation": ".clip_animation",
    "ClipAnimationEnterEffect": ".clip_animation_enter_effect",
    "ClipAnimationExitEffect": ".clip_animation_exit_effect",
    "ColumnFilter": ".column_filter",
    "ColumnFilterOperation": ".column_filter_operation",
    "ColumnUnit": ".column_unit",
    "CompileProceduresResponseModel": ".compile_procedures_response_model",
    "CompileProceduresValidationErrorResponseModel": ".compile_procedures_validation_error_response_model",
    "CompileProceduresValidationErrorResponseModelErrors": ".compile_procedures_validation_error_response_model_errors",
    "CompositionPlan": ".composition_plan",
    "CompositionPlan2": ".composition_plan_2",
    "ConfigEntityType": ".config_entity_type",
    "ConflictSection": ".conflict_section",
    "ConstantSchemaOverride": ".constant_schema_override",
    "ConstantSchemaOverrideConstantValueType5": ".constant_schema_override_constant_value_type_5",
    "ContentConfig": ".content_config",
    "ContentFormat": ".content_format",
    "ContentGuardrailInput": ".content_guardrail_input",
    "ContentGuardrailOutput": ".content_guardrail_output",
    "ContentThresholdGuardrail": ".content_threshold_guardrail",
    "ContentThresholdGuardrailThresholdType1": ".content_threshold_guardrail_threshold_type_1",
    "ContextualUpdateInfo": ".contextual_update_info",
    "Contributor": ".contributor",
    "ConvAIDynamicVariable": ".conv_ai_dynamic_variable",
    "ConvAIEnvVarLocator": ".conv_ai_env_var_locator",
    "ConvAIFileUploadResponseModel": ".conv_ai_file_upload_response_model",
    "ConvaiAccessLevel": ".convai_access_level",
    "ConvaiAgent": ".convai_agent",
    "ConvaiAgentAvatar": ".convai_agent_avatar",
    "ConvaiAgentAvatarForm": ".convai_agent_avatar_form",
    "ConvaiAgentConfigInput": ".convai_agent_config_input",
    "ConvaiAgentConfigInputTextBehaviorOverridesType0": ".convai_agent_config_input_text_behavior_overrides_type_0",
    "ConvaiAgentConfigOutput": ".convai_agent_config_output",
    "ConvaiAgentConfigOutputTextBehaviorOverridesType0": ".convai_agent_config_output_text_behavior_overrides_type_0",
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
    "ConvaiAgentUpdateRequestProceduresType0": ".convai_agent_update_request_procedures_type_0",
    "ConvaiAgentWidget": ".convai_agent_widget",
    "ConvaiAllowlistItem": ".convai_allowlist_item",
    "ConvaiArrayJsonSchemaPropertyInput": ".convai_array_json_schema_property_input",
    "ConvaiArrayJsonSchemaPropertyInputPropertyKind": ".convai_array_json_schema_property_input_property_kind",
    "ConvaiArrayJsonSchemaPropertyOutput": ".convai_array_json_schema_property_output",
    "ConvaiAsrConfig": ".convai_asr_config",
    "ConvaiAsrInputFormat": ".convai_asr_input_format",
    "ConvaiAsrProvider": ".convai_asr_provider",
    "ConvaiAsrQuality": ".convai_asr_quality",
    "ConvaiAttachedTest": ".convai_attached_test",
    "ConvaiAuthSettings": ".convai_auth_settings",
    "ConvaiAuthorizationMethod": ".convai_authorization_method",
    "ConvaiBatchCall": ".convai_batch_call",
    "ConvaiBatchCallDetail": ".convai_batch_call_detail",
    "ConvaiBatchCallPage": ".convai_batch_call_page",
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
    "ConvaiConversationInitAgentOverrideOutput": ".convai_conversation_init_agent_override_output",
    "ConvaiConversationInitClientDataInput": ".convai_conversation_init_client_data_input",
    "ConvaiConversationInitClientDataInputCustomLlmExtraBody": ".convai_conversation_init_client_data_input_custom_llm_extra_body",
    "ConvaiConversationInitClientDataInputDynamicVariables": ".convai_conversation_init_client_data_input_dynamic_variables",
    "ConvaiConversationInitClientDataInternal": ".convai_conversation_init_client_data_internal",
    "ConvaiConversationInitClientDataInternalCustomLlmExtraBody": ".convai_conversation_init_client_data_internal_custom_llm_extra_body",
    "ConvaiConversationInitClientDataInternalDynamicVariables": ".convai_conversation_init_client_data_internal_dynamic_variables",
    "ConvaiConversationInitClientDataInternalToolMockOverrides": ".convai_conversation_init_client_data_internal_tool_mock_overrides",
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
    "ConvaiConversationOtlpTracesType0": ".convai_conversation_otlp_traces_type_0",
    "ConvaiConversationPage": ".convai_conversation_page",
    "ConvaiConversationRagUsage": ".convai_conversation_rag_usage",
    "ConvaiConversationSettings": ".convai_conversation_settings",
    "ConvaiConversationStatus": ".convai_conversation_status",
    "ConvaiConversationSummary": ".convai_conversation_summary",
    "ConvaiConversationSummaryDataCollectionResultsType0": ".convai_conversation_summary_data_collection_results_type_0",
    "ConvaiConversationSummaryEvaluationCriteriaResultsType0": ".convai_conversation_summary_evaluation_criteria_results_type_0",
    "ConvaiConversationSummaryStatus": ".convai_conversation_summary_status",
    "ConvaiConversationTokenPurpose": ".convai_conversation_token_purpose",
    "ConvaiConversationTokenRecord": ".convai_conversation_token_record",
    "ConvaiConversationsGetFormat": ".convai_conversations_get_format",
    "ConvaiConversationsListExcludeStatusesType0Item": ".convai_conversations_list_exclude_statuses_type_0_item",
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
    "ConvaiLiteralJsonSchemaPropertyTypeType0": ".convai_literal_json_schema_property_type_type_0",
    "ConvaiLiveKitToken": ".convai_live_kit_token",
    "ConvaiLlm": ".convai_llm",
    "ConvaiLlmCategoryUsage": ".convai_llm_category_usage",
    "ConvaiLlmInputOutputTokens": ".convai_llm_input_output_tokens",
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
    "ConvaiMcpServerConfigInputRequestMeta": ".convai_mcp_server_config_input_request_meta",
    "ConvaiMcpServerConfigOutput": ".convai_mcp_server_config_output",
    "ConvaiMcpServerConfigOutputRequestHeaders": ".convai_mcp_server_config_output_request_headers",
    "ConvaiMcpServerConfigOutputRequestMeta": ".convai_mcp_server_config_output_request_meta",
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
    "ConvaiMcpToolConfigInputInputOverridesType0": ".convai_mcp_tool_config_input_input_overrides_type_0",
    "ConvaiMcpToolConfigInputMcpInputSchemaType0": ".convai_mcp_tool_config_input_mcp_input_schema_type_0",
    "ConvaiMcpToolConfigOutput": ".convai_mcp_tool_config_output",
    "ConvaiMcpToolConfigOutputInputOverridesType0": ".convai_mcp_tool_config_output_input_overrides_type_0",
    "ConvaiMcpToolConfigOutputMcpInputSchemaType0": ".convai_mcp_tool_config_output_mcp_input_schema_type_0",
    "ConvaiMcpToolInputSchema": ".convai_mcp_tool_input_schema",
    "ConvaiMcpToolList": ".convai_mcp_tool_list",
    "ConvaiMcpToolMetaType0": ".convai_mcp_tool_meta_type_0",
    "ConvaiMcpToolOutputSchemaType0": ".convai_mcp_tool_output_schema_type_0",
    "ConvaiMetricRecord": ".convai_metric_record",
    "ConvaiObjectJsonSchemaPropertyInput": ".convai_object_json_schema_property_input",
    "ConvaiObjectJsonSchemaPropertyInputConstantValueType0": ".convai_object_json_schema_property_input_constant_value_type_0",
    "ConvaiObjectJsonSchemaPropertyInputProperties": ".convai_object_json_schema_property_input_properties",
    "ConvaiObjectJsonSchemaPropertyInputPropertyKind": ".convai_object_json_schema_property_input_property_kind",
    "ConvaiObjectJsonSchemaPropertyOutput": ".convai_object_json_schema_property_output",
    "ConvaiObjectJsonSchemaPropertyOutputConstantValueType0": ".convai_object_json_schema_property_output_constant_value_type_0",
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
    "ConvaiPhoneSipInboundTrunkAttributesToHeaders": ".convai_phone_sip_inbound_trunk_attributes_to_headers",
    "ConvaiPhoneSipInboundTrunkConfig": ".convai_phone_sip_inbound_trunk_config",
    "ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders": ".convai_phone_sip_inbound_trunk_config_attributes_to_headers",
    "ConvaiPhoneSipMediaEncryption": ".convai_phone_sip_media_encryption",
    "ConvaiPhoneSipOutboundTrunk": ".convai_phone_sip_outbound_trunk",
    "ConvaiPhoneSipOutboundTrunkAttributesToHeaders": ".convai_phone_sip_outbound_trunk_attributes_to_headers",
    "ConvaiPhoneSipOutboundTrunkConfig": ".convai_phone_sip_outbound_trunk_config",
    "ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders": ".convai_phone_sip_outbound_trunk_config_attributes_to_headers",
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
    "ConvaiPlatformSettingsDataCollectionScopes": ".convai_platform_settings_data_collection_scopes",
    "ConvaiPlatformSettingsRequest": ".convai_platform_settings_request",
    "ConvaiPlatformSettingsRequestDataCollection": ".convai_platform_settings_request_data_collection",
    "ConvaiPlatformSettingsRequestDataCollectionScopes": ".convai_platform_settings_request_data_collection_scopes",
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
    "ConvaiResourceAccessInfo": ".convai_resource_access_info",
    "ConvaiResourceAccessInfoAccessSourceType0": ".convai_resource_access_info_access_source_type_0",
    "ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0": ".convai_resource_access_info_anonymous_access_level_override_type_0",
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
    "ConvaiSipTrunkOutboundCallRequest": ".convai_sip_trunk_outbound_call_request",
    "ConvaiSipTrunkPhoneCall": ".convai_sip_trunk_phone_call",
    "ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables": ".convai_sip_trunk_phone_call_sip_header_dynamic_variables",
    "ConvaiSipUriTransferDestination": ".convai_sip_uri_transfer_destination",
    "ConvaiSkipTurnResult": ".convai_skip_turn_result",
    "ConvaiSkipTurnToolParams": ".convai_skip_turn_tool_params",
    "ConvaiSupportedVoice": ".convai_supported_voice",
    "ConvaiSystemToolConfigInput": ".convai_system_tool_config_input",
    "ConvaiSystemToolConfigOutput": ".convai_system_tool_config_output",
    "ConvaiTelephonyOutboundCall": ".convai_telephony_outbound_call",
    "ConvaiTelephonyProvider": ".convai_telephony_provider",
    "ConvaiTelephonySipTrunkCallResult": ".convai_telephony_sip_trunk_call_result",
    "ConvaiTelephonyTwilioCallResult": ".convai_telephony_twilio_call_result",
    "ConvaiTestAgentOverride": ".convai_test_agent_override",
    "ConvaiTestConditionRationale": ".convai_test_condition_rationale",
    "ConvaiTestConditionResult": ".convai_test_condition_result",
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
    "ConvaiTestToolResult": ".convai_test_tool_result",
    "ConvaiTestingSettings": ".convai_testing_settings",
    "ConvaiTestsFeatureUsage": ".convai_tests_feature_usage",
    "ConvaiTestsListSortMode": ".convai_tests_list_sort_mode",
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
    "ConvaiToolResultOtherTypeType0": ".convai_tool_result_other_type_type_0",
    "ConvaiToolResultSystem": ".convai_tool_result_system",
    "ConvaiToolResultSystemOutput": ".convai_tool_result_system_output",
    "ConvaiToolResultWorkflowInput": ".convai_tool_result_workflow_input",
    "ConvaiToolResultWorkflowOutput": ".convai_tool_result_workflow_output",
    "ConvaiToolType": ".convai_tool_type",
    "ConvaiToolUsageStats": ".convai_tool_usage_stats",
    "ConvaiTranscriptEntryInput": ".convai_transcript_entry_input",
    "ConvaiTranscriptEntryInputRole": ".convai_transcript_entry_input_role",
    "ConvaiTranscriptEntryOutput": ".convai_transcript_entry_output",
    "ConvaiTranscriptEntryOutputRole": ".convai_transcript_entry_output_role",
    "ConvaiTranscriptToolCall": ".convai_transcript_tool_call",
    "ConvaiTranscriptToolCallOutput": ".convai_transcript_tool_call_output",
    "ConvaiTransferToAgentError": ".convai_transfer_to_agent_error",
    "ConvaiTransferToAgentSuccess": ".convai_transfer_to_agent_success",
    "ConvaiTransferToAgentToolParams": ".convai_transfer_to_agent_tool_params",
    "ConvaiTransferToAgentToolParamsOutput": ".convai_transfer_to_agent_tool_params_output",
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
    "ConvaiUserFeedback": ".convai_user_feedback",
    "ConvaiUserSecret": ".convai_user_secret",
    "ConvaiVoicemailDetectionSuccess": ".convai_voicemail_detection_success",
    "ConvaiVoicemailDetectionToolParams": ".convai_voicemail_detection_tool_params",
    "ConvaiWebhookToolApiSchemaInput": ".convai_webhook_tool_api_schema_input",
    "ConvaiWebhookToolApiSchemaInputContentType": ".convai_webhook_tool_api_schema_input_content_type",
    "ConvaiWebhookToolApiSchemaInputPathParamsSchema": ".convai_webhook_tool_api_schema_input_path_params_schema",
    "ConvaiWebhookToolApiSchemaInputRequestHeaders": ".convai_webhook_tool_api_schema_input_request_headers",
    "ConvaiWebhookToolApiSchemaOutput": ".convai_webhook_tool_api_schema_output",
    "ConvaiWebhookToolApiSchemaOutputContentType": ".convai_webhook_tool_api_schema_output_content_type",
    "ConvaiWebhookToolApiSchemaOutputPathParamsSchema": ".convai_webhook_tool_api_schema_output_path_params_schema",
    "ConvaiWebhookToolApiSchemaOutputRequestHeaders": ".convai_webhook_tool_api_schema_output_request_headers",
    "ConvaiWebhookToolConfigInput": ".convai_webhook_tool_config_input",
    "ConvaiWebhookToolConfigOutput": ".convai_webhook_tool_config_output",
    "ConvaiWebhooks": ".convai_webhooks",
    "ConvaiWidgetConfigInput": ".convai_widget_config_input",
    "ConvaiWidgetConfigInputLanguagePresets": ".convai_widget_config_input_language_presets",
    "ConvaiWidgetConfigInputSyntaxHighlightThemeType0": ".convai_widget_config_input_syntax_highlight_theme_type_0",
    "ConvaiWidgetConfigOutput": ".convai_widget_config_output",
    "ConvaiWidgetConfigOutputLanguagePresets": ".convai_widget_config_output_language_presets",
    "ConvaiWidgetConfigOutputSyntaxHighlightThemeType0": ".convai_widget_config_output_syntax_highlight_theme_type_0",
    "ConvaiWidgetExpandable": ".convai_widget_expandable",
    "ConvaiWidgetFeedbackMode": ".convai_widget_feedback_mode",
    "ConvaiWidgetImageAvatar": ".convai_widget_image_avatar",
    "ConvaiWidgetLanguagePreset": ".convai_widget_language_preset",
    "ConvaiWidgetLanguageTexts": ".convai_widget_language_texts",
    "ConvaiWidgetOrbAvatar": ".convai_widget_orb_avatar",
    "ConvaiWidgetPlacement": ".convai_widget_placement",
    "ConvaiWidgetResolved": ".convai_widget_resolved",
    "ConvaiWidgetResolvedLanguagePresets": ".convai_widget_resolved_language_presets",
    "ConvaiWidgetResolvedSyntaxHighlightThemeType0": ".convai_widget_resolved_syntax_highlight_theme_type_0",
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
    "ConversationASRUsageModel": ".conversation_asr_usage_model",
    "ConversationConfigWorkflowOverrideInput": ".conversation_config_workflow_override_input",
    "ConversationConfigWorkflowOverrideOutput": ".conversation_config_workflow_override_output",
    "ConversationFeedbackType": ".conversation_feedback_type",
    "ConversationHistoryExotelPhoneCallModel": ".conversation_history_exotel_phone_call_model",
    "ConversationHistoryMultivoiceMessageModel": ".conversation_history_multivoice_message_model",
    "ConversationHistoryMultivoiceMessagePartModel": ".conversation_history_multivoice_message_part_model",
    "ConversationHistoryRedactionConfig": ".conversation_history_redaction_config",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput": ".conversation_history_transcript_api_integration_webhook_tools_result_common_model_input",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput": ".conversation_history_transcript_api_integration_webhook_tools_result_common_model_output",
    "ConversationHistoryTranscriptCommonModelOutput": ".conversation_history_transcript_common_model_output",
    "ConversationHistoryTranscriptCommonModelOutputRole": ".conversation_history_transcript_common_model_output_role",
    "ConversationHistoryTranscriptFileInputResponseModel": ".conversation_history_transcript_file_input_response_model",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput": ".conversation_history_transcript_tool_call_api_integration_webhook_details_input",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput": ".conversation_history_transcript_tool_call_api_integration_webhook_details_output",
    "ConversationProduct": ".conversation_product",
    "ConversationReasoningModel": ".conversation_reasoning_model",
    "ConversationSentimentAnalysis": ".conversation_sentiment_analysis",
    "ConversationSentimentAnalysisOverallLabel": ".conversation_sentiment_analysis_overall_label",
    "ConversationSummaryMessageModel": ".conversation_summary_message_model",
    "ConversationSummaryMessageModelRole": ".conversation_summary_message_model_role",
    "ConversationTagResponseModel": ".conversation_tag_response_model",
    "ConversationTTSUsageModel": ".conversation_tts_usage_model",
    "ConversationUserResponseModel": ".conversation_user_response_model",
    "ConversationVoiceRewardModel": ".conversation_voice_reward_model",
    "ConversationVoiceUsageModel": ".conversation_voice_usage_model",
    "ConversationalConfigAPIModelWorkflowOverrideInput": ".conversational_config_api_model_workflow_override_input",
    "ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0": ".conversational_config_api_model_workflow_override_input_language_presets_type_0",
    "ConversationalConfigAPIModelWorkflowOverrideOutput": ".conversational_config_api_model_workflow_override_output",
    "ConversationalConfigAPIModelWorkflowOverrideOutputLanguagePresetsType0": ".conversational_config_api_model_workflow_override_output_language_presets_type_0",
    "CrawlStatus": ".crawl_status",
    "CrawlType": ".crawl_type",
    "CreateAgentBranchResponseModel": ".create_agent_branch_response_model",
    "CreateAgentConversationTicketRequestModel": ".create_agent_conversation_ticket_request_model",
    "CreateAgentProcedureParams": ".create_agent_procedure_params",
    "CreateAgentRuleParams": ".create_agent_rule_params",
    "CreateAgentTestFolderResponseModel": ".create_agent_test_folder_response_model",
    "CreateAssetParams": ".create_asset_params",
    "CreateAuthConnectionEnvironmentVariableRequest": ".create_auth_connection_environment_variable_request",
    "CreateAuthConnectionEnvironmentVariableRequestValues": ".create_auth_connection_environment_variable_request_values",
    "CreateBasicAuthRequest": ".create_basic_auth_request",
    "CreateBearerAuthRequest": ".create_bearer_auth_request",
    "CreateClientAppointmentParams": ".create_client_appointment_params",
    "CreateClientInteractionParams": ".create_client_interaction_params",
    "CreateClientParams": ".create_client_params",
    "CreateConversationTagRequestModel": ".create_conversation_tag_request_model",
    "CreateCrawlJobResponseModel": ".create_crawl_job_response_model",
    "CreateCustomHeaderAuthRequest": ".create_custom_header_auth_request",
    "CreateExotelPhoneNumberRequest": ".create_exotel_phone_number_request",
    "CreateHolidayParams": ".create_holiday_params",
    "CreateLocationParams": ".create_location_params",
    "CreateManualTicketRequestModel": ".create_manual_ticket_request_model",
    "CreateMTLSAuthRequest": ".create_mtls_auth_request",
    "CreateOAuth2ClientCredsRequest": ".create_o_auth_2_client_creds_request",
    "CreateOAuth2ClientCredsRequestCustomHeaders": ".create_o_auth_2_client_creds_request_custom_headers",
    "CreateOAuth2ClientCredsRequestExtraParams": ".create_o_auth_2_client_creds_request_extra_params",
    "CreateOAuth2JWTRequest": ".create_o_auth_2jwt_request",
    "CreateOAuth2JWTRequestAlgorithm": ".create_o_auth_2jwt_request_algorithm",
    "CreateOAuth2JWTRequestExtraParams": ".create_o_auth_2jwt_request_extra_params",
    "CreateOAuth2JWTRequestTokenResponseField": ".create_o_auth_2jwt_request_token_response_field",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderResponse": ".create_order_response",
    "CreatePrivateKeyJWTRequest": ".create_private_key_jwt_request",
    "CreatePrivateKeyJWTRequestAlgorithm": ".create_private_key_jwt_request_algorithm",
    "CreatePrivateKeyJWTRequestExtraParams": ".create_private_key_jwt_request_extra_params",
    "CreateProcedureRequestModel": ".create_procedure_request_model",
    "CreateProcedureResponseModel": ".create_procedure_response_model",
    "CreateProductParams": ".create_product_params",
    "CreateResponseUnitTestRequest": ".create_response_unit_test_request",
    "CreateResponseUnitTestRequestDynamicVariables": ".create_response_unit_test_request_dynamic_variables",
    "CreateSecretEnvironmentVariableRequest": ".create_secret_environment_variable_request",
    "CreateSecretEnvironmentVariableRequestValues": ".create_secret_environment_variable_request_values",
    "CreateServiceParams": ".create_service_params",
    "CreateSimulationTestRequest": ".create_simulation_test_request",
    "CreateSimulationTestRequestDynamicVariables": ".create_simulation_test_request_dynamic_variables",
    "CreateSimulationTestRequestToolMockOverrides": ".create_simulation_test_request_tool_mock_overrides",
    "CreateSpeechEngineRequest": ".create_speech_engine_request",
    "CreateStaffParams": ".create_staff_params",
    "CreateStringEnvironmentVariableRequest": ".create_string_environment_variable_request",
    "CreateStringEnvironmentVariableRequestValues": ".create_string_environment_variable_request_values",
    "CreateToolCallUnitTestRequest": ".create_tool_call_unit_test_request",
    "CreateToolCallUnitTestRequestDynamicVariables": ".create_tool_call_unit_test_request_dynamic_variables",
    "CreateTransferRuleParams": ".create_transfer_rule_params",
    "CreateVoiceFromPreviewRequest": ".create_voice_from_preview_request",
    "CreateVoiceFromPreviewRequestLabelsType0": ".create_voice_from_preview_request_labels_type_0",
    "CreatifyAuroraRequest": ".creatify_aurora_request",
    "CreatifyAuroraRequestResolution": ".creatify_aurora_request_resolution",
    "CriteriaScoringMode": ".criteria_scoring_mode",
    "CueOptionsRequest": ".cue_options_request",
    "Currency": ".currency",
    "CustomGuardrailConfig": ".custom_guardrail_config",
    "CustomGuardrailConfigModel": ".custom_guardrail_config_model",
    "CustomGuardrailInput": ".custom_guardrail_input",
    "CustomGuardrailOutput": ".custom_guardrail_output",
    "CustomGuardrailsConfigInput": ".custom_guardrails_config_input",
    "CustomGuardrailsConfigOutput": ".custom_guardrails_config_output",
    "CustomHeaderAuthResponse": ".custom_header_auth_response",
    "CustomLLMAPIType": ".custom_llmapi_type",
    "CustomSIPHeader": ".custom_sip_header",
    "CustomSIPHeaderWithDynamicVariable": ".custom_sip_header_with_dynamic_variable",
    "DefaultSharingGroupConfig": ".default_sharing_group_config",
    "DefaultSharingGroupConfigPermissionLevel": ".default_sharing_group_config_permission_level",
    "DefaultSharingGroupResponseModel": ".default_sharing_group_response_model",
    "DefaultSharingGroupResponseModelPermissionLevel": ".default_sharing_group_response_model_permission_level",
    "DeleteAgentProcedureParams": ".delete_agent_procedure_params",
    "DeleteAgentRuleParams": ".delete_agent_rule_params",
    "DeleteAssetParams": ".delete_asset_params",
    "DeleteCalendarEventParams": ".delete_calendar_event_params",
    "DeleteClientInteractionParams": ".delete_client_interaction_params",
    "DeleteClientParams": ".delete_client_params",
    "DeleteGroupSessionParams": ".delete_group_session_params",
    "DeleteHolidayParams": ".delete_holiday_params",
    "DeleteLocationParams": ".delete_location_params",
    "DeleteProductParams": ".delete_product_params",
    "DeleteServiceParams": ".delete_service_params",
    "DeleteStaffParams": ".delete_staff_params",
    "DeleteTransferRuleParams": ".delete_transfer_rule_params",
    "DeleteWorkspaceWebhookResponseModel": ".delete_workspace_webhook_response_model",
    "DeliverableInfo": ".deliverable_info",
    "DependentAvailableMCPServerIdentifier": ".dependent_available_mcp_server_identifier",
    "DependentAvailableMCPServerIdentifierAccessLevel": ".dependent_available_mcp_server_identifier_access_level",
    "DependentBranchInfo": ".dependent_branch_info",
    "DependentIntegrationConnectionIdentifier": ".dependent_integration_connection_identifier",
    "DependentUnknownMCPServerIdentifier": ".dependent_unknown_mcp_server_identifier",
    "DetectedEntity": ".detected_entity",
    "DeviceModel": ".device_model",
    "DialogueInput": ".dialogue_input",
    "DialogueSettings": ".dialogue_settings",
    "DictionaryPermission": ".dictionary_permission",
    "DirectPublishingReadResponseModel": ".direct_publishing_read_response_model",
    "DirectPublishingReadResponseModelDisplayModeType0": ".direct_publishing_read_response_model_display_mode_type_0",
    "DirectPublishingReadResponseModelGenreType0Item": ".direct_publishing_read_response_model_genre_type_0_item",
    "DirectPublishingReadResponseModelPayoutTypeType0": ".direct_publishing_read_response_model_payout_type_type_0",
    "DirectPublishingReadResponseModelTargetAudienceType0": ".direct_publishing_read_response_model_target_audience_type_0",
    "DiscountResponseModel": ".discount_response_model",
    "DocxExportOptions": ".docx_export_options",
    "DubOrderItemRequest": ".dub_order_item_request",
    "DubbingBulkSegmentUpdateRequest": ".dubbing_bulk_segment_update_request",
    "DubbingBulkSegmentUpdateRequestSegments": ".dubbing_bulk_segment_update_request_segments",
    "DubbingBulkSourceSegmentUpdateResponse": ".dubbing_bulk_source_segment_update_response",
    "DubbingBulkTargetSegmentUpdateRequest": ".dubbing_bulk_target_segment_update_request",
    "DubbingBulkTargetSegmentUpdateRequestSegments": ".dubbing_bulk_target_segment_update_request_segments",
    "DubbingBulkTargetSegmentUpdateResponse": ".dubbing_bulk_target_segment_update_response",
    "DubbingCreateForm": ".dubbing_create_form",
    "DubbingCreateFormMode": ".dubbing_create_form_mode",
    "DubbingCreated": ".dubbing_created",
    "DubbingDeleted": ".dubbing_deleted",
    "DubbingDubbedSegment": ".dubbing_dubbed_segment",
    "DubbingError": ".dubbing_error",
    "DubbingGetTranscriptFormatType": ".dubbing_get_transcript_format_type",
    "DubbingLanguageAdd": ".dubbing_language_add",
    "DubbingLanguageListResponse": ".dubbing_language_list_response",
    "DubbingLanguageOutputs": ".dubbing_language_outputs",
    "DubbingLanguageResponse": ".dubbing_language_response",
    "DubbingLanguageResponseStatus": ".dubbing_language_response_status",
    "DubbingListCreationSourcesType0Item": ".dubbing_list_creation_sources_type_0_item",
    "DubbingListDubbingModelsType0Item": ".dubbing_list_dubbing_models_type_0_item",
    "DubbingListDubbingStatus": ".dubbing_list_dubbing_status",
    "DubbingListDubbingStatusesType0Item": ".dubbing_list_dubbing_statuses_type_0_item",
    "DubbingListFilterByCreator": ".dubbing_list_filter_by_creator",
    "DubbingListOrderBy": ".dubbing_list_order_by",
    "DubbingListOrderDirection": ".dubbing_list_order_direction",
    "DubbingMediaMetadata": ".dubbing_media_metadata",
    "DubbingMediaReference": ".dubbing_media_reference",
    "DubbingMetadata": ".dubbing_metadata",
    "DubbingPage": ".dubbing_page",
    "DubbingProjectListResponse": ".dubbing_project_list_response",
    "DubbingProjectResponse": ".dubbing_project_response",
    "DubbingProjectResponseStatus": ".dubbing_project_response_status",
    "DubbingRegenerateResponse": ".dubbing_regenerate_response",
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
    "DubbingSegmentCreateRequest": ".dubbing_segment_create_request",
    "DubbingSegmentCreateTranslationsType0": ".dubbing_segment_create_translations_type_0",
    "DubbingSegmentCreated": ".dubbing_segment_created",
    "DubbingSegmentSelection": ".dubbing_segment_selection",
    "DubbingSegmentUpdate": ".dubbing_segment_update",
    "DubbingSegmentUpdateRequest": ".dubbing_segment_update_request",
    "DubbingSimilarVoice": ".dubbing_similar_voice",
    "DubbingSimilarVoices": ".dubbing_similar_voices",
    "DubbingSourceMediaInfo": ".dubbing_source_media_info",
    "DubbingSourceSegmentUpdateResponse": ".dubbing_source_segment_update_response",
    "DubbingSourceTranscriptResponse": ".dubbing_source_transcript_response",
    "DubbingSpeakerSegment": ".dubbing_speaker_segment",
    "DubbingSpeakerSegmentDubs": ".dubbing_speaker_segment_dubs",
    "DubbingSpeakerTrack": ".dubbing_speaker_track",
    "DubbingSpeakerTrackVoices": ".dubbing_speaker_track_voices",
    "DubbingSpeakerUpdate": ".dubbing_speaker_update",
    "DubbingSubtitleFrame": ".dubbing_subtitle_frame",
    "DubbingTargetSegmentUpdateRequest": ".dubbing_target_segment_update_request",
    "DubbingTargetSegmentUpdateResponse": ".dubbing_target_segment_update_response",
    "DubbingTargetTranscriptResponse": ".dubbing_target_transcript_response",
    "DubbingTargetTranscriptSegment": ".dubbing_target_transcript_segment",
    "DubbingTranscribeRequest": ".dubbing_transcribe_request",
    "DubbingTranscript": ".dubbing_transcript",
    "DubbingTranscriptCharacter": ".dubbing_transcript_character",
    "DubbingTranscriptResponseModel": ".dubbing_transcript_response_model",
    "DubbingTranscriptRevisionResponse": ".dubbing_transcript_revision_response",
    "DubbingTranscriptSegment": ".dubbing_transcript_segment",
    "DubbingTranscriptUtterance": ".dubbing_transcript_utterance",
    "DubbingTranscriptWord": ".dubbing_transcript_word",
    "DubbingTranscriptsResponseModel": ".dubbing_transcripts_response_model",
    "DubbingTranscriptsResponseModelTranscriptFormat": ".dubbing_transcripts_response_model_transcript_format",
    "DummyToolResultModel": ".dummy_tool_result_model",
    "DynamicVariableSchemaOverride": ".dynamic_variable_schema_override",
    "DynamicVariablesConfigWorkflowOverride": ".dynamic_variables_config_workflow_override",
    "DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0": ".dynamic_variables_config_workflow_override_dynamic_variable_placeholders_type_0",
    "EditVoiceForm": ".edit_voice_form",
    "EditVoiceFormLabelsType0": ".edit_voice_form_labels_type_0",
    "ElevenFlashV25Request": ".eleven_flash_v25_request",
    "ElevenFlashV25RequestOutputFormat": ".eleven_flash_v25_request_output_format",
    "ElevenFlashV25VoiceSettings": ".eleven_flash_v25_voice_settings",
    "ElevenMultilingualV2Request": ".eleven_multilingual_v2_request",
    "ElevenMultilingualV2RequestOutputFormat": ".eleven_multilingual_v2_request_output_format",
    "ElevenV3Request": ".eleven_v3_request",
    "ElevenV3RequestOutputFormat": ".eleven_v3_request_output_format",
    "ElevenV3VoiceSettings": ".eleven_v3_voice_settings",
    "EndCallTriggerAction": ".end_call_trigger_action",
    "EndProcedureToolConfigInput": ".end_procedure_tool_config_input",
    "EndProcedureToolConfigInputProcedures": ".end_procedure_tool_config_input_procedures",
    "EndProcedureToolConfigOutput": ".end_procedure_tool_config_output",
    "EndProcedureToolConfigOutputProcedures": ".end_procedure_tool_config_output_procedures",
    "EntityManagementActivityId": ".entity_management_activity_id",
    "EntryBehavior": ".entry_behavior",
    "EnvironmentAuthConnectionLocator": ".environment_auth_connection_locator",
    "EnvironmentVariableAuthConnectionValue": ".environment_variable_auth_connection_value",
    "EnvironmentVariableAuthConnectionValueRequest": ".environment_variable_auth_connection_value_request",
    "EnvironmentVariableResponse": ".environment_variable_response",
    "EnvironmentVariableResponseType": ".environment_variable_response_type",
    "EnvironmentVariableResponseValuesType0": ".environment_variable_response_values_type_0",
    "EnvironmentVariableResponseValuesType1": ".environment_variable_response_values_type_1",
    "EnvironmentVariableResponseValuesType2": ".environment_variable_response_values_type_2",
    "EnvironmentVariableSecretValue": ".environment_variable_secret_value",
    "EnvironmentVariableSecretValueRequest": ".environment_variable_secret_value_request",
    "EnvironmentVariablesListResponse": ".environment_variables_list_response",
    "EvaluationCriteriaSummaryResult": ".evaluation_criteria_summary_result",
    "ExactParameterEvaluationStrategy": ".exact_parameter_evaluation_strategy",
    "ExotelApiSubdomain": ".exotel_api_subdomain",
    "ExotelOutboundCallResponse": ".exotel_outbound_call_response",
    "ExtendedSubscription": ".extended_subscription",
    "ExternalFileSyncInfo": ".external_file_sync_info",
    "ExternalFolderSyncInfo": ".external_folder_sync_info",
    "ExternalSyncJobTrigger": ".external_sync_job_trigger",
    "ExternalSyncJobType": ".external_sync_job_type",
    "ExternalSyncProvider": ".external_sync_provider",
    "FieldConflict": ".field_conflict",
    "FileInputConfig": ".file_input_config",
    "FileInputConfigWorkflowOverride": ".file_input_config_workflow_override",
    "FileRefreshStatus": ".file_refresh_status",
    "FineTuning": ".fine_tuning",
    "FineTuningMessageType0": ".fine_tuning_message_type_0",
    "FineTuningProgressType0": ".fine_tuning_progress_type_0",
    "FineTuningState": ".fine_tuning_state",
    "FineTuningStateAdditionalProperty": ".fine_tuning_state_additional_property",
    "FinetuneCreatedBy": ".finetune_created_by",
    "FinetuneVisibility": ".finetune_visibility",
    "FocusGuardrail": ".focus_guardrail",
    "ForcedAlignment": ".forced_alignment",
    "ForcedAlignmentCharacter": ".forced_alignment_character",
    "ForcedAlignmentForm": ".forced_alignment_form",
    "ForcedAlignmentWord": ".forced_alignment_word",
    "FrustratedConversationRef": ".frustrated_conversation_ref",
    "FrustratedConversationRefOverallLabel": ".frustrated_conversation_ref_overall_label",
    "Gemini25FlashImageRequest": ".gemini_25_flash_image_request",
    "Gemini25FlashImageRequestAspectRatio": ".gemini_25_flash_image_request_aspect_ratio",
    "Gemini31FlashImageRequest": ".gemini_31_flash_image_request",
    "Gemini31FlashImageRequestAspectRatio": ".gemini_31_flash_image_request_aspect_ratio",
    "Gemini31FlashImageRequestResolution": ".gemini_31_flash_image_request_resolution",
    "Gemini31FlashLiteImageRequest": ".gemini_31_flash_lite_image_request",
    "Gemini31FlashLiteImageRequestAspectRatio": ".gemini_31_flash_lite_image_request_aspect_ratio",
    "Gemini3ProImageRequest": ".gemini_3_pro_image_request",
    "Gemini3ProImageRequestAspectRatio": ".gemini_3_pro_image_request_aspect_ratio",
    "Gemini3ProImageRequestResolution": ".gemini_3_pro_image_request_resolution",
    "GenerationChunkInput": ".generation_chunk_input",
    "GenerationChunkInputConditionStrengthType0": ".generation_chunk_input_condition_strength_type_0",
    "GenerationChunkInputContextAdherence": ".generation_chunk_input_context_adherence",
    "GenerationReference": ".generation_reference",
    "GenerationSourceContext": ".generation_source_context",
    "GenerationSourceContextModelParametersType0": ".generation_source_context_model_parameters_type_0",
    "GetAgentConversationTicketsPageResponseModel": ".get_agent_conversation_tickets_page_response_model",
    "GetAgentTestFolderResponseModel": ".get_agent_test_folder_response_model",
    "GetAgentTopicsResponseModel": ".get_agent_topics_response_model",
    "GetAnalyticsSummaryParams": ".get_analytics_summary_params",
    "GetAppointmentByConfirmationNumberParams": ".get_appointment_by_confirmation_number_params",
    "GetAudioIsolationHistoryResponseModel": ".get_audio_isolation_history_response_model",
    "GetBookingPageSettingsParams": ".get_booking_page_settings_params",
    "GetBookingSlugStatusParams": ".get_booking_slug_status_params",
    "GetClientAppointmentsParams": ".get_client_appointments_params",
    "GetClientByPhoneParams": ".get_client_by_phone_params",
    "GetConvaiAgentsSummariesResponse200": ".get_convai_agents_summaries_response_200",
    "GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item": ".get_convai_conversations_messages_text_search_exclude_statuses_type_0_item",
    "GetConvaiConversationsMessagesTextSearchSummaryMode": ".get_convai_conversations_messages_text_search_summary_mode",
    "GetConvaiEnvironmentVariablesTypeType0": ".get_convai_environment_variables_type_type_0",
    "GetConvaiKnowledgeBaseSummariesResponse200": ".get_convai_knowledge_base_summaries_response_200",
    "GetConversationSummaryResponseModel": ".get_conversation_summary_response_model",
    "GetConversationSummaryResponseModelStatus": ".get_conversation_summary_response_model_status",
    "GetConversationTagsPageResponseModel": ".get_conversation_tags_page_response_model",
    "GetConversationUsersPageResponseModel": ".get_conversation_users_page_response_model",
    "GetCrawlJobResponseModel": ".get_crawl_job_response_model",
    "GetDubbingProjectSortDirection": ".get_dubbing_project_sort_direction",
    "GetDubbingTranscriptsFormatByIdFormatType": ".get_dubbing_transcripts_format_by_id_format_type",
    "GetFlowsImageStatusType0": ".get_flows_image_status_type_0",
    "GetFlowsTextToSpeechStatusType0": ".get_flows_text_to_speech_status_type_0",
    "GetFlowsVideoStatusType0": ".get_flows_video_status_type_0",
    "GetKnowledgeBaseFolderResponseModel": ".get_knowledge_base_folder_response_model",
    "GetKnowledgeBaseSummaryFolderResponseModel": ".get_knowledge_base_summary_folder_response_model",
    "GetLiveCountResponse": ".get_live_count_response",
    "GetMusicFinetunesSort": ".get_music_finetunes_sort",
    "GetMusicFinetunesSortDirection": ".get_music_finetunes_sort_direction",
    "GetOrCreateRAGIndexRequestModel": ".get_or_create_rag_index_request_model",
    "GetPhoneNumberExotelResponseModel": ".get_phone_number_exotel_response_model",
    "GetPronunciationDictionaryMetadataResponseModel": ".get_pronunciation_dictionary_metadata_response_model",
    "GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0": ".get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0",
    "GetResponseUnitTestResponseModel": ".get_response_unit_test_response_model",
    "GetResponseUnitTestResponseModelDynamicVariables": ".get_response_unit_test_response_model_dynamic_variables",
    "GetScheduleParams": ".get_schedule_params",
    "GetSecretDependenciesResponseModel": ".get_secret_dependencies_response_model",
    "GetSimulationTestResponseModel": ".get_simulation_test_response_model",
    "GetSimulationTestResponseModelDynamicVariables": ".get_simulation_test_response_model_dynamic_variables",
    "GetSimulationTestResponseModelToolMockOverrides": ".get_simulation_test_response_model_tool_mock_overrides",
    "GetSIPLogMessagesResponse": ".get_sip_log_messages_response",
    "GetTestInvocationsPageResponseModel": ".get_test_invocations_page_response_model",
    "GetToolCallUnitTestResponseModel": ".get_tool_call_unit_test_response_model",
    "GetToolCallUnitTestResponseModelDynamicVariables": ".get_tool_call_unit_test_response_model_dynamic_variables",
    "GetToolExecutionsPageResponseModel": ".get_tool_executions_page_response_model",
    "GetVoiceAccentsResponseModel": ".get_voice_accents_response_model",
    "GetWhatsAppAccountResponse": ".get_whats_app_account_response",
    "GetWorkspaceGroupsResponse200": ".get_workspace_groups_response_200",
    "GPTImage15Request": ".gpt_image_15_request",
    "GPTImage15RequestAspectRatio": ".gpt_image_15_request_aspect_ratio",
    "GPTImage15RequestBackground": ".gpt_image_15_request_background",
    "GPTImage15RequestQuality": ".gpt_image_15_request_quality",
    "GPTImage1Request": ".gpt_image_1_request",
    "GPTImage1RequestAspectRatio": ".gpt_image_1_request_aspect_ratio",
    "GPTImage1RequestBackground": ".gpt_image_1_request_background",
    "GPTImage1RequestQuality": ".gpt_image_1_request_quality",
    "GPTImage2Request": ".gpt_image_2_request",
    "GPTImage2RequestAspectRatio": ".gpt_image_2_request_aspect_ratio",
    "GPTImage2RequestQuality": ".gpt_image_2_request_quality",
    "GPTImage2RequestResolution": ".gpt_image_2_request_resolution",
    "GroupManagementActivityId": ".group_management_activity_id",
    "GuardrailExecutionMode": ".guardrail_execution_mode",
    "GuardrailType": ".guardrail_type",
    "GuardrailsV1Input": ".guardrails_v1_input",
    "GuardrailsV1Output": ".guardrails_v1_output",
    "HistoryAlignment": ".history_alignment",
    "HistoryAlignments": ".history_alignments",
    "HistoryDialogueLine": ".history_dialogue_line",
    "HistoryDownloadError": ".history_download_error",
    "HistoryDownloadRequest": ".history_download_request",
    "HistoryItem": ".history_item",
    "HistoryItemSettingsType0": ".history_item_settings_type_0",
    "HistoryItemSourceType0": ".history_item_source_type_0",
    "HistoryItemState": ".history_item_state",
    "HistoryItemVoiceCategoryType0": ".history_item_voice_category_type_0",
    "HistoryListSortDirectionType0": ".history_list_sort_direction_type_0",
    "HistoryListSourceType0": ".history_list_source_type_0",
    "HistoryPage": ".history_page",
    "HtmlExportOptions": ".html_export_options",
    "HttpRequestModel": ".http_request_model",
    "HTTPValidationError": ".http_validation_error",
    "Icon": ".icon",
    "ImageAnalysis": ".image_analysis",
    "ImageAnalysisResult": ".image_analysis_result",
    "ImageAnalysisStatus": ".image_analysis_status",
    "ImageSubject": ".image_subject",
    "InlineAudioReference": ".inline_audio_reference",
    "InlineAudioReferenceMimeType": ".inline_audio_reference_mime_type",
    "InlineImageReference": ".inline_image_reference",
    "InlineImageReferenceMimeType": ".inline_image_reference_mime_type",
    "InlineVideoReference": ".inline_video_reference",
    "InlineVideoReferenceMimeType": ".inline_video_reference_mime_type",
    "InputFileFormat": ".input_file_format",
    "InteractionBudget": ".interaction_budget",
    "Invoice": ".invoice",
    "InvoicePaymentIntentStatusType0": ".invoice_payment_intent_status_type_0",
    "InvoicePaymentIntentStatussesItem": ".invoice_payment_intent_statusses_item",
    "KbExternalSyncJob": ".kb_external_sync_job",
    "KnowledgeBaseBulkDeleteSuccessfulResponseModel": ".knowledge_base_bulk_delete_successful_response_model",
    "KnowledgeBaseContentSearchResponseModel": ".knowledge_base_content_search_response_model",
    "KnowledgeBaseContentSearchResult": ".knowledge_base_content_search_result",
    "KnowledgeBaseDeletedResponseModel": ".knowledge_base_deleted_response_model",
    "KnowledgeBaseDependentType": ".knowledge_base_dependent_type",
    "KnowledgeBaseDocumentChunksResponseModel": ".knowledge_base_document_chunks_response_model",
    "KnowledgeBaseFolderPathSegmentResponseModel": ".knowledge_base_folder_path_segment_response_model",
    "KnowledgeBaseFolderPathSegmentSummaryResponseModel": ".knowledge_base_folder_path_segment_summary_response_model",
    "KnowledgeBaseRagChunkModel": ".knowledge_base_rag_chunk_model",
    "KnowledgeBaseRagToolConfig": ".knowledge_base_rag_tool_config",
    "KnowledgeBaseRagToolResultModel": ".knowledge_base_rag_tool_result_model",
    "KnowledgeBaseRagToolStatus": ".knowledge_base_rag_tool_status",
    "KnowledgeBaseSortBy": ".knowledge_base_sort_by",
    "KnowledgeBaseSourceFileUrlResponseModel": ".knowledge_base_source_file_url_response_model",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModel": ".knowledge_base_summary_batch_successful_response_model",
    "KnowledgeBaseToolConfig": ".knowledge_base_tool_config",
    "KnowledgeBaseToolResultModel": ".knowledge_base_tool_result_model",
    "KnowledgeBaseToolStatus": ".knowledge_base_tool_status",
    "LanguageInfo": ".language_info",
    "LanguagePairInfo": ".language_pair_info",
    "LeaveMessageParams": ".leave_message_params",
    "LibraryVoice": ".library_voice",
    "LibraryVoicePage": ".library_voice_page",
    "ListAgentProceduresParams": ".list_agent_procedures_params",
    "ListAgentReferencesParams": ".list_agent_references_params",
    "ListAgentRulesParams": ".list_agent_rules_params",
    "ListAssetsParams": ".list_assets_params",
    "ListAssetsParamsListKwargs": ".list_assets_params_list_kwargs",
    "ListAuthConnectionsResponse": ".list_auth_connections_response",
    "ListCalendarEventsParams": ".list_calendar_events_params",
    "ListClientInteractionsParams": ".list_client_interactions_params",
    "ListClientsParams": ".list_clients_params",
    "ListCrawlJobsResponseModel": ".list_crawl_jobs_response_model",
    "ListCustomerFacingAgentsParams": ".list_customer_facing_agents_params",
    "ListGroupSessionsParams": ".list_group_sessions_params",
    "ListHolidaysParams": ".list_holidays_params",
    "ListLocationsParams": ".list_locations_params",
    "ListOrdersResponse": ".list_orders_response",
    "ListProceduresResponseModel": ".list_procedures_response_model",
    "ListProductsParams": ".list_products_params",
    "ListProductsParamsListKwargs": ".list_products_params_list_kwargs",
    "ListResponseAgentBranchSummary": ".list_response_agent_branch_summary",
    "ListResponseMeta": ".list_response_meta",
    "ListServicesParams": ".list_services_params",
    "ListServicesParamsListKwargs": ".list_services_params_list_kwargs",
    "ListSpeechEnginesResponse": ".list_speech_engines_response",
    "ListStaffParams": ".list_staff_params",
    "ListStaffParamsListKwargs": ".list_staff_params_list_kwargs",
    "ListTransferRulesParams": ".list_transfer_rules_params",
    "ListWhatsAppAccountsResponse": ".list_whats_app_accounts_response",
    "LivekitStackType": ".livekit_stack_type",
    "LLMDeprecationConfigModel": ".llm_deprecation_config_model",
    "LLMDeprecationInfoModel": ".llm_deprecation_info_model",
    "LLMInfoModelInput": ".llm_info_model_input",
    "LLMListResponseModelInput": ".llm_list_response_model_input",
    "LLMLiteralJsonSchemaProperty": ".llm_literal_json_schema_property",
    "LLMLiteralJsonSchemaPropertyTypeType0": ".llm_literal_json_schema_property_type_type_0",
    "LLMParameterEvaluationStrategy": ".llm_parameter_evaluation_strategy",
    "LLMReasoningEffort": ".llm_reasoning_effort",
    "LLMSchemaOverride": ".llm_schema_override",
    "LockReason": ".lock_reason",
    "ManualVerification": ".manual_verification",
    "ManualVerificationFile": ".manual_verification_file",
    "MatchAnythingParameterEvaluationStrategy": ".match_anything_parameter_evaluation_strategy",
    "MCPServerConfigUpdateRequestModel": ".mcp_server_config_update_request_model",
    "MCPServerConfigUpdateRequestModelRequestHeadersType0": ".mcp_server_config_update_request_model_request_headers_type_0",
    "MCPServerConfigUpdateRequestModelRequestMetaType0": ".mcp_server_config_update_request_model_request_meta_type_0",
    "MCPToolConfigOverrideCreateRequestModel": ".mcp_tool_config_override_create_request_model",
    "MCPToolConfigOverrideCreateRequestModelInputOverridesType0": ".mcp_tool_config_override_create_request_model_input_overrides_type_0",
    "MCPToolConfigOverrideInput": ".mcp_tool_config_override_input",
    "MCPToolConfigOverrideInputInputOverridesType0": ".mcp_tool_config_override_input_input_overrides_type_0",
    "MCPToolConfigOverrideOutput": ".mcp_tool_config_override_output",
    "MCPToolConfigOverrideOutputInputOverridesType0": ".mcp_tool_config_override_output_input_overrides_type_0",
    "MCPToolConfigOverrideUpdateRequestModel": ".mcp_tool_config_override_update_request_model",
    "MCPToolConfigOverrideUpdateRequestModelInputOverridesType0": ".mcp_tool_config_override_update_request_model_input_overrides_type_0",
    "MediaCodec": ".media_codec",
    "MediaGenerationCompletedResponse": ".media_generation_completed_response",
    "MediaGenerationCreateResponse": ".media_generation_create_response",
    "MediaGenerationFailedResponse": ".media_generation_failed_response",
    "MediaGenerationFailedResponseFailureReason": ".media_generation_failed_response_failure_reason",
    "MediaGenerationInProgressResponse": ".media_generation_in_progress_response",
    "MediaGenerationInProgressResponseStatus": ".media_generation_in_progress_response_status",
    "MediaGenerationListResponse": ".media_generation_list_response",
    "MergePreviewResponseModel": ".merge_preview_response_model",
    "MessageSearchSortBy": ".message_search_sort_by",
    "MessagesSearchResponse": ".messages_search_response",
    "MessagesSearchResult": ".messages_search_result",
    "MockNoMatchBehavior": ".mock_no_match_behavior",
    "MockingStrategy": ".mocking_strategy",
    "Model": ".model",
    "ModelLanguage": ".model_language",
    "ModelRates": ".model_rates",
    "ModerationConfig": ".moderation_config",
    "ModerationGuardrailInput": ".moderation_guardrail_input",
    "ModerationGuardrailOutput": ".moderation_guardrail_output",
    "MTLSAuthResponse": ".mtls_auth_response",
    "MultichannelTranscript": ".multichannel_transcript",
    "MusicComposeDetailedOutputFormat": ".music_compose_detailed_output_format",
    "MusicComposeDetailedRequest": ".music_compose_detailed_request",
    "MusicComposeDetailedRequestModelStylePrefix": ".music_compose_detailed_request_model_style_prefix",
    "MusicComposeOutputFormat": ".music_compose_output_format",
    "MusicComposeRequest": ".music_compose_request",
    "MusicExploreSongSourceContext": ".music_explore_song_source_context",
    "MusicFinetuneFailureReason": ".music_finetune_failure_reason",
    "MusicFinetunePageResponseModel": ".music_finetune_page_response_model",
    "MusicFinetuneResponseModel": ".music_finetune_response_model",
    "MusicFinetuneStatus": ".music_finetune_status",
    "MusicGenerationMode": ".music_generation_mode",
    "MusicModel": ".music_model",
    "MusicPlanRequest": ".music_plan_request",
    "MusicStreamOutputFormat": ".music_stream_output_format",
    "MusicStreamRequest": ".music_stream_request",
    "MusicUploadResponse": ".music_upload_response",
    "NonStreamingOutputFormats": ".non_streaming_output_formats",
    "NumericDistributionAggregate": ".numeric_distribution_aggregate",
    "OAuth2ClientCredsResponse": ".o_auth_2_client_creds_response",
    "OAuth2ClientCredsResponseCustomHeaders": ".o_auth_2_client_creds_response_custom_headers",
    "OAuth2ClientCredsResponseExtraParams": ".o_auth_2_client_creds_response_extra_params",
    "OAuth2JWTResponse": ".o_auth_2jwt_response",
    "OAuth2JWTResponseAlgorithm": ".o_auth_2jwt_response_algorithm",
    "OAuth2JWTResponseExtraParams": ".o_auth_2jwt_response_extra_params",
    "OAuth2JWTResponseTokenResponseField": ".o_auth_2jwt_response_token_response_field",
    "OkStatus": ".ok_status",
    "OmitSchemaOverride": ".omit_schema_override",
    "OptInSmsReminderParams": ".opt_in_sms_reminder_params",
    "OptOutSmsReminderParams": ".opt_out_sms_reminder_params",
    "OrchestratorToolMockBehaviorConfig": ".orchestrator_tool_mock_behavior_config",
    "OrderDeliverablesResponse": ".order_deliverables_response",
    "OrderItemInfo": ".order_item_info",
    "OrderItemKind": ".order_item_kind",
    "OrderMediaResponse": ".order_media_response",
    "OrderResponse": ".order_response",
    "OrderState": ".order_state",
    "OrderSummary": ".order_summary",
    "OutputFormat": ".output_format",
    "OutputFormat2": ".output_format_2",
    "OutputFormatWithWav": ".output_format_with_wav",
    "PairedLanguagesResponse": ".paired_languages_response",
    "PatchAgentConversationTicketRequestModel": ".patch_agent_conversation_ticket_request_model",
    "PatchConvaiAgentTestingFoldersByIdRequest": ".patch_convai_agent_testing_folders_by_id_request",
    "PatchConvaiAgentsBranchesByIdRequest": ".patch_convai_agents_branches_by_id_request",
    "PatchConvaiKnowledgeBaseUpdateFileForm": ".patch_convai_knowledge_base_update_file_form",
    "PatchConversationTagRequestModel": ".patch_conversation_tag_request_model",
    "PatchProductionsOrdersByIdRequest": ".patch_productions_orders_by_id_request",
    "PatchWorkspaceWebhookResponseModel": ".patch_workspace_webhook_response_model",
    "PatchWorkspaceWebhooksByIdRequest": ".patch_workspace_webhooks_by_id_request",
    "PatchWorkspaceWebhooksByIdRequestRequestHeadersType0": ".patch_workspace_webhooks_by_id_request_request_headers_type_0",
    "PdfExportOptions": ".pdf_export_options",
    "PendingBlocksMetadataModel": ".pending_blocks_metadata_model",
    "PendingCancellation": ".pending_cancellation",
    "PendingClipTask": ".pending_clip_task",
    "PendingClipTaskMetadata": ".pending_clip_task_metadata",
    "PendingClipTaskType": ".pending_clip_task_type",
    "PendingExternalAudiosMetadataModel": ".pending_external_audios_metadata_model",
    "PendingSubscriptionSwitch": ".pending_subscription_switch",
    "PendingSubscriptionSwitchNextTier": ".pending_subscription_switch_next_tier",
    "PhoneNumberDynamicVariableTransferDestination": ".phone_number_dynamic_variable_transfer_destination",
    "PlatformCategory": ".platform_category",
    "PlatformCategoryUsage": ".platform_category_usage",
    "PlatformUsage": ".platform_usage",
    "PlatformUsageCategoryUsage": ".platform_usage_category_usage",
    "PositionInput": ".position_input",
    "PositionOutput": ".position_output",
    "PostAssetsForm": ".post_assets_form",
    "PostAudioNativeContentRequest": ".post_audio_native_content_request",
    "PostConvaiAgentTestingBulkMoveRequest": ".post_convai_agent_testing_bulk_move_request",
    "PostConvaiAgentTestingFoldersRequest": ".post_convai_agent_testing_folders_request",
    "PostConvaiAgentsBranchesMergeRequest": ".post_convai_agents_branches_merge_request",
    "PostConvaiAgentsBranchesRequest": ".post_convai_agents_branches_request",
    "PostConvaiAgentsBranchesRequestConversationConfigType0": ".post_convai_agents_branches_request_conversation_config_type_0",
    "PostConvaiAgentsBranchesRequestPlatformSettingsType0": ".post_convai_agents_branches_request_platform_settings_type_0",
    "PostConvaiAgentsDeploymentsRequest": ".post_convai_agents_deployments_request",
    "PostConvaiAgentsDraftsRequest": ".post_convai_agents_drafts_request",
    "PostConvaiAgentsDraftsRequestConversationConfig": ".post_convai_agents_drafts_request_conversation_config",
    "PostConvaiAgentsDraftsRequestPlatformSettings": ".post_convai_agents_drafts_request_platform_settings",
    "PostConvaiConversationsFilesForm": ".post_convai_conversations_files_form",
    "PostConvaiExotelOutboundCallRequest": ".post_convai_exotel_outbound_call_request",
    "PostConvaiKnowledgeBaseBulkDeleteRequest": ".post_convai_knowledge_base_bulk_delete_request",
    "PostConvaiKnowledgeBaseBulkDeleteResponse200": ".post_convai_knowledge_base_bulk_delete_response_200",
    "PostConvaiKnowledgeBaseBulkMoveRequest": ".post_convai_knowledge_base_bulk_move_request",
    "PostConvaiKnowledgeBaseCrawlRequest": ".post_convai_knowledge_base_crawl_request",
    "PostConvaiKnowledgeBaseDependentAgentsRequest": ".post_convai_knowledge_base_dependent_agents_request",
    "PostConvaiKnowledgeBaseFolderRequest": ".post_convai_knowledge_base_folder_request",
    "PostConvaiKnowledgeBaseMoveRequest": ".post_convai_knowledge_base_move_request",
    "PostConvaiKnowledgeBaseRagIndexRequest": ".post_convai_knowledge_base_rag_index_request",
    "PostConvaiKnowledgeBaseRagIndexResponse200": ".post_convai_knowledge_base_rag_index_response_200",
    "PostConvaiTwilioRegisterCallRequest": ".post_convai_twilio_register_call_request",
    "PostConvaiWhatsappOutboundCallRequest": ".post_convai_whatsapp_outbound_call_request",
    "PostConvaiWhatsappOutboundMessageRequest": ".post_convai_whatsapp_outbound_message_request",
    "PostDialDigitsDynamicVariable": ".post_dial_digits_dynamic_variable",
    "PostDialDigitsStatic": ".post_dial_digits_static",
    "PostDubbingProjectForm": ".post_dubbing_project_form",
    "PostDubbingProjectFormModelIdType0": ".post_dubbing_project_form_model_id_type_0",
    "PostDubbingProjectLanguageRequest": ".post_dubbing_project_language_request",
    "PostDubbingProjectLanguageRequestTranslationsType0": ".post_dubbing_project_language_request_translations_type_0",
    "PostDubbingResourceMigrateSegmentsRequest": ".post_dubbing_resource_migrate_segments_request",
    "PostDubbingResourceSpeakerRequest": ".post_dubbing_resource_speaker_request",
    "PostMusicDetailedStreamOutputFormat": ".post_music_detailed_stream_output_format",
    "PostMusicDetailedStreamRequest": ".post_music_detailed_stream_request",
    "PostMusicFinetunesForm": ".post_music_finetunes_form",
    "PostMusicFinetunesFormVisibility": ".post_music_finetunes_form_visibility",
    "PostMusicStemSeparationForm": ".post_music_stem_separation_form",
    "PostMusicStemSeparationFormStemVariationId": ".post_music_stem_separation_form_stem_variation_id",
    "PostMusicUploadForm": ".post_music_upload_form",
    "PostMusicVideoToMusicForm": ".post_music_video_to_music_form",
    "PostProductionsOrdersItemsRequest": ".post_productions_orders_items_request",
    "PostProductionsOrdersMediaForm": ".post_productions_orders_media_form",
    "PostPronunciationDictionariesSetRulesRequest": ".post_pronunciation_dictionaries_set_rules_request",
    "PostServiceAccountsRequest": ".post_service_accounts_request",
    "PostTextToDialogueWithTimestampsOutputFormat": ".post_text_to_dialogue_with_timestamps_output_format",
    "PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequest": ".post_workspace_analytics_query_usage_by_product_over_time_request",
    "PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item": ".post_workspace_analytics_query_usage_by_product_over_time_request_group_by_type_0_item",
    "PostWorkspaceAnalyticsRequestsRequest": ".post_workspace_analytics_requests_request",
    "PostWorkspaceAnalyticsRequestsRequestSortType0": ".post_workspace_analytics_requests_request_sort_type_0",
    "PostWorkspaceWebhooksRequest": ".post_workspace_webhooks_request",
    "PostWorkspacesApiKeysThirdPartyDisablingRequest": ".post_workspaces_api_keys_third_party_disabling_request",
    "PreToolSpeechMode": ".pre_tool_speech_mode",
    "PreviewAudioDBModel": ".preview_audio_db_model",
    "Price": ".price",
    "PrivateKeyJWTResponse": ".private_key_jwt_response",
    "PrivateKeyJWTResponseAlgorithm": ".private_key_jwt_response_algorithm",
    "PrivateKeyJWTResponseExtraParams": ".private_key_jwt_response_extra_params",
    "ProcedureAtVersionInput": ".procedure_at_version_input",
    "ProcedureAtVersionOutput": ".procedure_at_version_output",
    "ProcedureAtVersionResponseModel": ".procedure_at_version_response_model",
    "ProcedureDraftResponseModel": ".procedure_draft_response_model",
    "ProcedureListItemResponseModel": ".procedure_list_item_response_model",
    "ProcedureType": ".procedure_type",
    "ProcedureValidationError": ".procedure_validation_error",
    "ProcedureVersionRef": ".procedure_version_ref",
    "ProjectCreationMetaType": ".project_creation_meta_type",
    "ProjectExternalAudioResponseModel": ".project_external_audio_response_model",
    "ProjectImageResponseModel": ".project_image_response_model",
    "ProjectMutedTracksResponseModel": ".project_muted_tracks_response_model",
    "ProjectVideoResponseModel": ".project_video_response_model",
    "ProjectVideoThumbnailSheetResponseModel": ".project_video_thumbnail_sheet_response_model",
    "ProjectVoiceResponseModel": ".project_voice_response_model",
    "PromptAgentAPIModelWorkflowOverrideInput": ".prompt_agent_api_model_workflow_override_input",
    "PromptAgentAPIModelWorkflowOverrideOutput": ".prompt_agent_api_model_workflow_override_output",
    "PromptInjectionGuardrail": ".prompt_injection_guardrail",
    "PronunciationAliasRule": ".pronunciation_alias_rule",
    "PronunciationDictionariesListSortType0": ".pronunciation_dictionaries_list_sort_type_0",
    "PronunciationDictionary": ".pronunciation_dictionary",
    "PronunciationDictionaryAliasRuleResponseModel": ".pronunciation_dictionary_alias_rule_response_model",
    "PronunciationDictionaryCreated": ".pronunciation_dictionary_created",
    "PronunciationDictionaryFileForm": ".pronunciation_dictionary_file_form",
    "PronunciationDictionaryList": ".pronunciation_dictionary_list",
    "PronunciationDictionaryLocator": ".pronunciation_dictionary_locator",
    "PronunciationDictionaryPhonemeRuleResponseModel": ".pronunciation_dictionary_phoneme_rule_response_model",
    "PronunciationDictionaryRulesRequest": ".pronunciation_dictionary_rules_request",
    "PronunciationDictionaryUpdate": ".pronunciation_dictionary_update",
    "PronunciationDictionaryVersion": ".pronunciation_dictionary_version",
    "PronunciationDictionaryVersionLocator": ".pronunciation_dictionary_version_locator",
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
    "QuoteInfo": ".quote_info",
    "RagConfigWorkflowOverrideInput": ".rag_config_workflow_override_input",
    "RagConfigWorkflowOverrideOutput": ".rag_config_workflow_override_output",
    "RAGIndexBatchSuccessfulResponseModel": ".rag_index_batch_successful_response_model",
    "ReadLegalTerms": ".read_legal_terms",
    "ReadMetadataChapterDBModel": ".read_metadata_chapter_db_model",
    "ReaderResource": ".reader_resource",
    "ReaderResourceResourceType": ".reader_resource_resource_type",
    "ReferenceVideo": ".reference_video",
    "ReferencedToolCommonModel": ".referenced_tool_common_model",
    "ReferencedToolCommonModelType": ".referenced_tool_common_model_type",
    "RefreshTokenAuthResponse": ".refresh_token_auth_response",
    "RefreshTokenAuthResponseExtraParams": ".refresh_token_auth_response_extra_params",
    "RegexParameterEvaluationStrategy": ".regex_parameter_evaluation_strategy",
    "RegionConfigRequest": ".region_config_request",
    "RegionalProcessingSurchargeInfo": ".regional_processing_surcharge_info",
    "RegisterForGroupSessionParams": ".register_for_group_session_params",
    "RegisterMediaResponse": ".register_media_response",
    "RemoveOrderItemResponse": ".remove_order_item_response",
    "ReplicateVoiceToIsolatedEnvironmentRequestModel": ".replicate_voice_to_isolated_environment_request_model",
    "ReplicateVoiceToIsolatedEnvironmentResponseModel": ".replicate_voice_to_isolated_environment_response_model",
    "ReportKnowledgeGapParams": ".report_knowledge_gap_params",
    "RequiredConstraint": ".required_constraint",
    "RequiredConstraints": ".required_constraints",
    "ResponseFilter": ".response_filter",
    "ResponseFilterMode": ".response_filter_mode",
    "ResponseUnitTestModel": ".response_unit_test_model",
    "ResponseUnitTestModelDynamicVariables": ".response_unit_test_model_dynamic_variables",
    "RestoreCalendarEventParams": ".restore_calendar_event_params",
    "RetryTriggerAction": ".retry_trigger_action",
    "ReviewResponseModel": ".review_response_model",
    "ReviewResponseModelRejectReasonsType0Item": ".review_response_model_reject_reasons_type_0_item",
    "ReviewResponseModelReviewStatus": ".review_response_model_review_status",
    "ReviewResponseModelScoresBreakdownType0": ".review_response_model_scores_breakdown_type_0",
    "RunConversationEvaluationsRequest": ".run_conversation_evaluations_request",
    "RunSubagentToolConfigInput": ".run_subagent_tool_config_input",
    "RunSubagentToolConfigOutput": ".run_subagent_tool_config_output",
    "SampleConfigDBModel": ".sample_config_db_model",
    "SampleConfigDBModelParentTypeType0": ".sample_config_db_model_parent_type_type_0",
    "ScheduleGroupSessionParams": ".schedule_group_session_params",
    "ScimGroupResponseModel": ".scim_group_response_model",
    "ScopedAnalysisResult": ".scoped_analysis_result",
    "ScopedAnalysisResultDataCollectionResults": ".scoped_analysis_result_data_collection_results",
    "ScopedAnalysisResultEvaluationCriteriaResults": ".scoped_analysis_result_evaluation_criteria_results",
    "SearchClientsParams": ".search_clients_params",
    "SearchHighlightSegment": ".search_highlight_segment",
    "SearchStrategy": ".search_strategy",
    "SeatType": ".seat_type",
    "SecretDependencyResourceType": ".secret_dependency_resource_type",
    "SectionSource": ".section_source",
    "SegmentMigrationResponse": ".segment_migration_response",
    "SegmentedJsonExportOptions": ".segmented_json_export_options",
    "SentimentAggregate": ".sentiment_aggregate",
    "SentimentAnalysisSettings": ".sentiment_analysis_settings",
    "SeparatedSpeaker": ".separated_speaker",
    "SetBookingSlugParams": ".set_booking_slug_params",
    "SeverityId": ".severity_id",
    "SFXModelId": ".sfx_model_id",
    "SfxSourceContext": ".sfx_source_context",
    "SfxSourceContextGenerationConfigType0": ".sfx_source_context_generation_config_type_0",
    "SimilarVoicesForm": ".similar_voices_form",
    "SimulationTestModel": ".simulation_test_model",
    "SimulationTestModelDynamicVariables": ".simulation_test_model_dynamic_variables",
    "SimulationTestModelToolMockOverrides": ".simulation_test_model_tool_mock_overrides",
    "SimulationToolMockBehaviorConfig": ".simulation_tool_mock_behavior_config",
    "SingleLanguagesResponse": ".single_languages_response",
    "SingleUseTokenResponseModel": ".single_use_token_response_model",
    "SingleUseTokenType": ".single_use_token_type",
    "SIPLogMessage": ".sip_log_message",
    "SIPLogMessageDirection": ".sip_log_message_direction",
    "SIPUriDynamicVariableTransferDestination": ".sip_uri_dynamic_variable_transfer_destination",
    "SlackBotAuthResponse": ".slack_bot_auth_response",
    "SMBToolConfig": ".smb_tool_config",
    "SMSConversationInfo": ".sms_conversation_info",
    "SMSConversationInfoDirection": ".sms_conversation_info_direction",
    "SoftTimeoutConfig": ".soft_timeout_config",
    "SoftTimeoutConfigOverride": ".soft_timeout_config_override",
    "SoftTimeoutConfigOverrideConfig": ".soft_timeout_config_override_config",
    "SoftTimeoutConfigWorkflowOverride": ".soft_timeout_config_workflow_override",
    "SongSection": ".song_section",
    "SongSourceContext": ".song_source_context",
    "SongSourceContextGenerationSettingsType0": ".song_source_context_generation_settings_type_0",
    "SortDirection": ".sort_direction",
    "SoundGenerationRequest": ".sound_generation_request",
    "SpeakerCreatedResponse": ".speaker_created_response",
    "SpeakerSeparation": ".speaker_separation",
    "SpeakerSeparationSpeakersType0": ".speaker_separation_speakers_type_0",
    "SpeakerSeparationStatus": ".speaker_separation_status",
    "SpeakerUtterance": ".speaker_utterance",
    "SpeechEngineConfig": ".speech_engine_config",
    "SpeechEngineConfigRequestHeaders": ".speech_engine_config_request_headers",
    "SpeechEngineConversationInitiationClientDataConfig": ".speech_engine_conversation_initiation_client_data_config",
    "SpeechEngineResponse": ".speech_engine_response",
    "SpeechEngineSummaryResponse": ".speech_engine_summary_response",
    "SpeechToSpeechForm": ".speech_to_speech_form",
    "SpeechToTextForm": ".speech_to_text_form",
    "SpeechToTextFormFileFormat": ".speech_to_text_form_file_format",
    "SpeechToTextFormModelId": ".speech_to_text_form_model_id",
    "SpeechToTextFormMultichannelOutputStyle": ".speech_to_text_form_multichannel_output_style",
    "SpeechToTextFormTimestampsGranularity": ".speech_to_text_form_timestamps_granularity",
    "SpeechToTextFormWebhookMetadataType1": ".speech_to_text_form_webhook_metadata_type_1",
    "SpellingPatience": ".spelling_patience",
    "SrtExportOptions": ".srt_export_options",
    "StartProcedureToolConfigInput": ".start_procedure_tool_config_input",
    "StartProcedureToolConfigInputProcedures": ".start_procedure_tool_config_input_procedures",
    "StartProcedureToolConfigOutput": ".start_procedure_tool_config_output",
    "StartProcedureToolConfigOutputProcedures": ".start_procedure_tool_config_output_procedures",
    "StaticAssetReference": ".static_asset_reference",
    "StatusId": ".status_id",
    "StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel": ".streaming_audio_chunk_with_timestamps_and_voice_segments_response_model",
    "StudioAccessLevel": ".studio_access_level",
    "StudioAgentSettingsModel": ".studio_agent_settings_model",
    "StudioAgentSettingsModelToolSettings": ".studio_agent_settings_model_tool_settings",
    "StudioAgentToolSettingsModel": ".studio_agent_tool_settings_model",
    "StudioCaptionAnimation": ".studio_caption_animation",
    "StudioCaptionAnimationType": ".studio_caption_animation_type",
    "StudioCaptionCharacterAnimation": ".studio_caption_character_animation",
    "StudioCaptionCharacterAnimationEnterType": ".studio_caption_character_animation_enter_type",
    "StudioCaptionCharacterAnimationExitType": ".studio_caption_character_animation_exit_type",
    "StudioCaptionHorizontalPlacement": ".studio_caption_horizontal_placement",
    "StudioCaptionHorizontalPlacementAlign": ".studio_caption_horizontal_placement_align",
    "StudioCaptionStyle": ".studio_caption_style",
    "StudioCaptionStyleTextAlignType0": ".studio_caption_style_text_align_type_0",
    "StudioCaptionStyleTextBlendModeType0": ".studio_caption_style_text_blend_mode_type_0",
    "StudioCaptionStyleTextStyleType0": ".studio_caption_style_text_style_type_0",
    "StudioCaptionStyleTextTransformType0": ".studio_caption_style_text_transform_type_0",
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
    "StudioClipReference": ".studio_clip_reference",
    "StudioClipReferenceClipType": ".studio_clip_reference_clip_type",
    "StudioFiction": ".studio_fiction",
    "StudioPodcastBulletinMode": ".studio_podcast_bulletin_mode",
    "StudioPodcastBulletinVoice": ".studio_podcast_bulletin_voice",
    "StudioPodcastConversationMode": ".studio_podcast_conversation_mode",
    "StudioPodcastConversationVoices": ".studio_podcast_conversation_voices",
    "StudioPodcastRequest": ".studio_podcast_request",
    "StudioPodcastRequestApplyTextNormalizationType0": ".studio_podcast_request_apply_text_normalization_type_0",
    "StudioPodcastRequestDurationScale": ".studio_podcast_request_duration_scale",
    "StudioPodcastTextSource": ".studio_podcast_text_source",
    "StudioPodcastUrlSource": ".studio_podcast_url_source",
    "StudioProject": ".studio_project",
    "StudioProjectAspectRatioType0": ".studio_project_aspect_ratio_type_0",
    "StudioProjectCaptionStyleTemplateOverridesType0": ".studio_project_caption_style_template_overrides_type_0",
    "StudioProjectContentForm": ".studio_project_content_form",
    "StudioProjectCreateForm": ".studio_project_create_form",
    "StudioProjectCreationMeta": ".studio_project_creation_meta",
    "StudioProjectCreationMetaStatus": ".studio_project_creation_meta_status",
    "StudioProjectExtended": ".studio_project_extended",
    "StudioProjectExtendedAspectRatioType0": ".studio_project_extended_aspect_ratio_type_0",
    "StudioProjectExtendedCaptionStyleTemplateOverridesType0": ".studio_project_extended_caption_style_template_overrides_type_0",
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
    "StudioTextStyleOutlineModel": ".studio_text_style_outline_model",
    "StudioTextStyleShadowModel": ".studio_text_style_shadow_model",
    "SubAgentInput": ".sub_agent_input",
    "SubAgentOutput": ".sub_agent_output",
    "SubmitBusinessInfoParams": ".submit_business_info_params",
    "SubmitOrderResponse": ".submit_order_response",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
    "SubtitleOrderItemRequest": ".subtitle_order_item_request",
    "SuggestedAudioTag": ".suggested_audio_tag",
    "TelephonyCallConfig": ".telephony_call_config",
    "TelephonyDirection": ".telephony_direction",
    "TestFromConversationMetadataInput": ".test_from_conversation_metadata_input",
    "TestFromConversationMetadataOutput": ".test_from_conversation_metadata_output",
    "TestInvocationSummaryResponseModel": ".test_invocation_summary_response_model",
    "TestRunMetadata": ".test_run_metadata",
    "TestRunMetadataTestType": ".test_run_metadata_test_type",
    "TestRunResultBucket": ".test_run_result_bucket",
    "TestRunResultSummary": ".test_run_result_summary",
    "TestSharingMode": ".test_sharing_mode",
    "TestType": ".test_type",
    "TextNormalisationType": ".text_normalisation_type",
    "TextNormalizationMode": ".text_normalization_mode",
    "TextToDialogueConvertOutputFormat": ".text_to_dialogue_convert_output_format",
    "TextToDialogueRequest": ".text_to_dialogue_request",
    "TextToDialogueRequestApplyTextNormalization": ".text_to_dialogue_request_apply_text_normalization",
    "TextToSpeechRequest": ".text_to_speech_request",
    "TextToSpeechWithTimestampsRequest": ".text_to_speech_with_timestamps_request",
    "ThresholdGuardrail": ".threshold_guardrail",
    "TicketCommentResponseModel": ".ticket_comment_response_model",
    "TimeRange": ".time_range",
    "ToolCallSoundBehavior": ".tool_call_sound_behavior",
    "ToolCallSoundType": ".tool_call_sound_type",
    "ToolCallUnitTestModel": ".tool_call_unit_test_model",
    "ToolCallUnitTestModelDynamicVariables": ".tool_call_unit_test_model_dynamic_variables",
    "ToolErrorHandlingMode": ".tool_error_handling_mode",
    "ToolExecution": ".tool_execution",
    "ToolExecutionMode": ".tool_execution_mode",
    "ToolExecutionResponseModel": ".tool_execution_response_model",
    "ToolExecutionTaskSupportType0": ".tool_execution_task_support_type_0",
    "ToolInterruptionMode": ".tool_interruption_mode",
    "ToolResponseMockConfigInput": ".tool_response_mock_config_input",
    "ToolResponseMockConfigOutput": ".tool_response_mock_config_output",
    "ToolSortBy": ".tool_sort_by",
    "ToolTypeFilter": ".tool_type_filter",
    "TopicDiscoverySettings": ".topic_discovery_settings",
    "TopicEvaluationCriteriaAggregate": ".topic_evaluation_criteria_aggregate",
    "TopicMetricsAggregate": ".topic_metrics_aggregate",
    "TopicSentimentAggregate": ".topic_sentiment_aggregate",
    "TopicSortBy": ".topic_sort_by",
    "Transcript": ".transcript",
    "TranscriptCharacter": ".transcript_character",
    "TranscriptExport": ".transcript_export",
    "TranscriptWord": ".transcript_word",
    "TranscriptWordType": ".transcript_word_type",
    "TranscriptionAccepted": ".transcription_accepted",
    "TranscriptionOrderItemRequest": ".transcription_order_item_request",
    "TransferBranchInfoDefaultingToMain": ".transfer_branch_info_defaulting_to_main",
    "TransferBranchInfoTrafficSplit": ".transfer_branch_info_traffic_split",
    "TransferToNumberResultExotelSuccessModel": ".transfer_to_number_result_exotel_success_model",
    "TriggerUserVerificationParams": ".trigger_user_verification_params",
    "TriggeredGuardrailCommonModel": ".triggered_guardrail_common_model",
    "TTSConversationalConfigWorkflowOverrideInput": ".tts_conversational_config_workflow_override_input",
    "TTSConversationalConfigWorkflowOverrideOutput": ".tts_conversational_config_workflow_override_output",
    "TtsVoiceSettings": ".tts_voice_settings",
    "TurnCommentRequestModel": ".turn_comment_request_model",
    "TurnCommentResponseModel": ".turn_comment_response_model",
    "TurnConfigOverride": ".turn_config_override",
    "TurnConfigOverrideConfig": ".turn_config_override_config",
    "TurnConfigWorkflowOverride": ".turn_config_workflow_override",
    "TurnEagerness": ".turn_eagerness",
    "TurnModel": ".turn_model",
    "TwilioEdgeLocation": ".twilio_edge_location",
    "TwilioRegionId": ".twilio_region_id",
    "TxtExportOptions": ".txt_export_options",
    "UnitTestToolCallEvaluationModelInput": ".unit_test_tool_call_evaluation_model_input",
    "UnitTestToolCallEvaluationModelOutput": ".unit_test_tool_call_evaluation_model_output",
    "UnitTestToolCallParameter": ".unit_test_tool_call_parameter",
    "UnitTestWorkflowNodeTransitionEvaluationNodeId": ".unit_test_workflow_node_transition_evaluation_node_id",
    "UpdateAgentProcedureParams": ".update_agent_procedure_params",
    "UpdateAgentRuleParams": ".update_agent_rule_params",
    "UpdateAssetParams": ".update_asset_params",
    "UpdateBasicAuthRequest": ".update_basic_auth_request",
    "UpdateBearerAuthRequest": ".update_bearer_auth_request",
    "UpdateBookingPageAppearanceParams": ".update_booking_page_appearance_params",
    "UpdateBookingPageSettingsParams": ".update_booking_page_settings_params",
    "UpdateBusinessInfoParams": ".update_business_info_params",
    "UpdateCalendarEventParams": ".update_calendar_event_params",
    "UpdateClientParams": ".update_client_params",
    "UpdateCustomerFacingConfigParams": ".update_customer_facing_config_params",
    "UpdateEnvironmentVariableRequest": ".update_environment_variable_request",
    "UpdateEnvironmentVariableRequestValues": ".update_environment_variable_request_values",
    "UpdateGroupSessionSeatsParams": ".update_group_session_seats_params",
    "UpdateHolidayParams": ".update_holiday_params",
    "UpdateLocationParams": ".update_location_params",
    "UpdateMusicFinetuneRequestModel": ".update_music_finetune_request_model",
    "UpdateMusicFinetuneRequestModelVisibilityType0": ".update_music_finetune_request_model_visibility_type_0",
    "UpdateOAuth2ClientCredsRequest": ".update_o_auth_2_client_creds_request",
    "UpdateOAuth2ClientCredsRequestCustomHeadersType0": ".update_o_auth_2_client_creds_request_custom_headers_type_0",
    "UpdateOAuth2ClientCredsRequestExtraParamsType0": ".update_o_auth_2_client_creds_request_extra_params_type_0",
    "UpdateOAuth2JWTRequest": ".update_o_auth_2jwt_request",
    "UpdateOAuth2JWTRequestAlgorithmType0": ".update_o_auth_2jwt_request_algorithm_type_0",
    "UpdateOAuth2JWTRequestExtraParamsType0": ".update_o_auth_2jwt_request_extra_params_type_0",
    "UpdateOAuth2JWTRequestTokenResponseFieldType0": ".update_o_auth_2jwt_request_token_response_field_type_0",
    "UpdateOrderRequest": ".update_order_request",
    "UpdateOrderResponse": ".update_order_response",
    "UpdateProcedureDraftRequestModel": ".update_procedure_draft_request_model",
    "UpdateProductParams": ".update_product_params",
    "UpdateResponseUnitTestRequest": ".update_response_unit_test_request",
    "UpdateResponseUnitTestRequestDynamicVariables": ".update_response_unit_test_request_dynamic_variables",
    "UpdateServiceParams": ".update_service_params",
    "UpdateSimulationTestRequest": ".update_simulation_test_request",
    "UpdateSimulationTestRequestDynamicVariables": ".update_simulation_test_request_dynamic_variables",
    "UpdateSimulationTestRequestToolMockOverrides": ".update_simulation_test_request_tool_mock_overrides",
    "UpdateSpeechEngineRequest": ".update_speech_engine_request",
    "UpdateStaffParams": ".update_staff_params",
    "UpdateToolCallUnitTestRequest": ".update_tool_call_unit_test_request",
    "UpdateToolCallUnitTestRequestDynamicVariables": ".update_tool_call_unit_test_request_dynamic_variables",
    "UpdateTransferRuleParams": ".update_transfer_rule_params",
    "UpdateWhatsAppAccountRequest": ".update_whats_app_account_request",
    "UpsertOrderItemRequest": ".upsert_order_item_request",
    "UpsertOrderItemResponse": ".upsert_order_item_response",
    "UrlModel": ".url_model",
    "UrlSecretAuthResponse": ".url_secret_auth_response",
    "UsageAggregationInterval": ".usage_aggregation_interval",
    "UsageBreakdownType": ".usage_breakdown_type",
    "UsageMetric": ".usage_metric",
    "User": ".user",
    "UserAccessManagementActivityId": ".user_access_management_activity_id",
    "UserModel": ".user_model",
    "UserTypeId": ".user_type_id",
    "UsersSortBy": ".users_sort_by",
    "UUITransferConfig": ".uui_transfer_config",
    "UUITransferConfigProtocolDiscriminatorMode": ".uui_transfer_config_protocol_discriminator_mode",
    "VADConfig": ".vad_config",
    "VADConfigWorkflowOverride": ".vad_config_workflow_override",
    "ValidateUserVerificationCodeParams": ".validate_user_verification_code_params",
    "ValidationError": ".validation_error",
    "Veo31FastRequest": ".veo_31_fast_request",
    "Veo31FastRequestAspectRatio": ".veo_31_fast_request_aspect_ratio",
    "Veo31FastRequestDurationSecs": ".veo_31_fast_request_duration_secs",
    "Veo31FastRequestResolution": ".veo_31_fast_request_resolution",
    "Veo31Request": ".veo_31_request",
    "Veo31RequestAspectRatio": ".veo_31_request_aspect_ratio",
    "Veo31RequestDurationSecs": ".veo_31_request_duration_secs",
    "Veo31RequestResolution": ".veo_31_request_resolution",
    "VeoImageReference": ".veo_image_reference",
    "VeoImageReferenceRole": ".veo_image_reference_role",
    "Verbosity": ".verbosity",
    "VerificationAttempt": ".verification_attempt",
    "VerificationRecording": ".verification_recording",
    "VerifiedVoiceLanguage": ".verified_voice_language",
    "VideoAnalysis": ".video_analysis",
    "VideoAnalysisResult": ".video_analysis_result",
    "VideoAnalysisStatus": ".video_analysis_status",
    "VideoKeyMoment": ".video_key_moment",
    "VideoSegment": ".video_segment",
    "VideoSubject": ".video_subject",
    "VisitedAgentRef": ".visited_agent_ref",
    "Voice": ".voice",
    "VoiceAccentResponseModel": ".voice_accent_response_model",
    "VoiceCategory": ".voice_category",
    "VoiceDesignModel": ".voice_design_model",
    "VoiceDesignRequest": ".voice_design_request",
    "VoiceLabellingStatusType0": ".voice_labelling_status_type_0",
    "VoiceLabels": ".voice_labels",
    "VoiceList": ".voice_list",
    "VoiceModerationCheck": ".voice_moderation_check",
    "VoicePage": ".voice_page",
    "VoicePreview": ".voice_preview",
    "VoicePreviews": ".voice_previews",
    "VoicePreviewsRequest": ".voice_previews_request",
    "VoiceRecordingQualityType0": ".voice_recording_quality_type_0",
    "VoiceRemixRequestModel": ".voice_remix_request_model",
    "VoiceSafetyControlType0": ".voice_safety_control_type_0",
    "VoiceSample": ".voice_sample",
    "VoiceSegment": ".voice_segment",
    "VoiceSettings": ".voice_settings",
    "VoiceSettings2": ".voice_settings_2",
    "VoiceSharing": ".voice_sharing",
    "VoiceSharingLabels": ".voice_sharing_labels",
    "VoiceSharingReviewStatus": ".voice_sharing_review_status",
    "VoiceSharingStatus": ".voice_sharing_status",
    "VoiceStatisticsResponseModel": ".voice_statistics_response_model",
    "VoiceVerification": ".voice_verification",
    "VOICECATEGORY": ".voicecategory",
    "VoicesGetSharedCategory": ".voices_get_shared_category",
    "VoicesGetSharedSort": ".voices_get_shared_sort",
    "VoicesNotPermittedWarning": ".voices_not_permitted_warning",
    "WebhookEventType": ".webhook_event_type",
    "WebhookHMACSettings": ".webhook_hmac_settings",
    "WebhookHMACSettingsRequestHeadersType0": ".webhook_hmac_settings_request_headers_type_0",
    "WebhookTargetAll": ".webhook_target_all",
    "WebhookTargetIds": ".webhook_target_ids",
    "WebhookTranscriptFormat": ".webhook_transcript_format",
    "WhatsAppAuthResponse": ".whats_app_auth_response",
    "WhatsAppConversationInfo": ".whats_app_conversation_info",
    "WhatsAppConversationInfoDirection": ".whats_app_conversation_info_direction",
    "WhatsAppOutboundCallResponse": ".whats_app_outbound_call_response",
    "WhatsAppOutboundMessageResponse": ".whats_app_outbound_message_response",
    "WhatsAppTemplateBodyComponentParams": ".whats_app_template_body_component_params",
    "WhatsAppTemplateButtonComponentParams": ".whats_app_template_button_component_params",
    "WhatsAppTemplateDocumentParam": ".whats_app_template_document_param",
    "WhatsAppTemplateDocumentParamDetails": ".whats_app_template_document_param_details",
    "WhatsAppTemplateHeaderComponentParams": ".whats_app_template_header_component_params",
    "WhatsAppTemplateImageParam": ".whats_app_template_image_param",
    "WhatsAppTemplateImageParamDetails": ".whats_app_template_image_param_details",
    "WhatsAppTemplateLocationParam": ".whats_app_template_location_param",
    "WhatsAppTemplateLocationParamDetails": ".whats_app_template_location_param_details",
    "WhatsAppTemplateTextParam": ".whats_app_template_text_param",
    "WidgetEndFeedbackConfig": ".widget_end_feedback_config",
    "WidgetEndFeedbackType": ".widget_end_feedback_type",
    "WidgetTermsTranslation": ".widget_terms_translation",
    "WidgetTextContentsTranslation": ".widget_text_contents_translation",
    "WidgetTextContentsTranslationSource": ".widget_text_contents_translation_source",
    "WidgetTextContentsTranslationText": ".widget_text_contents_translation_text",
    "WordTimestamp": ".word_timestamp",
    "WorkflowEdgeModelInput": ".workflow_edge_model_input",
    "WorkflowEdgeModelOutput": ".workflow_edge_model_output",
    "WorkflowEndNodeModelInput": ".workflow_end_node_model_input",
    "WorkflowEndNodeModelOutput": ".workflow_end_node_model_output",
    "WorkflowExpressionConditionModelInput": ".workflow_expression_condition_model_input",
    "WorkflowExpressionConditionModelOutput": ".workflow_expression_condition_model_output",
    "WorkflowLLMConditionModelInput": ".workflow_llm_condition_model_input",
    "WorkflowLLMConditionModelOutput": ".workflow_llm_condition_model_output",
    "WorkflowOverrideAgentNodeModelInput": ".workflow_override_agent_node_model_input",
    "WorkflowOverrideAgentNodeModelOutput": ".workflow_override_agent_node_model_output",
    "WorkflowPhoneNumberNodeModelInput": ".workflow_phone_number_node_model_input",
    "WorkflowPhoneNumberNodeModelOutput": ".workflow_phone_number_node_model_output",
    "WorkflowResultConditionModelInput": ".workflow_result_condition_model_input",
    "WorkflowResultConditionModelOutput": ".workflow_result_condition_model_output",
    "WorkflowStandaloneAgentNodeModelInput": ".workflow_standalone_agent_node_model_input",
    "WorkflowStandaloneAgentNodeModelOutput": ".workflow_standalone_agent_node_model_output",
    "WorkflowStartNodeModelInput": ".workflow_start_node_model_input",
    "WorkflowStartNodeModelOutput": ".workflow_start_node_model_output",
    "WorkflowToolLocator": ".workflow_tool_locator",
    "WorkflowToolLocatorSchemaOverridesType0": ".workflow_tool_locator_schema_overrides_type_0",
    "WorkflowToolNodeModelInput": ".workflow_tool_node_model_input",
    "WorkflowToolNodeModelOutput": ".workflow_tool_node_model_output",
    "WorkflowUnconditionalModelInput": ".workflow_unconditional_model_input",
    "WorkflowUnconditionalModelOutput": ".workflow_unconditional_model_output",
    "WorkspaceAnalyticsQueryResponseModel": ".workspace_analytics_query_response_model",
    "WorkspaceAnalyticsQueryResponseModelColumnTypesItem": ".workspace_analytics_query_response_model_column_types_item",
    "WorkspaceApiKey": ".workspace_api_key",
    "WorkspaceApiKeyCreate": ".workspace_api_key_create",
    "WorkspaceApiKeyCreated": ".workspace_api_key_created",
    "WorkspaceApiKeyList": ".workspace_api_key_list",
    "WorkspaceApiKeyPermission": ".workspace_api_key_permission",
    "WorkspaceApiKeyUpdate": ".workspace_api_key_update",
    "WorkspaceApiKeyUpdateAllowedIpsType1": ".workspace_api_key_update_allowed_ips_type_1",
    "WorkspaceApiKeyUpdateCharacterLimitType1": ".workspace_api_key_update_character_limit_type_1",
    "WorkspaceApiKeyUpdatePermissionsType1": ".workspace_api_key_update_permissions_type_1",
    "WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1": ".workspace_api_key_update_third_party_disable_allowed_type_1",
    "WorkspaceAuditLogEntryResponse": ".workspace_audit_log_entry_response",
    "WorkspaceAuditLogEntryResponseMetadata": ".workspace_audit_log_entry_response_metadata",
    "WorkspaceAuditLogEntryResponseUnmapped": ".workspace_audit_log_entry_response_unmapped",
    "WorkspaceAuditLogsPageResponse": ".workspace_audit_logs_page_response",
    "WorkspaceBulkInvite": ".workspace_bulk_invite",
    "WorkspaceCreateServiceAccountResponseModel": ".workspace_create_service_account_response_model",
    "WorkspaceCreateWebhookResponseModel": ".workspace_create_webhook_response_model",
    "WorkspaceGroup": ".workspace_group",
    "WorkspaceGroupMember": ".workspace_group_member",
    "WorkspaceGroupPermission": ".workspace_group_permission",
    "WorkspaceGroupResponseModel": ".workspace_group_response_model",
    "WorkspaceInvite": ".workspace_invite",
    "WorkspaceInviteDelete": ".workspace_invite_delete",
    "WorkspaceMemberResponseModel": ".workspace_member_response_model",
    "WorkspaceMemberUpdate": ".workspace_member_update",
    "WorkspaceResource": ".workspace_resource",
    "WorkspaceResourceAnonymousAccessLevelOverrideType0": ".workspace_resource_anonymous_access_level_override_type_0",
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
    "WorkspaceWebhookEventType": ".workspace_webhook_event_type",
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
    "AccountChangeActivityId",
    "ActorModel",
    "ActorModelSessionType0",
    "AddSharedVoiceRequest",
    "AddSharedVoiceResult",
    "AddTicketCommentRequestModel",
    "AddTurnCommentRequestModel",
    "AddVoiceForm",
    "AddVoiceFormLabelsType0",
    "AddVoiceResult",
    "AgentAnalysisItemsInput",
    "AgentAnalysisItemsOutput",
    "AgentBranchBasicInfo",
    "AgentBranchResponse",
    "AgentBranchSummary",
    "AgentConfigAPIModelWorkflowOverrideInput",
    "AgentConfigAPIModelWorkflowOverrideInputTextBehaviorOverridesType0",
    "AgentConfigAPIModelWorkflowOverrideOutput",
    "AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0",
    "AgentConversationTicketIssueType",
    "AgentConversationTicketResponseModel",
    "AgentConversationTicketSource",
    "AgentConversationTicketStatus",
    "AgentDefinitionSource",
    "AgentDeploymentPercentageStrategy",
    "AgentDeploymentRequest",
    "AgentDeploymentRequestItem",
    "AgentDeploymentResponse",
    "AgentDeploymentResponseTrafficPercentageBranchIdMap",
    "AgentFailureResponseExample",
    "AgentKnowledgeBaseRagChunkResponseModel",
    "AgentKnowledgeBaseRagQueryRequestModel",
    "AgentKnowledgeBaseRagQueryResponseModel",
    "AgentMetadata",
    "AgentMetadataDBModel",
    "AgentSortBy",
    "AgentSuccessfulResponseExample",
    "AgentSummaryBatchSuccessfulResponseModel",
    "AgentTestEntityType",
    "AgentTestFolderPathSegmentResponseModel",
    "AgentTopicResponseModel",
    "AgentTrustContext",
    "AgentVersionMetadata",
    "AgentVersionParents",
    "AgentWorkflowRequestModel",
    "AgentWorkflowRequestModelEdges",
    "AgentWorkflowRequestModelNodes",
    "AgentWorkflowResponseModel",
    "AgentWorkflowResponseModelEdges",
    "AgentWorkflowResponseModelNodes",
    "AlertingIntegrationNotifier",
    "AlertingIntegrationNotifierResponse",
    "AlertingMonitorConfig",
    "AlertingSettings",
    "AlertingSettingsMonitorConfigs",
    "AlertingSettingsResponse",
    "AlertingSettingsResponseMonitorConfigs",
    "AlertingWebhookNotifier",
    "AlertingWebhookNotifierResponse",
    "AnalysisCharging",
    "AnalysisProperty",
    "AnalysisPropertyType",
    "AnalysisRunningTotal",
    "AnalysisRunningTotalChargePerFeature",
    "AnalysisRunningTotalPricePerFeature",
    "AnalysisRunSnapshot",
    "AnalysisRunSnapshotChargePerFeature",
    "AnalysisRunSnapshotPricePerFeature",
    "AnalysisScope",
    "AnalysisType",
    "ApiErrorDetail",
    "ApiErrorResponse",
    "ApiIntegrationOAuth2AuthCodeResponse",
    "ApiIntegrationOAuth2AuthCodeResponseScopeSeparator",
    "ApiIntegrationOAuth2CustomAppResponse",
    "ApiIntegrationOAuth2CustomAppResponseScopeSeparator",
    "ApiIntegrationWebhookOverrides",
    "ApiIntegrationWebhookOverridesRequestHeadersType0",
    "ApiIntegrationWebhookOverridesSchemaOverridesType0",
    "ApiIntegrationWebhookToolConfigInput",
    "ApiIntegrationWebhookToolConfigOutput",
    "ASRConversationalConfigOverride",
    "ASRConversationalConfigOverrideConfig",
    "ASRConversationalConfigWorkflowOverride",
    "AssetListResponse",
    "AssetResponse",
    "AssetTranscription",
    "AssetTranscriptionData",
    "AssetTranscriptionStatus",
    "AssignableUserResponseModel",
    "AssignConversationTagsRequestModel",
    "ASTAdditionOperatorNodeInput",
    "ASTAdditionOperatorNodeOutput",
    "ASTAndOperatorNodeInput",
    "ASTAndOperatorNodeOutput",
    "ASTBooleanNodeInput",
    "ASTBooleanNodeOutput",
    "ASTConditionalOperatorNodeInput",
    "ASTConditionalOperatorNodeOutput",
    "ASTDivisionOperatorNodeInput",
    "ASTDivisionOperatorNodeOutput",
    "ASTDynamicVariableNodeInput",
    "ASTDynamicVariableNodeOutput",
    "ASTEqualsOperatorNodeInput",
    "ASTEqualsOperatorNodeOutput",
    "ASTGreaterThanOperatorNodeInput",
    "ASTGreaterThanOperatorNodeOutput",
    "ASTGreaterThanOrEqualsOperatorNodeInput",
    "ASTGreaterThanOrEqualsOperatorNodeOutput",
    "ASTLessThanOperatorNodeInput",
    "ASTLessThanOperatorNodeOutput",
    "ASTLessThanOrEqualsOperatorNodeInput",
    "ASTLessThanOrEqualsOperatorNodeOutput",
    "ASTLLMNodeInputType0",
    "ASTLLMNodeInputType1",
    "ASTLLMNodeOutput",
    "ASTMultiplicationOperatorNodeInput",
    "ASTMultiplicationOperatorNodeOutput",
    "ASTNotEqualsOperatorNodeInput",
    "ASTNotEqualsOperatorNodeOutput",
    "ASTNullNodeInput",
    "ASTNullNodeOutput",
    "ASTNumberNodeInput",
    "ASTNumberNodeOutput",
    "ASTOrOperatorNodeInput",
    "ASTOrOperatorNodeOutput",
    "ASTStringNodeInput",
    "ASTStringNodeOutput",
    "ASTSubtractionOperatorNodeInput",
    "ASTSubtractionOperatorNodeOutput",
    "AsyncConversationMetadata",
    "AsyncConversationMetadataDeliveryStatus",
    "AttachedSystemDataCollectionRef",
    "AttachedSystemEvaluationRef",
    "AttachedSystemEvaluationRefAnalysisItemId",
    "AttachedUserDataCollectionRef",
    "AttachedUserEvaluationRef",
    "AudioAnalysis",
    "AudioAnalysisResult",
    "AudioAnalysisStatus",
    "AudioChunkWithTimestamps",
    "AudioIsolationForm",
    "AudioIsolationHistoryItemResponseModel",
    "AudioIsolationStreamForm",
    "AudioIsolationStreamFormFileFormat",
    "AudioKeyMoment",
    "AudioNativeContentForm",
    "AudioNativeContentResult",
    "AudioNativeCreateForm",
    "AudioNativeCreateFormApplyTextNormalization",
    "AudioNativeProject",
    "AudioNativeSettings",
    "AudioNativeSettingsResult",
    "AudioNativeSettingsStatus",
    "AudioRefChunk",
    "AudioSegment",
    "AudioWithTimestamps",
    "AudioWithTimestampsAndVoiceSegmentsResponseModel",
    "AuthConnectionDependencies",
    "AuthConnectionLocator",
    "AuthConnectionStatus",
    "AuthenticationActivityId",
    "AutoSyncInfo",
    "BackgroundSoundConfig",
    "BackgroundSoundConfigWorkflowOverride",
    "BackgroundSoundPresetId",
    "BackgroundSoundSourceType",
    "BackupLLMDefault",
    "BackupLLMDisabled",
    "BackupLLMOverride",
    "BaseTurnConfig",
    "BasicAuthResponse",
    "BatchCallWhatsAppParams",
    "BatchFailureResponseModel",
    "BearerAuthResponse",
    "BehaviorOverride",
    "BillingPeriod",
    "BodyTextToDialogueFullWithTimestamps",
    "BodyTextToDialogueFullWithTimestampsApplyTextNormalization",
    "BodyTextToDialogueStreamWithTimestamps",
    "BodyTextToDialogueStreamWithTimestampsApplyTextNormalization",
    "BranchProtectionStatus",
    "BucketingStatus",
    "BuiltInToolsWorkflowOverrideInput",
    "BuiltInToolsWorkflowOverrideOutput",
    "BytedanceSeedance25Request",
    "BytedanceSeedance25RequestAspectRatio",
    "BytedanceSeedance25RequestResolution",
    "BytedanceSeedance2FastRequest",
    "BytedanceSeedance2FastRequestAspectRatio",
    "BytedanceSeedance2FastRequestResolution",
    "BytedanceSeedance2MiniRequest",
    "BytedanceSeedance2MiniRequestAspectRatio",
    "BytedanceSeedance2MiniRequestResolution",
    "BytedanceSeedance2Request",
    "BytedanceSeedance2RequestAspectRatio",
    "BytedanceSeedance2RequestResolution",
    "BytedanceSeedream5LiteRequest",
    "BytedanceSeedream5LiteRequestAspectRatio",
    "BytedanceSeedream5LiteRequestResolution",
    "BytedanceSeedream5ProRequest",
    "BytedanceSeedream5ProRequestAspectRatio",
    "BytedanceSeedream5ProRequestResolution",
    "CancelCalendarEventParams",
    "CancelGroupSessionForAllParams",
    "CancelGroupSessionRegistrationParams",
    "CanvasPlacement",
    "CharacterAlignment",
    "CharacterUsage",
    "CharacterUsageUsage",
    "ChatSourceMedium",
    "CheckServiceAvailabilityParams",
    "ClipAnimation",
    "ClipAnimationEnterEffect",
    "ClipAnimationExitEffect",
    "ColumnFilter",
    "ColumnFilterOperation",
    "ColumnUnit",
    "CompileProceduresResponseModel",
    "CompileProceduresValidationErrorResponseModel",
    "CompileProceduresValidationErrorResponseModelErrors",
    "CompositionPlan",
    "CompositionPlan2",
    "ConfigEntityType",
    "ConflictSection",
    "ConstantSchemaOverride",
    "ConstantSchemaOverrideConstantValueType5",
    "ContentConfig",
    "ContentFormat",
    "ContentGuardrailInput",
    "ContentGuardrailOutput",
    "ContentThresholdGuardrail",
    "ContentThresholdGuardrailThresholdType1",
    "ContextualUpdateInfo",
    "Contributor",
    "ConvaiAccessLevel",
    "ConvaiAgent",
    "ConvaiAgentAvatar",
    "ConvaiAgentAvatarForm",
    "ConvaiAgentConfigInput",
    "ConvaiAgentConfigInputTextBehaviorOverridesType0",
    "ConvaiAgentConfigOutput",
    "ConvaiAgentConfigOutputTextBehaviorOverridesType0",
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
    "ConvaiAgentUpdateRequestProceduresType0",
    "ConvaiAgentWidget",
    "ConvaiAllowlistItem",
    "ConvaiArrayJsonSchemaPropertyInput",
    "ConvaiArrayJsonSchemaPropertyInputPropertyKind",
    "ConvaiArrayJsonSchemaPropertyOutput",
    "ConvaiAsrConfig",
    "ConvaiAsrInputFormat",
    "ConvaiAsrProvider",
    "ConvaiAsrQuality",
    "ConvaiAttachedTest",
    "ConvaiAuthorizationMethod",
    "ConvaiAuthSettings",
    "ConvaiBatchCall",
    "ConvaiBatchCallDetail",
    "ConvaiBatchCallPage",
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
    "ConvaiConversationInitAgentOverrideOutput",
    "ConvaiConversationInitClientDataInput",
    "ConvaiConversationInitClientDataInputCustomLlmExtraBody",
    "ConvaiConversationInitClientDataInputDynamicVariables",
    "ConvaiConversationInitClientDataInternal",
    "ConvaiConversationInitClientDataInternalCustomLlmExtraBody",
    "ConvaiConversationInitClientDataInternalDynamicVariables",
    "ConvaiConversationInitClientDataInternalToolMockOverrides",
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
    "ConvaiConversationOtlpTracesType0",
    "ConvaiConversationPage",
    "ConvaiConversationRagUsage",
    "ConvaiConversationSettings",
    "ConvaiConversationsGetFormat",
    "ConvaiConversationsListExcludeStatusesType0Item",
    "ConvaiConversationsListSummaryMode",
    "ConvaiConversationStatus",
    "ConvaiConversationSummary",
    "ConvaiConversationSummaryDataCollectionResultsType0",
    "ConvaiConversationSummaryEvaluationCriteriaResultsType0",
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
    "ConvAIDynamicVariable",
    "ConvaiDynamicVariableAssignment",
    "ConvaiDynamicVariablesConfig",
    "ConvaiDynamicVariablesConfigDynamicVariablePlaceholders",
    "ConvaiDynamicVariableUpdate",
    "ConvaiElevenAssistantInfo",
    "ConvaiEmbeddingModel",
    "ConvaiEndCallResult",
    "ConvaiEndCallToolParams",
    "ConvAIEnvVarLocator",
    "ConvaiEvaluationCriterion",
    "ConvaiEvaluationResult",
    "ConvaiEvaluationSettings",
    "ConvaiFeatureStatus",
    "ConvaiFeaturesUsage",
    "ConvaiFeedbackScore",
    "ConvAIFileUploadResponseModel",
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
    "ConvaiLiteralJsonSchemaPropertyTypeType0",
    "ConvaiLiveKitToken",
    "ConvaiLlm",
    "ConvaiLlmCategoryUsage",
    "ConvaiLlmInputOutputTokens",
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
    "ConvaiMcpServerConfigInputRequestMeta",
    "ConvaiMcpServerConfigOutput",
    "ConvaiMcpServerConfigOutputRequestHeaders",
    "ConvaiMcpServerConfigOutputRequestMeta",
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
    "ConvaiMcpToolConfigInputInputOverridesType0",
    "ConvaiMcpToolConfigInputMcpInputSchemaType0",
    "ConvaiMcpToolConfigOutput",
    "ConvaiMcpToolConfigOutputInputOverridesType0",
    "ConvaiMcpToolConfigOutputMcpInputSchemaType0",
    "ConvaiMcpToolInputSchema",
    "ConvaiMcpToolList",
    "ConvaiMcpToolMetaType0",
    "ConvaiMcpToolOutputSchemaType0",
    "ConvaiMetricRecord",
    "ConvaiObjectJsonSchemaPropertyInput",
    "ConvaiObjectJsonSchemaPropertyInputConstantValueType0",
    "ConvaiObjectJsonSchemaPropertyInputProperties",
    "ConvaiObjectJsonSchemaPropertyInputPropertyKind",
    "ConvaiObjectJsonSchemaPropertyOutput",
    "ConvaiObjectJsonSchemaPropertyOutputConstantValueType0",
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
    "ConvaiPhoneSipInboundTrunkAttributesToHeaders",
    "ConvaiPhoneSipInboundTrunkConfig",
    "ConvaiPhoneSipInboundTrunkConfigAttributesToHeaders",
    "ConvaiPhoneSipMediaEncryption",
    "ConvaiPhoneSipOutboundTrunk",
    "ConvaiPhoneSipOutboundTrunkAttributesToHeaders",
    "ConvaiPhoneSipOutboundTrunkConfig",
    "ConvaiPhoneSipOutboundTrunkConfigAttributesToHeaders",
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
    "ConvaiPlatformSettingsDataCollectionScopes",
    "ConvaiPlatformSettingsRequest",
    "ConvaiPlatformSettingsRequestDataCollection",
    "ConvaiPlatformSettingsRequestDataCollectionScopes",
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
    "ConvaiResourceAccessInfo",
    "ConvaiResourceAccessInfoAccessSourceType0",
    "ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0",
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
    "ConvaiSipTrunkOutboundCallRequest",
    "ConvaiSipTrunkPhoneCall",
    "ConvaiSipTrunkPhoneCallSipHeaderDynamicVariables",
    "ConvaiSipUriTransferDestination",
    "ConvaiSkipTurnResult",
    "ConvaiSkipTurnToolParams",
    "ConvaiSupportedVoice",
    "ConvaiSystemToolConfigInput",
    "ConvaiSystemToolConfigOutput",
    "ConvaiTelephonyOutboundCall",
    "ConvaiTelephonyProvider",
    "ConvaiTelephonySipTrunkCallResult",
    "ConvaiTelephonyTwilioCallResult",
    "ConvaiTestAgentOverride",
    "ConvaiTestConditionRationale",
    "ConvaiTestConditionResult",
    "ConvaiTestCreated",
    "ConvaiTestDynamicVariables",
    "ConvaiTestIdsRequest",
    "ConvaiTestingSettings",
    "ConvaiTestInvocation",
    "ConvaiTestPage",
    "ConvaiTestRun",
    "ConvaiTestRunStatus",
    "ConvaiTestsFeatureUsage",
    "ConvaiTestsListSortMode",
    "ConvaiTestSummaries",
    "ConvaiTestSummariesTests",
    "ConvaiTestSummary",
    "ConvaiTestToolResult",
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
    "ConvaiToolResultOtherTypeType0",
    "ConvaiToolResultSystem",
    "ConvaiToolResultSystemOutput",
    "ConvaiToolResultWorkflowInput",
    "ConvaiToolResultWorkflowOutput",
    "ConvaiToolType",
    "ConvaiToolUsageStats",
    "ConvaiTranscriptEntryInput",
    "ConvaiTranscriptEntryInputRole",
    "ConvaiTranscriptEntryOutput",
    "ConvaiTranscriptEntryOutputRole",
    "ConvaiTranscriptToolCall",
    "ConvaiTranscriptToolCallOutput",
    "ConvaiTransferToAgentError",
    "ConvaiTransferToAgentSuccess",
    "ConvaiTransferToAgentToolParams",
    "ConvaiTransferToAgentToolParamsOutput",
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
    "ConvaiUserFeedback",
    "ConvaiUserSecret",
    "ConvaiVoicemailDetectionSuccess",
    "ConvaiVoicemailDetectionToolParams",
    "ConvaiWebhooks",
    "ConvaiWebhookToolApiSchemaInput",
    "ConvaiWebhookToolApiSchemaInputContentType",
    "ConvaiWebhookToolApiSchemaInputPathParamsSchema",
    "ConvaiWebhookToolApiSchemaInputRequestHeaders",
    "ConvaiWebhookToolApiSchemaOutput",
    "ConvaiWebhookToolApiSchemaOutputContentType",
    "ConvaiWebhookToolApiSchemaOutputPathParamsSchema",
    "ConvaiWebhookToolApiSchemaOutputRequestHeaders",
    "ConvaiWebhookToolConfigInput",
    "ConvaiWebhookToolConfigOutput",
    "ConvaiWidgetConfigInput",
    "ConvaiWidgetConfigInputLanguagePresets",
    "ConvaiWidgetConfigInputSyntaxHighlightThemeType0",
    "ConvaiWidgetConfigOutput",
    "ConvaiWidgetConfigOutputLanguagePresets",
    "ConvaiWidgetConfigOutputSyntaxHighlightThemeType0",
    "ConvaiWidgetExpandable",
    "ConvaiWidgetFeedbackMode",
    "ConvaiWidgetImageAvatar",
    "ConvaiWidgetLanguagePreset",
    "ConvaiWidgetLanguageTexts",
    "ConvaiWidgetOrbAvatar",
    "ConvaiWidgetPlacement",
    "ConvaiWidgetResolved",
    "ConvaiWidgetResolvedLanguagePresets",
    "ConvaiWidgetResolvedSyntaxHighlightThemeType0",
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
    "ConversationalConfigAPIModelWorkflowOverrideInput",
    "ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0",
    "ConversationalConfigAPIModelWorkflowOverrideOutput",
    "ConversationalConfigAPIModelWorkflowOverrideOutputLanguagePresetsType0",
    "ConversationASRUsageModel",
    "ConversationConfigWorkflowOverrideInput",
    "ConversationConfigWorkflowOverrideOutput",
    "ConversationFeedbackType",
    "ConversationHistoryExotelPhoneCallModel",
    "ConversationHistoryMultivoiceMessageModel",
    "ConversationHistoryMultivoiceMessagePartModel",
    "ConversationHistoryRedactionConfig",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput",
    "ConversationHistoryTranscriptCommonModelOutput",
    "ConversationHistoryTranscriptCommonModelOutputRole",
    "ConversationHistoryTranscriptFileInputResponseModel",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput",
    "ConversationProduct",
    "ConversationReasoningModel",
    "ConversationSentimentAnalysis",
    "ConversationSentimentAnalysisOverallLabel",
    "ConversationSummaryMessageModel",
    "ConversationSummaryMessageModelRole",
    "ConversationTagResponseModel",
    "ConversationTTSUsageModel",
    "ConversationUserResponseModel",
    "ConversationVoiceRewardModel",
    "ConversationVoiceUsageModel",
    "CrawlStatus",
    "CrawlType",
    "CreateAgentBranchResponseModel",
    "CreateAgentConversationTicketRequestModel",
    "CreateAgentProcedureParams",
    "CreateAgentRuleParams",
    "CreateAgentTestFolderResponseModel",
    "CreateAssetParams",
    "CreateAuthConnectionEnvironmentVariableRequest",
    "CreateAuthConnectionEnvironmentVariableRequestValues",
    "CreateBasicAuthRequest",
    "CreateBearerAuthRequest",
    "CreateClientAppointmentParams",
    "CreateClientInteractionParams",
    "CreateClientParams",
    "CreateConversationTagRequestModel",
    "CreateCrawlJobResponseModel",
    "CreateCustomHeaderAuthRequest",
    "CreateExotelPhoneNumberRequest",
    "CreateHolidayParams",
    "CreateLocationParams",
    "CreateManualTicketRequestModel",
    "CreateMTLSAuthRequest",
    "CreateOAuth2ClientCredsRequest",
    "CreateOAuth2ClientCredsRequestCustomHeaders",
    "CreateOAuth2ClientCredsRequestExtraParams",
    "CreateOAuth2JWTRequest",
    "CreateOAuth2JWTRequestAlgorithm",
    "CreateOAuth2JWTRequestExtraParams",
    "CreateOAuth2JWTRequestTokenResponseField",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreatePrivateKeyJWTRequest",
    "CreatePrivateKeyJWTRequestAlgorithm",
    "CreatePrivateKeyJWTRequestExtraParams",
    "CreateProcedureRequestModel",
    "CreateProcedureResponseModel",
    "CreateProductParams",
    "CreateResponseUnitTestRequest",
    "CreateResponseUnitTestRequestDynamicVariables",
    "CreateSecretEnvironmentVariableRequest",
    "CreateSecretEnvironmentVariableRequestValues",
    "CreateServiceParams",
    "CreateSimulationTestRequest",
    "CreateSimulationTestRequestDynamicVariables",
    "CreateSimulationTestRequestToolMockOverrides",
    "CreateSpeechEngineRequest",
    "CreateStaffParams",
    "CreateStringEnvironmentVariableRequest",
    "CreateStringEnvironmentVariableRequestValues",
    "CreateToolCallUnitTestRequest",
    "CreateToolCallUnitTestRequestDynamicVariables",
    "CreateTransferRuleParams",
    "CreateVoiceFromPreviewRequest",
    "CreateVoiceFromPreviewRequestLabelsType0",
    "CreatifyAuroraRequest",
    "CreatifyAuroraRequestResolution",
    "CriteriaScoringMode",
    "CueOptionsRequest",
    "Currency",
    "CustomGuardrailConfig",
    "CustomGuardrailConfigModel",
    "CustomGuardrailInput",
    "CustomGuardrailOutput",
    "CustomGuardrailsConfigInput",
    "CustomGuardrailsConfigOutput",
    "CustomHeaderAuthResponse",
    "CustomLLMAPIType",
    "CustomSIPHeader",
    "CustomSIPHeaderWithDynamicVariable",
    "DefaultSharingGroupConfig",
    "DefaultSharingGroupConfigPermissionLevel",
    "DefaultSharingGroupResponseModel",
    "DefaultSharingGroupResponseModelPermissionLevel",
    "DeleteAgentProcedureParams",
    "DeleteAgentRuleParams",
    "DeleteAssetParams",
    "DeleteCalendarEventParams",
    "DeleteClientInteractionParams",
    "DeleteClientParams",
    "DeleteGroupSessionParams",
    "DeleteHolidayParams",
    "DeleteLocationParams",
    "DeleteProductParams",
    "DeleteServiceParams",
    "DeleteStaffParams",
    "DeleteTransferRuleParams",
    "DeleteWorkspaceWebhookResponseModel",
    "DeliverableInfo",
    "DependentAvailableMCPServerIdentifier",
    "DependentAvailableMCPServerIdentifierAccessLevel",
    "DependentBranchInfo",
    "DependentIntegrationConnectionIdentifier",
    "DependentUnknownMCPServerIdentifier",
    "DetectedEntity",
    "DeviceModel",
    "DialogueInput",
    "DialogueSettings",
    "DictionaryPermission",
    "DirectPublishingReadResponseModel",
    "DirectPublishingReadResponseModelDisplayModeType0",
    "DirectPublishingReadResponseModelGenreType0Item",
    "DirectPublishingReadResponseModelPayoutTypeType0",
    "DirectPublishingReadResponseModelTargetAudienceType0",
    "DiscountResponseModel",
    "DocxExportOptions",
    "DubbingBulkSegmentUpdateRequest",
    "DubbingBulkSegmentUpdateRequestSegments",
    "DubbingBulkSourceSegmentUpdateResponse",
    "DubbingBulkTargetSegmentUpdateRequest",
    "DubbingBulkTargetSegmentUpdateRequestSegments",
    "DubbingBulkTargetSegmentUpdateResponse",
    "DubbingCreated",
    "DubbingCreateForm",
    "DubbingCreateFormMode",
    "DubbingDeleted",
    "DubbingDubbedSegment",
    "DubbingError",
    "DubbingGetTranscriptFormatType",
    "DubbingLanguageAdd",
    "DubbingLanguageListResponse",
    "DubbingLanguageOutputs",
    "DubbingLanguageResponse",
    "DubbingLanguageResponseStatus",
    "DubbingListCreationSourcesType0Item",
    "DubbingListDubbingModelsType0Item",
    "DubbingListDubbingStatus",
    "DubbingListDubbingStatusesType0Item",
    "DubbingListFilterByCreator",
    "DubbingListOrderBy",
    "DubbingListOrderDirection",
    "DubbingMediaMetadata",
    "DubbingMediaReference",
    "DubbingMetadata",
    "DubbingPage",
    "DubbingProjectListResponse",
    "DubbingProjectResponse",
    "DubbingProjectResponseStatus",
    "DubbingRegenerateResponse",
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
    "DubbingSegmentCreateRequest",
    "DubbingSegmentCreateTranslationsType0",
    "DubbingSegmentSelection",
    "DubbingSegmentUpdate",
    "DubbingSegmentUpdateRequest",
    "DubbingSimilarVoice",
    "DubbingSimilarVoices",
    "DubbingSourceMediaInfo",
    "DubbingSourceSegmentUpdateResponse",
    "DubbingSourceTranscriptResponse",
    "DubbingSpeakerSegment",
    "DubbingSpeakerSegmentDubs",
    "DubbingSpeakerTrack",
    "DubbingSpeakerTrackVoices",
    "DubbingSpeakerUpdate",
    "DubbingSubtitleFrame",
    "DubbingTargetSegmentUpdateRequest",
    "DubbingTargetSegmentUpdateResponse",
    "DubbingTargetTranscriptResponse",
    "DubbingTargetTranscriptSegment",
    "DubbingTranscribeRequest",
    "DubbingTranscript",
    "DubbingTranscriptCharacter",
    "DubbingTranscriptResponseModel",
    "DubbingTranscriptRevisionResponse",
    "DubbingTranscriptSegment",
    "DubbingTranscriptsResponseModel",
    "DubbingTranscriptsResponseModelTranscriptFormat",
    "DubbingTranscriptUtterance",
    "DubbingTranscriptWord",
    "DubOrderItemRequest",
    "DummyToolResultModel",
    "DynamicVariableSchemaOverride",
    "DynamicVariablesConfigWorkflowOverride",
    "DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0",
    "EditVoiceForm",
    "EditVoiceFormLabelsType0",
    "ElevenFlashV25Request",
    "ElevenFlashV25RequestOutputFormat",
    "ElevenFlashV25VoiceSettings",
    "ElevenMultilingualV2Request",
    "ElevenMultilingualV2RequestOutputFormat",
    "ElevenV3Request",
    "ElevenV3RequestOutputFormat",
    "ElevenV3VoiceSettings",
    "EndCallTriggerAction",
    "EndProcedureToolConfigInput",
    "EndProcedureToolConfigInputProcedures",
    "EndProcedureToolConfigOutput",
    "EndProcedureToolConfigOutputProcedures",
    "EntityManagementActivityId",
    "EntryBehavior",
    "EnvironmentAuthConnectionLocator",
    "EnvironmentVariableAuthConnectionValue",
    "EnvironmentVariableAuthConnectionValueRequest",
    "EnvironmentVariableResponse",
    "EnvironmentVariableResponseType",
    "EnvironmentVariableResponseValuesType0",
    "EnvironmentVariableResponseValuesType1",
    "EnvironmentVariableResponseValuesType2",
    "EnvironmentVariableSecretValue",
    "EnvironmentVariableSecretValueRequest",
    "EnvironmentVariablesListResponse",
    "EvaluationCriteriaSummaryResult",
    "ExactParameterEvaluationStrategy",
    "ExotelApiSubdomain",
    "ExotelOutboundCallResponse",
    "ExtendedSubscription",
    "ExternalFileSyncInfo",
    "ExternalFolderSyncInfo",
    "ExternalSyncJobTrigger",
    "ExternalSyncJobType",
    "ExternalSyncProvider",
    "FieldConflict",
    "FileInputConfig",
    "FileInputConfigWorkflowOverride",
    "FileRefreshStatus",
    "FinetuneCreatedBy",
    "FinetuneVisibility",
    "FineTuning",
    "FineTuningMessageType0",
    "FineTuningProgressType0",
    "FineTuningState",
    "FineTuningStateAdditionalProperty",
    "FocusGuardrail",
    "ForcedAlignment",
    "ForcedAlignmentCharacter",
    "ForcedAlignmentForm",
    "ForcedAlignmentWord",
    "FrustratedConversationRef",
    "FrustratedConversationRefOverallLabel",
    "Gemini25FlashImageRequest",
    "Gemini25FlashImageRequestAspectRatio",
    "Gemini31FlashImageRequest",
    "Gemini31FlashImageRequestAspectRatio",
    "Gemini31FlashImageRequestResolution",
    "Gemini31FlashLiteImageRequest",
    "Gemini31FlashLiteImageRequestAspectRatio",
    "Gemini3ProImageRequest",
    "Gemini3ProImageRequestAspectRatio",
    "Gemini3ProImageRequestResolution",
    "GenerationChunkInput",
    "GenerationChunkInputConditionStrengthType0",
    "GenerationChunkInputContextAdherence",
    "GenerationReference",
    "GenerationSourceContext",
    "GenerationSourceContextModelParametersType0",
    "GetAgentConversationTicketsPageResponseModel",
    "GetAgentTestFolderResponseModel",
    "GetAgentTopicsResponseModel",
    "GetAnalyticsSummaryParams",
    "GetAppointmentByConfirmationNumberParams",
    "GetAudioIsolationHistoryResponseModel",
    "GetBookingPageSettingsParams",
    "GetBookingSlugStatusParams",
    "GetClientAppointmentsParams",
    "GetClientByPhoneParams",
    "GetConvaiAgentsSummariesResponse200",
    "GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item",
    "GetConvaiConversationsMessagesTextSearchSummaryMode",
    "GetConvaiEnvironmentVariablesTypeType0",
    "GetConvaiKnowledgeBaseSummariesResponse200",
    "GetConversationSummaryResponseModel",
    "GetConversationSummaryResponseModelStatus",
    "GetConversationTagsPageResponseModel",
    "GetConversationUsersPageResponseModel",
    "GetCrawlJobResponseModel",
    "GetDubbingProjectSortDirection",
    "GetDubbingTranscriptsFormatByIdFormatType",
    "GetFlowsImageStatusType0",
    "GetFlowsTextToSpeechStatusType0",
    "GetFlowsVideoStatusType0",
    "GetKnowledgeBaseFolderResponseModel",
    "GetKnowledgeBaseSummaryFolderResponseModel",
    "GetLiveCountResponse",
    "GetMusicFinetunesSort",
    "GetMusicFinetunesSortDirection",
    "GetOrCreateRAGIndexRequestModel",
    "GetPhoneNumberExotelResponseModel",
    "GetPronunciationDictionaryMetadataResponseModel",
    "GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0",
    "GetResponseUnitTestResponseModel",
    "GetResponseUnitTestResponseModelDynamicVariables",
    "GetScheduleParams",
    "GetSecretDependenciesResponseModel",
    "GetSimulationTestResponseModel",
    "GetSimulationTestResponseModelDynamicVariables",
    "GetSimulationTestResponseModelToolMockOverrides",
    "GetSIPLogMessagesResponse",
    "GetTestInvocationsPageResponseModel",
    "GetToolCallUnitTestResponseModel",
    "GetToolCallUnitTestResponseModelDynamicVariables",
    "GetToolExecutionsPageResponseModel",
    "GetVoiceAccentsResponseModel",
    "GetWhatsAppAccountResponse",
    "GetWorkspaceGroupsResponse200",
    "GPTImage15Request",
    "GPTImage15RequestAspectRatio",
    "GPTImage15RequestBackground",
    "GPTImage15RequestQuality",
    "GPTImage1Request",
    "GPTImage1RequestAspectRatio",
    "GPTImage1RequestBackground",
    "GPTImage1RequestQuality",
    "GPTImage2Request",
    "GPTImage2RequestAspectRatio",
    "GPTImage2RequestQuality",
    "GPTImage2RequestResolution",
    "GroupManagementActivityId",
    "GuardrailExecutionMode",
    "GuardrailsV1Input",
    "GuardrailsV1Output",
    "GuardrailType",
    "HistoryAlignment",
    "HistoryAlignments",
    "HistoryDialogueLine",
    "HistoryDownloadError",
    "HistoryDownloadRequest",
    "HistoryItem",
    "HistoryItemSettingsType0",
    "HistoryItemSourceType0",
    "HistoryItemState",
    "HistoryItemVoiceCategoryType0",
    "HistoryListSortDirectionType0",
    "HistoryListSourceType0",
    "HistoryPage",
    "HtmlExportOptions",
    "HttpRequestModel",
    "HTTPValidationError",
    "Icon",
    "ImageAnalysis",
    "ImageAnalysisResult",
    "ImageAnalysisStatus",
    "ImageSubject",
    "InlineAudioReference",
    "InlineAudioReferenceMimeType",
    "InlineImageReference",
    "InlineImageReferenceMimeType",
    "InlineVideoReference",
    "InlineVideoReferenceMimeType",
    "InputFileFormat",
    "InteractionBudget",
    "Invoice",
    "InvoicePaymentIntentStatussesItem",
    "InvoicePaymentIntentStatusType0",
    "KbExternalSyncJob",
    "KnowledgeBaseBulkDeleteSuccessfulResponseModel",
    "KnowledgeBaseContentSearchResponseModel",
    "KnowledgeBaseContentSearchResult",
    "KnowledgeBaseDeletedResponseModel",
    "KnowledgeBaseDependentType",
    "KnowledgeBaseDocumentChunksResponseModel",
    "KnowledgeBaseFolderPathSegmentResponseModel",
    "KnowledgeBaseFolderPathSegmentSummaryResponseModel",
    "KnowledgeBaseRagChunkModel",
    "KnowledgeBaseRagToolConfig",
    "KnowledgeBaseRagToolResultModel",
    "KnowledgeBaseRagToolStatus",
    "KnowledgeBaseSortBy",
    "KnowledgeBaseSourceFileUrlResponseModel",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModel",
    "KnowledgeBaseToolConfig",
    "KnowledgeBaseToolResultModel",
    "KnowledgeBaseToolStatus",
    "LanguageInfo",
    "LanguagePairInfo",
    "LeaveMessageParams",
    "LibraryVoice",
    "LibraryVoicePage",
    "ListAgentProceduresParams",
    "ListAgentReferencesParams",
    "ListAgentRulesParams",
    "ListAssetsParams",
    "ListAssetsParamsListKwargs",
    "ListAuthConnectionsResponse",
    "ListCalendarEventsParams",
    "ListClientInteractionsParams",
    "ListClientsParams",
    "ListCrawlJobsResponseModel",
    "ListCustomerFacingAgentsParams",
    "ListGroupSessionsParams",
    "ListHolidaysParams",
    "ListLocationsParams",
    "ListOrdersResponse",
    "ListProceduresResponseModel",
    "ListProductsParams",
    "ListProductsParamsListKwargs",
    "ListResponseAgentBranchSummary",
    "ListResponseMeta",
    "ListServicesParams",
    "ListServicesParamsListKwargs",
    "ListSpeechEnginesResponse",
    "ListStaffParams",
    "ListStaffParamsListKwargs",
    "ListTransferRulesParams",
    "ListWhatsAppAccountsResponse",
    "LivekitStackType",
    "LLMDeprecationConfigModel",
    "LLMDeprecationInfoModel",
    "LLMInfoModelInput",
    "LLMListResponseModelInput",
    "LLMLiteralJsonSchemaProperty",
    "LLMLiteralJsonSchemaPropertyTypeType0",
    "LLMParameterEvaluationStrategy",
    "LLMReasoningEffort",
    "LLMSchemaOverride",
    "LockReason",
    "ManualVerification",
    "ManualVerificationFile",
    "MatchAnythingParameterEvaluationStrategy",
    "MCPServerConfigUpdateRequestModel",
    "MCPServerConfigUpdateRequestModelRequestHeadersType0",
    "MCPServerConfigUpdateRequestModelRequestMetaType0",
    "MCPToolConfigOverrideCreateRequestModel",
    "MCPToolConfigOverrideCreateRequestModelInputOverridesType0",
    "MCPToolConfigOverrideInput",
    "MCPToolConfigOverrideInputInputOverridesType0",
    "MCPToolConfigOverrideOutput",
    "MCPToolConfigOverrideOutputInputOverridesType0",
    "MCPToolConfigOverrideUpdateRequestModel",
    "MCPToolConfigOverrideUpdateRequestModelInputOverridesType0",
    "MediaCodec",
    "MediaGenerationCompletedResponse",
    "MediaGenerationCreateResponse",
    "MediaGenerationFailedResponse",
    "MediaGenerationFailedResponseFailureReason",
    "MediaGenerationInProgressResponse",
    "MediaGenerationInProgressResponseStatus",
    "MediaGenerationListResponse",
    "MergePreviewResponseModel",
    "MessageSearchSortBy",
    "MessagesSearchResponse",
    "MessagesSearchResult",
    "MockingStrategy",
    "MockNoMatchBehavior",
    "Model",
    "ModelLanguage",
    "ModelRates",
    "ModerationConfig",
    "ModerationGuardrailInput",
    "ModerationGuardrailOutput",
    "MTLSAuthResponse",
    "MultichannelTranscript",
    "MusicComposeDetailedOutputFormat",
    "MusicComposeDetailedRequest",
    "MusicComposeDetailedRequestModelStylePrefix",
    "MusicComposeOutputFormat",
    "MusicComposeRequest",
    "MusicExploreSongSourceContext",
    "MusicFinetuneFailureReason",
    "MusicFinetunePageResponseModel",
    "MusicFinetuneResponseModel",
    "MusicFinetuneStatus",
    "MusicGenerationMode",
    "MusicModel",
    "MusicPlanRequest",
    "MusicStreamOutputFormat",
    "MusicStreamRequest",
    "MusicUploadResponse",
    "NonStreamingOutputFormats",
    "NumericDistributionAggregate",
    "OAuth2ClientCredsResponse",
    "OAuth2ClientCredsResponseCustomHeaders",
    "OAuth2ClientCredsResponseExtraParams",
    "OAuth2JWTResponse",
    "OAuth2JWTResponseAlgorithm",
    "OAuth2JWTResponseExtraParams",
    "OAuth2JWTResponseTokenResponseField",
    "OkStatus",
    "OmitSchemaOverride",
    "OptInSmsReminderParams",
    "OptOutSmsReminderParams",
    "OrchestratorToolMockBehaviorConfig",
    "OrderDeliverablesResponse",
    "OrderItemInfo",
    "OrderItemKind",
    "OrderMediaResponse",
    "OrderResponse",
    "OrderState",
    "OrderSummary",
    "OutputFormat",
    "OutputFormat2",
    "OutputFormatWithWav",
    "PairedLanguagesResponse",
    "PatchAgentConversationTicketRequestModel",
    "PatchConvaiAgentsBranchesByIdRequest",
    "PatchConvaiAgentTestingFoldersByIdRequest",
    "PatchConvaiKnowledgeBaseUpdateFileForm",
    "PatchConversationTagRequestModel",
    "PatchProductionsOrdersByIdRequest",
    "PatchWorkspaceWebhookResponseModel",
    "PatchWorkspaceWebhooksByIdRequest",
    "PatchWorkspaceWebhooksByIdRequestRequestHeadersType0",
    "PdfExportOptions",
    "PendingBlocksMetadataModel",
    "PendingCancellation",
    "PendingClipTask",
    "PendingClipTaskMetadata",
    "PendingClipTaskType",
    "PendingExternalAudiosMetadataModel",
    "PendingSubscriptionSwitch",
    "PendingSubscriptionSwitchNextTier",
    "PhoneNumberDynamicVariableTransferDestination",
    "PlatformCategory",
    "PlatformCategoryUsage",
    "PlatformUsage",
    "PlatformUsageCategoryUsage",
    "PositionInput",
    "PositionOutput",
    "PostAssetsForm",
    "PostAudioNativeContentRequest",
    "PostConvaiAgentsBranchesMergeRequest",
    "PostConvaiAgentsBranchesRequest",
    "PostConvaiAgentsBranchesRequestConversationConfigType0",
    "PostConvaiAgentsBranchesRequestPlatformSettingsType0",
    "PostConvaiAgentsDeploymentsRequest",
    "PostConvaiAgentsDraftsRequest",
    "PostConvaiAgentsDraftsRequestConversationConfig",
    "PostConvaiAgentsDraftsRequestPlatformSettings",
    "PostConvaiAgentTestingBulkMoveRequest",
    "PostConvaiAgentTestingFoldersRequest",
    "PostConvaiConversationsFilesForm",
    "PostConvaiExotelOutboundCallRequest",
    "PostConvaiKnowledgeBaseBulkDeleteRequest",
    "PostConvaiKnowledgeBaseBulkDeleteResponse200",
    "PostConvaiKnowledgeBaseBulkMoveRequest",
    "PostConvaiKnowledgeBaseCrawlRequest",
    "PostConvaiKnowledgeBaseDependentAgentsRequest",
    "PostConvaiKnowledgeBaseFolderRequest",
    "PostConvaiKnowledgeBaseMoveRequest",
    "PostConvaiKnowledgeBaseRagIndexRequest",
    "PostConvaiKnowledgeBaseRagIndexResponse200",
    "PostConvaiTwilioRegisterCallRequest",
    "PostConvaiWhatsappOutboundCallRequest",
    "PostConvaiWhatsappOutboundMessageRequest",
    "PostDialDigitsDynamicVariable",
    "PostDialDigitsStatic",
    "PostDubbingProjectForm",
    "PostDubbingProjectFormModelIdType0",
    "PostDubbingProjectLanguageRequest",
    "PostDubbingProjectLanguageRequestTranslationsType0",
    "PostDubbingResourceMigrateSegmentsRequest",
    "PostDubbingResourceSpeakerRequest",
    "PostMusicDetailedStreamOutputFormat",
    "PostMusicDetailedStreamRequest",
    "PostMusicFinetunesForm",
    "PostMusicFinetunesFormVisibility",
    "PostMusicStemSeparationForm",
    "PostMusicStemSeparationFormStemVariationId",
    "PostMusicUploadForm",
    "PostMusicVideoToMusicForm",
    "PostProductionsOrdersItemsRequest",
    "PostProductionsOrdersMediaForm",
    "PostPronunciationDictionariesSetRulesRequest",
    "PostServiceAccountsRequest",
    "PostTextToDialogueWithTimestampsOutputFormat",
    "PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequest",
    "PostWorkspaceAnalyticsQueryUsageByProductOverTimeRequestGroupByType0Item",
    "PostWorkspaceAnalyticsRequestsRequest",
    "PostWorkspaceAnalyticsRequestsRequestSortType0",
    "PostWorkspacesApiKeysThirdPartyDisablingRequest",
    "PostWorkspaceWebhooksRequest",
    "PreToolSpeechMode",
    "PreviewAudioDBModel",
    "Price",
    "PrivateKeyJWTResponse",
    "PrivateKeyJWTResponseAlgorithm",
    "PrivateKeyJWTResponseExtraParams",
    "ProcedureAtVersionInput",
    "ProcedureAtVersionOutput",
    "ProcedureAtVersionResponseModel",
    "ProcedureDraftResponseModel",
    "ProcedureListItemResponseModel",
    "ProcedureType",
    "ProcedureValidationError",
    "ProcedureVersionRef",
    "ProjectCreationMetaType",
    "ProjectExternalAudioResponseModel",
    "ProjectImageResponseModel",
    "ProjectMutedTracksResponseModel",
    "ProjectVideoResponseModel",
    "ProjectVideoThumbnailSheetResponseModel",
    "ProjectVoiceResponseModel",
    "PromptAgentAPIModelWorkflowOverrideInput",
    "PromptAgentAPIModelWorkflowOverrideOutput",
    "PromptInjectionGuardrail",
    "PronunciationAliasRule",
    "PronunciationDictionariesListSortType0",
    "PronunciationDictionary",
    "PronunciationDictionaryAliasRuleResponseModel",
    "PronunciationDictionaryCreated",
    "PronunciationDictionaryFileForm",
    "PronunciationDictionaryList",
    "PronunciationDictionaryLocator",
    "PronunciationDictionaryPhonemeRuleResponseModel",
    "PronunciationDictionaryRulesRequest",
    "PronunciationDictionaryUpdate",
    "PronunciationDictionaryVersion",
    "PronunciationDictionaryVersionLocator",
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
    "QuoteInfo",
    "RagConfigWorkflowOverrideInput",
    "RagConfigWorkflowOverrideOutput",
    "RAGIndexBatchSuccessfulResponseModel",
    "ReaderResource",
    "ReaderResourceResourceType",
    "ReadLegalTerms",
    "ReadMetadataChapterDBModel",
    "ReferencedToolCommonModel",
    "ReferencedToolCommonModelType",
    "ReferenceVideo",
    "RefreshTokenAuthResponse",
    "RefreshTokenAuthResponseExtraParams",
    "RegexParameterEvaluationStrategy",
    "RegionalProcessingSurchargeInfo",
    "RegionConfigRequest",
    "RegisterForGroupSessionParams",
    "RegisterMediaResponse",
    "RemoveOrderItemResponse",
    "ReplicateVoiceToIsolatedEnvironmentRequestModel",
    "ReplicateVoiceToIsolatedEnvironmentResponseModel",
    "ReportKnowledgeGapParams",
    "RequiredConstraint",
    "RequiredConstraints",
    "ResponseFilter",
    "ResponseFilterMode",
    "ResponseUnitTestModel",
    "ResponseUnitTestModelDynamicVariables",
    "RestoreCalendarEventParams",
    "RetryTriggerAction",
    "ReviewResponseModel",
    "ReviewResponseModelRejectReasonsType0Item",
    "ReviewResponseModelReviewStatus",
    "ReviewResponseModelScoresBreakdownType0",
    "RunConversationEvaluationsRequest",
    "RunSubagentToolConfigInput",
    "RunSubagentToolConfigOutput",
    "SampleConfigDBModel",
    "SampleConfigDBModelParentTypeType0",
    "ScheduleGroupSessionParams",
    "ScimGroupResponseModel",
    "ScopedAnalysisResult",
    "ScopedAnalysisResultDataCollectionResults",
    "ScopedAnalysisResultEvaluationCriteriaResults",
    "SearchClientsParams",
    "SearchHighlightSegment",
    "SearchStrategy",
    "SeatType",
    "SecretDependencyResourceType",
    "SectionSource",
    "SegmentedJsonExportOptions",
    "SegmentMigrationResponse",
    "SentimentAggregate",
    "SentimentAnalysisSettings",
    "SeparatedSpeaker",
    "SetBookingSlugParams",
    "SeverityId",
    "SFXModelId",
    "SfxSourceContext",
    "SfxSourceContextGenerationConfigType0",
    "SimilarVoicesForm",
    "SimulationTestModel",
    "SimulationTestModelDynamicVariables",
    "SimulationTestModelToolMockOverrides",
    "SimulationToolMockBehaviorConfig",
    "SingleLanguagesResponse",
    "SingleUseTokenResponseModel",
    "SingleUseTokenType",
    "SIPLogMessage",
    "SIPLogMessageDirection",
    "SIPUriDynamicVariableTransferDestination",
    "SlackBotAuthResponse",
    "SMBToolConfig",
    "SMSConversationInfo",
    "SMSConversationInfoDirection",
    "SoftTimeoutConfig",
    "SoftTimeoutConfigOverride",
    "SoftTimeoutConfigOverrideConfig",
    "SoftTimeoutConfigWorkflowOverride",
    "SongSection",
    "SongSourceContext",
    "SongSourceContextGenerationSettingsType0",
    "SortDirection",
    "SoundGenerationRequest",
    "SpeakerCreatedResponse",
    "SpeakerSeparation",
    "SpeakerSeparationSpeakersType0",
    "SpeakerSeparationStatus",
    "SpeakerUtterance",
    "SpeechEngineConfig",
    "SpeechEngineConfigRequestHeaders",
    "SpeechEngineConversationInitiationClientDataConfig",
    "SpeechEngineResponse",
    "SpeechEngineSummaryResponse",
    "SpeechToSpeechForm",
    "SpeechToTextForm",
    "SpeechToTextFormFileFormat",
    "SpeechToTextFormModelId",
    "SpeechToTextFormMultichannelOutputStyle",
    "SpeechToTextFormTimestampsGranularity",
    "SpeechToTextFormWebhookMetadataType1",
    "SpellingPatience",
    "SrtExportOptions",
    "StartProcedureToolConfigInput",
    "StartProcedureToolConfigInputProcedures",
    "StartProcedureToolConfigOutput",
    "StartProcedureToolConfigOutputProcedures",
    "StaticAssetReference",
    "StatusId",
    "StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel",
    "StudioAccessLevel",
    "StudioAgentSettingsModel",
    "StudioAgentSettingsModelToolSettings",
    "StudioAgentToolSettingsModel",
    "StudioCaptionAnimation",
    "StudioCaptionAnimationType",
    "StudioCaptionCharacterAnimation",
    "StudioCaptionCharacterAnimationEnterType",
    "StudioCaptionCharacterAnimationExitType",
    "StudioCaptionHorizontalPlacement",
    "StudioCaptionHorizontalPlacementAlign",
    "StudioCaptionStyle",
    "StudioCaptionStyleTextAlignType0",
    "StudioCaptionStyleTextBlendModeType0",
    "StudioCaptionStyleTextStyleType0",
    "StudioCaptionStyleTextTransformType0",
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
    "StudioClipReference",
    "StudioClipReferenceClipType",
    "StudioFiction",
    "StudioPodcastBulletinMode",
    "StudioPodcastBulletinVoice",
    "StudioPodcastConversationMode",
    "StudioPodcastConversationVoices",
    "StudioPodcastRequest",
    "StudioPodcastRequestApplyTextNormalizationType0",
    "StudioPodcastRequestDurationScale",
    "StudioPodcastTextSource",
    "StudioPodcastUrlSource",
    "StudioProject",
    "StudioProjectAspectRatioType0",
    "StudioProjectCaptionStyleTemplateOverridesType0",
    "StudioProjectContentForm",
    "StudioProjectCreateForm",
    "StudioProjectCreationMeta",
    "StudioProjectCreationMetaStatus",
    "StudioProjectExtended",
    "StudioProjectExtendedAspectRatioType0",
    "StudioProjectExtendedCaptionStyleTemplateOverridesType0",
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
    "StudioTextStyleOutlineModel",
    "StudioTextStyleShadowModel",
    "SubAgentInput",
    "SubAgentOutput",
    "SubmitBusinessInfoParams",
    "SubmitOrderResponse",
    "Subscription",
    "SubscriptionStatus",
    "SubtitleOrderItemRequest",
    "SuggestedAudioTag",
    "TelephonyCallConfig",
    "TelephonyDirection",
    "TestFromConversationMetadataInput",
    "TestFromConversationMetadataOutput",
    "TestInvocationSummaryResponseModel",
    "TestRunMetadata",
    "TestRunMetadataTestType",
    "TestRunResultBucket",
    "TestRunResultSummary",
    "TestSharingMode",
    "TestType",
    "TextNormalisationType",
    "TextNormalizationMode",
    "TextToDialogueConvertOutputFormat",
    "TextToDialogueRequest",
    "TextToDialogueRequestApplyTextNormalization",
    "TextToSpeechRequest",
    "TextToSpeechWithTimestampsRequest",
    "ThresholdGuardrail",
    "TicketCommentResponseModel",
    "TimeRange",
    "ToolCallSoundBehavior",
    "ToolCallSoundType",
    "ToolCallUnitTestModel",
    "ToolCallUnitTestModelDynamicVariables",
    "ToolErrorHandlingMode",
    "ToolExecution",
    "ToolExecutionMode",
    "ToolExecutionResponseModel",
    "ToolExecutionTaskSupportType0",
    "ToolInterruptionMode",
    "ToolResponseMockConfigInput",
    "ToolResponseMockConfigOutput",
    "ToolSortBy",
    "ToolTypeFilter",
    "TopicDiscoverySettings",
    "TopicEvaluationCriteriaAggregate",
    "TopicMetricsAggregate",
    "TopicSentimentAggregate",
    "TopicSortBy",
    "Transcript",
    "TranscriptCharacter",
    "TranscriptExport",
    "TranscriptionAccepted",
    "TranscriptionOrderItemRequest",
    "TranscriptWord",
    "TranscriptWordType",
    "TransferBranchInfoDefaultingToMain",
    "TransferBranchInfoTrafficSplit",
    "TransferToNumberResultExotelSuccessModel",
    "TriggeredGuardrailCommonModel",
    "TriggerUserVerificationParams",
    "TTSConversationalConfigWorkflowOverrideInput",
    "TTSConversationalConfigWorkflowOverrideOutput",
    "TtsVoiceSettings",
    "TurnCommentRequestModel",
    "TurnCommentResponseModel",
    "TurnConfigOverride",
    "TurnConfigOverrideConfig",
    "TurnConfigWorkflowOverride",
    "TurnEagerness",
    "TurnModel",
    "TwilioEdgeLocation",
    "TwilioRegionId",
    "TxtExportOptions",
    "UnitTestToolCallEvaluationModelInput",
    "UnitTestToolCallEvaluationModelOutput",
    "UnitTestToolCallParameter",
    "UnitTestWorkflowNodeTransitionEvaluationNodeId",
    "UpdateAgentProcedureParams",
    "UpdateAgentRuleParams",
    "UpdateAssetParams",
    "UpdateBasicAuthRequest",
    "UpdateBearerAuthRequest",
    "UpdateBookingPageAppearanceParams",
    "UpdateBookingPageSettingsParams",
    "UpdateBusinessInfoParams",
    "UpdateCalendarEventParams",
    "UpdateClientParams",
    "UpdateCustomerFacingConfigParams",
    "UpdateEnvironmentVariableRequest",
    "UpdateEnvironmentVariableRequestValues",
    "UpdateGroupSessionSeatsParams",
    "UpdateHolidayParams",
    "UpdateLocationParams",
    "UpdateMusicFinetuneRequestModel",
    "UpdateMusicFinetuneRequestModelVisibilityType0",
    "UpdateOAuth2ClientCredsRequest",
    "UpdateOAuth2ClientCredsRequestCustomHeadersType0",
    "UpdateOAuth2ClientCredsRequestExtraParamsType0",
    "UpdateOAuth2JWTRequest",
    "UpdateOAuth2JWTRequestAlgorithmType0",
    "UpdateOAuth2JWTRequestExtraParamsType0",
    "UpdateOAuth2JWTRequestTokenResponseFieldType0",
    "UpdateOrderRequest",
    "UpdateOrderResponse",
    "UpdateProcedureDraftRequestModel",
    "UpdateProductParams",
    "UpdateResponseUnitTestRequest",
    "UpdateResponseUnitTestRequestDynamicVariables",
    "UpdateServiceParams",
    "UpdateSimulationTestRequest",
    "UpdateSimulationTestRequestDynamicVariables",
    "UpdateSimulationTestRequestToolMockOverrides",
    "UpdateSpeechEngineRequest",
    "UpdateStaffParams",
    "UpdateToolCallUnitTestRequest",
    "UpdateToolCallUnitTestRequestDynamicVariables",
    "UpdateTransferRuleParams",
    "UpdateWhatsAppAccountRequest",
    "UpsertOrderItemRequest",
    "UpsertOrderItemResponse",
    "UrlModel",
    "UrlSecretAuthResponse",
    "UsageAggregationInterval",
    "UsageBreakdownType",
    "UsageMetric",
    "User",
    "UserAccessManagementActivityId",
    "UserModel",
    "UsersSortBy",
    "UserTypeId",
    "UUITransferConfig",
    "UUITransferConfigProtocolDiscriminatorMode",
    "VADConfig",
    "VADConfigWorkflowOverride",
    "ValidateUserVerificationCodeParams",
    "ValidationError",
    "Veo31FastRequest",
    "Veo31FastRequestAspectRatio",
    "Veo31FastRequestDurationSecs",
    "Veo31FastRequestResolution",
    "Veo31Request",
    "Veo31RequestAspectRatio",
    "Veo31RequestDurationSecs",
    "Veo31RequestResolution",
    "VeoImageReference",
    "VeoImageReferenceRole",
    "Verbosity",
    "VerificationAttempt",
    "VerificationRecording",
    "VerifiedVoiceLanguage",
    "VideoAnalysis",
    "VideoAnalysisResult",
    "VideoAnalysisStatus",
    "VideoKeyMoment",
    "VideoSegment",
    "VideoSubject",
    "VisitedAgentRef",
    "Voice",
    "VoiceAccentResponseModel",
    "VOICECATEGORY",
    "VoiceCategory",
    "VoiceDesignModel",
    "VoiceDesignRequest",
    "VoiceLabellingStatusType0",
    "VoiceLabels",
    "VoiceList",
    "VoiceModerationCheck",
    "VoicePage",
    "VoicePreview",
    "VoicePreviews",
    "VoicePreviewsRequest",
    "VoiceRecordingQualityType0",
    "VoiceRemixRequestModel",
    "VoiceSafetyControlType0",
    "VoiceSample",
    "VoiceSegment",
    "VoiceSettings",
    "VoiceSettings2",
    "VoicesGetSharedCategory",
    "VoicesGetSharedSort",
    "VoiceSharing",
    "VoiceSharingLabels",
    "VoiceSharingReviewStatus",
    "VoiceSharingStatus",
    "VoicesNotPermittedWarning",
    "VoiceStatisticsResponseModel",
    "VoiceVerification",
    "WebhookEventType",
    "WebhookHMACSettings",
    "WebhookHMACSettingsRequestHeadersType0",
    "WebhookTargetAll",
    "WebhookTargetIds",
    "WebhookTranscriptFormat",
    "WhatsAppAuthResponse",
    "WhatsAppConversationInfo",
    "WhatsAppConversationInfoDirection",
    "WhatsAppOutboundCallResponse",
    "WhatsAppOutboundMessageResponse",
    "WhatsAppTemplateBodyComponentParams",
    "WhatsAppTemplateButtonComponentParams",
    "WhatsAppTemplateDocumentParam",
    "WhatsAppTemplateDocumentParamDetails",
    "WhatsAppTemplateHeaderComponentParams",
    "WhatsAppTemplateImageParam",
    "WhatsAppTemplateImageParamDetails",
    "WhatsAppTemplateLocationParam",
    "WhatsAppTemplateLocationParamDetails",
    "WhatsAppTemplateTextParam",
    "WidgetEndFeedbackConfig",
    "WidgetEndFeedbackType",
    "WidgetTermsTranslation",
    "WidgetTextContentsTranslation",
    "WidgetTextContentsTranslationSource",
    "WidgetTextContentsTranslationText",
    "WordTimestamp",
    "WorkflowEdgeModelInput",
    "WorkflowEdgeModelOutput",
    "WorkflowEndNodeModelInput",
    "WorkflowEndNodeModelOutput",
    "WorkflowExpressionConditionModelInput",
    "WorkflowExpressionConditionModelOutput",
    "WorkflowLLMConditionModelInput",
    "WorkflowLLMConditionModelOutput",
    "WorkflowOverrideAgentNodeModelInput",
    "WorkflowOverrideAgentNodeModelOutput",
    "WorkflowPhoneNumberNodeModelInput",
    "WorkflowPhoneNumberNodeModelOutput",
    "WorkflowResultConditionModelInput",
    "WorkflowResultConditionModelOutput",
    "WorkflowStandaloneAgentNodeModelInput",
    "WorkflowStandaloneAgentNodeModelOutput",
    "WorkflowStartNodeModelInput",
    "WorkflowStartNodeModelOutput",
    "WorkflowToolLocator",
    "WorkflowToolLocatorSchemaOverridesType0",
    "WorkflowToolNodeModelInput",
    "WorkflowToolNodeModelOutput",
    "WorkflowUnconditionalModelInput",
    "WorkflowUnconditionalModelOutput",
    "WorkspaceAnalyticsQueryResponseModel",
    "WorkspaceAnalyticsQueryResponseModelColumnTypesItem",
    "WorkspaceApiKey",
    "WorkspaceApiKeyCreate",
    "WorkspaceApiKeyCreated",
    "WorkspaceApiKeyList",
    "WorkspaceApiKeyPermission",
    "WorkspaceApiKeyUpdate",
    "WorkspaceApiKeyUpdateAllowedIpsType1",
    "WorkspaceApiKeyUpdateCharacterLimitType1",
    "WorkspaceApiKeyUpdatePermissionsType1",
    "WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1",
    "WorkspaceAuditLogEntryResponse",
    "WorkspaceAuditLogEntryResponseMetadata",
    "WorkspaceAuditLogEntryResponseUnmapped",
    "WorkspaceAuditLogsPageResponse",
    "WorkspaceBulkInvite",
    "WorkspaceCreateServiceAccountResponseModel",
    "WorkspaceCreateWebhookResponseModel",
    "WorkspaceGroup",
    "WorkspaceGroupMember",
    "WorkspaceGroupPermission",
    "WorkspaceGroupResponseModel",
    "WorkspaceInvite",
    "WorkspaceInviteDelete",
    "WorkspaceMemberResponseModel",
    "WorkspaceMemberUpdate",
    "WorkspaceResource",
    "WorkspaceResourceAnonymousAccessLevelOverrideType0",
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
    "WorkspaceWebhookEventType",
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
