from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_trust_context import AgentTrustContext, check_agent_trust_context
from ..models.convai_llm import ConvaiLlm, check_convai_llm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_analysis_items_output import AgentAnalysisItemsOutput
    from ..models.alerting_settings_response import AlertingSettingsResponse
    from ..models.convai_auth_settings import ConvaiAuthSettings
    from ..models.convai_call_limits import ConvaiCallLimits
    from ..models.convai_client_data_config_output import ConvaiClientDataConfigOutput
    from ..models.convai_evaluation_settings import ConvaiEvaluationSettings
    from ..models.convai_platform_settings_data_collection import ConvaiPlatformSettingsDataCollection
    from ..models.convai_platform_settings_data_collection_scopes import ConvaiPlatformSettingsDataCollectionScopes
    from ..models.convai_privacy_config import ConvaiPrivacyConfig
    from ..models.convai_safety import ConvaiSafety
    from ..models.convai_testing_settings import ConvaiTestingSettings
    from ..models.convai_widget_config_output import ConvaiWidgetConfigOutput
    from ..models.convai_workspace_overrides_output import ConvaiWorkspaceOverridesOutput
    from ..models.guardrails_v1_output import GuardrailsV1Output
    from ..models.sentiment_analysis_settings import SentimentAnalysisSettings
    from ..models.topic_discovery_settings import TopicDiscoverySettings


T = TypeVar("T", bound="ConvaiPlatformSettings")


