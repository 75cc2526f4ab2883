from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_connection_status import AuthConnectionStatus, check_auth_connection_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_dependencies import AuthConnectionDependencies


T = TypeVar("T", bound="MTLSAuthResponse")


@_attrs_define
class MTLSAuthResponse:
    """
    Attributes:
        name (str):
        provider (str):
        id (str):
        auth_type (Literal['mtls'] | Unset):  Default: 'mtls'.
        used_by (AuthConnectionDependencies | None | Unset):
        status (AuthConnectionStatus | Unset):  Default: 'active'.
        status_detail (None | str | Unset):
        status_updated_at (None | str | Unset):
    """

    name: str
    provider: str
    id: str
    auth_type: Literal["mtls"] | Unset = "mtls"
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

        id = self.id

        auth_type = self.auth_type

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
                "id": id,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
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

        id = d.pop("id")

        auth_type = cast(Literal["mtls"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "mtls" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'mtls', got '{auth_type}'")

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

        mtls_auth_response = cls(
            name=name,
            provider=provider,
            id=id,
            auth_type=auth_type,
            used_by=used_by,
            status=status,
            status_detail=status_detail,
            status_updated_at=status_updated_at,
        )

        mtls_auth_response.additional_properties = d
        return mtls_auth_response

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
    global _nested_models_loaded, AuthConnectionDependencies
    from ..models.auth_connection_dependencies import AuthConnectionDependencies  # noqa: F401

    _nested_models_loaded = True
