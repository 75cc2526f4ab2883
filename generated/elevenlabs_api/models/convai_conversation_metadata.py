from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_definition_source import AgentDefinitionSource, check_agent_definition_source
from ..models.convai_authorization_method import ConvaiAuthorizationMethod, check_convai_authorization_method
from ..models.convai_conversation_init_source import ConvaiConversationInitSource, check_convai_conversation_init_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_conversation_metadata import AsyncConversationMetadata
    from ..models.convai_conversation_batch_call import ConvaiConversationBatchCall
    from ..models.convai_conversation_charging import ConvaiConversationCharging
    from ..models.convai_conversation_deletion_settings import ConvaiConversationDeletionSettings
    from ..models.convai_conversation_error import ConvaiConversationError
    from ..models.convai_conversation_feedback import ConvaiConversationFeedback
    from ..models.convai_conversation_rag_usage import ConvaiConversationRagUsage
    from ..models.convai_eleven_assistant_info import ConvaiElevenAssistantInfo
    from ..models.convai_features_usage import ConvaiFeaturesUsage
    from ..models.convai_sip_trunk_phone_call import ConvaiSipTrunkPhoneCall
    from ..models.convai_twilio_phone_call import ConvaiTwilioPhoneCall
    from ..models.conversation_history_exotel_phone_call_model import ConversationHistoryExotelPhoneCallModel
    from ..models.conversation_voice_reward_model import ConversationVoiceRewardModel
    from ..models.sms_conversation_info import SMSConversationInfo
    from ..models.whats_app_conversation_info import WhatsAppConversationInfo


T = TypeVar("T", bound="ConvaiConversationMetadata")


