from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_connection_status import AuthConnectionStatus, check_auth_connection_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_dependencies import AuthConnectionDependencies
    from ..models.refresh_token_auth_response_extra_params import RefreshTokenAuthResponseExtraParams


T = TypeVar("T", bound="RefreshTokenAuthResponse")


@_attrs_define
class RefreshTokenAuthResponse:
    """
    Attributes:
        name (str):
        provider (str):
        client_id (str):
        token_url (str):
        id (str):
        auth_type (Literal['refresh_token_auth'] | Unset):  Default: 'refresh_token_auth'.
        scopes (list[str] | Unset):
        extra_params (RefreshTokenAuthResponseExtraParams | Unset):
        used_by (AuthConnectionDependencies | None | Unset):
        status (AuthConnectionStatus | Unset):  Default: 'active'.
        status_detail (None | str | Unset):
        status_updated_at (None | str | Unset):
    """

    name: str
    provider: str
    client_id: str
    token_url: str
    id: str
    auth_type: Literal["refresh_token_auth"] | Unset = "refresh_token_auth"
    scopes: list[str] | Unset = UNSET
    extra_params: RefreshTokenAuthResponseExtraParams | Unset = UNSET
    used_by: AuthConnectionDependencies | None | Unset = UNSET
    status: AuthConnectionStatus | Unset = "active"
    status_detail: None | str | Unset = UNSET
    status_updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        provider = self.provider

        client_id = self.client_id

        token_url = self.token_url

        id = self.id

        auth_type = self.auth_type

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        extra_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_params, Unset):
            extra_params = self.extra_params.to_dict()

        used_by: dict[str, Any] | None | Unset
        if isinstance(self.used_by, Unset):
            used_by = UNSET
        elif isinstance(self.used_by, AuthConnectionDependencies):
            used_by = self.used_by.to_dict()
        else:
            used_by = self.used_by

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_detail: None | str | Unset
        if isinstance(self.status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = self.status_detail

        status_updated_at: None | str | Unset
        if isinstance(self.status_updated_at, Unset):
            status_updated_at = UNSET
        else:
            status_updated_at = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "client_id": client_id,
                "token_url": token_url,
                "id": id,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if used_by is not UNSET:
            field_dict["used_by"] = used_by
        if status is not UNSET:
            field_dict["status"] = status
        if status_detail is not UNSET:
            field_dict["status_detail"] = status_detail
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        client_id = d.pop("client_id")

        token_url = d.pop("token_url")

        id = d.pop("id")

        auth_type = cast(Literal["refresh_token_auth"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "refresh_token_auth" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'refresh_token_auth', got '{auth_type}'")

        scopes = cast(list[str], d.pop("scopes", UNSET))

        _extra_params = d.pop("extra_params", UNSET)
        extra_params: RefreshTokenAuthResponseExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = RefreshTokenAuthResponseExtraParams.from_dict(_extra_params)

        def _parse_used_by(data: object) -> AuthConnectionDependencies | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                used_by_type_0 = AuthConnectionDependencies.from_dict(data)

                return used_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthConnectionDependencies | None | Unset, data)

        used_by = _parse_used_by(d.pop("used_by", UNSET))

        _status = d.pop("status", UNSET)
        status: AuthConnectionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_auth_connection_status(_status)

        def _parse_status_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_detail = _parse_status_detail(d.pop("status_detail", UNSET))

        def _parse_status_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_updated_at = _parse_status_updated_at(d.pop("status_updated_at", UNSET))

        refresh_token_auth_response = cls(
            name=name,
            provider=provider,
            client_id=client_id,
            token_url=token_url,
            id=id,
            auth_type=auth_type,
            scopes=scopes,
            extra_params=extra_params,
            used_by=used_by,
            status=status,
            status_detail=status_detail,
            status_updated_at=status_updated_at,
        )

        refresh_token_auth_response.additional_properties = d
        return refresh_token_auth_response

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
    global _nested_models_loaded, AuthConnectionDependencies, RefreshTokenAuthResponseExtraParams
    from ..models.auth_connection_dependencies import AuthConnectionDependencies  # noqa: F401
    from ..models.refresh_token_auth_response_extra_params import RefreshTokenAuthResponseExtraParams  # noqa: F401

    _nested_models_loaded = True
