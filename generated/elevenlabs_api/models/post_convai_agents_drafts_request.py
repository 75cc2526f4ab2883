from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
    from ..models.post_convai_agents_drafts_request_conversation_config import (
        PostConvaiAgentsDraftsRequestConversationConfig,
    )
    from ..models.post_convai_agents_drafts_request_platform_settings import (
        PostConvaiAgentsDraftsRequestPlatformSettings,
    )


T = TypeVar("T", bound="PostConvaiAgentsDraftsRequest")


@_attrs_define
class PostConvaiAgentsDraftsRequest:
    """
    Attributes:
        conversation_config (PostConvaiAgentsDraftsRequestConversationConfig):
        platform_settings (PostConvaiAgentsDraftsRequestPlatformSettings):
        workflow (AgentWorkflowRequestModel):
        name (str):
        tags (list[str] | None | Unset):
    """

    conversation_config: PostConvaiAgentsDraftsRequestConversationConfig
    platform_settings: PostConvaiAgentsDraftsRequestPlatformSettings
    workflow: AgentWorkflowRequestModel
    name: str
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config = self.conversation_config.to_dict()

        platform_settings = self.platform_settings.to_dict()

        workflow = self.workflow.to_dict()

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
                "platform_settings": platform_settings,
                "workflow": workflow,
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_config = PostConvaiAgentsDraftsRequestConversationConfig.from_dict(d.pop("conversation_config"))

        platform_settings = PostConvaiAgentsDraftsRequestPlatformSettings.from_dict(d.pop("platform_settings"))

        workflow = AgentWorkflowRequestModel.from_dict(d.pop("workflow"))

        name = d.pop("name")

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

        post_convai_agents_drafts_request = cls(
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
            name=name,
            tags=tags,
        )

        post_convai_agents_drafts_request.additional_properties = d
        return post_convai_agents_drafts_request

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
        PostConvaiAgentsDraftsRequestConversationConfig, \
        PostConvaiAgentsDraftsRequestPlatformSettings
    from ..models.agent_workflow_request_model import AgentWorkflowRequestModel  # noqa: F401
    from ..models.post_convai_agents_drafts_request_conversation_config import (
        PostConvaiAgentsDraftsRequestConversationConfig,  # noqa: F401
    )
    from ..models.post_convai_agents_drafts_request_platform_settings import (
        PostConvaiAgentsDraftsRequestPlatformSettings,  # noqa: F401
    )

    _nested_models_loaded = True
