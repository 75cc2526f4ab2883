from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_http_method import ConvaiHttpMethod, check_convai_http_method
from ..models.convai_webhook_tool_api_schema_output_content_type import (
    ConvaiWebhookToolApiSchemaOutputContentType,
    check_convai_webhook_tool_api_schema_output_content_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_locator import AuthConnectionLocator
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput
    from ..models.convai_query_params_json_schema import ConvaiQueryParamsJsonSchema
    from ..models.convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,
    )
    from ..models.convai_webhook_tool_api_schema_output_request_headers import (
        ConvaiWebhookToolApiSchemaOutputRequestHeaders,
    )
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
    from ..models.response_filter import ResponseFilter


T = TypeVar("T", bound="ConvaiWebhookToolApiSchemaOutput")


@_attrs_define
class ConvaiWebhookToolApiSchemaOutput:
    """The HTTP request a webhook tool makes, as returned.

    Attributes:
        url (str):
        request_headers (ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset):
        method (ConvaiHttpMethod | Unset): HTTP method of a webhook call.
        path_params_schema (ConvaiWebhookToolApiSchemaOutputPathParamsSchema | Unset):
        query_params_schema (ConvaiQueryParamsJsonSchema | None | Unset):
        request_body_schema (ConvaiObjectJsonSchemaPropertyOutput | None | Unset):
        response_body_schema (ConvaiObjectJsonSchemaPropertyOutput | None | Unset):
        response_filter (None | ResponseFilter | Unset):
        content_type (ConvaiWebhookToolApiSchemaOutputContentType | Unset):  Default: 'application/json'.
        auth_resolved_params (list[str] | Unset):
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
    """

    url: str
    request_headers: ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset = UNSET
    method: ConvaiHttpMethod | Unset = UNSET
    path_params_schema: ConvaiWebhookToolApiSchemaOutputPathParamsSchema | Unset = UNSET
    query_params_schema: ConvaiQueryParamsJsonSchema | None | Unset = UNSET
    request_body_schema: ConvaiObjectJsonSchemaPropertyOutput | None | Unset = UNSET
    response_body_schema: ConvaiObjectJsonSchemaPropertyOutput | None | Unset = UNSET
    response_filter: None | ResponseFilter | Unset = UNSET
    content_type: ConvaiWebhookToolApiSchemaOutputContentType | Unset = "application/json"
    auth_resolved_params: list[str] | Unset = UNSET
    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        url = self.url

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = self.request_headers.to_dict()

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        path_params_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.path_params_schema, Unset):
            path_params_schema = self.path_params_schema.to_dict()

        query_params_schema: dict[str, Any] | None | Unset
        if isinstance(self.query_params_schema, Unset):
            query_params_schema = UNSET
        elif isinstance(self.query_params_schema, ConvaiQueryParamsJsonSchema):
            query_params_schema = self.query_params_schema.to_dict()
        else:
            query_params_schema = self.query_params_schema

        request_body_schema: dict[str, Any] | None | Unset
        if isinstance(self.request_body_schema, Unset):
            request_body_schema = UNSET
        elif isinstance(self.request_body_schema, ConvaiObjectJsonSchemaPropertyOutput):
            request_body_schema = self.request_body_schema.to_dict()
        else:
            request_body_schema = self.request_body_schema

        response_body_schema: dict[str, Any] | None | Unset
        if isinstance(self.response_body_schema, Unset):
            response_body_schema = UNSET
        elif isinstance(self.response_body_schema, ConvaiObjectJsonSchemaPropertyOutput):
            response_body_schema = self.response_body_schema.to_dict()
        else:
            response_body_schema = self.response_body_schema

        response_filter: dict[str, Any] | None | Unset
        if isinstance(self.response_filter, Unset):
            response_filter = UNSET
        elif isinstance(self.response_filter, ResponseFilter):
            response_filter = self.response_filter.to_dict()
        else:
            response_filter = self.response_filter

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        auth_resolved_params: list[str] | Unset = UNSET
        if not isinstance(self.auth_resolved_params, Unset):
            auth_resolved_params = self.auth_resolved_params

        auth_connection: dict[str, Any] | None | Unset
        if isinstance(self.auth_connection, Unset):
            auth_connection = UNSET
        elif isinstance(self.auth_connection, AuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        elif isinstance(self.auth_connection, EnvironmentAuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        else:
            auth_connection = self.auth_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if method is not UNSET:
            field_dict["method"] = method
        if path_params_schema is not UNSET:
            field_dict["path_params_schema"] = path_params_schema
        if query_params_schema is not UNSET:
            field_dict["query_params_schema"] = query_params_schema
        if request_body_schema is not UNSET:
            field_dict["request_body_schema"] = request_body_schema
        if response_body_schema is not UNSET:
            field_dict["response_body_schema"] = response_body_schema
        if response_filter is not UNSET:
            field_dict["response_filter"] = response_filter
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if auth_resolved_params is not UNSET:
            field_dict["auth_resolved_params"] = auth_resolved_params
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        url = d.pop("url")

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = ConvaiWebhookToolApiSchemaOutputRequestHeaders.from_dict(_request_headers)

        _method = d.pop("method", UNSET)
        method: ConvaiHttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_convai_http_method(_method)

        _path_params_schema = d.pop("path_params_schema", UNSET)
        path_params_schema: ConvaiWebhookToolApiSchemaOutputPathParamsSchema | Unset
        if isinstance(_path_params_schema, Unset):
            path_params_schema = UNSET
        else:
            path_params_schema = ConvaiWebhookToolApiSchemaOutputPathParamsSchema.from_dict(_path_params_schema)

        def _parse_query_params_schema(data: object) -> ConvaiQueryParamsJsonSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_params_schema_type_0 = ConvaiQueryParamsJsonSchema.from_dict(data)

                return query_params_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiQueryParamsJsonSchema | None | Unset, data)

        query_params_schema = _parse_query_params_schema(d.pop("query_params_schema", UNSET))

        def _parse_request_body_schema(data: object) -> ConvaiObjectJsonSchemaPropertyOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_body_schema_type_0 = ConvaiObjectJsonSchemaPropertyOutput.from_dict(data)

                return request_body_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiObjectJsonSchemaPropertyOutput | None | Unset, data)

        request_body_schema = _parse_request_body_schema(d.pop("request_body_schema", UNSET))

        def _parse_response_body_schema(data: object) -> ConvaiObjectJsonSchemaPropertyOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_body_schema_type_0 = ConvaiObjectJsonSchemaPropertyOutput.from_dict(data)

                return response_body_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiObjectJsonSchemaPropertyOutput | None | Unset, data)

        response_body_schema = _parse_response_body_schema(d.pop("response_body_schema", UNSET))

        def _parse_response_filter(data: object) -> None | ResponseFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_filter_type_0 = ResponseFilter.from_dict(data)

                return response_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFilter | Unset, data)

        response_filter = _parse_response_filter(d.pop("response_filter", UNSET))

        _content_type = d.pop("content_type", UNSET)
        content_type: ConvaiWebhookToolApiSchemaOutputContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_convai_webhook_tool_api_schema_output_content_type(_content_type)

        auth_resolved_params = cast(list[str], d.pop("auth_resolved_params", UNSET))

        def _parse_auth_connection(
            data: object,
        ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_connection_type_0 = AuthConnectionLocator.from_dict(data)

                return auth_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_connection_type_1 = EnvironmentAuthConnectionLocator.from_dict(data)

                return auth_connection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset, data)

        auth_connection = _parse_auth_connection(d.pop("auth_connection", UNSET))

        convai_webhook_tool_api_schema_output = cls(
            url=url,
            request_headers=request_headers,
            method=method,
            path_params_schema=path_params_schema,
            query_params_schema=query_params_schema,
            request_body_schema=request_body_schema,
            response_body_schema=response_body_schema,
            response_filter=response_filter,
            content_type=content_type,
            auth_resolved_params=auth_resolved_params,
            auth_connection=auth_connection,
        )

        convai_webhook_tool_api_schema_output.additional_properties = d
        return convai_webhook_tool_api_schema_output

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
        AuthConnectionLocator, \
        ConvaiObjectJsonSchemaPropertyOutput, \
        ConvaiQueryParamsJsonSchema, \
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema, \
        ConvaiWebhookToolApiSchemaOutputRequestHeaders, \
        EnvironmentAuthConnectionLocator, \
        ResponseFilter
    from ..models.auth_connection_locator import AuthConnectionLocator  # noqa: F401
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput  # noqa: F401
    from ..models.convai_query_params_json_schema import ConvaiQueryParamsJsonSchema  # noqa: F401
    from ..models.convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,  # noqa: F401
    )
    from ..models.convai_webhook_tool_api_schema_output_request_headers import (
        ConvaiWebhookToolApiSchemaOutputRequestHeaders,  # noqa: F401
    )
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator  # noqa: F401
    from ..models.response_filter import ResponseFilter  # noqa: F401

    _nested_models_loaded = True
