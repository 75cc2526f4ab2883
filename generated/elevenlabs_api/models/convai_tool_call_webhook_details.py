from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_tool_call_webhook_details_headers import ConvaiToolCallWebhookDetailsHeaders
    from ..models.convai_tool_call_webhook_details_path_params import ConvaiToolCallWebhookDetailsPathParams
    from ..models.convai_tool_call_webhook_details_query_params import ConvaiToolCallWebhookDetailsQueryParams


T = TypeVar("T", bound="ConvaiToolCallWebhookDetails")


@_attrs_define
class ConvaiToolCallWebhookDetails:
    """
    Attributes:
        method (str):
        url (str):
        type_ (Literal['webhook'] | Unset):  Default: 'webhook'.
        headers (ConvaiToolCallWebhookDetailsHeaders | Unset):
        path_params (ConvaiToolCallWebhookDetailsPathParams | Unset):
        query_params (ConvaiToolCallWebhookDetailsQueryParams | Unset):
        body (None | str | Unset):
    """

    method: str
    url: str
    type_: Literal["webhook"] | Unset = "webhook"
    headers: ConvaiToolCallWebhookDetailsHeaders | Unset = UNSET
    path_params: ConvaiToolCallWebhookDetailsPathParams | Unset = UNSET
    query_params: ConvaiToolCallWebhookDetailsQueryParams | Unset = UNSET
    body: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        method = self.method

        url = self.url

        type_ = self.type_

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        path_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.path_params, Unset):
            path_params = self.path_params.to_dict()

        query_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = self.query_params.to_dict()

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "url": url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if headers is not UNSET:
            field_dict["headers"] = headers
        if path_params is not UNSET:
            field_dict["path_params"] = path_params
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        method = d.pop("method")

        url = d.pop("url")

        type_ = cast(Literal["webhook"] | Unset, d.pop("type", UNSET))
        if type_ != "webhook" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        _headers = d.pop("headers", UNSET)
        headers: ConvaiToolCallWebhookDetailsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ConvaiToolCallWebhookDetailsHeaders.from_dict(_headers)

        _path_params = d.pop("path_params", UNSET)
        path_params: ConvaiToolCallWebhookDetailsPathParams | Unset
        if isinstance(_path_params, Unset):
            path_params = UNSET
        else:
            path_params = ConvaiToolCallWebhookDetailsPathParams.from_dict(_path_params)

        _query_params = d.pop("query_params", UNSET)
        query_params: ConvaiToolCallWebhookDetailsQueryParams | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = ConvaiToolCallWebhookDetailsQueryParams.from_dict(_query_params)

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        convai_tool_call_webhook_details = cls(
            method=method,
            url=url,
            type_=type_,
            headers=headers,
            path_params=path_params,
            query_params=query_params,
            body=body,
        )

        convai_tool_call_webhook_details.additional_properties = d
        return convai_tool_call_webhook_details

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
        ConvaiToolCallWebhookDetailsHeaders, \
        ConvaiToolCallWebhookDetailsPathParams, \
        ConvaiToolCallWebhookDetailsQueryParams
    from ..models.convai_tool_call_webhook_details_headers import ConvaiToolCallWebhookDetailsHeaders  # noqa: F401
    from ..models.convai_tool_call_webhook_details_path_params import ConvaiToolCallWebhookDetailsPathParams  # noqa: F401
    from ..models.convai_tool_call_webhook_details_query_params import ConvaiToolCallWebhookDetailsQueryParams  # noqa: F401

    _nested_models_loaded = True
