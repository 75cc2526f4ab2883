from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livekit_stack_type import LivekitStackType, check_livekit_stack_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_initiation_webhook import ConvaiInitiationWebhook
    from ..models.convai_webhooks import ConvaiWebhooks


T = TypeVar("T", bound="ConvaiSettings")


@_attrs_define
class ConvaiSettings:
    """Workspace-wide conversational AI settings.

    Attributes:
        conversation_initiation_client_data_webhook (ConvaiInitiationWebhook | None | Unset):
        webhooks (ConvaiWebhooks | Unset): Webhooks of the workspace.
        can_use_mcp_servers (bool | Unset):  Default: False.
        rag_retention_period_days (int | Unset):  Default: 10.
        conversation_embedding_retention_days (int | None | Unset):
        default_livekit_stack (LivekitStackType | Unset):  Default: 'standard'.
    """

    conversation_initiation_client_data_webhook: ConvaiInitiationWebhook | None | Unset = UNSET
    webhooks: ConvaiWebhooks | Unset = UNSET
    can_use_mcp_servers: bool | Unset = False
    rag_retention_period_days: int | Unset = 10
    conversation_embedding_retention_days: int | None | Unset = UNSET
    default_livekit_stack: LivekitStackType | Unset = "standard"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_initiation_client_data_webhook: dict[str, Any] | None | Unset
        if isinstance(self.conversation_initiation_client_data_webhook, Unset):
            conversation_initiation_client_data_webhook = UNSET
        elif isinstance(self.conversation_initiation_client_data_webhook, ConvaiInitiationWebhook):
            conversation_initiation_client_data_webhook = self.conversation_initiation_client_data_webhook.to_dict()
        else:
            conversation_initiation_client_data_webhook = self.conversation_initiation_client_data_webhook

        webhooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = self.webhooks.to_dict()

        can_use_mcp_servers = self.can_use_mcp_servers

        rag_retention_period_days = self.rag_retention_period_days

        conversation_embedding_retention_days: int | None | Unset
        if isinstance(self.conversation_embedding_retention_days, Unset):
            conversation_embedding_retention_days = UNSET
        else:
            conversation_embedding_retention_days = self.conversation_embedding_retention_days

        default_livekit_stack: str | Unset = UNSET
        if not isinstance(self.default_livekit_stack, Unset):
            default_livekit_stack = self.default_livekit_stack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_initiation_client_data_webhook is not UNSET:
            field_dict["conversation_initiation_client_data_webhook"] = conversation_initiation_client_data_webhook
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if can_use_mcp_servers is not UNSET:
            field_dict["can_use_mcp_servers"] = can_use_mcp_servers
        if rag_retention_period_days is not UNSET:
            field_dict["rag_retention_period_days"] = rag_retention_period_days
        if conversation_embedding_retention_days is not UNSET:
            field_dict["conversation_embedding_retention_days"] = conversation_embedding_retention_days
        if default_livekit_stack is not UNSET:
            field_dict["default_livekit_stack"] = default_livekit_stack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_conversation_initiation_client_data_webhook(data: object) -> ConvaiInitiationWebhook | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_initiation_client_data_webhook_type_0 = ConvaiInitiationWebhook.from_dict(data)

                return conversation_initiation_client_data_webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiInitiationWebhook | None | Unset, data)

        conversation_initiation_client_data_webhook = _parse_conversation_initiation_client_data_webhook(
            d.pop("conversation_initiation_client_data_webhook", UNSET)
        )

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: ConvaiWebhooks | Unset
        if isinstance(_webhooks, Unset):
            webhooks = UNSET
        else:
            webhooks = ConvaiWebhooks.from_dict(_webhooks)

        can_use_mcp_servers = d.pop("can_use_mcp_servers", UNSET)

        rag_retention_period_days = d.pop("rag_retention_period_days", UNSET)

        def _parse_conversation_embedding_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conversation_embedding_retention_days = _parse_conversation_embedding_retention_days(
            d.pop("conversation_embedding_retention_days", UNSET)
        )

        _default_livekit_stack = d.pop("default_livekit_stack", UNSET)
        default_livekit_stack: LivekitStackType | Unset
        if isinstance(_default_livekit_stack, Unset):
            default_livekit_stack = UNSET
        else:
            default_livekit_stack = check_livekit_stack_type(_default_livekit_stack)

        convai_settings = cls(
            conversation_initiation_client_data_webhook=conversation_initiation_client_data_webhook,
            webhooks=webhooks,
            can_use_mcp_servers=can_use_mcp_servers,
            rag_retention_period_days=rag_retention_period_days,
            conversation_embedding_retention_days=conversation_embedding_retention_days,
            default_livekit_stack=default_livekit_stack,
        )

        convai_settings.additional_properties = d
        return convai_settings

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
    global _nested_models_loaded, ConvaiInitiationWebhook, ConvaiWebhooks
    from ..models.convai_initiation_webhook import ConvaiInitiationWebhook  # noqa: F401
    from ..models.convai_webhooks import ConvaiWebhooks  # noqa: F401

    _nested_models_loaded = True
