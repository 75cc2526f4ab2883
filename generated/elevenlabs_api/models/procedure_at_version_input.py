from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType, check_procedure_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_guardrail_config import CustomGuardrailConfig


T = TypeVar("T", bound="ProcedureAtVersionInput")


@_attrs_define
class ProcedureAtVersionInput:
    """
    Attributes:
        procedure_id (str):
        name (str):
        content (str):
        agent_id (str):
        type_ (ProcedureType | Unset):  Default: 'free_form'.
        trigger (str | Unset):  Default: ''.
        referenced_tool_ids (list[str] | Unset):
        referenced_kb_ids (list[str] | Unset):
        referenced_procedure_ids (list[str] | Unset):
        referenced_dynamic_variables (list[str] | Unset):
        guardrails (list[CustomGuardrailConfig] | Unset):
        version_id (None | str | Unset):
    """

    procedure_id: str
    name: str
    content: str
    agent_id: str
    type_: ProcedureType | Unset = "free_form"
    trigger: str | Unset = ""
    referenced_tool_ids: list[str] | Unset = UNSET
    referenced_kb_ids: list[str] | Unset = UNSET
    referenced_procedure_ids: list[str] | Unset = UNSET
    referenced_dynamic_variables: list[str] | Unset = UNSET
    guardrails: list[CustomGuardrailConfig] | Unset = UNSET
    version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        procedure_id = self.procedure_id

        name = self.name

        content = self.content

        agent_id = self.agent_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        trigger = self.trigger

        referenced_tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.referenced_tool_ids, Unset):
            referenced_tool_ids = self.referenced_tool_ids

        referenced_kb_ids: list[str] | Unset = UNSET
        if not isinstance(self.referenced_kb_ids, Unset):
            referenced_kb_ids = self.referenced_kb_ids

        referenced_procedure_ids: list[str] | Unset = UNSET
        if not isinstance(self.referenced_procedure_ids, Unset):
            referenced_procedure_ids = self.referenced_procedure_ids

        referenced_dynamic_variables: list[str] | Unset = UNSET
        if not isinstance(self.referenced_dynamic_variables, Unset):
            referenced_dynamic_variables = self.referenced_dynamic_variables

        guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guardrails, Unset):
            guardrails = []
            for guardrails_item_data in self.guardrails:
                guardrails_item = guardrails_item_data.to_dict()
                guardrails.append(guardrails_item)

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procedure_id": procedure_id,
                "name": name,
                "content": content,
                "agent_id": agent_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if referenced_tool_ids is not UNSET:
            field_dict["referenced_tool_ids"] = referenced_tool_ids
        if referenced_kb_ids is not UNSET:
            field_dict["referenced_kb_ids"] = referenced_kb_ids
        if referenced_procedure_ids is not UNSET:
            field_dict["referenced_procedure_ids"] = referenced_procedure_ids
        if referenced_dynamic_variables is not UNSET:
            field_dict["referenced_dynamic_variables"] = referenced_dynamic_variables
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        procedure_id = d.pop("procedure_id")

        name = d.pop("name")

        content = d.pop("content")

        agent_id = d.pop("agent_id")

        _type_ = d.pop("type", UNSET)
        type_: ProcedureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_procedure_type(_type_)

        trigger = d.pop("trigger", UNSET)

        referenced_tool_ids = cast(list[str], d.pop("referenced_tool_ids", UNSET))

        referenced_kb_ids = cast(list[str], d.pop("referenced_kb_ids", UNSET))

        referenced_procedure_ids = cast(list[str], d.pop("referenced_procedure_ids", UNSET))

        referenced_dynamic_variables = cast(list[str], d.pop("referenced_dynamic_variables", UNSET))

        _guardrails = d.pop("guardrails", UNSET)
        guardrails: list[CustomGuardrailConfig] | Unset = UNSET
        if _guardrails is not UNSET:
            guardrails = []
            for guardrails_item_data in _guardrails:
                guardrails_item = CustomGuardrailConfig.from_dict(guardrails_item_data)

                guardrails.append(guardrails_item)

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        procedure_at_version_input = cls(
            procedure_id=procedure_id,
            name=name,
            content=content,
            agent_id=agent_id,
            type_=type_,
            trigger=trigger,
            referenced_tool_ids=referenced_tool_ids,
            referenced_kb_ids=referenced_kb_ids,
            referenced_procedure_ids=referenced_procedure_ids,
            referenced_dynamic_variables=referenced_dynamic_variables,
            guardrails=guardrails,
            version_id=version_id,
        )

        procedure_at_version_input.additional_properties = d
        return procedure_at_version_input

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
    global _nested_models_loaded, CustomGuardrailConfig
    from ..models.custom_guardrail_config import CustomGuardrailConfig  # noqa: F401

    _nested_models_loaded = True
