from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_execution_mode import GuardrailExecutionMode, check_guardrail_execution_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_config import ModerationConfig


T = TypeVar("T", bound="ModerationGuardrailInput")


@_attrs_define
class ModerationGuardrailInput:
    """
    Attributes:
        execution_mode (GuardrailExecutionMode | Unset):  Default: 'streaming'.
        config (ModerationConfig | Unset):
    """

    execution_mode: GuardrailExecutionMode | Unset = "streaming"
    config: ModerationConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: GuardrailExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_guardrail_execution_mode(_execution_mode)

        _config = d.pop("config", UNSET)
        config: ModerationConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ModerationConfig.from_dict(_config)

        moderation_guardrail_input = cls(
            execution_mode=execution_mode,
            config=config,
        )

        moderation_guardrail_input.additional_properties = d
        return moderation_guardrail_input

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
    global _nested_models_loaded, ModerationConfig
    from ..models.moderation_config import ModerationConfig  # noqa: F401

    _nested_models_loaded = True
