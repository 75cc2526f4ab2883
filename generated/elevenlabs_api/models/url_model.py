from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlModel")


@_attrs_define
class UrlModel:
    """
    Attributes:
        url_string (None | str | Unset):
        scheme (None | str | Unset):
        hostname (None | str | Unset):
        port (int | None | Unset):
        path (None | str | Unset):
        query_string (None | str | Unset):
    """

    url_string: None | str | Unset = UNSET
    scheme: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    path: None | str | Unset = UNSET
    query_string: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url_string: None | str | Unset
        if isinstance(self.url_string, Unset):
            url_string = UNSET
        else:
            url_string = self.url_string

        scheme: None | str | Unset
        if isinstance(self.scheme, Unset):
            scheme = UNSET
        else:
            scheme = self.scheme

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        query_string: None | str | Unset
        if isinstance(self.query_string, Unset):
            query_string = UNSET
        else:
            query_string = self.query_string

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url_string is not UNSET:
            field_dict["url_string"] = url_string
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if port is not UNSET:
            field_dict["port"] = port
        if path is not UNSET:
            field_dict["path"] = path
        if query_string is not UNSET:
            field_dict["query_string"] = query_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_url_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_string = _parse_url_string(d.pop("url_string", UNSET))

        def _parse_scheme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheme = _parse_scheme(d.pop("scheme", UNSET))

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_query_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query_string = _parse_query_string(d.pop("query_string", UNSET))

        url_model = cls(
            url_string=url_string,
            scheme=scheme,
            hostname=hostname,
            port=port,
            path=path,
            query_string=query_string,
        )

        return url_model