@_attrs_define
class ConvaiConversationMetadata:
    """Timing, cost, telephony and feature facts of a conversation.

    Attributes:
        start_time_unix_secs (int):
        call_duration_secs (int):
        cost_fiat (float | None):
        accepted_time_unix_secs (int | None | Unset):
        cost (int | None | Unset):
        deletion_settings (ConvaiConversationDeletionSettings | Unset):
        feedback (ConvaiConversationFeedback | Unset):
        authorization_method (ConvaiAuthorizationMethod | Unset):  Default: 'public'.
        charging (ConvaiConversationCharging | Unset): How the conversation was charged.
        phone_call (ConvaiSipTrunkPhoneCall | ConvaiTwilioPhoneCall | ConversationHistoryExotelPhoneCallModel | None |
            Unset):
        batch_call (ConvaiConversationBatchCall | None | Unset):
        termination_reason (str | Unset):  Default: ''.
        error (ConvaiConversationError | None | Unset):
        warnings (list[str] | Unset):
        main_language (None | str | Unset):
        rag_usage (ConvaiConversationRagUsage | None | Unset):
        text_only (bool | Unset):  Default: False.
        features_usage (ConvaiFeaturesUsage | Unset): Which features the conversation had on and used.
        eleven_assistant (ConvaiElevenAssistantInfo | Unset):
        initiator_id (None | str | Unset):
        conversation_initiation_source (ConvaiConversationInitSource | Unset): Kind of client that started a
            conversation. Default: 'unknown'.
        conversation_initiation_source_version (None | str | Unset):
        timezone (None | str | Unset):
        async_metadata (AsyncConversationMetadata | None | Unset):
        whatsapp (None | Unset | WhatsAppConversationInfo):
        sms (None | SMSConversationInfo | Unset):
        agent_created_from (AgentDefinitionSource | Unset):  Default: 'unknown'.
        agent_last_updated_from (AgentDefinitionSource | Unset):  Default: 'unknown'.
        voice_rewards (list[ConversationVoiceRewardModel] | Unset):
    """

    start_time_unix_secs: int
    call_duration_secs: int
    cost_fiat: float | None
    accepted_time_unix_secs: int | None | Unset = UNSET
    cost: int | None | Unset = UNSET
    deletion_settings: ConvaiConversationDeletionSettings | Unset = UNSET
    feedback: ConvaiConversationFeedback | Unset = UNSET
    authorization_method: ConvaiAuthorizationMethod | Unset = "public"
    charging: ConvaiConversationCharging | Unset = UNSET
    phone_call: (
        ConvaiSipTrunkPhoneCall | ConvaiTwilioPhoneCall | ConversationHistoryExotelPhoneCallModel | None | Unset
    ) = UNSET
    batch_call: ConvaiConversationBatchCall | None | Unset = UNSET
    termination_reason: str | Unset = ""
    error: ConvaiConversationError | None | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    main_language: None | str | Unset = UNSET
    rag_usage: ConvaiConversationRagUsage | None | Unset = UNSET
    text_only: bool | Unset = False
    features_usage: ConvaiFeaturesUsage | Unset = UNSET
    eleven_assistant: ConvaiElevenAssistantInfo | Unset = UNSET
    initiator_id: None | str | Unset = UNSET
    conversation_initiation_source: ConvaiConversationInitSource | Unset = "unknown"
    conversation_initiation_source_version: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    async_metadata: AsyncConversationMetadata | None | Unset = UNSET
    whatsapp: None | Unset | WhatsAppConversationInfo = UNSET
    sms: None | SMSConversationInfo | Unset = UNSET
    agent_created_from: AgentDefinitionSource | Unset = "unknown"
    agent_last_updated_from: AgentDefinitionSource | Unset = "unknown"
    voice_rewards: list[ConversationVoiceRewardModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        cost_fiat: float | None
        cost_fiat = self.cost_fiat

        accepted_time_unix_secs: int | None | Unset
        if isinstance(self.accepted_time_unix_secs, Unset):
            accepted_time_unix_secs = UNSET
        else:
            accepted_time_unix_secs = self.accepted_time_unix_secs

        cost: int | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        deletion_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deletion_settings, Unset):
            deletion_settings = self.deletion_settings.to_dict()

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        authorization_method: str | Unset = UNSET
        if not isinstance(self.authorization_method, Unset):
            authorization_method = self.authorization_method

        charging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charging, Unset):
            charging = self.charging.to_dict()

        phone_call: dict[str, Any] | None | Unset
        if isinstance(self.phone_call, Unset):
            phone_call = UNSET
        elif isinstance(self.phone_call, ConvaiTwilioPhoneCall):
            phone_call = self.phone_call.to_dict()
        elif isinstance(self.phone_call, ConversationHistoryExotelPhoneCallModel):
            phone_call = self.phone_call.to_dict()
        elif isinstance(self.phone_call, ConvaiSipTrunkPhoneCall):
            phone_call = self.phone_call.to_dict()
        else:
            phone_call = self.phone_call

        batch_call: dict[str, Any] | None | Unset
        if isinstance(self.batch_call, Unset):
            batch_call = UNSET
        elif isinstance(self.batch_call, ConvaiConversationBatchCall):
            batch_call = self.batch_call.to_dict()
        else:
            batch_call = self.batch_call

        termination_reason = self.termination_reason

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ConvaiConversationError):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        main_language: None | str | Unset
        if isinstance(self.main_language, Unset):
            main_language = UNSET
        else:
            main_language = self.main_language

        rag_usage: dict[str, Any] | None | Unset
        if isinstance(self.rag_usage, Unset):
            rag_usage = UNSET
        elif isinstance(self.rag_usage, ConvaiConversationRagUsage):
            rag_usage = self.rag_usage.to_dict()
        else:
            rag_usage = self.rag_usage

        text_only = self.text_only

        features_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features_usage, Unset):
            features_usage = self.features_usage.to_dict()

        eleven_assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eleven_assistant, Unset):
            eleven_assistant = self.eleven_assistant.to_dict()

        initiator_id: None | str | Unset
        if isinstance(self.initiator_id, Unset):
            initiator_id = UNSET
        else:
            initiator_id = self.initiator_id

        conversation_initiation_source: str | Unset = UNSET
        if not isinstance(self.conversation_initiation_source, Unset):
            conversation_initiation_source = self.conversation_initiation_source

        conversation_initiation_source_version: None | str | Unset
        if isinstance(self.conversation_initiation_source_version, Unset):
            conversation_initiation_source_version = UNSET
        else:
            conversation_initiation_source_version = self.conversation_initiation_source_version

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        async_metadata: dict[str, Any] | None | Unset
        if isinstance(self.async_metadata, Unset):
            async_metadata = UNSET
        elif isinstance(self.async_metadata, AsyncConversationMetadata):
            async_metadata = self.async_metadata.to_dict()
        else:
            async_metadata = self.async_metadata

        whatsapp: dict[str, Any] | None | Unset
        if isinstance(self.whatsapp, Unset):
            whatsapp = UNSET
        elif isinstance(self.whatsapp, WhatsAppConversationInfo):
            whatsapp = self.whatsapp.to_dict()
        else:
            whatsapp = self.whatsapp

        sms: dict[str, Any] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, SMSConversationInfo):
            sms = self.sms.to_dict()
        else:
            sms = self.sms

        agent_created_from: str | Unset = UNSET
        if not isinstance(self.agent_created_from, Unset):
            agent_created_from = self.agent_created_from

        agent_last_updated_from: str | Unset = UNSET
        if not isinstance(self.agent_last_updated_from, Unset):
            agent_last_updated_from = self.agent_last_updated_from

        voice_rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice_rewards, Unset):
            voice_rewards = []
            for voice_rewards_item_data in self.voice_rewards:
                voice_rewards_item = voice_rewards_item_data.to_dict()
                voice_rewards.append(voice_rewards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time_unix_secs": start_time_unix_secs,
                "call_duration_secs": call_duration_secs,
                "cost_fiat": cost_fiat,
            }
        )
        if accepted_time_unix_secs is not UNSET:
            field_dict["accepted_time_unix_secs"] = accepted_time_unix_secs
        if cost is not UNSET:
            field_dict["cost"] = cost
        if deletion_settings is not UNSET:
            field_dict["deletion_settings"] = deletion_settings
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if authorization_method is not UNSET:
            field_dict["authorization_method"] = authorization_method
        if charging is not UNSET:
            field_dict["charging"] = charging
        if phone_call is not UNSET:
            field_dict["phone_call"] = phone_call
        if batch_call is not UNSET:
            field_dict["batch_call"] = batch_call
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if main_language is not UNSET:
            field_dict["main_language"] = main_language
        if rag_usage is not UNSET:
            field_dict["rag_usage"] = rag_usage
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if features_usage is not UNSET:
            field_dict["features_usage"] = features_usage
        if eleven_assistant is not UNSET:
            field_dict["eleven_assistant"] = eleven_assistant
        if initiator_id is not UNSET:
            field_dict["initiator_id"] = initiator_id
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if conversation_initiation_source_version is not UNSET:
            field_dict["conversation_initiation_source_version"] = conversation_initiation_source_version
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if async_metadata is not UNSET:
            field_dict["async_metadata"] = async_metadata
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if sms is not UNSET:
            field_dict["sms"] = sms
        if agent_created_from is not UNSET:
            field_dict["agent_created_from"] = agent_created_from
        if agent_last_updated_from is not UNSET:
            field_dict["agent_last_updated_from"] = agent_last_updated_from
        if voice_rewards is not UNSET:
            field_dict["voice_rewards"] = voice_rewards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        start_time_unix_secs = d.pop("start_time_unix_secs")

        call_duration_secs = d.pop("call_duration_secs")

        def _parse_cost_fiat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cost_fiat = _parse_cost_fiat(d.pop("cost_fiat"))

        def _parse_accepted_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accepted_time_unix_secs = _parse_accepted_time_unix_secs(d.pop("accepted_time_unix_secs", UNSET))

        def _parse_cost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        _deletion_settings = d.pop("deletion_settings", UNSET)
        deletion_settings: ConvaiConversationDeletionSettings | Unset
        if isinstance(_deletion_settings, Unset):
            deletion_settings = UNSET
        else:
            deletion_settings = ConvaiConversationDeletionSettings.from_dict(_deletion_settings)

        _feedback = d.pop("feedback", UNSET)
        feedback: ConvaiConversationFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = ConvaiConversationFeedback.from_dict(_feedback)

        _authorization_method = d.pop("authorization_method", UNSET)
        authorization_method: ConvaiAuthorizationMethod | Unset
        if isinstance(_authorization_method, Unset):
            authorization_method = UNSET
        else:
            authorization_method = check_convai_authorization_method(_authorization_method)

        _charging = d.pop("charging", UNSET)
        charging: ConvaiConversationCharging | Unset
        if isinstance(_charging, Unset):
            charging = UNSET
        else:
            charging = ConvaiConversationCharging.from_dict(_charging)

        def _parse_phone_call(
            data: object,
        ) -> ConvaiSipTrunkPhoneCall | ConvaiTwilioPhoneCall | ConversationHistoryExotelPhoneCallModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "twilio":
                    phone_call_type_0_type_0 = ConvaiTwilioPhoneCall.from_dict(data)

                    return phone_call_type_0_type_0
                if data.get("type") == "exotel":
                    phone_call_type_0_type_1 = ConversationHistoryExotelPhoneCallModel.from_dict(data)

                    return phone_call_type_0_type_1
                if data.get("type") == "sip_trunking":
                    phone_call_type_0_type_2 = ConvaiSipTrunkPhoneCall.from_dict(data)

                    return phone_call_type_0_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_call_type_0_type_0 = ConvaiTwilioPhoneCall.from_dict(data)

                return phone_call_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_call_type_0_type_1 = ConversationHistoryExotelPhoneCallModel.from_dict(data)

                return phone_call_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_call_type_0_type_2 = ConvaiSipTrunkPhoneCall.from_dict(data)

                return phone_call_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ConvaiSipTrunkPhoneCall
                | ConvaiTwilioPhoneCall
                | ConversationHistoryExotelPhoneCallModel
                | None
                | Unset,
                data,
            )

        phone_call = _parse_phone_call(d.pop("phone_call", UNSET))

        def _parse_batch_call(data: object) -> ConvaiConversationBatchCall | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_call_type_0 = ConvaiConversationBatchCall.from_dict(data)

                return batch_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationBatchCall | None | Unset, data)

        batch_call = _parse_batch_call(d.pop("batch_call", UNSET))

        termination_reason = d.pop("termination_reason", UNSET)

        def _parse_error(data: object) -> ConvaiConversationError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ConvaiConversationError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        def _parse_main_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_language = _parse_main_language(d.pop("main_language", UNSET))

        def _parse_rag_usage(data: object) -> ConvaiConversationRagUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rag_usage_type_0 = ConvaiConversationRagUsage.from_dict(data)

                return rag_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiConversationRagUsage | None | Unset, data)

        rag_usage = _parse_rag_usage(d.pop("rag_usage", UNSET))

        text_only = d.pop("text_only", UNSET)

        _features_usage = d.pop("features_usage", UNSET)
        features_usage: ConvaiFeaturesUsage | Unset
        if isinstance(_features_usage, Unset):
            features_usage = UNSET
        else:
            features_usage = ConvaiFeaturesUsage.from_dict(_features_usage)

        _eleven_assistant = d.pop("eleven_assistant", UNSET)
        eleven_assistant: ConvaiElevenAssistantInfo | Unset
        if isinstance(_eleven_assistant, Unset):
            eleven_assistant = UNSET
        else:
            eleven_assistant = ConvaiElevenAssistantInfo.from_dict(_eleven_assistant)

        def _parse_initiator_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator_id = _parse_initiator_id(d.pop("initiator_id", UNSET))

        _conversation_initiation_source = d.pop("conversation_initiation_source", UNSET)
        conversation_initiation_source: ConvaiConversationInitSource | Unset
        if isinstance(_conversation_initiation_source, Unset):
            conversation_initiation_source = UNSET
        else:
            conversation_initiation_source = check_convai_conversation_init_source(_conversation_initiation_source)

        def _parse_conversation_initiation_source_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_initiation_source_version = _parse_conversation_initiation_source_version(
            d.pop("conversation_initiation_source_version", UNSET)
        )

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_async_metadata(data: object) -> AsyncConversationMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                async_metadata_type_0 = AsyncConversationMetadata.from_dict(data)

                return async_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncConversationMetadata | None | Unset, data)

        async_metadata = _parse_async_metadata(d.pop("async_metadata", UNSET))

        def _parse_whatsapp(data: object) -> None | Unset | WhatsAppConversationInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whatsapp_type_0 = WhatsAppConversationInfo.from_dict(data)

                return whatsapp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsAppConversationInfo, data)

        whatsapp = _parse_whatsapp(d.pop("whatsapp", UNSET))

        def _parse_sms(data: object) -> None | SMSConversationInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_type_0 = SMSConversationInfo.from_dict(data)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SMSConversationInfo | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        _agent_created_from = d.pop("agent_created_from", UNSET)
        agent_created_from: AgentDefinitionSource | Unset
        if isinstance(_agent_created_from, Unset):
            agent_created_from = UNSET
        else:
            agent_created_from = check_agent_definition_source(_agent_created_from)

        _agent_last_updated_from = d.pop("agent_last_updated_from", UNSET)
        agent_last_updated_from: AgentDefinitionSource | Unset
        if isinstance(_agent_last_updated_from, Unset):
            agent_last_updated_from = UNSET
        else:
            agent_last_updated_from = check_agent_definition_source(_agent_last_updated_from)

        _voice_rewards = d.pop("voice_rewards", UNSET)
        voice_rewards: list[ConversationVoiceRewardModel] | Unset = UNSET
        if _voice_rewards is not UNSET:
            voice_rewards = []
            for voice_rewards_item_data in _voice_rewards:
                voice_rewards_item = ConversationVoiceRewardModel.from_dict(voice_rewards_item_data)

                voice_rewards.append(voice_rewards_item)

        convai_conversation_metadata = cls(
            start_time_unix_secs=start_time_unix_secs,
            call_duration_secs=call_duration_secs,
            cost_fiat=cost_fiat,
            accepted_time_unix_secs=accepted_time_unix_secs,
            cost=cost,
            deletion_settings=deletion_settings,
            feedback=feedback,
            authorization_method=authorization_method,
            charging=charging,
            phone_call=phone_call,
            batch_call=batch_call,
            termination_reason=termination_reason,
            error=error,
            warnings=warnings,
            main_language=main_language,
            rag_usage=rag_usage,
            text_only=text_only,
            features_usage=features_usage,
            eleven_assistant=eleven_assistant,
            initiator_id=initiator_id,
            conversation_initiation_source=conversation_initiation_source,
            conversation_initiation_source_version=conversation_initiation_source_version,
            timezone=timezone,
            async_metadata=async_metadata,
            whatsapp=whatsapp,
            sms=sms,
            agent_created_from=agent_created_from,
            agent_last_updated_from=agent_last_updated_from,
            voice_rewards=voice_rewards,
        )

        convai_conversation_metadata.additional_properties = d
        return convai_conversation_metadata

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
        AsyncConversationMetadata, \
        ConvaiConversationBatchCall, \
        ConvaiConversationCharging, \
        ConvaiConversationDeletionSettings, \
        ConvaiConversationError, \
        ConvaiConversationFeedback, \
        ConvaiConversationRagUsage, \
        ConvaiElevenAssistantInfo, \
        ConvaiFeaturesUsage, \
        ConvaiSipTrunkPhoneCall, \
        ConvaiTwilioPhoneCall, \
        ConversationHistoryExotelPhoneCallModel, \
        ConversationVoiceRewardModel, \
        SMSConversationInfo, \
        WhatsAppConversationInfo
    from ..models.async_conversation_metadata import AsyncConversationMetadata  # noqa: F401
    from ..models.convai_conversation_batch_call import ConvaiConversationBatchCall  # noqa: F401
    from ..models.convai_conversation_charging import ConvaiConversationCharging  # noqa: F401
    from ..models.convai_conversation_deletion_settings import ConvaiConversationDeletionSettings  # noqa: F401
    from ..models.convai_conversation_error import ConvaiConversationError  # noqa: F401
    from ..models.convai_conversation_feedback import ConvaiConversationFeedback  # noqa: F401
    from ..models.convai_conversation_rag_usage import ConvaiConversationRagUsage  # noqa: F401
    from ..models.convai_eleven_assistant_info import ConvaiElevenAssistantInfo  # noqa: F401
    from ..models.convai_features_usage import ConvaiFeaturesUsage  # noqa: F401
    from ..models.convai_sip_trunk_phone_call import ConvaiSipTrunkPhoneCall  # noqa: F401
    from ..models.convai_twilio_phone_call import ConvaiTwilioPhoneCall  # noqa: F401
    from ..models.conversation_history_exotel_phone_call_model import ConversationHistoryExotelPhoneCallModel  # noqa: F401
    from ..models.conversation_voice_reward_model import ConversationVoiceRewardModel  # noqa: F401
    from ..models.sms_conversation_info import SMSConversationInfo  # noqa: F401
    from ..models.whats_app_conversation_info import WhatsAppConversationInfo  # noqa: F401

    _nested_models_loaded = True
