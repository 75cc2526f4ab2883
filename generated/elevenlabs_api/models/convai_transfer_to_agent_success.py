from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
    from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit


T = TypeVar("T", bound="ConvaiTransferToAgentSuccess")


@_attrs_define
class ConvaiTransferToAgentSuccess:
    """
    Attributes:
        from_agent (str):
        to_agent (str):
        condition (str):
        result_type (Literal['transfer_to_agent_success'] | Unset):  Default: 'transfer_to_agent_success'.
        status (Literal['success'] | Unset):  Default: 'success'.
        to_node (None | str | Unset):
        delay_ms (int | Unset):  Default: 0.
        transfer_message (None | str | Unset):
        enable_transferred_agent_first_message (bool | Unset):  Default: False.
        branch_info (None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | Unset):
        preserve_client_tts_overrides (bool | Unset):  Default: False.
    """

    from_agent: str
    to_agent: str
    condition: str
    result_type: Literal["transfer_to_agent_success"] | Unset = "transfer_to_agent_success"
    status: Literal["success"] | Unset = "success"
    to_node: None | str | Unset = UNSET
    delay_ms: int | Unset = 0
    transfer_message: None | str | Unset = UNSET
    enable_transferred_agent_first_message: bool | Unset = False
    branch_info: None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | Unset = UNSET
    preserve_client_tts_overrides: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        from_agent = self.from_agent

        to_agent = self.to_agent

        condition = self.condition

        result_type = self.result_type

        status = self.status

        to_node: None | str | Unset
        if isinstance(self.to_node, Unset):
            to_node = UNSET
        else:
            to_node = self.to_node

        delay_ms = self.delay_ms

        transfer_message: None | str | Unset
        if isinstance(self.transfer_message, Unset):
            transfer_message = UNSET
        else:
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        branch_info: dict[str, Any] | None | Unset
        if isinstance(self.branch_info, Unset):
            branch_info = UNSET
        elif isinstance(self.branch_info, TransferBranchInfoTrafficSplit):
            branch_info = self.branch_info.to_dict()
        elif isinstance(self.branch_info, TransferBranchInfoDefaultingToMain):
            branch_info = self.branch_info.to_dict()
        else:
            branch_info = self.branch_info

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_agent": from_agent,
                "to_agent": to_agent,
                "condition": condition,
            }
        )
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if to_node is not UNSET:
            field_dict["to_node"] = to_node
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        if branch_info is not UNSET:
            field_dict["branch_info"] = branch_info
        if preserve_client_tts_overrides is not UNSET:
            field_dict["preserve_client_tts_overrides"] = preserve_client_tts_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        from_agent = d.pop("from_agent")

        to_agent = d.pop("to_agent")

        condition = d.pop("condition")

        result_type = cast(Literal["transfer_to_agent_success"] | Unset, d.pop("result_type", UNSET))
        if result_type != "transfer_to_agent_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_agent_success', got '{result_type}'")

        status = cast(Literal["success"] | Unset, d.pop("status", UNSET))
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        def _parse_to_node(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_node = _parse_to_node(d.pop("to_node", UNSET))

        delay_ms = d.pop("delay_ms", UNSET)

        def _parse_transfer_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_message = _parse_transfer_message(d.pop("transfer_message", UNSET))

        enable_transferred_agent_first_message = d.pop("enable_transferred_agent_first_message", UNSET)

        def _parse_branch_info(
            data: object,
        ) -> None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("branch_reason") == "traffic_split":
                    branch_info_type_0_type_0 = TransferBranchInfoTrafficSplit.from_dict(data)

                    return branch_info_type_0_type_0
                if data.get("branch_reason") == "defaulting_to_main":
                    branch_info_type_0_type_1 = TransferBranchInfoDefaultingToMain.from_dict(data)

                    return branch_info_type_0_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_info_type_0_type_0 = TransferBranchInfoTrafficSplit.from_dict(data)

                return branch_info_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_info_type_0_type_1 = TransferBranchInfoDefaultingToMain.from_dict(data)

                return branch_info_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | Unset, data)

        branch_info = _parse_branch_info(d.pop("branch_info", UNSET))

        preserve_client_tts_overrides = d.pop("preserve_client_tts_overrides", UNSET)

        convai_transfer_to_agent_success = cls(
            from_agent=from_agent,
            to_agent=to_agent,
            condition=condition,
            result_type=result_type,
            status=status,
            to_node=to_node,
            delay_ms=delay_ms,
            transfer_message=transfer_message,
            enable_transferred_agent_first_message=enable_transferred_agent_first_message,
            branch_info=branch_info,
            preserve_client_tts_overrides=preserve_client_tts_overrides,
        )

        convai_transfer_to_agent_success.additional_properties = d
        return convai_transfer_to_agent_success

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
    global _nested_models_loaded, TransferBranchInfoDefaultingToMain, TransferBranchInfoTrafficSplit
    from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain  # noqa: F401
    from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit  # noqa: F401

    _nested_models_loaded = True
