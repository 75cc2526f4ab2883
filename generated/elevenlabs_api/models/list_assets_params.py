from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_assets_params_list_kwargs import ListAssetsParamsListKwargs


T = TypeVar("T", bound="ListAssetsParams")


@_attrs_define
class ListAssetsParams:
    """
    Attributes:
        list_kwargs (ListAssetsParamsListKwargs | Unset):
        smb_tool_type (Literal['list_assets'] | Unset):  Default: 'list_assets'.
    """

    list_kwargs: ListAssetsParamsListKwargs | Unset = UNSET
    smb_tool_type: Literal["list_assets"] | Unset = "list_assets"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        list_kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_kwargs, Unset):
            list_kwargs = self.list_kwargs.to_dict()

        smb_tool_type = self.smb_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_kwargs is not UNSET:
            field_dict["list_kwargs"] = list_kwargs
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _list_kwargs = d.pop("list_kwargs", UNSET)
        list_kwargs: ListAssetsParamsListKwargs | Unset
        if isinstance(_list_kwargs, Unset):
            list_kwargs = UNSET
        else:
            list_kwargs = ListAssetsParamsListKwargs.from_dict(_list_kwargs)

        smb_tool_type = cast(Literal["list_assets"] | Unset, d.pop("smb_tool_type", UNSET))
        if smb_tool_type != "list_assets" and not isinstance(smb_tool_type, Unset):
            raise ValueError(f"smb_tool_type must match const 'list_assets', got '{smb_tool_type}'")

        list_assets_params = cls(
            list_kwargs=list_kwargs,
            smb_tool_type=smb_tool_type,
        )

        list_assets_params.additional_properties = d
        return list_assets_params

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
    global _nested_models_loaded, ListAssetsParamsListKwargs
    from ..models.list_assets_params_list_kwargs import ListAssetsParamsListKwargs  # noqa: F401

    _nested_models_loaded = True
