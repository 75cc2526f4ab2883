from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_approval_policy import ConvaiMcpApprovalPolicy, check_convai_mcp_approval_policy
from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_execution_mode import ToolExecutionMode, check_tool_execution_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_locator import AuthConnectionLocator
    from ..models.convai_secret_locator import ConvaiSecretLocator
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
    from ..models.mcp_server_config_update_request_model_request_headers_type_0 import (
        MCPServerConfigUpdateRequestModelRequestHeadersType0,
    )
    from ..models.mcp_server_config_update_request_model_request_meta_type_0 import (
        MCPServerConfigUpdateRequestModelRequestMetaType0,
    )


T = TypeVar("T", bound="MCPServerConfigUpdateRequestModel")


@_attrs_define
class MCPServerConfigUpdateRequestModel:
    """
    Attributes:
        approval_policy (ConvaiMcpApprovalPolicy | None | Unset):
        force_pre_tool_speech (bool | None | Unset):
        pre_tool_speech (None | PreToolSpeechMode | Unset):
        disable_interruptions (bool | None | Unset):
        interruption_mode (None | ToolInterruptionMode | Unset):
        tool_call_sound (None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset):
        execution_mode (None | ToolExecutionMode | Unset):
        response_timeout_secs (int | None | Unset):
        request_headers (MCPServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset):
        request_meta (MCPServerConfigUpdateRequestModelRequestMetaType0 | None | Unset):
        disable_compression (bool | None | Unset):
        secret_token (ConvaiSecretLocator | None | Unset):
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
    """

    approval_policy: ConvaiMcpApprovalPolicy | None | Unset = UNSET
    force_pre_tool_speech: bool | None | Unset = UNSET
    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET
    disable_interruptions: bool | None | Unset = UNSET
    interruption_mode: None | ToolInterruptionMode | Unset = UNSET
    tool_call_sound: None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET
    execution_mode: None | ToolExecutionMode | Unset = UNSET
    response_timeout_secs: int | None | Unset = UNSET
    request_headers: MCPServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset = UNSET
    request_meta: MCPServerConfigUpdateRequestModelRequestMetaType0 | None | Unset = UNSET
    disable_compression: bool | None | Unset = UNSET
    secret_token: ConvaiSecretLocator | None | Unset = UNSET
    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        approval_policy: None | str | Unset
        if isinstance(self.approval_policy, Unset):
            approval_policy = UNSET
        elif isinstance(self.approval_policy, str):
            approval_policy = self.approval_policy
        else:
            approval_policy = self.approval_policy

        force_pre_tool_speech: bool | None | Unset
        if isinstance(self.force_pre_tool_speech, Unset):
            force_pre_tool_speech = UNSET
        else:
            force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: None | str | Unset
        if isinstance(self.pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        elif isinstance(self.pre_tool_speech, str):
            pre_tool_speech = self.pre_tool_speech
        else:
            pre_tool_speech = self.pre_tool_speech

        disable_interruptions: bool | None | Unset
        if isinstance(self.disable_interruptions, Unset):
            disable_interruptions = UNSET
        else:
            disable_interruptions = self.disable_interruptions

        interruption_mode: None | str | Unset
        if isinstance(self.interruption_mode, Unset):
            interruption_mode = UNSET
        elif isinstance(self.interruption_mode, str):
            interruption_mode = self.interruption_mode
        else:
            interruption_mode = self.interruption_mode

        tool_call_sound: None | str | Unset
        if isinstance(self.tool_call_sound, Unset):
            tool_call_sound = UNSET
        elif isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: None | str | Unset
        if isinstance(self.tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        elif isinstance(self.tool_call_sound_behavior, str):
            tool_call_sound_behavior = self.tool_call_sound_behavior
        else:
            tool_call_sound_behavior = self.tool_call_sound_behavior

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif isinstance(self.execution_mode, str):
            execution_mode = self.execution_mode
        else:
            execution_mode = self.execution_mode

        response_timeout_secs: int | None | Unset
        if isinstance(self.response_timeout_secs, Unset):
            response_timeout_secs = UNSET
        else:
            response_timeout_secs = self.response_timeout_secs

        request_headers: dict[str, Any] | None | Unset
        if isinstance(self.request_headers, Unset):
            request_headers = UNSET
        elif isinstance(self.request_headers, MCPServerConfigUpdateRequestModelRequestHeadersType0):
            request_headers = self.request_headers.to_dict()
        else:
            request_headers = self.request_headers

        request_meta: dict[str, Any] | None | Unset
        if isinstance(self.request_meta, Unset):
            request_meta = UNSET
        elif isinstance(self.request_meta, MCPServerConfigUpdateRequestModelRequestMetaType0):
            request_meta = self.request_meta.to_dict()
        else:
            request_meta = self.request_meta

        disable_compression: bool | None | Unset
        if isinstance(self.disable_compression, Unset):
            disable_compression = UNSET
        else:
            disable_compression = self.disable_compression

        secret_token: dict[str, Any] | None | Unset
        if isinstance(self.secret_token, Unset):
            secret_token = UNSET
        elif isinstance(self.secret_token, ConvaiSecretLocator):
            secret_token = self.secret_token.to_dict()
        else:
            secret_token = self.secret_token

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
        field_dict.update({})
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if request_meta is not UNSET:
            field_dict["request_meta"] = request_meta
        if disable_compression is not UNSET:
            field_dict["disable_compression"] = disable_compression
        if secret_token is not UNSET:
            field_dict["secret_token"] = secret_token
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_approval_policy(data: object) -> ConvaiMcpApprovalPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_policy_type_0 = check_convai_mcp_approval_policy(data)

                return approval_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiMcpApprovalPolicy | None | Unset, data)

        approval_policy = _parse_approval_policy(d.pop("approval_policy", UNSET))

        def _parse_force_pre_tool_speech(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_pre_tool_speech = _parse_force_pre_tool_speech(d.pop("force_pre_tool_speech", UNSET))

        def _parse_pre_tool_speech(data: object) -> None | PreToolSpeechMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pre_tool_speech_type_0 = check_pre_tool_speech_mode(data)

                return pre_tool_speech_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreToolSpeechMode | Unset, data)

        pre_tool_speech = _parse_pre_tool_speech(d.pop("pre_tool_speech", UNSET))

        def _parse_disable_interruptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_interruptions = _parse_disable_interruptions(d.pop("disable_interruptions", UNSET))

        def _parse_interruption_mode(data: object) -> None | ToolInterruptionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interruption_mode_type_0 = check_tool_interruption_mode(data)

                return interruption_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolInterruptionMode | Unset, data)

        interruption_mode = _parse_interruption_mode(d.pop("interruption_mode", UNSET))

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_type_0 = check_tool_call_sound_type(data)

                return tool_call_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundType | Unset, data)

        tool_call_sound = _parse_tool_call_sound(d.pop("tool_call_sound", UNSET))

        def _parse_tool_call_sound_behavior(data: object) -> None | ToolCallSoundBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_behavior_type_0 = check_tool_call_sound_behavior(data)

                return tool_call_sound_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundBehavior | Unset, data)

        tool_call_sound_behavior = _parse_tool_call_sound_behavior(d.pop("tool_call_sound_behavior", UNSET))

        def _parse_execution_mode(data: object) -> None | ToolExecutionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_0 = check_tool_execution_mode(data)

                return execution_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolExecutionMode | Unset, data)

        execution_mode = _parse_execution_mode(d.pop("execution_mode", UNSET))

        def _parse_response_timeout_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_timeout_secs = _parse_response_timeout_secs(d.pop("response_timeout_secs", UNSET))

        def _parse_request_headers(data: object) -> MCPServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_headers_type_0 = MCPServerConfigUpdateRequestModelRequestHeadersType0.from_dict(data)

                return request_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset, data)

        request_headers = _parse_request_headers(d.pop("request_headers", UNSET))

        def _parse_request_meta(data: object) -> MCPServerConfigUpdateRequestModelRequestMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_meta_type_0 = MCPServerConfigUpdateRequestModelRequestMetaType0.from_dict(data)

                return request_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPServerConfigUpdateRequestModelRequestMetaType0 | None | Unset, data)

        request_meta = _parse_request_meta(d.pop("request_meta", UNSET))

        def _parse_disable_compression(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_compression = _parse_disable_compression(d.pop("disable_compression", UNSET))

        def _parse_secret_token(data: object) -> ConvaiSecretLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secret_token_type_0 = ConvaiSecretLocator.from_dict(data)

                return secret_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSecretLocator | None | Unset, data)

        secret_token = _parse_secret_token(d.pop("secret_token", UNSET))

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

        mcp_server_config_update_request_model = cls(
            approval_policy=approval_policy,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            execution_mode=execution_mode,
            response_timeout_secs=response_timeout_secs,
            request_headers=request_headers,
            request_meta=request_meta,
            disable_compression=disable_compression,
            secret_token=secret_token,
            auth_connection=auth_connection,
        )

        mcp_server_config_update_request_model.additional_properties = d
        return mcp_server_config_update_request_model

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
        ConvaiSecretLocator, \
        EnvironmentAuthConnectionLocator, \
        MCPServerConfigUpdateRequestModelRequestHeadersType0, \
        MCPServerConfigUpdateRequestModelRequestMetaType0
    from ..models.auth_connection_locator import AuthConnectionLocator  # noqa: F401
    from ..models.convai_secret_locator import ConvaiSecretLocator  # noqa: F401
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator  # noqa: F401
    from ..models.mcp_server_config_update_request_model_request_headers_type_0 import (
        MCPServerConfigUpdateRequestModelRequestHeadersType0,  # noqa: F401
    )
    from ..models.mcp_server_config_update_request_model_request_meta_type_0 import (
        MCPServerConfigUpdateRequestModelRequestMetaType0,  # noqa: F401
    )

    _nested_models_loaded = True
