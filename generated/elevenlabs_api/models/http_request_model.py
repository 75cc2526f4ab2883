from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.url_model import UrlModel


T = TypeVar("T", bound="HttpRequestModel")


@_attrs_define
class HttpRequestModel:
    """
    Attributes:
        http_method (str):
        url (UrlModel):
        user_agent (None | str | Unset):
        x_forwarded_for (list[str] | None | Unset):
    """

    http_method: str
    url: UrlModel
    user_agent: None | str | Unset = UNSET
    x_forwarded_for: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        http_method = self.http_method

        url = self.url.to_dict()

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        x_forwarded_for: list[str] | None | Unset
        if isinstance(self.x_forwarded_for, Unset):
            x_forwarded_for = UNSET
        elif isinstance(self.x_forwarded_for, list):
            x_forwarded_for = self.x_forwarded_for

        else:
            x_forwarded_for = self.x_forwarded_for

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "http_method": http_method,
                "url": url,
            }
        )
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if x_forwarded_for is not UNSET:
            field_dict["x_forwarded_for"] = x_forwarded_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        http_method = d.pop("http_method")

        url = UrlModel.from_dict(d.pop("url"))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_x_forwarded_for(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                x_forwarded_for_type_0 = cast(list[str], data)

                return x_forwarded_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        x_forwarded_for = _parse_x_forwarded_for(d.pop("x_forwarded_for", UNSET))

        http_request_model = cls(
            http_method=http_method,
            url=url,
            user_agent=user_agent,
            x_forwarded_for=x_forwarded_for,
        )

        return http_request_model


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, UrlModel
    from ..models.url_model import UrlModel  # noqa: F401

    _nested_models_loaded = True
