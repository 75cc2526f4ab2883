from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
    from ..models.convai_conversation_config_input import ConvaiConversationConfigInput
    from ..models.convai_platform_settings_request import ConvaiPlatformSettingsRequest


T = TypeVar("T", bound="ConvaiAgentCreateRequest")


@_attrs_define
class ConvaiAgentCreateRequest:
    """A new agent.

    Attributes:
        conversation_config (ConvaiConversationConfigInput): The whole conversation configuration of an agent (request
            form).
        platform_settings (ConvaiPlatformSettingsRequest | None | Unset):
        workflow (AgentWorkflowRequestModel | Unset):
        name (None | str | Unset):
        tags (list[str] | None | Unset):
    """

    conversation_config: ConvaiConversationConfigInput
    platform_settings: ConvaiPlatformSettingsRequest | None | Unset = UNSET
    workflow: AgentWorkflowRequestModel | Unset = UNSET
    name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config = self.conversation_config.to_dict()

        platform_settings: dict[str, Any] | None | Unset
        if isinstance(self.platform_settings, Unset):
            platform_settings = UNSET
        elif isinstance(self.platform_settings, ConvaiPlatformSettingsRequest):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_config": conversation_config,
            }
        )
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_config = ConvaiConversationConfigInput.from_dict(d.pop("conversation_config"))

        def _parse_platform_settings(data: object) -> ConvaiPlatformSettingsRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_settings_type_0 = ConvaiPlatformSettingsRequest.from_dict(data)

                return platform_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiPlatformSettingsRequest | None | Unset, data)

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

        convai_agent_create_request = cls(
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
            name=name,
            tags=tags,
        )

        convai_agent_create_request.additional_properties = d
        return convai_agent_create_request

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
        ConvaiConversationConfigInput, \
        ConvaiPlatformSettingsRequest
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel  # noqa: F401
    from ..models.convai_conversation_config_input import ConvaiConversationConfigInput  # noqa: F401
    from ..models.convai_platform_settings_request import ConvaiPlatformSettingsRequest  # noqa: F401

    _nested_models_loaded = True
