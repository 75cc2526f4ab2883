from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_override_flags_output import ConvaiOverrideFlagsOutput


T = TypeVar("T", bound="ConvaiClientDataConfigOutput")


@_attrs_define
class ConvaiClientDataConfigOutput:
    """What client data a conversation start may carry (response form).

    Attributes:
        conversation_config_override (ConvaiOverrideFlagsOutput | Unset): Which settings a client may override when
            starting a conversation (response form).
        custom_llm_extra_body (bool | Unset):  Default: False.
        enable_conversation_initiation_client_data_from_webhook (bool | Unset):  Default: False.
        enable_starting_workflow_node_id_from_client (bool | Unset):  Default: False.
        enable_procedure_ids_from_client (bool | Unset):  Default: False.
    """

    conversation_config_override: ConvaiOverrideFlagsOutput | Unset = UNSET
    custom_llm_extra_body: bool | Unset = False
    enable_conversation_initiation_client_data_from_webhook: bool | Unset = False
    enable_starting_workflow_node_id_from_client: bool | Unset = False
    enable_procedure_ids_from_client: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        conversation_config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_config_override, Unset):
            conversation_config_override = self.conversation_config_override.to_dict()

        custom_llm_extra_body = self.custom_llm_extra_body

        enable_conversation_initiation_client_data_from_webhook = (
            self.enable_conversation_initiation_client_data_from_webhook
        )

        enable_starting_workflow_node_id_from_client = self.enable_starting_workflow_node_id_from_client

        enable_procedure_ids_from_client = self.enable_procedure_ids_from_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if enable_conversation_initiation_client_data_from_webhook is not UNSET:
            field_dict["enable_conversation_initiation_client_data_from_webhook"] = (
                enable_conversation_initiation_client_data_from_webhook
            )
        if enable_starting_workflow_node_id_from_client is not UNSET:
            field_dict["enable_starting_workflow_node_id_from_client"] = enable_starting_workflow_node_id_from_client
        if enable_procedure_ids_from_client is not UNSET:
            field_dict["enable_procedure_ids_from_client"] = enable_procedure_ids_from_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _conversation_config_override = d.pop("conversation_config_override", UNSET)
        conversation_config_override: ConvaiOverrideFlagsOutput | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = ConvaiOverrideFlagsOutput.from_dict(_conversation_config_override)

        custom_llm_extra_body = d.pop("custom_llm_extra_body", UNSET)

        enable_conversation_initiation_client_data_from_webhook = d.pop(
            "enable_conversation_initiation_client_data_from_webhook", UNSET
        )

        enable_starting_workflow_node_id_from_client = d.pop("enable_starting_workflow_node_id_from_client", UNSET)

        enable_procedure_ids_from_client = d.pop("enable_procedure_ids_from_client", UNSET)

        convai_client_data_config_output = cls(
            conversation_config_override=conversation_config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            enable_conversation_initiation_client_data_from_webhook=enable_conversation_initiation_client_data_from_webhook,
            enable_starting_workflow_node_id_from_client=enable_starting_workflow_node_id_from_client,
            enable_procedure_ids_from_client=enable_procedure_ids_from_client,
        )

        convai_client_data_config_output.additional_properties = d
        return convai_client_data_config_output

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
    global _nested_models_loaded, ConvaiOverrideFlagsOutput
    from ..models.convai_override_flags_output import ConvaiOverrideFlagsOutput  # noqa: F401

    _nested_models_loaded = True
