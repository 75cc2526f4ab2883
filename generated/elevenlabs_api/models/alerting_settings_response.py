from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alerting_integration_notifier_response import AlertingIntegrationNotifierResponse
    from ..models.alerting_settings_response_monitor_configs import AlertingSettingsResponseMonitorConfigs
    from ..models.alerting_webhook_notifier_response import AlertingWebhookNotifierResponse


T = TypeVar("T", bound="AlertingSettingsResponse")


@_attrs_define
class AlertingSettingsResponse:
    """
    Attributes:
        monitor_configs (AlertingSettingsResponseMonitorConfigs | Unset):
        auto_resolve_after_inactive_minutes (int | None | Unset):
        notifiers (list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse] | Unset):
    """

    monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset = UNSET
    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET
    notifiers: list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        monitor_configs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitor_configs, Unset):
            monitor_configs = self.monitor_configs.to_dict()

        auto_resolve_after_inactive_minutes: int | None | Unset
        if isinstance(self.auto_resolve_after_inactive_minutes, Unset):
            auto_resolve_after_inactive_minutes = UNSET
        else:
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        notifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifiers, Unset):
            notifiers = []
            for notifiers_item_data in self.notifiers:
                notifiers_item: dict[str, Any]
                if isinstance(notifiers_item_data, AlertingWebhookNotifierResponse):
                    notifiers_item = notifiers_item_data.to_dict()
                else:
                    notifiers_item = notifiers_item_data.to_dict()

                notifiers.append(notifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitor_configs is not UNSET:
            field_dict["monitor_configs"] = monitor_configs
        if auto_resolve_after_inactive_minutes is not UNSET:
            field_dict["auto_resolve_after_inactive_minutes"] = auto_resolve_after_inactive_minutes
        if notifiers is not UNSET:
            field_dict["notifiers"] = notifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _monitor_configs = d.pop("monitor_configs", UNSET)
        monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset
        if isinstance(_monitor_configs, Unset):
            monitor_configs = UNSET
        else:
            monitor_configs = AlertingSettingsResponseMonitorConfigs.from_dict(_monitor_configs)

        def _parse_auto_resolve_after_inactive_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_resolve_after_inactive_minutes = _parse_auto_resolve_after_inactive_minutes(
            d.pop("auto_resolve_after_inactive_minutes", UNSET)
        )

        _notifiers = d.pop("notifiers", UNSET)
        notifiers: list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse] | Unset = UNSET
        if _notifiers is not UNSET:
            notifiers = []
            for notifiers_item_data in _notifiers:

                def _parse_notifiers_item(
                    data: object,
                ) -> AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse:
                    if isinstance(data, dict):
                        if data.get("type") == "webhook":
                            notifiers_item_type_0 = AlertingWebhookNotifierResponse.from_dict(data)

                            return notifiers_item_type_0
                        if data.get("type") == "integration":
                            notifiers_item_type_1 = AlertingIntegrationNotifierResponse.from_dict(data)

                            return notifiers_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notifiers_item_type_0 = AlertingWebhookNotifierResponse.from_dict(data)

                        return notifiers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    notifiers_item_type_1 = AlertingIntegrationNotifierResponse.from_dict(data)

                    return notifiers_item_type_1

                notifiers_item = _parse_notifiers_item(notifiers_item_data)

                notifiers.append(notifiers_item)

        alerting_settings_response = cls(
            monitor_configs=monitor_configs,
            auto_resolve_after_inactive_minutes=auto_resolve_after_inactive_minutes,
            notifiers=notifiers,
        )

        alerting_settings_response.additional_properties = d
        return alerting_settings_response

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
        AlertingIntegrationNotifierResponse, \
        AlertingSettingsResponseMonitorConfigs, \
        AlertingWebhookNotifierResponse
    from ..models.alerting_integration_notifier_response import AlertingIntegrationNotifierResponse  # noqa: F401
    from ..models.alerting_settings_response_monitor_configs import AlertingSettingsResponseMonitorConfigs  # noqa: F401
    from ..models.alerting_webhook_notifier_response import AlertingWebhookNotifierResponse  # noqa: F401

    _nested_models_loaded = True
