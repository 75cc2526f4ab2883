from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_test_agent_override import ConvaiTestAgentOverride


T = TypeVar("T", bound="ConvaiResubmitTestsRequest")


@_attrs_define
class ConvaiResubmitTestsRequest:
    """
    Attributes:
        test_run_ids (list[str]):
        agent_id (str):
        agent_config_override (ConvaiTestAgentOverride | None | Unset):
        branch_id (None | str | Unset):
    """

    test_run_ids: list[str]
    agent_id: str
    agent_config_override: ConvaiTestAgentOverride | None | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        test_run_ids = self.test_run_ids

        agent_id = self.agent_id

        agent_config_override: dict[str, Any] | None | Unset
        if isinstance(self.agent_config_override, Unset):
            agent_config_override = UNSET
        elif isinstance(self.agent_config_override, ConvaiTestAgentOverride):
            agent_config_override = self.agent_config_override.to_dict()
        else:
            agent_config_override = self.agent_config_override

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_run_ids": test_run_ids,
                "agent_id": agent_id,
            }
        )
        if agent_config_override is not UNSET:
            field_dict["agent_config_override"] = agent_config_override
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        test_run_ids = cast(list[str], d.pop("test_run_ids"))

        agent_id = d.pop("agent_id")

        def _parse_agent_config_override(data: object) -> ConvaiTestAgentOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_config_override_type_0 = ConvaiTestAgentOverride.from_dict(data)

                return agent_config_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTestAgentOverride | None | Unset, data)

        agent_config_override = _parse_agent_config_override(d.pop("agent_config_override", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        convai_resubmit_tests_request = cls(
            test_run_ids=test_run_ids,
            agent_id=agent_id,
            agent_config_override=agent_config_override,
            branch_id=branch_id,
        )

        convai_resubmit_tests_request.additional_properties = d
        return convai_resubmit_tests_request

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
    global _nested_models_loaded, ConvaiTestAgentOverride
    from ..models.convai_test_agent_override import ConvaiTestAgentOverride  # noqa: F401

    _nested_models_loaded = True
