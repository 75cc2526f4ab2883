from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_access_level import ConvaiAccessLevel, check_convai_access_level
from ..models.convai_resource_access_info_access_source_type_0 import (
    ConvaiResourceAccessInfoAccessSourceType0,
    check_convai_resource_access_info_access_source_type_0,
)
from ..models.convai_resource_access_info_anonymous_access_level_override_type_0 import (
    ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0,
    check_convai_resource_access_info_anonymous_access_level_override_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiResourceAccessInfo")


@_attrs_define
class ConvaiResourceAccessInfo:
    """Who created a resource and what role you have on it.

    Attributes:
        is_creator (bool):
        creator_name (str):
        creator_email (str):
        role (ConvaiAccessLevel): Role a user has on a shared resource.
        anonymous_access_level_override (ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0 | None | Unset):
        access_source (ConvaiResourceAccessInfoAccessSourceType0 | None | Unset):
    """

    is_creator: bool
    creator_name: str
    creator_email: str
    role: ConvaiAccessLevel
    anonymous_access_level_override: ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0 | None | Unset = UNSET
    access_source: ConvaiResourceAccessInfoAccessSourceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_creator = self.is_creator

        creator_name = self.creator_name

        creator_email = self.creator_email

        role: str = self.role

        anonymous_access_level_override: None | str | Unset
        if isinstance(self.anonymous_access_level_override, Unset):
            anonymous_access_level_override = UNSET
        elif isinstance(self.anonymous_access_level_override, str):
            anonymous_access_level_override = self.anonymous_access_level_override
        else:
            anonymous_access_level_override = self.anonymous_access_level_override

        access_source: None | str | Unset
        if isinstance(self.access_source, Unset):
            access_source = UNSET
        elif isinstance(self.access_source, str):
            access_source = self.access_source
        else:
            access_source = self.access_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_creator": is_creator,
                "creator_name": creator_name,
                "creator_email": creator_email,
                "role": role,
            }
        )
        if anonymous_access_level_override is not UNSET:
            field_dict["anonymous_access_level_override"] = anonymous_access_level_override
        if access_source is not UNSET:
            field_dict["access_source"] = access_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_creator = d.pop("is_creator")

        creator_name = d.pop("creator_name")

        creator_email = d.pop("creator_email")

        role = check_convai_access_level(d.pop("role"))

        def _parse_anonymous_access_level_override(
            data: object,
        ) -> ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymous_access_level_override_type_0 = (
                    check_convai_resource_access_info_anonymous_access_level_override_type_0(data)
                )

                return anonymous_access_level_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfoAnonymousAccessLevelOverrideType0 | None | Unset, data)

        anonymous_access_level_override = _parse_anonymous_access_level_override(
            d.pop("anonymous_access_level_override", UNSET)
        )

        def _parse_access_source(data: object) -> ConvaiResourceAccessInfoAccessSourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_source_type_0 = check_convai_resource_access_info_access_source_type_0(data)

                return access_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfoAccessSourceType0 | None | Unset, data)

        access_source = _parse_access_source(d.pop("access_source", UNSET))

        convai_resource_access_info = cls(
            is_creator=is_creator,
            creator_name=creator_name,
            creator_email=creator_email,
            role=role,
            anonymous_access_level_override=anonymous_access_level_override,
            access_source=access_source,
        )

        convai_resource_access_info.additional_properties = d
        return convai_resource_access_info

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
