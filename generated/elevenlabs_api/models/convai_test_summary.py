from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo


T = TypeVar("T", bound="ConvaiTestSummary")


@_attrs_define
class ConvaiTestSummary:
    """One agent test in a list.

    Attributes:
        id (str):
        name (str):
        created_at_unix_secs (int):
        last_updated_at_unix_secs (int):
        access_info (ConvaiResourceAccessInfo | None | Unset):
    """

    id: str
    name: str
    created_at_unix_secs: int
    last_updated_at_unix_secs: int
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        last_updated_at_unix_secs = self.last_updated_at_unix_secs

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at_unix_secs": created_at_unix_secs,
                "last_updated_at_unix_secs": last_updated_at_unix_secs,
            }
        )
        if access_info is not UNSET:
            field_dict["access_info"] = access_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        last_updated_at_unix_secs = d.pop("last_updated_at_unix_secs")

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        convai_test_summary = cls(
            id=id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            last_updated_at_unix_secs=last_updated_at_unix_secs,
            access_info=access_info,
        )

        convai_test_summary.additional_properties = d
        return convai_test_summary

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
    global _nested_models_loaded, ConvaiResourceAccessInfo
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401

    _nested_models_loaded = True
