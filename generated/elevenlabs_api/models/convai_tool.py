from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput
    from ..models.convai_tool_usage_stats import ConvaiToolUsageStats
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput
    from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput


T = TypeVar("T", bound="ConvaiTool")


@_attrs_define
class ConvaiTool:
    """A stored tool.

    Attributes:
        id (str):
        tool_config (ConvaiClientToolConfigOutput | ConvaiMcpToolConfigOutput | ConvaiSystemToolConfigOutput |
            ConvaiWebhookToolConfigOutput):
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
        usage_stats (ConvaiToolUsageStats): How often a tool was called and how fast it answered.
        response_mocks (list[ToolResponseMockConfigOutput] | None | Unset):
    """

    id: str
    tool_config: (
        ConvaiClientToolConfigOutput
        | ConvaiMcpToolConfigOutput
        | ConvaiSystemToolConfigOutput
        | ConvaiWebhookToolConfigOutput
    )
    access_info: ConvaiResourceAccessInfo
    usage_stats: ConvaiToolUsageStats
    response_mocks: list[ToolResponseMockConfigOutput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        tool_config: dict[str, Any]
        if isinstance(self.tool_config, ConvaiWebhookToolConfigOutput):
            tool_config = self.tool_config.to_dict()
        elif isinstance(self.tool_config, ConvaiClientToolConfigOutput):
            tool_config = self.tool_config.to_dict()
        elif isinstance(self.tool_config, ConvaiSystemToolConfigOutput):
            tool_config = self.tool_config.to_dict()
        else:
            tool_config = self.tool_config.to_dict()

        access_info = self.access_info.to_dict()

        usage_stats = self.usage_stats.to_dict()

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
                "id": id,
                "tool_config": tool_config,
                "access_info": access_info,
                "usage_stats": usage_stats,
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
        id = d.pop("id")

        def _parse_tool_config(
            data: object,
        ) -> (
            ConvaiClientToolConfigOutput
            | ConvaiMcpToolConfigOutput
            | ConvaiSystemToolConfigOutput
            | ConvaiWebhookToolConfigOutput
        ):
            if isinstance(data, dict):
                if data.get("type") == "webhook":
                    tool_config_type_0 = ConvaiWebhookToolConfigOutput.from_dict(data)

                    return tool_config_type_0
                if data.get("type") == "client":
                    tool_config_type_1 = ConvaiClientToolConfigOutput.from_dict(data)

                    return tool_config_type_1
                if data.get("type") == "system":
                    tool_config_type_2 = ConvaiSystemToolConfigOutput.from_dict(data)

                    return tool_config_type_2
                if data.get("type") == "mcp":
                    tool_config_type_3 = ConvaiMcpToolConfigOutput.from_dict(data)

                    return tool_config_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_0 = ConvaiWebhookToolConfigOutput.from_dict(data)

                return tool_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_1 = ConvaiClientToolConfigOutput.from_dict(data)

                return tool_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_config_type_2 = ConvaiSystemToolConfigOutput.from_dict(data)

                return tool_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_config_type_3 = ConvaiMcpToolConfigOutput.from_dict(data)

            return tool_config_type_3

        tool_config = _parse_tool_config(d.pop("tool_config"))

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        usage_stats = ConvaiToolUsageStats.from_dict(d.pop("usage_stats"))

        def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigOutput] | None | Unset:
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
                    response_mocks_type_0_item = ToolResponseMockConfigOutput.from_dict(response_mocks_type_0_item_data)

                    response_mocks_type_0.append(response_mocks_type_0_item)

                return response_mocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ToolResponseMockConfigOutput] | None | Unset, data)

        response_mocks = _parse_response_mocks(d.pop("response_mocks", UNSET))

        convai_tool = cls(
            id=id,
            tool_config=tool_config,
            access_info=access_info,
            usage_stats=usage_stats,
            response_mocks=response_mocks,
        )

        convai_tool.additional_properties = d
        return convai_tool

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
        ConvaiClientToolConfigOutput, \
        ConvaiMcpToolConfigOutput, \
        ConvaiResourceAccessInfo, \
        ConvaiSystemToolConfigOutput, \
        ConvaiToolUsageStats, \
        ConvaiWebhookToolConfigOutput, \
        ToolResponseMockConfigOutput
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput  # noqa: F401
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput  # noqa: F401
    from ..models.convai_tool_usage_stats import ConvaiToolUsageStats  # noqa: F401
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput  # noqa: F401
    from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput  # noqa: F401

    _nested_models_loaded = True
