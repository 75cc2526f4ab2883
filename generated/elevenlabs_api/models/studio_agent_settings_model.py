from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings


T = TypeVar("T", bound="StudioAgentSettingsModel")


@_attrs_define
class StudioAgentSettingsModel:
    """
    Attributes:
        tool_settings (StudioAgentSettingsModelToolSettings | Unset):
    """

    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_settings, Unset):
            tool_settings = self.tool_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_settings is not UNSET:
            field_dict["tool_settings"] = tool_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _tool_settings = d.pop("tool_settings", UNSET)
        tool_settings: StudioAgentSettingsModelToolSettings | Unset
        if isinstance(_tool_settings, Unset):
            tool_settings = UNSET
        else:
            tool_settings = StudioAgentSettingsModelToolSettings.from_dict(_tool_settings)

        studio_agent_settings_model = cls(
            tool_settings=tool_settings,
        )

        studio_agent_settings_model.additional_properties = d
        return studio_agent_settings_model

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
    global _nested_models_loaded, StudioAgentSettingsModelToolSettings
    from ..models.studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings  # noqa: F401

    _nested_models_loaded = True
