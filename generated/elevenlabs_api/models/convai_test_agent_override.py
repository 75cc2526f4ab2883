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


T = TypeVar("T", bound="ConvaiTestAgentOverride")


@_attrs_define
class ConvaiTestAgentOverride:
    """A full agent configuration to test instead of the stored one.

    Attributes:
        conversation_config (ConvaiConversationConfigInput): The whole conversation configuration of an agent (request
            form).
        platform_settings (ConvaiPlatformSettingsRequest): Platform settings of an agent, as sent.
        workflow (AgentWorkflowRequestModel | None | Unset):
    """

    conversation_config: ConvaiConversationConfigInput
    platform_settings: ConvaiPlatformSettingsRequest
    workflow: AgentWorkflowRequestModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config = self.conversation_config.to_dict()

        platform_settings = self.platform_settings.to_dict()

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
                "conversation_config": conversation_config,
                "platform_settings": platform_settings,
            }
        )
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_config = ConvaiConversationConfigInput.from_dict(d.pop("conversation_config"))

        platform_settings = ConvaiPlatformSettingsRequest.from_dict(d.pop("platform_settings"))

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

        convai_test_agent_override = cls(
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
        )

        convai_test_agent_override.additional_properties = d
        return convai_test_agent_override

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
