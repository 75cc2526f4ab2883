from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_o_auth_2jwt_request_algorithm_type_0 import (
    UpdateOAuth2JWTRequestAlgorithmType0,
    check_update_o_auth_2jwt_request_algorithm_type_0,
)
from ..models.update_o_auth_2jwt_request_token_response_field_type_0 import (
    UpdateOAuth2JWTRequestTokenResponseFieldType0,
    check_update_o_auth_2jwt_request_token_response_field_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_o_auth_2jwt_request_extra_params_type_0 import UpdateOAuth2JWTRequestExtraParamsType0


T = TypeVar("T", bound="UpdateOAuth2JWTRequest")


@_attrs_define
class UpdateOAuth2JWTRequest:
    """
    Attributes:
        auth_type (Literal['oauth2_jwt'] | Unset):  Default: 'oauth2_jwt'.
        provider (None | str | Unset):
        algorithm (None | Unset | UpdateOAuth2JWTRequestAlgorithmType0):
        key_id (None | str | Unset):
        issuer (None | str | Unset):
        audience (None | str | Unset):
        subject (None | str | Unset):
        expiration_seconds (int | None | Unset):
        extra_params (None | Unset | UpdateOAuth2JWTRequestExtraParamsType0):
        scopes (list[str] | None | Unset):
        token_response_field (None | Unset | UpdateOAuth2JWTRequestTokenResponseFieldType0):
        secret_key (None | str | Unset):
    """

    auth_type: Literal["oauth2_jwt"] | Unset = "oauth2_jwt"
    provider: None | str | Unset = UNSET
    algorithm: None | Unset | UpdateOAuth2JWTRequestAlgorithmType0 = UNSET
    key_id: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    audience: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    expiration_seconds: int | None | Unset = UNSET
    extra_params: None | Unset | UpdateOAuth2JWTRequestExtraParamsType0 = UNSET
    scopes: list[str] | None | Unset = UNSET
    token_response_field: None | Unset | UpdateOAuth2JWTRequestTokenResponseFieldType0 = UNSET
    secret_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        auth_type = self.auth_type

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, str):
            algorithm = self.algorithm
        else:
            algorithm = self.algorithm

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        expiration_seconds: int | None | Unset
        if isinstance(self.expiration_seconds, Unset):
            expiration_seconds = UNSET
        else:
            expiration_seconds = self.expiration_seconds

        extra_params: dict[str, Any] | None | Unset
        if isinstance(self.extra_params, Unset):
            extra_params = UNSET
        elif isinstance(self.extra_params, UpdateOAuth2JWTRequestExtraParamsType0):
            extra_params = self.extra_params.to_dict()
        else:
            extra_params = self.extra_params

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        token_response_field: None | str | Unset
        if isinstance(self.token_response_field, Unset):
            token_response_field = UNSET
        elif isinstance(self.token_response_field, str):
            token_response_field = self.token_response_field
        else:
            token_response_field = self.token_response_field

        secret_key: None | str | Unset
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if audience is not UNSET:
            field_dict["audience"] = audience
        if subject is not UNSET:
            field_dict["subject"] = subject
        if expiration_seconds is not UNSET:
            field_dict["expiration_seconds"] = expiration_seconds
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_response_field is not UNSET:
            field_dict["token_response_field"] = token_response_field
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        auth_type = cast(Literal["oauth2_jwt"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "oauth2_jwt" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'oauth2_jwt', got '{auth_type}'")

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_algorithm(data: object) -> None | Unset | UpdateOAuth2JWTRequestAlgorithmType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                algorithm_type_0 = check_update_o_auth_2jwt_request_algorithm_type_0(data)

                return algorithm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateOAuth2JWTRequestAlgorithmType0, data)

        algorithm = _parse_algorithm(d.pop("algorithm", UNSET))

        def _parse_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        def _parse_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audience = _parse_audience(d.pop("audience", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_expiration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_seconds = _parse_expiration_seconds(d.pop("expiration_seconds", UNSET))

        def _parse_extra_params(data: object) -> None | Unset | UpdateOAuth2JWTRequestExtraParamsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_params_type_0 = UpdateOAuth2JWTRequestExtraParamsType0.from_dict(data)

                return extra_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateOAuth2JWTRequestExtraParamsType0, data)

        extra_params = _parse_extra_params(d.pop("extra_params", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_token_response_field(data: object) -> None | Unset | UpdateOAuth2JWTRequestTokenResponseFieldType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_response_field_type_0 = check_update_o_auth_2jwt_request_token_response_field_type_0(data)

                return token_response_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateOAuth2JWTRequestTokenResponseFieldType0, data)

        token_response_field = _parse_token_response_field(d.pop("token_response_field", UNSET))

        def _parse_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key = _parse_secret_key(d.pop("secret_key", UNSET))

        update_o_auth_2jwt_request = cls(
            auth_type=auth_type,
            provider=provider,
            algorithm=algorithm,
            key_id=key_id,
            issuer=issuer,
            audience=audience,
            subject=subject,
            expiration_seconds=expiration_seconds,
            extra_params=extra_params,
            scopes=scopes,
            token_response_field=token_response_field,
            secret_key=secret_key,
        )

        update_o_auth_2jwt_request.additional_properties = d
        return update_o_auth_2jwt_request

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
    global _nested_models_loaded, UpdateOAuth2JWTRequestExtraParamsType0
    from ..models.update_o_auth_2jwt_request_extra_params_type_0 import UpdateOAuth2JWTRequestExtraParamsType0  # noqa: F401

    _nested_models_loaded = True
