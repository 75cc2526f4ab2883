from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_feature_status import ConvaiFeatureStatus
    from ..models.convai_tests_feature_usage import ConvaiTestsFeatureUsage
    from ..models.convai_workflow_features_usage import ConvaiWorkflowFeaturesUsage


T = TypeVar("T", bound="ConvaiFeaturesUsage")


@_attrs_define
class ConvaiFeaturesUsage:
    """Which features the conversation had on and used.

    Attributes:
        language_detection (ConvaiFeatureStatus | Unset):
        transfer_to_agent (ConvaiFeatureStatus | Unset):
        transfer_to_number (ConvaiFeatureStatus | Unset):
        multivoice (ConvaiFeatureStatus | Unset):
        dtmf_tones (ConvaiFeatureStatus | Unset):
        external_mcp_servers (ConvaiFeatureStatus | Unset):
        pii_zrm_workspace (bool | Unset):  Default: False.
        pii_zrm_agent (bool | Unset):  Default: False.
        tool_dynamic_variable_updates (ConvaiFeatureStatus | Unset):
        is_livekit (bool | Unset):  Default: False.
        voicemail_detection (ConvaiFeatureStatus | Unset):
        dtmf_input (ConvaiFeatureStatus | Unset):
        workflow (ConvaiWorkflowFeaturesUsage | Unset):
        agent_testing (ConvaiTestsFeatureUsage | Unset):
        versioning (ConvaiFeatureStatus | Unset):
        file_input (ConvaiFeatureStatus | Unset):
    """

    language_detection: ConvaiFeatureStatus | Unset = UNSET
    transfer_to_agent: ConvaiFeatureStatus | Unset = UNSET
    transfer_to_number: ConvaiFeatureStatus | Unset = UNSET
    multivoice: ConvaiFeatureStatus | Unset = UNSET
    dtmf_tones: ConvaiFeatureStatus | Unset = UNSET
    external_mcp_servers: ConvaiFeatureStatus | Unset = UNSET
    pii_zrm_workspace: bool | Unset = False
    pii_zrm_agent: bool | Unset = False
    tool_dynamic_variable_updates: ConvaiFeatureStatus | Unset = UNSET
    is_livekit: bool | Unset = False
    voicemail_detection: ConvaiFeatureStatus | Unset = UNSET
    dtmf_input: ConvaiFeatureStatus | Unset = UNSET
    workflow: ConvaiWorkflowFeaturesUsage | Unset = UNSET
    agent_testing: ConvaiTestsFeatureUsage | Unset = UNSET
    versioning: ConvaiFeatureStatus | Unset = UNSET
    file_input: ConvaiFeatureStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        language_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_detection, Unset):
            language_detection = self.language_detection.to_dict()

        transfer_to_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_to_agent, Unset):
            transfer_to_agent = self.transfer_to_agent.to_dict()

        transfer_to_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_to_number, Unset):
            transfer_to_number = self.transfer_to_number.to_dict()

        multivoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multivoice, Unset):
            multivoice = self.multivoice.to_dict()

        dtmf_tones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dtmf_tones, Unset):
            dtmf_tones = self.dtmf_tones.to_dict()

        external_mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_mcp_servers, Unset):
            external_mcp_servers = self.external_mcp_servers.to_dict()

        pii_zrm_workspace = self.pii_zrm_workspace

        pii_zrm_agent = self.pii_zrm_agent

        tool_dynamic_variable_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_dynamic_variable_updates, Unset):
            tool_dynamic_variable_updates = self.tool_dynamic_variable_updates.to_dict()

        is_livekit = self.is_livekit

        voicemail_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voicemail_detection, Unset):
            voicemail_detection = self.voicemail_detection.to_dict()

        dtmf_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dtmf_input, Unset):
            dtmf_input = self.dtmf_input.to_dict()

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        agent_testing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_testing, Unset):
            agent_testing = self.agent_testing.to_dict()

        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        file_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_input, Unset):
            file_input = self.file_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language_detection is not UNSET:
            field_dict["language_detection"] = language_detection
        if transfer_to_agent is not UNSET:
            field_dict["transfer_to_agent"] = transfer_to_agent
        if transfer_to_number is not UNSET:
            field_dict["transfer_to_number"] = transfer_to_number
        if multivoice is not UNSET:
            field_dict["multivoice"] = multivoice
        if dtmf_tones is not UNSET:
            field_dict["dtmf_tones"] = dtmf_tones
        if external_mcp_servers is not UNSET:
            field_dict["external_mcp_servers"] = external_mcp_servers
        if pii_zrm_workspace is not UNSET:
            field_dict["pii_zrm_workspace"] = pii_zrm_workspace
        if pii_zrm_agent is not UNSET:
            field_dict["pii_zrm_agent"] = pii_zrm_agent
        if tool_dynamic_variable_updates is not UNSET:
            field_dict["tool_dynamic_variable_updates"] = tool_dynamic_variable_updates
        if is_livekit is not UNSET:
            field_dict["is_livekit"] = is_livekit
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection
        if dtmf_input is not UNSET:
            field_dict["dtmf_input"] = dtmf_input
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if agent_testing is not UNSET:
            field_dict["agent_testing"] = agent_testing
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        if file_input is not UNSET:
            field_dict["file_input"] = file_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _language_detection = d.pop("language_detection", UNSET)
        language_detection: ConvaiFeatureStatus | Unset
        if isinstance(_language_detection, Unset):
            language_detection = UNSET
        else:
            language_detection = ConvaiFeatureStatus.from_dict(_language_detection)

        _transfer_to_agent = d.pop("transfer_to_agent", UNSET)
        transfer_to_agent: ConvaiFeatureStatus | Unset
        if isinstance(_transfer_to_agent, Unset):
            transfer_to_agent = UNSET
        else:
            transfer_to_agent = ConvaiFeatureStatus.from_dict(_transfer_to_agent)

        _transfer_to_number = d.pop("transfer_to_number", UNSET)
        transfer_to_number: ConvaiFeatureStatus | Unset
        if isinstance(_transfer_to_number, Unset):
            transfer_to_number = UNSET
        else:
            transfer_to_number = ConvaiFeatureStatus.from_dict(_transfer_to_number)

        _multivoice = d.pop("multivoice", UNSET)
        multivoice: ConvaiFeatureStatus | Unset
        if isinstance(_multivoice, Unset):
            multivoice = UNSET
        else:
            multivoice = ConvaiFeatureStatus.from_dict(_multivoice)

        _dtmf_tones = d.pop("dtmf_tones", UNSET)
        dtmf_tones: ConvaiFeatureStatus | Unset
        if isinstance(_dtmf_tones, Unset):
            dtmf_tones = UNSET
        else:
            dtmf_tones = ConvaiFeatureStatus.from_dict(_dtmf_tones)

        _external_mcp_servers = d.pop("external_mcp_servers", UNSET)
        external_mcp_servers: ConvaiFeatureStatus | Unset
        if isinstance(_external_mcp_servers, Unset):
            external_mcp_servers = UNSET
        else:
            external_mcp_servers = ConvaiFeatureStatus.from_dict(_external_mcp_servers)

        pii_zrm_workspace = d.pop("pii_zrm_workspace", UNSET)

        pii_zrm_agent = d.pop("pii_zrm_agent", UNSET)

        _tool_dynamic_variable_updates = d.pop("tool_dynamic_variable_updates", UNSET)
        tool_dynamic_variable_updates: ConvaiFeatureStatus | Unset
        if isinstance(_tool_dynamic_variable_updates, Unset):
            tool_dynamic_variable_updates = UNSET
        else:
            tool_dynamic_variable_updates = ConvaiFeatureStatus.from_dict(_tool_dynamic_variable_updates)

        is_livekit = d.pop("is_livekit", UNSET)

        _voicemail_detection = d.pop("voicemail_detection", UNSET)
        voicemail_detection: ConvaiFeatureStatus | Unset
        if isinstance(_voicemail_detection, Unset):
            voicemail_detection = UNSET
        else:
            voicemail_detection = ConvaiFeatureStatus.from_dict(_voicemail_detection)

        _dtmf_input = d.pop("dtmf_input", UNSET)
        dtmf_input: ConvaiFeatureStatus | Unset
        if isinstance(_dtmf_input, Unset):
            dtmf_input = UNSET
        else:
            dtmf_input = ConvaiFeatureStatus.from_dict(_dtmf_input)

        _workflow = d.pop("workflow", UNSET)
        workflow: ConvaiWorkflowFeaturesUsage | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = ConvaiWorkflowFeaturesUsage.from_dict(_workflow)

        _agent_testing = d.pop("agent_testing", UNSET)
        agent_testing: ConvaiTestsFeatureUsage | Unset
        if isinstance(_agent_testing, Unset):
            agent_testing = UNSET
        else:
            agent_testing = ConvaiTestsFeatureUsage.from_dict(_agent_testing)

        _versioning = d.pop("versioning", UNSET)
        versioning: ConvaiFeatureStatus | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = ConvaiFeatureStatus.from_dict(_versioning)

        _file_input = d.pop("file_input", UNSET)
        file_input: ConvaiFeatureStatus | Unset
        if isinstance(_file_input, Unset):
            file_input = UNSET
        else:
            file_input = ConvaiFeatureStatus.from_dict(_file_input)

        convai_features_usage = cls(
            language_detection=language_detection,
            transfer_to_agent=transfer_to_agent,
            transfer_to_number=transfer_to_number,
            multivoice=multivoice,
            dtmf_tones=dtmf_tones,
            external_mcp_servers=external_mcp_servers,
            pii_zrm_workspace=pii_zrm_workspace,
            pii_zrm_agent=pii_zrm_agent,
            tool_dynamic_variable_updates=tool_dynamic_variable_updates,
            is_livekit=is_livekit,
            voicemail_detection=voicemail_detection,
            dtmf_input=dtmf_input,
            workflow=workflow,
            agent_testing=agent_testing,
            versioning=versioning,
            file_input=file_input,
        )

        convai_features_usage.additional_properties = d
        return convai_features_usage

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
    global _nested_models_loaded, ConvaiFeatureStatus, ConvaiTestsFeatureUsage, ConvaiWorkflowFeaturesUsage
    from ..models.convai_feature_status import ConvaiFeatureStatus  # noqa: F401
    from ..models.convai_tests_feature_usage import ConvaiTestsFeatureUsage  # noqa: F401
    from ..models.convai_workflow_features_usage import ConvaiWorkflowFeaturesUsage  # noqa: F401

    _nested_models_loaded = True
