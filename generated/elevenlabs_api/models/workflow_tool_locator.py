from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_tool_locator_schema_overrides_type_0 import WorkflowToolLocatorSchemaOverridesType0


T = TypeVar("T", bound="WorkflowToolLocator")


@_attrs_define
class WorkflowToolLocator:
    """
    Attributes:
        tool_id (str):
        schema_overrides (None | Unset | WorkflowToolLocatorSchemaOverridesType0):
    """

    tool_id: str
    schema_overrides: None | Unset | WorkflowToolLocatorSchemaOverridesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_id = self.tool_id

        schema_overrides: dict[str, Any] | None | Unset
        if isinstance(self.schema_overrides, Unset):
            schema_overrides = UNSET
        elif isinstance(self.schema_overrides, WorkflowToolLocatorSchemaOverridesType0):
            schema_overrides = self.schema_overrides.to_dict()
        else:
            schema_overrides = self.schema_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
            }
        )
        if schema_overrides is not UNSET:
            field_dict["schema_overrides"] = schema_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tool_id = d.pop("tool_id")

        def _parse_schema_overrides(data: object) -> None | Unset | WorkflowToolLocatorSchemaOverridesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_overrides_type_0 = WorkflowToolLocatorSchemaOverridesType0.from_dict(data)

                return schema_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowToolLocatorSchemaOverridesType0, data)

        schema_overrides = _parse_schema_overrides(d.pop("schema_overrides", UNSET))

        workflow_tool_locator = cls(
            tool_id=tool_id,
            schema_overrides=schema_overrides,
        )

        workflow_tool_locator.additional_properties = d
        return workflow_tool_locator

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
    global _nested_models_loaded, WorkflowToolLocatorSchemaOverridesType0
    from ..models.workflow_tool_locator_schema_overrides_type_0 import WorkflowToolLocatorSchemaOverridesType0  # noqa: F401

    _nested_models_loaded = True
