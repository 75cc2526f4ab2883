from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_agent_transfer import ConvaiAgentTransfer


T = TypeVar("T", bound="ConvaiTransferToAgentToolParamsOutput")


@_attrs_define
class ConvaiTransferToAgentToolParamsOutput:
    """
    Attributes:
        transfers (list[ConvaiAgentTransfer]):
        system_tool_type (Literal['transfer_to_agent'] | Unset):  Default: 'transfer_to_agent'.
    """

    transfers: list[ConvaiAgentTransfer]
    system_tool_type: Literal["transfer_to_agent"] | Unset = "transfer_to_agent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfers": transfers,
            }
        )
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = ConvaiAgentTransfer.from_dict(transfers_item_data)

            transfers.append(transfers_item)

        system_tool_type = cast(Literal["transfer_to_agent"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "transfer_to_agent" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'transfer_to_agent', got '{system_tool_type}'")

        convai_transfer_to_agent_tool_params_output = cls(
            transfers=transfers,
            system_tool_type=system_tool_type,
        )

        convai_transfer_to_agent_tool_params_output.additional_properties = d
        return convai_transfer_to_agent_tool_params_output

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
    global _nested_models_loaded, ConvaiAgentTransfer
    from ..models.convai_agent_transfer import ConvaiAgentTransfer  # noqa: F401

    _nested_models_loaded = True
