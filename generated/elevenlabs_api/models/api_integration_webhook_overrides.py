from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_filter_mode import ResponseFilterMode, check_response_filter_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_integration_webhook_overrides_request_headers_type_0 import (
        ApiIntegrationWebhookOverridesRequestHeadersType0,
    )
    from ..models.api_integration_webhook_overrides_schema_overrides_type_0 import (
        ApiIntegrationWebhookOverridesSchemaOverridesType0,
    )


T = TypeVar("T", bound="ApiIntegrationWebhookOverrides")


@_attrs_define
class ApiIntegrationWebhookOverrides:
    """
    Attributes:
        schema_overrides (ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset):
        response_filter_mode (None | ResponseFilterMode | Unset):
        response_filters (list[str] | None | Unset):
        request_headers (ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset):
    """

    schema_overrides: ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset = UNSET
    response_filter_mode: None | ResponseFilterMode | Unset = UNSET
    response_filters: list[str] | None | Unset = UNSET
    request_headers: ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        schema_overrides: dict[str, Any] | None | Unset
        if isinstance(self.schema_overrides, Unset):
            schema_overrides = UNSET
        elif isinstance(self.schema_overrides, ApiIntegrationWebhookOverridesSchemaOverridesType0):
            schema_overrides = self.schema_overrides.to_dict()
        else:
            schema_overrides = self.schema_overrides

        response_filter_mode: None | str | Unset
        if isinstance(self.response_filter_mode, Unset):
            response_filter_mode = UNSET
        elif isinstance(self.response_filter_mode, str):
            response_filter_mode = self.response_filter_mode
        else:
            response_filter_mode = self.response_filter_mode

        response_filters: list[str] | None | Unset
        if isinstance(self.response_filters, Unset):
            response_filters = UNSET
        elif isinstance(self.response_filters, list):
            response_filters = self.response_filters

        else:
            response_filters = self.response_filters

        request_headers: dict[str, Any] | None | Unset
        if isinstance(self.request_headers, Unset):
            request_headers = UNSET
        elif isinstance(self.request_headers, ApiIntegrationWebhookOverridesRequestHeadersType0):
            request_headers = self.request_headers.to_dict()
        else:
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_overrides is not UNSET:
            field_dict["schema_overrides"] = schema_overrides
        if response_filter_mode is not UNSET:
            field_dict["response_filter_mode"] = response_filter_mode
        if response_filters is not UNSET:
            field_dict["response_filters"] = response_filters
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_schema_overrides(data: object) -> ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_overrides_type_0 = ApiIntegrationWebhookOverridesSchemaOverridesType0.from_dict(data)

                return schema_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset, data)

        schema_overrides = _parse_schema_overrides(d.pop("schema_overrides", UNSET))

        def _parse_response_filter_mode(data: object) -> None | ResponseFilterMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_filter_mode_type_0 = check_response_filter_mode(data)

                return response_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFilterMode | Unset, data)

        response_filter_mode = _parse_response_filter_mode(d.pop("response_filter_mode", UNSET))

        def _parse_response_filters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_filters_type_0 = cast(list[str], data)

                return response_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        response_filters = _parse_response_filters(d.pop("response_filters", UNSET))

        def _parse_request_headers(data: object) -> ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_headers_type_0 = ApiIntegrationWebhookOverridesRequestHeadersType0.from_dict(data)

                return request_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset, data)

        request_headers = _parse_request_headers(d.pop("request_headers", UNSET))

        api_integration_webhook_overrides = cls(
            schema_overrides=schema_overrides,
            response_filter_mode=response_filter_mode,
            response_filters=response_filters,
            request_headers=request_headers,
        )

        api_integration_webhook_overrides.additional_properties = d
        return api_integration_webhook_overrides

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
        ApiIntegrationWebhookOverridesRequestHeadersType0, \
        ApiIntegrationWebhookOverridesSchemaOverridesType0
    from ..models.api_integration_webhook_overrides_request_headers_type_0 import (
        ApiIntegrationWebhookOverridesRequestHeadersType0,  # noqa: F401
    )
    from ..models.api_integration_webhook_overrides_schema_overrides_type_0 import (
        ApiIntegrationWebhookOverridesSchemaOverridesType0,  # noqa: F401
    )

    _nested_models_loaded = True
