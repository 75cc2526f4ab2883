from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_approval_policy import ConvaiMcpApprovalPolicy, check_convai_mcp_approval_policy
from ..models.convai_mcp_server_transport import ConvaiMcpServerTransport, check_convai_mcp_server_transport
from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_execution_mode import ToolExecutionMode, check_tool_execution_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_connection_locator import AuthConnectionLocator
    from ..models.convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders
    from ..models.convai_mcp_server_config_output_request_meta import ConvaiMcpServerConfigOutputRequestMeta
    from ..models.convai_mcp_tool_approval_hash import ConvaiMcpToolApprovalHash
    from ..models.convai_secret_locator import ConvaiSecretLocator
    from ..models.convai_user_secret import ConvaiUserSecret
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
    from ..models.mcp_tool_config_override_output import MCPToolConfigOverrideOutput


T = TypeVar("T", bound="ConvaiMcpServerConfigOutput")


@_attrs_define
class ConvaiMcpServerConfigOutput:
    """Configuration of an MCP server, as returned.

    Attributes:
        url (ConvaiSecretLocator | str):
        name (str):
        approval_policy (ConvaiMcpApprovalPolicy | Unset): How calls to an MCP server's tools are approved. Default:
            'require_approval_all'.
        tool_approval_hashes (list[ConvaiMcpToolApprovalHash] | Unset):
        transport (ConvaiMcpServerTransport | Unset): Transport used to talk to an MCP server. Default: 'SSE'.
        secret_token (ConvaiSecretLocator | ConvaiUserSecret | None | Unset):
        request_headers (ConvaiMcpServerConfigOutputRequestHeaders | Unset):
        request_meta (ConvaiMcpServerConfigOutputRequestMeta | Unset):
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset):
        description (str | Unset):  Default: ''.
        force_pre_tool_speech (bool | Unset):  Default: False.
        pre_tool_speech (PreToolSpeechMode | Unset):  Default: 'auto'.
        disable_interruptions (bool | Unset):  Default: False.
        interruption_mode (ToolInterruptionMode | Unset):  Default: 'allow'.
        tool_call_sound (None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (ToolCallSoundBehavior | Unset):  Default: 'auto'.
        execution_mode (ToolExecutionMode | Unset):  Default: 'immediate'.
        response_timeout_secs (int | Unset):  Default: 30.
        tool_config_overrides (list[MCPToolConfigOverrideOutput] | Unset):
        disable_compression (bool | Unset):  Default: False.
    """

    url: ConvaiSecretLocator | str
    name: str
    approval_policy: ConvaiMcpApprovalPolicy | Unset = "require_approval_all"
    tool_approval_hashes: list[ConvaiMcpToolApprovalHash] | Unset = UNSET
    transport: ConvaiMcpServerTransport | Unset = "SSE"
    secret_token: ConvaiSecretLocator | ConvaiUserSecret | None | Unset = UNSET
    request_headers: ConvaiMcpServerConfigOutputRequestHeaders | Unset = UNSET
    request_meta: ConvaiMcpServerConfigOutputRequestMeta | Unset = UNSET
    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET
    description: str | Unset = ""
    force_pre_tool_speech: bool | Unset = False
    pre_tool_speech: PreToolSpeechMode | Unset = "auto"
    disable_interruptions: bool | Unset = False
    interruption_mode: ToolInterruptionMode | Unset = "allow"
    tool_call_sound: None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = "auto"
    execution_mode: ToolExecutionMode | Unset = "immediate"
    response_timeout_secs: int | Unset = 30
    tool_config_overrides: list[MCPToolConfigOverrideOutput] | Unset = UNSET
    disable_compression: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        url: dict[str, Any] | str
        if isinstance(self.url, ConvaiSecretLocator):
            url = self.url.to_dict()
        else:
            url = self.url

        name = self.name

        approval_policy: str | Unset = UNSET
        if not isinstance(self.approval_policy, Unset):
            approval_policy = self.approval_policy

        tool_approval_hashes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_approval_hashes, Unset):
            tool_approval_hashes = []
            for tool_approval_hashes_item_data in self.tool_approval_hashes:
                tool_approval_hashes_item = tool_approval_hashes_item_data.to_dict()
                tool_approval_hashes.append(tool_approval_hashes_item)

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        secret_token: dict[str, Any] | None | Unset
        if isinstance(self.secret_token, Unset):
            secret_token = UNSET
        elif isinstance(self.secret_token, ConvaiSecretLocator):
            secret_token = self.secret_token.to_dict()
        elif isinstance(self.secret_token, ConvaiUserSecret):
            secret_token = self.secret_token.to_dict()
        else:
            secret_token = self.secret_token

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = self.request_headers.to_dict()

        request_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_meta, Unset):
            request_meta = self.request_meta.to_dict()

        auth_connection: dict[str, Any] | None | Unset
        if isinstance(self.auth_connection, Unset):
            auth_connection = UNSET
        elif isinstance(self.auth_connection, AuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        elif isinstance(self.auth_connection, EnvironmentAuthConnectionLocator):
            auth_connection = self.auth_connection.to_dict()
        else:
            auth_connection = self.auth_connection

        description = self.description

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: str | Unset = UNSET
        if not isinstance(self.pre_tool_speech, Unset):
            pre_tool_speech = self.pre_tool_speech

        disable_interruptions = self.disable_interruptions

        interruption_mode: str | Unset = UNSET
        if not isinstance(self.interruption_mode, Unset):
            interruption_mode = self.interruption_mode

        tool_call_sound: None | str | Unset
        if isinstance(self.tool_call_sound, Unset):
            tool_call_sound = UNSET
        elif isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: str | Unset = UNSET
        if not isinstance(self.tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        response_timeout_secs = self.response_timeout_secs

        tool_config_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_config_overrides, Unset):
            tool_config_overrides = []
            for tool_config_overrides_item_data in self.tool_config_overrides:
                tool_config_overrides_item = tool_config_overrides_item_data.to_dict()
                tool_config_overrides.append(tool_config_overrides_item)

        disable_compression = self.disable_compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "name": name,
            }
        )
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        if tool_approval_hashes is not UNSET:
            field_dict["tool_approval_hashes"] = tool_approval_hashes
        if transport is not UNSET:
            field_dict["transport"] = transport
        if secret_token is not UNSET:
            field_dict["secret_token"] = secret_token
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if request_meta is not UNSET:
            field_dict["request_meta"] = request_meta
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        if description is not UNSET:
            field_dict["description"] = description
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
        if tool_config_overrides is not UNSET:
            field_dict["tool_config_overrides"] = tool_config_overrides
        if disable_compression is not UNSET:
            field_dict["disable_compression"] = disable_compression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_url(data: object) -> ConvaiSecretLocator | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                url_type_1 = ConvaiSecretLocator.from_dict(data)

                return url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSecretLocator | str, data)

        url = _parse_url(d.pop("url"))

        name = d.pop("name")

        _approval_policy = d.pop("approval_policy", UNSET)
        approval_policy: ConvaiMcpApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_convai_mcp_approval_policy(_approval_policy)

        _tool_approval_hashes = d.pop("tool_approval_hashes", UNSET)
        tool_approval_hashes: list[ConvaiMcpToolApprovalHash] | Unset = UNSET
        if _tool_approval_hashes is not UNSET:
            tool_approval_hashes = []
            for tool_approval_hashes_item_data in _tool_approval_hashes:
                tool_approval_hashes_item = ConvaiMcpToolApprovalHash.from_dict(tool_approval_hashes_item_data)

                tool_approval_hashes.append(tool_approval_hashes_item)

        _transport = d.pop("transport", UNSET)
        transport: ConvaiMcpServerTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_convai_mcp_server_transport(_transport)

        def _parse_secret_token(data: object) -> ConvaiSecretLocator | ConvaiUserSecret | None | Unset:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secret_token_type_1 = ConvaiUserSecret.from_dict(data)

                return secret_token_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiSecretLocator | ConvaiUserSecret | None | Unset, data)

        secret_token = _parse_secret_token(d.pop("secret_token", UNSET))

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: ConvaiMcpServerConfigOutputRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = ConvaiMcpServerConfigOutputRequestHeaders.from_dict(_request_headers)

        _request_meta = d.pop("request_meta", UNSET)
        request_meta: ConvaiMcpServerConfigOutputRequestMeta | Unset
        if isinstance(_request_meta, Unset):
            request_meta = UNSET
        else:
            request_meta = ConvaiMcpServerConfigOutputRequestMeta.from_dict(_request_meta)

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

        description = d.pop("description", UNSET)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)

        _pre_tool_speech = d.pop("pre_tool_speech", UNSET)
        pre_tool_speech: PreToolSpeechMode | Unset
        if isinstance(_pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        else:
            pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)

        disable_interruptions = d.pop("disable_interruptions", UNSET)

        _interruption_mode = d.pop("interruption_mode", UNSET)
        interruption_mode: ToolInterruptionMode | Unset
        if isinstance(_interruption_mode, Unset):
            interruption_mode = UNSET
        else:
            interruption_mode = check_tool_interruption_mode(_interruption_mode)

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

        _tool_call_sound_behavior = d.pop("tool_call_sound_behavior", UNSET)
        tool_call_sound_behavior: ToolCallSoundBehavior | Unset
        if isinstance(_tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        else:
            tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ToolExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_tool_execution_mode(_execution_mode)

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)

        _tool_config_overrides = d.pop("tool_config_overrides", UNSET)
        tool_config_overrides: list[MCPToolConfigOverrideOutput] | Unset = UNSET
        if _tool_config_overrides is not UNSET:
            tool_config_overrides = []
            for tool_config_overrides_item_data in _tool_config_overrides:
                tool_config_overrides_item = MCPToolConfigOverrideOutput.from_dict(tool_config_overrides_item_data)

                tool_config_overrides.append(tool_config_overrides_item)

        disable_compression = d.pop("disable_compression", UNSET)

        convai_mcp_server_config_output = cls(
            url=url,
            name=name,
            approval_policy=approval_policy,
            tool_approval_hashes=tool_approval_hashes,
            transport=transport,
            secret_token=secret_token,
            request_headers=request_headers,
            request_meta=request_meta,
            auth_connection=auth_connection,
            description=description,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            execution_mode=execution_mode,
            response_timeout_secs=response_timeout_secs,
            tool_config_overrides=tool_config_overrides,
            disable_compression=disable_compression,
        )

        convai_mcp_server_config_output.additional_properties = d
        return convai_mcp_server_config_output

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
        ConvaiMcpServerConfigOutputRequestHeaders, \
        ConvaiMcpServerConfigOutputRequestMeta, \
        ConvaiMcpToolApprovalHash, \
        ConvaiSecretLocator, \
        ConvaiUserSecret, \
        EnvironmentAuthConnectionLocator, \
        MCPToolConfigOverrideOutput
    from ..models.auth_connection_locator import AuthConnectionLocator  # noqa: F401
    from ..models.convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders  # noqa: F401
    from ..models.convai_mcp_server_config_output_request_meta import ConvaiMcpServerConfigOutputRequestMeta  # noqa: F401
    from ..models.convai_mcp_tool_approval_hash import ConvaiMcpToolApprovalHash  # noqa: F401
    from ..models.convai_secret_locator import ConvaiSecretLocator  # noqa: F401
    from ..models.convai_user_secret import ConvaiUserSecret  # noqa: F401
    from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator  # noqa: F401
    from ..models.mcp_tool_config_override_output import MCPToolConfigOverrideOutput  # noqa: F401

    _nested_models_loaded = True
