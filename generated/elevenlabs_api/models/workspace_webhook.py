from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_webhook_auth_type import WorkspaceWebhookAuthType, check_workspace_webhook_auth_type
from ..models.workspace_webhook_event_type import WorkspaceWebhookEventType, check_workspace_webhook_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_webhook_usage import WorkspaceWebhookUsage


T = TypeVar("T", bound="WorkspaceWebhook")


@_attrs_define
class WorkspaceWebhook:
    """A callback URL the platform calls on events.

    Attributes:
        name (str):
        webhook_id (str):
        webhook_url (str): HTTPS address that is called.
        is_disabled (bool): Switched off by a user.
        is_auto_disabled (bool): Switched off by the platform after failing for a long time.
        created_at_unix (int):
        auth_type (WorkspaceWebhookAuthType): How calls to a webhook are authenticated.
        usage (list[WorkspaceWebhookUsage] | None | Unset): Products set up to call this webhook.
        events (list[WorkspaceWebhookEventType] | None | Unset):
        most_recent_failure_error_code (int | None | Unset): HTTP status of the latest failed call.
        most_recent_failure_timestamp (int | None | Unset): Unix time of the latest failed call (any non-200 answer).
    """

    name: str
    webhook_id: str
    webhook_url: str
    is_disabled: bool
    is_auto_disabled: bool
    created_at_unix: int
    auth_type: WorkspaceWebhookAuthType
    usage: list[WorkspaceWebhookUsage] | None | Unset = UNSET
    events: list[WorkspaceWebhookEventType] | None | Unset = UNSET
    most_recent_failure_error_code: int | None | Unset = UNSET
    most_recent_failure_timestamp: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        webhook_id = self.webhook_id

        webhook_url = self.webhook_url

        is_disabled = self.is_disabled

        is_auto_disabled = self.is_auto_disabled

        created_at_unix = self.created_at_unix

        auth_type: str = self.auth_type

        usage: list[dict[str, Any]] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, list):
            usage = []
            for usage_type_0_item_data in self.usage:
                usage_type_0_item = usage_type_0_item_data.to_dict()
                usage.append(usage_type_0_item)

        else:
            usage = self.usage

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item: str = events_type_0_item_data
                events.append(events_type_0_item)

        else:
            events = self.events

        most_recent_failure_error_code: int | None | Unset
        if isinstance(self.most_recent_failure_error_code, Unset):
            most_recent_failure_error_code = UNSET
        else:
            most_recent_failure_error_code = self.most_recent_failure_error_code

        most_recent_failure_timestamp: int | None | Unset
        if isinstance(self.most_recent_failure_timestamp, Unset):
            most_recent_failure_timestamp = UNSET
        else:
            most_recent_failure_timestamp = self.most_recent_failure_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "webhook_id": webhook_id,
                "webhook_url": webhook_url,
                "is_disabled": is_disabled,
                "is_auto_disabled": is_auto_disabled,
                "created_at_unix": created_at_unix,
                "auth_type": auth_type,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if events is not UNSET:
            field_dict["events"] = events
        if most_recent_failure_error_code is not UNSET:
            field_dict["most_recent_failure_error_code"] = most_recent_failure_error_code
        if most_recent_failure_timestamp is not UNSET:
            field_dict["most_recent_failure_timestamp"] = most_recent_failure_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        webhook_id = d.pop("webhook_id")

        webhook_url = d.pop("webhook_url")

        is_disabled = d.pop("is_disabled")

        is_auto_disabled = d.pop("is_auto_disabled")

        created_at_unix = d.pop("created_at_unix")

        auth_type = check_workspace_webhook_auth_type(d.pop("auth_type"))

        def _parse_usage(data: object) -> list[WorkspaceWebhookUsage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usage_type_0 = []
                _usage_type_0 = data
                for usage_type_0_item_data in _usage_type_0:
                    usage_type_0_item = WorkspaceWebhookUsage.from_dict(usage_type_0_item_data)

                    usage_type_0.append(usage_type_0_item)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkspaceWebhookUsage] | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_events(data: object) -> list[WorkspaceWebhookEventType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = check_workspace_webhook_event_type(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkspaceWebhookEventType] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        def _parse_most_recent_failure_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        most_recent_failure_error_code = _parse_most_recent_failure_error_code(
            d.pop("most_recent_failure_error_code", UNSET)
        )

        def _parse_most_recent_failure_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        most_recent_failure_timestamp = _parse_most_recent_failure_timestamp(
            d.pop("most_recent_failure_timestamp", UNSET)
        )

        workspace_webhook = cls(
            name=name,
            webhook_id=webhook_id,
            webhook_url=webhook_url,
            is_disabled=is_disabled,
            is_auto_disabled=is_auto_disabled,
            created_at_unix=created_at_unix,
            auth_type=auth_type,
            usage=usage,
            events=events,
            most_recent_failure_error_code=most_recent_failure_error_code,
            most_recent_failure_timestamp=most_recent_failure_timestamp,
        )

        workspace_webhook.additional_properties = d
        return workspace_webhook

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
    global _nested_models_loaded, WorkspaceWebhookUsage
    from ..models.workspace_webhook_usage import WorkspaceWebhookUsage  # noqa: F401

    _nested_models_loaded = True
