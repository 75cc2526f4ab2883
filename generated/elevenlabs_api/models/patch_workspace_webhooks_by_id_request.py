from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_webhook_event_type import WorkspaceWebhookEventType, check_workspace_webhook_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_workspace_webhooks_by_id_request_request_headers_type_0 import (
        PatchWorkspaceWebhooksByIdRequestRequestHeadersType0,
    )


T = TypeVar("T", bound="PatchWorkspaceWebhooksByIdRequest")


@_attrs_define
class PatchWorkspaceWebhooksByIdRequest:
    """
    Attributes:
        is_disabled (bool):
        name (str):
        retry_enabled (bool | None | Unset):
        request_headers (None | PatchWorkspaceWebhooksByIdRequestRequestHeadersType0 | Unset):
        events (list[WorkspaceWebhookEventType] | None | Unset):
    """

    is_disabled: bool
    name: str
    retry_enabled: bool | None | Unset = UNSET
    request_headers: None | PatchWorkspaceWebhooksByIdRequestRequestHeadersType0 | Unset = UNSET
    events: list[WorkspaceWebhookEventType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        is_disabled = self.is_disabled

        name = self.name

        retry_enabled: bool | None | Unset
        if isinstance(self.retry_enabled, Unset):
            retry_enabled = UNSET
        else:
            retry_enabled = self.retry_enabled

        request_headers: dict[str, Any] | None | Unset
        if isinstance(self.request_headers, Unset):
            request_headers = UNSET
        elif isinstance(self.request_headers, PatchWorkspaceWebhooksByIdRequestRequestHeadersType0):
            request_headers = self.request_headers.to_dict()
        else:
            request_headers = self.request_headers

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_disabled": is_disabled,
                "name": name,
            }
        )
        if retry_enabled is not UNSET:
            field_dict["retry_enabled"] = retry_enabled
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        is_disabled = d.pop("is_disabled")

        name = d.pop("name")

        def _parse_retry_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retry_enabled = _parse_retry_enabled(d.pop("retry_enabled", UNSET))

        def _parse_request_headers(data: object) -> None | PatchWorkspaceWebhooksByIdRequestRequestHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_headers_type_0 = PatchWorkspaceWebhooksByIdRequestRequestHeadersType0.from_dict(data)

                return request_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchWorkspaceWebhooksByIdRequestRequestHeadersType0 | Unset, data)

        request_headers = _parse_request_headers(d.pop("request_headers", UNSET))

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

        patch_workspace_webhooks_by_id_request = cls(
            is_disabled=is_disabled,
            name=name,
            retry_enabled=retry_enabled,
            request_headers=request_headers,
            events=events,
        )

        patch_workspace_webhooks_by_id_request.additional_properties = d
        return patch_workspace_webhooks_by_id_request

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
    global _nested_models_loaded, PatchWorkspaceWebhooksByIdRequestRequestHeadersType0
    from ..models.patch_workspace_webhooks_by_id_request_request_headers_type_0 import (
        PatchWorkspaceWebhooksByIdRequestRequestHeadersType0,  # noqa: F401
    )

    _nested_models_loaded = True
