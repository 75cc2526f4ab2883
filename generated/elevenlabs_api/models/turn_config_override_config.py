from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.soft_timeout_config_override_config import SoftTimeoutConfigOverrideConfig


T = TypeVar("T", bound="TurnConfigOverrideConfig")


@_attrs_define
class TurnConfigOverrideConfig:
    """
    Attributes:
        soft_timeout_config (SoftTimeoutConfigOverrideConfig | Unset):
    """

    soft_timeout_config: SoftTimeoutConfigOverrideConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        soft_timeout_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soft_timeout_config, Unset):
            soft_timeout_config = self.soft_timeout_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if soft_timeout_config is not UNSET:
            field_dict["soft_timeout_config"] = soft_timeout_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _soft_timeout_config = d.pop("soft_timeout_config", UNSET)
        soft_timeout_config: SoftTimeoutConfigOverrideConfig | Unset
        if isinstance(_soft_timeout_config, Unset):
            soft_timeout_config = UNSET
        else:
            soft_timeout_config = SoftTimeoutConfigOverrideConfig.from_dict(_soft_timeout_config)

        turn_config_override_config = cls(
            soft_timeout_config=soft_timeout_config,
        )

        turn_config_override_config.additional_properties = d
        return turn_config_override_config

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
    global _nested_models_loaded, SoftTimeoutConfigOverrideConfig
    from ..models.soft_timeout_config_override_config import SoftTimeoutConfigOverrideConfig  # noqa: F401

    _nested_models_loaded = True
