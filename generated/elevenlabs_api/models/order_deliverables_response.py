from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deliverable_info import DeliverableInfo


T = TypeVar("T", bound="OrderDeliverablesResponse")


@_attrs_define
class OrderDeliverablesResponse:
    """
    Attributes:
        deliverables (list[DeliverableInfo]):
    """

    deliverables: list[DeliverableInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        deliverables = []
        for deliverables_item_data in self.deliverables:
            deliverables_item = deliverables_item_data.to_dict()
            deliverables.append(deliverables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliverables": deliverables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        deliverables = []
        _deliverables = d.pop("deliverables")
        for deliverables_item_data in _deliverables:
            deliverables_item = DeliverableInfo.from_dict(deliverables_item_data)

            deliverables.append(deliverables_item)

        order_deliverables_response = cls(
            deliverables=deliverables,
        )

        order_deliverables_response.additional_properties = d
        return order_deliverables_response

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
    global _nested_models_loaded, DeliverableInfo
    from ..models.deliverable_info import DeliverableInfo  # noqa: F401

    _nested_models_loaded = True
