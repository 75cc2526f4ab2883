from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_webhook import WorkspaceWebhook


T = TypeVar("T", bound="WorkspaceWebhookList")


@_attrs_define
class WorkspaceWebhookList:
    """The workspace's webhooks.

    Example:
        {'webhooks': [{'name': 'Transcripts ready', 'webhook_id': 'wh3Xk9LmP2qR', 'webhook_url':
            'https://hooks.example.com/elevenlabs', 'is_disabled': False, 'is_auto_disabled': False, 'created_at_unix':
            1718000000, 'auth_type': 'hmac', 'usage': [{'usage_type': 'Speech to Text'}], 'most_recent_failure_error_code':
            None, 'most_recent_failure_timestamp': None}]}

    Attributes:
        webhooks (list[WorkspaceWebhook]):
    """

    webhooks: list[WorkspaceWebhook]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooks": webhooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        webhooks = []
        _webhooks = d.pop("webhooks")
        for webhooks_item_data in _webhooks:
            webhooks_item = WorkspaceWebhook.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        workspace_webhook_list = cls(
            webhooks=webhooks,
        )

        workspace_webhook_list.additional_properties = d
        return workspace_webhook_list

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
    global _nested_models_loaded, WorkspaceWebhook
    from ..models.workspace_webhook import WorkspaceWebhook  # noqa: F401

    _nested_models_loaded = True
