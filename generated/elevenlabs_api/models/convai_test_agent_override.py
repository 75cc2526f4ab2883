from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
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
    """

    conversation_config: ConvaiConversationConfigInput
    platform_settings: ConvaiPlatformSettingsRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config = self.conversation_config.to_dict()

        platform_settings = self.platform_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_config": conversation_config,
                "platform_settings": platform_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        conversation_config = ConvaiConversationConfigInput.from_dict(d.pop("conversation_config"))

        platform_settings = ConvaiPlatformSettingsRequest.from_dict(d.pop("platform_settings"))

        convai_test_agent_override = cls(
            conversation_config=conversation_config,
            platform_settings=platform_settings,
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
    global _nested_models_loaded, ConvaiConversationConfigInput, ConvaiPlatformSettingsRequest
    from ..models.convai_conversation_config_input import ConvaiConversationConfigInput  # noqa: F401
    from ..models.convai_platform_settings_request import ConvaiPlatformSettingsRequest  # noqa: F401

    _nested_models_loaded = True
