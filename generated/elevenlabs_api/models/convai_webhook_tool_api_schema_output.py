from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_http_method import ConvaiHttpMethod, check_convai_http_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_auth_connection_locator import ConvaiAuthConnectionLocator
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput
    from ..models.convai_query_params_json_schema import ConvaiQueryParamsJsonSchema
    from ..models.convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,
    )
    from ..models.convai_webhook_tool_api_schema_output_request_headers import (
        ConvaiWebhookToolApiSchemaOutputRequestHeaders,
    )


T = TypeVar("T", bound="ConvaiWebhookToolApiSchemaOutput")


@_attrs_define
class ConvaiWebhookToolApiSchemaOutput:
    """The HTTP request a webhook tool makes, as returned.

    Attributes:
        url (str):
        method (ConvaiHttpMethod | Unset): HTTP method of a webhook call. Default: 'GET'.
        path_params_schema (ConvaiWebhookToolApiSchemaOutputPathParamsSchema | Unset):
        query_params_schema (ConvaiQueryParamsJsonSchema | None | Unset):
        request_body_schema (ConvaiObjectJsonSchemaPropertyOutput | None | Unset):
        request_headers (ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset):
        auth_connection (ConvaiAuthConnectionLocator | None | Unset):
    """

    url: str
    method: ConvaiHttpMethod | Unset = "GET"
    path_params_schema: ConvaiWebhookToolApiSchemaOutputPathParamsSchema | Unset = UNSET
    query_params_schema: ConvaiQueryParamsJsonSchema | None | Unset = UNSET
    request_body_schema: ConvaiObjectJsonSchemaPropertyOutput | None | Unset = UNSET
    request_headers: ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset = UNSET
    auth_connection: ConvaiAuthConnectionLocator | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        url = self.url

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

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = self.request_headers.to_dict()

        auth_connection: dict[str, Any] | None | Unset
        if isinstance(self.auth_connection, Unset):
            auth_connection = UNSET
        elif isinstance(self.auth_connection, ConvaiAuthConnectionLocator):
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
        if method is not UNSET:
            field_dict["method"] = method
        if path_params_schema is not UNSET:
            field_dict["path_params_schema"] = path_params_schema
        if query_params_schema is not UNSET:
            field_dict["query_params_schema"] = query_params_schema
        if request_body_schema is not UNSET:
            field_dict["request_body_schema"] = request_body_schema
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        url = d.pop("url")

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

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: ConvaiWebhookToolApiSchemaOutputRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = ConvaiWebhookToolApiSchemaOutputRequestHeaders.from_dict(_request_headers)

        def _parse_auth_connection(data: object) -> ConvaiAuthConnectionLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_connection_type_0 = ConvaiAuthConnectionLocator.from_dict(data)

                return auth_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiAuthConnectionLocator | None | Unset, data)

        auth_connection = _parse_auth_connection(d.pop("auth_connection", UNSET))

        convai_webhook_tool_api_schema_output = cls(
            url=url,
            method=method,
            path_params_schema=path_params_schema,
            query_params_schema=query_params_schema,
            request_body_schema=request_body_schema,
            request_headers=request_headers,
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
        ConvaiAuthConnectionLocator, \
        ConvaiObjectJsonSchemaPropertyOutput, \
        ConvaiQueryParamsJsonSchema, \
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema, \
        ConvaiWebhookToolApiSchemaOutputRequestHeaders
    from ..models.convai_auth_connection_locator import ConvaiAuthConnectionLocator  # noqa: F401
    from ..models.convai_object_json_schema_property_output import ConvaiObjectJsonSchemaPropertyOutput  # noqa: F401
    from ..models.convai_query_params_json_schema import ConvaiQueryParamsJsonSchema  # noqa: F401
    from ..models.convai_webhook_tool_api_schema_output_path_params_schema import (
        ConvaiWebhookToolApiSchemaOutputPathParamsSchema,  # noqa: F401
    )
    from ..models.convai_webhook_tool_api_schema_output_request_headers import (
        ConvaiWebhookToolApiSchemaOutputRequestHeaders,  # noqa: F401
    )

    _nested_models_loaded = True
