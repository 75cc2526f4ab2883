from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
    from ..models.convai_agent_update_request_conversation_config_type_0 import (
        ConvaiAgentUpdateRequestConversationConfigType0,
    )
    from ..models.convai_agent_update_request_platform_settings_type_0 import (
        ConvaiAgentUpdateRequestPlatformSettingsType0,
    )
    from ..models.convai_agent_update_request_procedures_type_0 import ConvaiAgentUpdateRequestProceduresType0


T = TypeVar("T", bound="ConvaiAgentUpdateRequest")


@_attrs_define
class ConvaiAgentUpdateRequest:
    """Changes to an agent; configuration objects are merged into the current ones.

    Attributes:
        conversation_config (ConvaiAgentUpdateRequestConversationConfigType0 | None | Unset):
        platform_settings (ConvaiAgentUpdateRequestPlatformSettingsType0 | None | Unset):
        workflow (AgentWorkflowRequestModel | Unset):
        name (None | str | Unset):
        tags (list[str] | None | Unset):
        version_description (None | str | Unset):
        procedures (ConvaiAgentUpdateRequestProceduresType0 | None | Unset):
    """

    conversation_config: ConvaiAgentUpdateRequestConversationConfigType0 | None | Unset = UNSET
    platform_settings: ConvaiAgentUpdateRequestPlatformSettingsType0 | None | Unset = UNSET
    workflow: AgentWorkflowRequestModel | Unset = UNSET
    name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    version_description: None | str | Unset = UNSET
    procedures: ConvaiAgentUpdateRequestProceduresType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config: dict[str, Any] | None | Unset
        if isinstance(self.conversation_config, Unset):
            conversation_config = UNSET
        elif isinstance(self.conversation_config, ConvaiAgentUpdateRequestConversationConfigType0):
            conversation_config = self.conversation_config.to_dict()
        else:
            conversation_config = self.conversation_config

        platform_settings: dict[str, Any] | None | Unset
        if isinstance(self.platform_settings, Unset):
            platform_settings = UNSET
        elif isinstance(self.platform_settings, ConvaiAgentUpdateRequestPlatformSettingsType0):
            platform_settings = self.platform_settings.to_dict()
        else:
            platform_settings = self.platform_settings

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        procedures: dict[str, Any] | None | Unset
        if isinstance(self.procedures, Unset):
            procedures = UNSET
        elif isinstance(self.procedures, ConvaiAgentUpdateRequestProceduresType0):
            procedures = self.procedures.to_dict()
        else:
            procedures = self.procedures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_config is not UNSET:
            field_dict["conversation_config"] = conversation_config
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version_description is not UNSET:
            field_dict["version_description"] = version_description
        if procedures is not UNSET:
            field_dict["procedures"] = procedures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_conversation_config(data: object) -> ConvaiAgentUpdateRequestConversationConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_config_type_0 = ConvaiAgentUpdateRequestConversationConfigType0.from_dict(data)

                return conversation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAgentUpdateRequestConversationConfigType0 | None | Unset, data)

        conversation_config = _parse_conversation_config(d.pop("conversation_config", UNSET))

        def _parse_platform_settings(data: object) -> ConvaiAgentUpdateRequestPlatformSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_settings_type_0 = ConvaiAgentUpdateRequestPlatformSettingsType0.from_dict(data)

                return platform_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAgentUpdateRequestPlatformSettingsType0 | None | Unset, data)

        platform_settings = _parse_platform_settings(d.pop("platform_settings", UNSET))

        _workflow = d.pop("workflow", UNSET)
        workflow: AgentWorkflowRequestModel | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWorkflowRequestModel.from_dict(_workflow)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_version_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_description = _parse_version_description(d.pop("version_description", UNSET))

        def _parse_procedures(data: object) -> ConvaiAgentUpdateRequestProceduresType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                procedures_type_0 = ConvaiAgentUpdateRequestProceduresType0.from_dict(data)

                return procedures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAgentUpdateRequestProceduresType0 | None | Unset, data)

        procedures = _parse_procedures(d.pop("procedures", UNSET))

        convai_agent_update_request = cls(
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
            name=name,
            tags=tags,
            version_description=version_description,
            procedures=procedures,
        )

        convai_agent_update_request.additional_properties = d
        return convai_agent_update_request

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
        AgentWorkflowRequestModel, \
        ConvaiAgentUpdateRequestConversationConfigType0, \
        ConvaiAgentUpdateRequestPlatformSettingsType0, \
        ConvaiAgentUpdateRequestProceduresType0
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel  # noqa: F401
    from ..models.convai_agent_update_request_conversation_config_type_0 import (
        ConvaiAgentUpdateRequestConversationConfigType0,  # noqa: F401
    )
    from ..models.convai_agent_update_request_platform_settings_type_0 import (
        ConvaiAgentUpdateRequestPlatformSettingsType0,  # noqa: F401
    )
    from ..models.convai_agent_update_request_procedures_type_0 import ConvaiAgentUpdateRequestProceduresType0  # noqa: F401

    _nested_models_loaded = True
