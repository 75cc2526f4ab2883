from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_llmapi_type import CustomLLMAPIType, check_custom_llmapi_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_locator import AuthConnectionLocator
    from ..models.conv_ai_env_var_locator import ConvAIEnvVarLocator
    from ..models.convai_custom_llm_request_headers import ConvaiCustomLlmRequestHeaders
    from ..models.convai_secret_locator import ConvaiSecretLocator
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator


T = TypeVar("T", bound="ConvaiCustomLlm")


@_attrs_define
class ConvaiCustomLlm:
    """Your own OpenAI-compatible LLM endpoint.

    Attributes:
        url (str):
        model_id (None | str | Unset):
        api_key (ConvAIEnvVarLocator | ConvaiSecretLocator | None | Unset):
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
        request_headers (ConvaiCustomLlmRequestHeaders | Unset):
        api_version (None | str | Unset):
        api_type (CustomLLMAPIType | Unset):  Default: 'chat_completions'.
    """

    url: str
    model_id: None | str | Unset = UNSET
    api_key: ConvAIEnvVarLocator | ConvaiSecretLocator | None | Unset = UNSET
    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET
    request_headers: ConvaiCustomLlmRequestHeaders | Unset = UNSET
    api_version: None | str | Unset = UNSET
    api_type: CustomLLMAPIType | Unset = "chat_completions"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        url = self.url

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        api_key: dict[str, Any] | None | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        elif isinstance(self.api_key, ConvaiSecretLocator):
            api_key = self.api_key.to_dict()
        elif isinstance(self.api_key, ConvAIEnvVarLocator):
            api_key = self.api_key.to_dict()
        else:
            api_key = self.api_key

        auth_connection: dict[str, Any] | None | Unset
        if isinstance(self.auth_connection, Unset):
            auth_connection = UNSET
        elif isinstance(self.auth_connection, AuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        elif isinstance(self.auth_connection, EnvironmentAuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        else:
            auth_connection = self.auth_connection

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = self.request_headers.to_dict()

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        api_type: str | Unset = UNSET
        if not isinstance(self.api_type, Unset):
            api_type = self.api_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if api_type is not UNSET:
            field_dict["api_type"] = api_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_api_key(data: object) -> ConvAIEnvVarLocator | ConvaiSecretLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_key_type_0 = ConvaiSecretLocator.from_dict(data)

                return api_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                api_key_type_1 = ConvAIEnvVarLocator.from_dict(data)

                return api_key_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvAIEnvVarLocator | ConvaiSecretLocator | None | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

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

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: ConvaiCustomLlmRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = ConvaiCustomLlmRequestHeaders.from_dict(_request_headers)

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        _api_type = d.pop("api_type", UNSET)
        api_type: CustomLLMAPIType | Unset
        if isinstance(_api_type, Unset):
            api_type = UNSET
        else:
            api_type = check_custom_llmapi_type(_api_type)

        convai_custom_llm = cls(
            url=url,
            model_id=model_id,
            api_key=api_key,
            auth_connection=auth_connection,
            request_headers=request_headers,
            api_version=api_version,
            api_type=api_type,
        )

        convai_custom_llm.additional_properties = d
        return convai_custom_llm

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
        ConvAIEnvVarLocator, \
        ConvaiCustomLlmRequestHeaders, \
        ConvaiSecretLocator, \
        EnvironmentAuthConnectionLocator
    from ..models.auth_connection_locator import AuthConnectionLocator  # noqa: F401
    from ..models.conv_ai_env_var_locator import ConvAIEnvVarLocator  # noqa: F401
    from ..models.convai_custom_llm_request_headers import ConvaiCustomLlmRequestHeaders  # noqa: F401
    from ..models.convai_secret_locator import ConvaiSecretLocator  # noqa: F401
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator  # noqa: F401

    _nested_models_loaded = True
