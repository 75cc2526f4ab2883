from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_widget_resolved import ConvaiWidgetResolved


T = TypeVar("T", bound="ConvaiAgentWidget")


@_attrs_define
class ConvaiAgentWidget:
    """
    Attributes:
        agent_id (str):
        widget_config (ConvaiWidgetResolved): The widget configuration as served to the embed script.
    """

    agent_id: str
    widget_config: ConvaiWidgetResolved
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        widget_config = self.widget_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "widget_config": widget_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        widget_config = ConvaiWidgetResolved.from_dict(d.pop("widget_config"))

        convai_agent_widget = cls(
            agent_id=agent_id,
            widget_config=widget_config,
        )

        convai_agent_widget.additional_properties = d
        return convai_agent_widget

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
    global _nested_models_loaded, ConvaiWidgetResolved
    from ..models.convai_widget_resolved import ConvaiWidgetResolved  # noqa: F401

    _nested_models_loaded = True
