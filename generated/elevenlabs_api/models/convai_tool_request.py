from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_client_tool_config_input import ConvaiClientToolConfigInput
    from ..models.convai_mcp_tool_config_input import ConvaiMcpToolConfigInput
    from ..models.convai_system_tool_config_input import ConvaiSystemToolConfigInput
    from ..models.convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput
    from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput


T = TypeVar("T", bound="ConvaiToolRequest")


@_attrs_define
class ConvaiToolRequest:
    """A tool to create, or the new configuration of one.

    Attributes:
        tool_config (ConvaiClientToolConfigInput | ConvaiMcpToolConfigInput | ConvaiSystemToolConfigInput |
            ConvaiWebhookToolConfigInput):
        response_mocks (list[ToolResponseMockConfigInput] | None | Unset):
    """

    tool_config: (
        ConvaiClientToolConfigInput
        | ConvaiMcpToolConfigInput
        | ConvaiSystemToolConfigInput
        | ConvaiWebhookToolConfigInput
    )
    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_config: dict[str, Any]
        if isinstance(self.tool_config, ConvaiWebhookToolConfigInput):
            tool_config = self.tool_config.to_dict()
        elif isinstance(self.tool_config, ConvaiClientToolConfigInput):
            tool_config = self.tool_config.to_dict()
        elif isinstance(self.tool_config, ConvaiSystemToolConfigInput):
            tool_config = self.tool_config.to_dict()
        else:
            tool_config = self.tool_config.to_dict()

        response_mocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.response_mocks, Unset):
            response_mocks = UNSET
        elif isinstance(self.response_mocks, list):
            response_mocks = []
            for response_mocks_type_0_item_data in self.response_mocks:
                response_mocks_type_0_item = response_mocks_type_0_item_data.to_dict()
                response_mocks.append(response_mocks_type_0_item)

        else:
            response_mocks = self.response_mocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_config": tool_config,
            }
        )
        if response_mocks is not UNSET:
            field_dict["response_mocks"] = response_mocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_tool_config(
            data: object,
        ) -> (
            ConvaiClientToolConfigInput
            | ConvaiMcpToolConfigInput
            | ConvaiSystemToolConfigInput
            | ConvaiWebhookToolConfigInput
        ):
            if isinstance(data, dict):
                if data.get("type") == "webhook":
                    tool_config_type_0 = ConvaiWebhookToolConfigInput.from_dict(data)

                    return tool_config_type_0
                if data.get("type") == "client":
                    tool_config_type_1 = ConvaiClientToolConfigInput.from_dict(data)

                    return tool_config_type_1
                if data.get("type") == "system":
                    tool_config_type_2 = ConvaiSystemToolConfigInput.from_dict(data)

                    return tool_config_type_2
                if data.get("type") == "mcp":
                    tool_config_type_3 = ConvaiMcpToolConfigInput.from_dict(data)

                    return tool_config_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_0 = ConvaiWebhookToolConfigInput.from_dict(data)

                return tool_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_1 = ConvaiClientToolConfigInput.from_dict(data)

                return tool_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_2 = ConvaiSystemToolConfigInput.from_dict(data)

                return tool_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_config_type_3 = ConvaiMcpToolConfigInput.from_dict(data)

            return tool_config_type_3

        tool_config = _parse_tool_config(d.pop("tool_config"))

        def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_mocks_type_0 = []
                _response_mocks_type_0 = data
                for response_mocks_type_0_item_data in _response_mocks_type_0:
                    response_mocks_type_0_item = ToolResponseMockConfigInput.from_dict(response_mocks_type_0_item_data)

                    response_mocks_type_0.append(response_mocks_type_0_item)

                return response_mocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ToolResponseMockConfigInput] | None | Unset, data)

        response_mocks = _parse_response_mocks(d.pop("response_mocks", UNSET))

        convai_tool_request = cls(
            tool_config=tool_config,
            response_mocks=response_mocks,
        )

        convai_tool_request.additional_properties = d
        return convai_tool_request

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
        ConvaiClientToolConfigInput, \
        ConvaiMcpToolConfigInput, \
        ConvaiSystemToolConfigInput, \
        ConvaiWebhookToolConfigInput, \
        ToolResponseMockConfigInput
    from ..models.convai_client_tool_config_input import ConvaiClientToolConfigInput  # noqa: F401
    from ..models.convai_mcp_tool_config_input import ConvaiMcpToolConfigInput  # noqa: F401
    from ..models.convai_system_tool_config_input import ConvaiSystemToolConfigInput  # noqa: F401
    from ..models.convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput  # noqa: F401
    from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput  # noqa: F401

    _nested_models_loaded = True
