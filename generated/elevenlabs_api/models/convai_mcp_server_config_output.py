from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_mcp_approval_policy import ConvaiMcpApprovalPolicy, check_convai_mcp_approval_policy
from ..models.convai_mcp_server_transport import ConvaiMcpServerTransport, check_convai_mcp_server_transport
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders
    from ..models.convai_mcp_tool_approval_hash import ConvaiMcpToolApprovalHash
    from ..models.convai_secret_locator import ConvaiSecretLocator
    from ..models.convai_user_secret import ConvaiUserSecret


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
        description (str | Unset):  Default: ''.
    """

    url: ConvaiSecretLocator | str
    name: str
    approval_policy: ConvaiMcpApprovalPolicy | Unset = "require_approval_all"
    tool_approval_hashes: list[ConvaiMcpToolApprovalHash] | Unset = UNSET
    transport: ConvaiMcpServerTransport | Unset = "SSE"
    secret_token: ConvaiSecretLocator | ConvaiUserSecret | None | Unset = UNSET
    request_headers: ConvaiMcpServerConfigOutputRequestHeaders | Unset = UNSET
    description: str | Unset = ""
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

        description = self.description

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
        if description is not UNSET:
            field_dict["description"] = description

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

        description = d.pop("description", UNSET)

        convai_mcp_server_config_output = cls(
            url=url,
            name=name,
            approval_policy=approval_policy,
            tool_approval_hashes=tool_approval_hashes,
            transport=transport,
            secret_token=secret_token,
            request_headers=request_headers,
            description=description,
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
        ConvaiMcpServerConfigOutputRequestHeaders, \
        ConvaiMcpToolApprovalHash, \
        ConvaiSecretLocator, \
        ConvaiUserSecret
    from ..models.convai_mcp_server_config_output_request_headers import ConvaiMcpServerConfigOutputRequestHeaders  # noqa: F401
    from ..models.convai_mcp_tool_approval_hash import ConvaiMcpToolApprovalHash  # noqa: F401
    from ..models.convai_secret_locator import ConvaiSecretLocator  # noqa: F401
    from ..models.convai_user_secret import ConvaiUserSecret  # noqa: F401

    _nested_models_loaded = True
