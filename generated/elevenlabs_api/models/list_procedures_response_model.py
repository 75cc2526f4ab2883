from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.procedure_list_item_response_model import ProcedureListItemResponseModel


T = TypeVar("T", bound="ListProceduresResponseModel")


@_attrs_define
class ListProceduresResponseModel:
    """
    Attributes:
        procedures (list[ProcedureListItemResponseModel]):
    """

    procedures: list[ProcedureListItemResponseModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item = procedures_item_data.to_dict()
            procedures.append(procedures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procedures": procedures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        procedures = []
        _procedures = d.pop("procedures")
        for procedures_item_data in _procedures:
            procedures_item = ProcedureListItemResponseModel.from_dict(procedures_item_data)

            procedures.append(procedures_item)

        list_procedures_response_model = cls(
            procedures=procedures,
        )

        list_procedures_response_model.additional_properties = d
        return list_procedures_response_model

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
    global _nested_models_loaded, ProcedureListItemResponseModel
    from ..models.procedure_list_item_response_model import ProcedureListItemResponseModel  # noqa: F401

    _nested_models_loaded = True
