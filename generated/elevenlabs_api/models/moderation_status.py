from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_status_safety_status_type_0 import (
    ModerationStatusSafetyStatusType0,
    check_moderation_status_safety_status_type_0,
)
from ..models.moderation_status_warning_status_type_0 import (
    ModerationStatusWarningStatusType0,
    check_moderation_status_warning_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationStatus")


@_attrs_define
class ModerationStatus:
    """Trust and safety flags on the account.

    Attributes:
        is_in_probation (bool):
        enterprise_check_nogo_voice (bool):
        enterprise_check_block_nogo_voice (bool):
        never_live_moderate (bool):
        nogo_voice_similar_voice_upload_count (int):
        enterprise_background_moderation_enabled (bool):
        on_watchlist (bool):
        safety_status (ModerationStatusSafetyStatusType0 | None | Unset):
        warning_status (ModerationStatusWarningStatusType0 | None | Unset):
    """

    is_in_probation: bool
    enterprise_check_nogo_voice: bool
    enterprise_check_block_nogo_voice: bool
    never_live_moderate: bool
    nogo_voice_similar_voice_upload_count: int
    enterprise_background_moderation_enabled: bool
    on_watchlist: bool
    safety_status: ModerationStatusSafetyStatusType0 | None | Unset = UNSET
    warning_status: ModerationStatusWarningStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_in_probation = self.is_in_probation

        enterprise_check_nogo_voice = self.enterprise_check_nogo_voice

        enterprise_check_block_nogo_voice = self.enterprise_check_block_nogo_voice

        never_live_moderate = self.never_live_moderate

        nogo_voice_similar_voice_upload_count = self.nogo_voice_similar_voice_upload_count

        enterprise_background_moderation_enabled = self.enterprise_background_moderation_enabled

        on_watchlist = self.on_watchlist

        safety_status: None | str | Unset
        if isinstance(self.safety_status, Unset):
            safety_status = UNSET
        elif isinstance(self.safety_status, str):
            safety_status = self.safety_status
        else:
            safety_status = self.safety_status

        warning_status: None | str | Unset
        if isinstance(self.warning_status, Unset):
            warning_status = UNSET
        elif isinstance(self.warning_status, str):
            warning_status = self.warning_status
        else:
            warning_status = self.warning_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_in_probation": is_in_probation,
                "enterprise_check_nogo_voice": enterprise_check_nogo_voice,
                "enterprise_check_block_nogo_voice": enterprise_check_block_nogo_voice,
                "never_live_moderate": never_live_moderate,
                "nogo_voice_similar_voice_upload_count": nogo_voice_similar_voice_upload_count,
                "enterprise_background_moderation_enabled": enterprise_background_moderation_enabled,
                "on_watchlist": on_watchlist,
            }
        )
        if safety_status is not UNSET:
            field_dict["safety_status"] = safety_status
        if warning_status is not UNSET:
            field_dict["warning_status"] = warning_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_in_probation = d.pop("is_in_probation")

        enterprise_check_nogo_voice = d.pop("enterprise_check_nogo_voice")

        enterprise_check_block_nogo_voice = d.pop("enterprise_check_block_nogo_voice")

        never_live_moderate = d.pop("never_live_moderate")

        nogo_voice_similar_voice_upload_count = d.pop("nogo_voice_similar_voice_upload_count")

        enterprise_background_moderation_enabled = d.pop("enterprise_background_moderation_enabled")

        on_watchlist = d.pop("on_watchlist")

        def _parse_safety_status(data: object) -> ModerationStatusSafetyStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                safety_status_type_0 = check_moderation_status_safety_status_type_0(data)

                return safety_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationStatusSafetyStatusType0 | None | Unset, data)

        safety_status = _parse_safety_status(d.pop("safety_status", UNSET))

        def _parse_warning_status(data: object) -> ModerationStatusWarningStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warning_status_type_0 = check_moderation_status_warning_status_type_0(data)

                return warning_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModerationStatusWarningStatusType0 | None | Unset, data)

        warning_status = _parse_warning_status(d.pop("warning_status", UNSET))

        moderation_status = cls(
            is_in_probation=is_in_probation,
            enterprise_check_nogo_voice=enterprise_check_nogo_voice,
            enterprise_check_block_nogo_voice=enterprise_check_block_nogo_voice,
            never_live_moderate=never_live_moderate,
            nogo_voice_similar_voice_upload_count=nogo_voice_similar_voice_upload_count,
            enterprise_background_moderation_enabled=enterprise_background_moderation_enabled,
            on_watchlist=on_watchlist,
            safety_status=safety_status,
            warning_status=warning_status,
        )

        moderation_status.additional_properties = d
        return moderation_status

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
