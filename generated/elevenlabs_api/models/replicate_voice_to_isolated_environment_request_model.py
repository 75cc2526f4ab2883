from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplicateVoiceToIsolatedEnvironmentRequestModel")


@_attrs_define
class ReplicateVoiceToIsolatedEnvironmentRequestModel:
    """
    Attributes:
        target_workspace_id (str):
        preserve_voice_id (bool | Unset):  Default: True.
    """

    target_workspace_id: str
    preserve_voice_id: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_workspace_id = self.target_workspace_id

        preserve_voice_id = self.preserve_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_workspace_id": target_workspace_id,
            }
        )
        if preserve_voice_id is not UNSET:
            field_dict["preserve_voice_id"] = preserve_voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_workspace_id = d.pop("target_workspace_id")

        preserve_voice_id = d.pop("preserve_voice_id", UNSET)

        replicate_voice_to_isolated_environment_request_model = cls(
            target_workspace_id=target_workspace_id,
            preserve_voice_id=preserve_voice_id,
        )

        replicate_voice_to_isolated_environment_request_model.additional_properties = d
        return replicate_voice_to_isolated_environment_request_model

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