@_attrs_define
class ConvaiPlatformSettings:
    """Platform settings of an agent, as returned.

    Attributes:
        evaluation (ConvaiEvaluationSettings | Unset):
        widget (ConvaiWidgetConfigOutput | Unset): Look and behaviour of the embeddable widget (response form).
        data_collection (ConvaiPlatformSettingsDataCollection | Unset):
        data_collection_scopes (ConvaiPlatformSettingsDataCollectionScopes | Unset):
        analysis_items (AgentAnalysisItemsOutput | None | Unset):
        overrides (ConvaiClientDataConfigOutput | Unset): What client data a conversation start may carry (response
            form).
        workspace_overrides (ConvaiWorkspaceOverridesOutput | Unset): Agent-specific replacements of workspace webhooks
            (response form).
        testing (ConvaiTestingSettings | Unset):
        archived (bool | Unset):  Default: False.
        guardrails (GuardrailsV1Output | Unset):
        summary_language (None | str | Unset):
        auto_translate_transcript_to_app_language (bool | None | Unset):
        auth (ConvaiAuthSettings | Unset): Who may talk to the agent.
        call_limits (ConvaiCallLimits | Unset):
        privacy (ConvaiPrivacyConfig | Unset): Recording and retention settings.
        trust_context (AgentTrustContext | Unset):  Default: 'unknown'.
        analysis_llm (ConvaiLlm | Unset): A language model an agent can use. Default: 'gemini-2.5-flash'.
        topic_discovery (TopicDiscoverySettings | Unset):
        sentiment_analysis (SentimentAnalysisSettings | Unset):
        alerting (AlertingSettingsResponse | None | Unset):
        safety (ConvaiSafety | Unset):
    """

    evaluation: ConvaiEvaluationSettings | Unset = UNSET
    widget: ConvaiWidgetConfigOutput | Unset = UNSET
    data_collection: ConvaiPlatformSettingsDataCollection | Unset = UNSET
    data_collection_scopes: ConvaiPlatformSettingsDataCollectionScopes | Unset = UNSET
    analysis_items: AgentAnalysisItemsOutput | None | Unset = UNSET
    overrides: ConvaiClientDataConfigOutput | Unset = UNSET
    workspace_overrides: ConvaiWorkspaceOverridesOutput | Unset = UNSET
    testing: ConvaiTestingSettings | Unset = UNSET
    archived: bool | Unset = False
    guardrails: GuardrailsV1Output | Unset = UNSET
    summary_language: None | str | Unset = UNSET
    auto_translate_transcript_to_app_language: bool | None | Unset = UNSET
    auth: ConvaiAuthSettings | Unset = UNSET
    call_limits: ConvaiCallLimits | Unset = UNSET
    privacy: ConvaiPrivacyConfig | Unset = UNSET
    trust_context: AgentTrustContext | Unset = "unknown"
    analysis_llm: ConvaiLlm | Unset = "gemini-2.5-flash"
    topic_discovery: TopicDiscoverySettings | Unset = UNSET
    sentiment_analysis: SentimentAnalysisSettings | Unset = UNSET
    alerting: AlertingSettingsResponse | None | Unset = UNSET
    safety: ConvaiSafety | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

        widget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.widget, Unset):
            widget = self.widget.to_dict()

        data_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection, Unset):
            data_collection = self.data_collection.to_dict()

        data_collection_scopes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection_scopes, Unset):
            data_collection_scopes = self.data_collection_scopes.to_dict()

        analysis_items: dict[str, Any] | None | Unset
        if isinstance(self.analysis_items, Unset):
            analysis_items = UNSET
        elif isinstance(self.analysis_items, AgentAnalysisItemsOutput):
            analysis_items = self.analysis_items.to_dict()
        else:
            analysis_items = self.analysis_items

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        workspace_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_overrides, Unset):
            workspace_overrides = self.workspace_overrides.to_dict()

        testing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.testing, Unset):
            testing = self.testing.to_dict()

        archived = self.archived

        guardrails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails, Unset):
            guardrails = self.guardrails.to_dict()

        summary_language: None | str | Unset
        if isinstance(self.summary_language, Unset):
            summary_language = UNSET
        else:
            summary_language = self.summary_language

        auto_translate_transcript_to_app_language: bool | None | Unset
        if isinstance(self.auto_translate_transcript_to_app_language, Unset):
            auto_translate_transcript_to_app_language = UNSET
        else:
            auto_translate_transcript_to_app_language = self.auto_translate_transcript_to_app_language

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        call_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_limits, Unset):
            call_limits = self.call_limits.to_dict()

        privacy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.to_dict()

        trust_context: str | Unset = UNSET
        if not isinstance(self.trust_context, Unset):
            trust_context = self.trust_context

        analysis_llm: str | Unset = UNSET
        if not isinstance(self.analysis_llm, Unset):
            analysis_llm = self.analysis_llm

        topic_discovery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topic_discovery, Unset):
            topic_discovery = self.topic_discovery.to_dict()

        sentiment_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment_analysis, Unset):
            sentiment_analysis = self.sentiment_analysis.to_dict()

        alerting: dict[str, Any] | None | Unset
        if isinstance(self.alerting, Unset):
            alerting = UNSET
        elif isinstance(self.alerting, AlertingSettingsResponse):
            alerting = self.alerting.to_dict()
        else:
            alerting = self.alerting

        safety: dict[str, Any] | Unset = UNSET
        if not isinstance(self.safety, Unset):
            safety = self.safety.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if widget is not UNSET:
            field_dict["widget"] = widget
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if data_collection_scopes is not UNSET:
            field_dict["data_collection_scopes"] = data_collection_scopes
        if analysis_items is not UNSET:
            field_dict["analysis_items"] = analysis_items
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if workspace_overrides is not UNSET:
            field_dict["workspace_overrides"] = workspace_overrides
        if testing is not UNSET:
            field_dict["testing"] = testing
        if archived is not UNSET:
            field_dict["archived"] = archived
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if summary_language is not UNSET:
            field_dict["summary_language"] = summary_language
        if auto_translate_transcript_to_app_language is not UNSET:
            field_dict["auto_translate_transcript_to_app_language"] = auto_translate_transcript_to_app_language
        if auth is not UNSET:
            field_dict["auth"] = auth
        if call_limits is not UNSET:
            field_dict["call_limits"] = call_limits
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if trust_context is not UNSET:
            field_dict["trust_context"] = trust_context
        if analysis_llm is not UNSET:
            field_dict["analysis_llm"] = analysis_llm
        if topic_discovery is not UNSET:
            field_dict["topic_discovery"] = topic_discovery
        if sentiment_analysis is not UNSET:
            field_dict["sentiment_analysis"] = sentiment_analysis
        if alerting is not UNSET:
            field_dict["alerting"] = alerting
        if safety is not UNSET:
            field_dict["safety"] = safety

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _evaluation = d.pop("evaluation", UNSET)
        evaluation: ConvaiEvaluationSettings | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = ConvaiEvaluationSettings.from_dict(_evaluation)

        _widget = d.pop("widget", UNSET)
        widget: ConvaiWidgetConfigOutput | Unset
        if isinstance(_widget, Unset):
            widget = UNSET
        else:
            widget = ConvaiWidgetConfigOutput.from_dict(_widget)

        _data_collection = d.pop("data_collection", UNSET)
        data_collection: ConvaiPlatformSettingsDataCollection | Unset
        if isinstance(_data_collection, Unset):
            data_collection = UNSET
        else:
            data_collection = ConvaiPlatformSettingsDataCollection.from_dict(_data_collection)

        _data_collection_scopes = d.pop("data_collection_scopes", UNSET)
        data_collection_scopes: ConvaiPlatformSettingsDataCollectionScopes | Unset
        if isinstance(_data_collection_scopes, Unset):
            data_collection_scopes = UNSET
        else:
            data_collection_scopes = ConvaiPlatformSettingsDataCollectionScopes.from_dict(_data_collection_scopes)

        def _parse_analysis_items(data: object) -> AgentAnalysisItemsOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_items_type_0 = AgentAnalysisItemsOutput.from_dict(data)

                return analysis_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentAnalysisItemsOutput | None | Unset, data)

        analysis_items = _parse_analysis_items(d.pop("analysis_items", UNSET))

        _overrides = d.pop("overrides", UNSET)
        overrides: ConvaiClientDataConfigOutput | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = ConvaiClientDataConfigOutput.from_dict(_overrides)

        _workspace_overrides = d.pop("workspace_overrides", UNSET)
        workspace_overrides: ConvaiWorkspaceOverridesOutput | Unset
        if isinstance(_workspace_overrides, Unset):
            workspace_overrides = UNSET
        else:
            workspace_overrides = ConvaiWorkspaceOverridesOutput.from_dict(_workspace_overrides)

        _testing = d.pop("testing", UNSET)
        testing: ConvaiTestingSettings | Unset
        if isinstance(_testing, Unset):
            testing = UNSET
        else:
            testing = ConvaiTestingSettings.from_dict(_testing)

        archived = d.pop("archived", UNSET)

        _guardrails = d.pop("guardrails", UNSET)
        guardrails: GuardrailsV1Output | Unset
        if isinstance(_guardrails, Unset):
            guardrails = UNSET
        else:
            guardrails = GuardrailsV1Output.from_dict(_guardrails)

        def _parse_summary_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_language = _parse_summary_language(d.pop("summary_language", UNSET))

        def _parse_auto_translate_transcript_to_app_language(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_translate_transcript_to_app_language = _parse_auto_translate_transcript_to_app_language(
            d.pop("auto_translate_transcript_to_app_language", UNSET)
        )

        _auth = d.pop("auth", UNSET)
        auth: ConvaiAuthSettings | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ConvaiAuthSettings.from_dict(_auth)

        _call_limits = d.pop("call_limits", UNSET)
        call_limits: ConvaiCallLimits | Unset
        if isinstance(_call_limits, Unset):
            call_limits = UNSET
        else:
            call_limits = ConvaiCallLimits.from_dict(_call_limits)

        _privacy = d.pop("privacy", UNSET)
        privacy: ConvaiPrivacyConfig | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = ConvaiPrivacyConfig.from_dict(_privacy)

        _trust_context = d.pop("trust_context", UNSET)
        trust_context: AgentTrustContext | Unset
        if isinstance(_trust_context, Unset):
            trust_context = UNSET
        else:
            trust_context = check_agent_trust_context(_trust_context)

        _analysis_llm = d.pop("analysis_llm", UNSET)
        analysis_llm: ConvaiLlm | Unset
        if isinstance(_analysis_llm, Unset):
            analysis_llm = UNSET
        else:
            analysis_llm = check_convai_llm(_analysis_llm)

        _topic_discovery = d.pop("topic_discovery", UNSET)
        topic_discovery: TopicDiscoverySettings | Unset
        if isinstance(_topic_discovery, Unset):
            topic_discovery = UNSET
        else:
            topic_discovery = TopicDiscoverySettings.from_dict(_topic_discovery)

        _sentiment_analysis = d.pop("sentiment_analysis", UNSET)
        sentiment_analysis: SentimentAnalysisSettings | Unset
        if isinstance(_sentiment_analysis, Unset):
            sentiment_analysis = UNSET
        else:
            sentiment_analysis = SentimentAnalysisSettings.from_dict(_sentiment_analysis)

        def _parse_alerting(data: object) -> AlertingSettingsResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alerting_type_0 = AlertingSettingsResponse.from_dict(data)

                return alerting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertingSettingsResponse | None | Unset, data)

        alerting = _parse_alerting(d.pop("alerting", UNSET))

        _safety = d.pop("safety", UNSET)
        safety: ConvaiSafety | Unset
        if isinstance(_safety, Unset):
            safety = UNSET
        else:
            safety = ConvaiSafety.from_dict(_safety)

        convai_platform_settings = cls(
            evaluation=evaluation,
            widget=widget,
            data_collection=data_collection,
            data_collection_scopes=data_collection_scopes,
            analysis_items=analysis_items,
            overrides=overrides,
            workspace_overrides=workspace_overrides,
            testing=testing,
            archived=archived,
            guardrails=guardrails,
            summary_language=summary_language,
            auto_translate_transcript_to_app_language=auto_translate_transcript_to_app_language,
            auth=auth,
            call_limits=call_limits,
            privacy=privacy,
            trust_context=trust_context,
            analysis_llm=analysis_llm,
            topic_discovery=topic_discovery,
            sentiment_analysis=sentiment_analysis,
            alerting=alerting,
            safety=safety,
        )

        convai_platform_settings.additional_properties = d
        return convai_platform_settings

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
        AgentAnalysisItemsOutput, \
        AlertingSettingsResponse, \
        ConvaiAuthSettings, \
        ConvaiCallLimits, \
        ConvaiClientDataConfigOutput, \
        ConvaiEvaluationSettings, \
        ConvaiPlatformSettingsDataCollection, \
        ConvaiPlatformSettingsDataCollectionScopes, \
        ConvaiPrivacyConfig, \
        ConvaiSafety, \
        ConvaiTestingSettings, \
        ConvaiWidgetConfigOutput, \
        ConvaiWorkspaceOverridesOutput, \
        GuardrailsV1Output, \
        SentimentAnalysisSettings, \
        TopicDiscoverySettings
    from ..models.agent_analysis_items_output import AgentAnalysisItemsOutput  # noqa: F401
    from ..models.alerting_settings_response import AlertingSettingsResponse  # noqa: F401
    from ..models.convai_auth_settings import ConvaiAuthSettings  # noqa: F401
    from ..models.convai_call_limits import ConvaiCallLimits  # noqa: F401
    from ..models.convai_client_data_config_output import ConvaiClientDataConfigOutput  # noqa: F401
    from ..models.convai_evaluation_settings import ConvaiEvaluationSettings  # noqa: F401
    from ..models.convai_platform_settings_data_collection import ConvaiPlatformSettingsDataCollection  # noqa: F401
    from ..models.convai_platform_settings_data_collection_scopes import ConvaiPlatformSettingsDataCollectionScopes  # noqa: F401
    from ..models.convai_privacy_config import ConvaiPrivacyConfig  # noqa: F401
    from ..models.convai_safety import ConvaiSafety  # noqa: F401
    from ..models.convai_testing_settings import ConvaiTestingSettings  # noqa: F401
    from ..models.convai_widget_config_output import ConvaiWidgetConfigOutput  # noqa: F401
    from ..models.convai_workspace_overrides_output import ConvaiWorkspaceOverridesOutput  # noqa: F401
    from ..models.guardrails_v1_output import GuardrailsV1Output  # noqa: F401
    from ..models.sentiment_analysis_settings import SentimentAnalysisSettings  # noqa: F401
    from ..models.topic_discovery_settings import TopicDiscoverySettings  # noqa: F401

    _nested_models_loaded = True
