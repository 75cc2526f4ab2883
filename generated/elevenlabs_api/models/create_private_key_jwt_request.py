from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_private_key_jwt_request_algorithm import (
    CreatePrivateKeyJWTRequestAlgorithm,
    check_create_private_key_jwt_request_algorithm,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_private_key_jwt_request_extra_params import CreatePrivateKeyJWTRequestExtraParams


T = TypeVar("T", bound="CreatePrivateKeyJWTRequest")


@_attrs_define
class CreatePrivateKeyJWTRequest:
    """
    Attributes:
        name (str):
        provider (str):
        issuer (str):
        audience (str):
        subject (str):
        secret_key (str):
        auth_type (Literal['private_key_jwt'] | Unset):  Default: 'private_key_jwt'.
        algorithm (CreatePrivateKeyJWTRequestAlgorithm | Unset):  Default: 'HS256'.
        key_id (None | str | Unset):
        expiration_seconds (int | Unset):  Default: 3600.
        extra_params (CreatePrivateKeyJWTRequestExtraParams | Unset):
    """

    name: str
    provider: str
    issuer: str
    audience: str
    subject: str
    secret_key: str
    auth_type: Literal["private_key_jwt"] | Unset = "private_key_jwt"
    algorithm: CreatePrivateKeyJWTRequestAlgorithm | Unset = "HS256"
    key_id: None | str | Unset = UNSET
    expiration_seconds: int | Unset = 3600
    extra_params: CreatePrivateKeyJWTRequestExtraParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        provider = self.provider

        issuer = self.issuer

        audience = self.audience

        subject = self.subject

        secret_key = self.secret_key

        auth_type = self.auth_type

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        expiration_seconds = self.expiration_seconds

        extra_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_params, Unset):
            extra_params = self.extra_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "issuer": issuer,
                "audience": audience,
                "subject": subject,
                "secret_key": secret_key,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if expiration_seconds is not UNSET:
            field_dict["expiration_seconds"] = expiration_seconds
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        issuer = d.pop("issuer")

        audience = d.pop("audience")

        subject = d.pop("subject")

        secret_key = d.pop("secret_key")

        auth_type = cast(Literal["private_key_jwt"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "private_key_jwt" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'private_key_jwt', got '{auth_type}'")

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: CreatePrivateKeyJWTRequestAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = check_create_private_key_jwt_request_algorithm(_algorithm)

        def _parse_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        expiration_seconds = d.pop("expiration_seconds", UNSET)

        _extra_params = d.pop("extra_params", UNSET)
        extra_params: CreatePrivateKeyJWTRequestExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = CreatePrivateKeyJWTRequestExtraParams.from_dict(_extra_params)

        create_private_key_jwt_request = cls(
            name=name,
            provider=provider,
            issuer=issuer,
            audience=audience,
            subject=subject,
            secret_key=secret_key,
            auth_type=auth_type,
            algorithm=algorithm,
            key_id=key_id,
            expiration_seconds=expiration_seconds,
            extra_params=extra_params,
        )

        create_private_key_jwt_request.additional_properties = d
        return create_private_key_jwt_request

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
    global _nested_models_loaded, CreatePrivateKeyJWTRequestExtraParams
    from ..models.create_private_key_jwt_request_extra_params import CreatePrivateKeyJWTRequestExtraParams  # noqa: F401

    _nested_models_loaded = True
