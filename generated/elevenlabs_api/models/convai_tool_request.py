from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_client_tool_config_input import ConvaiClientToolConfigInput
    from ..models.convai_mcp_tool_config_input import ConvaiMcpToolConfigInput
    from ..models.convai_system_tool_config_input import ConvaiSystemToolConfigInput
    from ..models.convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput


T = TypeVar("T", bound="ConvaiToolRequest")


@_attrs_define
class ConvaiToolRequest:
    """A tool to create, or the new configuration of one.

    Attributes:
        tool_config (ConvaiClientToolConfigInput | ConvaiMcpToolConfigInput | ConvaiSystemToolConfigInput |
            ConvaiWebhookToolConfigInput): Configuration of a tool as sent; `type` tells which kind.
    """

    tool_config: (
        ConvaiClientToolConfigInput
        | ConvaiMcpToolConfigInput
        | ConvaiSystemToolConfigInput
        | ConvaiWebhookToolConfigInput
    )
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_config": tool_config,
            }
        )

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
                    componentsschemas_convai_tool_config_input_type_0 = ConvaiWebhookToolConfigInput.from_dict(data)

                    return componentsschemas_convai_tool_config_input_type_0
                if data.get("type") == "client":
                    componentsschemas_convai_tool_config_input_type_1 = ConvaiClientToolConfigInput.from_dict(data)

                    return componentsschemas_convai_tool_config_input_type_1
                if data.get("type") == "system":
                    componentsschemas_convai_tool_config_input_type_2 = ConvaiSystemToolConfigInput.from_dict(data)

                    return componentsschemas_convai_tool_config_input_type_2
                if data.get("type") == "mcp":
                    componentsschemas_convai_tool_config_input_type_3 = ConvaiMcpToolConfigInput.from_dict(data)

                    return componentsschemas_convai_tool_config_input_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_input_type_0 = ConvaiWebhookToolConfigInput.from_dict(data)

                return componentsschemas_convai_tool_config_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_input_type_1 = ConvaiClientToolConfigInput.from_dict(data)

                return componentsschemas_convai_tool_config_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_tool_config_input_type_2 = ConvaiSystemToolConfigInput.from_dict(data)

                return componentsschemas_convai_tool_config_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_tool_config_input_type_3 = ConvaiMcpToolConfigInput.from_dict(data)

            return componentsschemas_convai_tool_config_input_type_3

        tool_config = _parse_tool_config(d.pop("tool_config"))

        convai_tool_request = cls(
            tool_config=tool_config,
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
        ConvaiWebhookToolConfigInput
    from ..models.convai_client_tool_config_input import ConvaiClientToolConfigInput  # noqa: F401
    from ..models.convai_mcp_tool_config_input import ConvaiMcpToolConfigInput  # noqa: F401
    from ..models.convai_system_tool_config_input import ConvaiSystemToolConfigInput  # noqa: F401
    from ..models.convai_webhook_tool_config_input import ConvaiWebhookToolConfigInput  # noqa: F401

    _nested_models_loaded = True
