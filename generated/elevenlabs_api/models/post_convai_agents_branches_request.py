from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
    from ..models.post_convai_agents_branches_request_conversation_config_type_0 import (
        PostConvaiAgentsBranchesRequestConversationConfigType0,
    )
    from ..models.post_convai_agents_branches_request_platform_settings_type_0 import (
        PostConvaiAgentsBranchesRequestPlatformSettingsType0,
    )


T = TypeVar("T", bound="PostConvaiAgentsBranchesRequest")


@_attrs_define
class PostConvaiAgentsBranchesRequest:
    """
    Attributes:
        parent_version_id (str):
        name (str):
        description (str):
        conversation_config (None | PostConvaiAgentsBranchesRequestConversationConfigType0 | Unset):
        platform_settings (None | PostConvaiAgentsBranchesRequestPlatformSettingsType0 | Unset):
        workflow (AgentWorkflowRequestModel | None | Unset):
    """

    parent_version_id: str
    name: str
    description: str
    conversation_config: None | PostConvaiAgentsBranchesRequestConversationConfigType0 | Unset = UNSET
    platform_settings: None | PostConvaiAgentsBranchesRequestPlatformSettingsType0 | Unset = UNSET
    workflow: AgentWorkflowRequestModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        parent_version_id = self.parent_version_id

        name = self.name

        description = self.description

        conversation_config: dict[str, Any] | None | Unset
        if isinstance(self.conversation_config, Unset):
            conversation_config = UNSET
        elif isinstance(self.conversation_config, PostConvaiAgentsBranchesRequestConversationConfigType0):
            conversation_config = self.conversation_config.to_dict()
        else:
            conversation_config = self.conversation_config

        platform_settings: dict[str, Any] | None | Unset
        if isinstance(self.platform_settings, Unset):
            platform_settings = UNSET
        elif isinstance(self.platform_settings, PostConvaiAgentsBranchesRequestPlatformSettingsType0):
            platform_settings = self.platform_settings.to_dict()
        else:
            platform_settings = self.platform_settings

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, AgentWorkflowRequestModel):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_version_id": parent_version_id,
                "name": name,
                "description": description,
            }
        )
        if conversation_config is not UNSET:
            field_dict["conversation_config"] = conversation_config
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        parent_version_id = d.pop("parent_version_id")

        name = d.pop("name")

        description = d.pop("description")

        def _parse_conversation_config(
            data: object,
        ) -> None | PostConvaiAgentsBranchesRequestConversationConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_config_type_0 = PostConvaiAgentsBranchesRequestConversationConfigType0.from_dict(data)

                return conversation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostConvaiAgentsBranchesRequestConversationConfigType0 | Unset, data)

        conversation_config = _parse_conversation_config(d.pop("conversation_config", UNSET))

        def _parse_platform_settings(
            data: object,
        ) -> None | PostConvaiAgentsBranchesRequestPlatformSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_settings_type_0 = PostConvaiAgentsBranchesRequestPlatformSettingsType0.from_dict(data)

                return platform_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostConvaiAgentsBranchesRequestPlatformSettingsType0 | Unset, data)

        platform_settings = _parse_platform_settings(d.pop("platform_settings", UNSET))

        def _parse_workflow(data: object) -> AgentWorkflowRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_0 = AgentWorkflowRequestModel.from_dict(data)

                return workflow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentWorkflowRequestModel | None | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        post_convai_agents_branches_request = cls(
            parent_version_id=parent_version_id,
            name=name,
            description=description,
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
        )

        post_convai_agents_branches_request.additional_properties = d
        return post_convai_agents_branches_request

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
        PostConvaiAgentsBranchesRequestConversationConfigType0, \
        PostConvaiAgentsBranchesRequestPlatformSettingsType0
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel  # noqa: F401
    from ..models.post_convai_agents_branches_request_conversation_config_type_0 import (
        PostConvaiAgentsBranchesRequestConversationConfigType0,  # noqa: F401
    )
    from ..models.post_convai_agents_branches_request_platform_settings_type_0 import (
        PostConvaiAgentsBranchesRequestPlatformSettingsType0,  # noqa: F401
    )

    _nested_models_loaded = True
