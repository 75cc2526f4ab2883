from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput
    from ..models.convai_tool_usage_stats import ConvaiToolUsageStats
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput


T = TypeVar("T", bound="ConvaiTool")


@_attrs_define
class ConvaiTool:
    """A stored tool.

    Attributes:
        id (str):
        tool_config (ConvaiClientToolConfigOutput | ConvaiMcpToolConfigOutput | ConvaiSystemToolConfigOutput |
            ConvaiWebhookToolConfigOutput): Configuration of a tool as returned; `type` tells which kind.
        access_info (ConvaiResourceAccessInfo): Who created a resource and what role you have on it.
        usage_stats (ConvaiToolUsageStats): How often a tool was called and how fast it answered.
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
                    componentsschemas_convai_tool_config_output_type_0 = ConvaiWebhookToolConfigOutput.from_dict(data)

                    return componentsschemas_convai_tool_config_output_type_0
                if data.get("type") == "client":
                    componentsschemas_convai_tool_config_output_type_1 = ConvaiClientToolConfigOutput.from_dict(data)

                    return componentsschemas_convai_tool_config_output_type_1
                if data.get("type") == "system":
                    componentsschemas_convai_tool_config_output_type_2 = ConvaiSystemToolConfigOutput.from_dict(data)

                    return componentsschemas_convai_tool_config_output_type_2
                if data.get("type") == "mcp":
                    componentsschemas_convai_tool_config_output_type_3 = ConvaiMcpToolConfigOutput.from_dict(data)

                    return componentsschemas_convai_tool_config_output_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_output_type_0 = ConvaiWebhookToolConfigOutput.from_dict(data)

                return componentsschemas_convai_tool_config_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_output_type_1 = ConvaiClientToolConfigOutput.from_dict(data)

                return componentsschemas_convai_tool_config_output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_output_type_2 = ConvaiSystemToolConfigOutput.from_dict(data)

                return componentsschemas_convai_tool_config_output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_tool_config_output_type_3 = ConvaiMcpToolConfigOutput.from_dict(data)

            return componentsschemas_convai_tool_config_output_type_3

        tool_config = _parse_tool_config(d.pop("tool_config"))

        access_info = ConvaiResourceAccessInfo.from_dict(d.pop("access_info"))

        usage_stats = ConvaiToolUsageStats.from_dict(d.pop("usage_stats"))

        convai_tool = cls(
            id=id,
            tool_config=tool_config,
            access_info=access_info,
            usage_stats=usage_stats,
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
        ConvaiWebhookToolConfigOutput
    from ..models.convai_client_tool_config_output import ConvaiClientToolConfigOutput  # noqa: F401
    from ..models.convai_mcp_tool_config_output import ConvaiMcpToolConfigOutput  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.convai_system_tool_config_output import ConvaiSystemToolConfigOutput  # noqa: F401
    from ..models.convai_tool_usage_stats import ConvaiToolUsageStats  # noqa: F401
    from ..models.convai_webhook_tool_config_output import ConvaiWebhookToolConfigOutput  # noqa: F401

    _nested_models_loaded = True
