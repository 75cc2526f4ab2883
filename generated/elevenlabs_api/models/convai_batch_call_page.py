from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_batch_call import ConvaiBatchCall


T = TypeVar("T", bound="ConvaiBatchCallPage")


@_attrs_define
class ConvaiBatchCallPage:
    """One page of the workspace's batch calls.

    Attributes:
        batch_calls (list[ConvaiBatchCall]):
        next_doc (None | str | Unset): Cursor for the next page.
        has_more (bool | Unset):  Default: False.
    """

    batch_calls: list[ConvaiBatchCall]
    next_doc: None | str | Unset = UNSET
    has_more: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        batch_calls = []
        for batch_calls_item_data in self.batch_calls:
            batch_calls_item = batch_calls_item_data.to_dict()
            batch_calls.append(batch_calls_item)

        next_doc: None | str | Unset
        if isinstance(self.next_doc, Unset):
            next_doc = UNSET
        else:
            next_doc = self.next_doc

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_calls": batch_calls,
            }
        )
        if next_doc is not UNSET:
            field_dict["next_doc"] = next_doc
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        batch_calls = []
        _batch_calls = d.pop("batch_calls")
        for batch_calls_item_data in _batch_calls:
            batch_calls_item = ConvaiBatchCall.from_dict(batch_calls_item_data)

            batch_calls.append(batch_calls_item)

        def _parse_next_doc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_doc = _parse_next_doc(d.pop("next_doc", UNSET))

        has_more = d.pop("has_more", UNSET)

        convai_batch_call_page = cls(
            batch_calls=batch_calls,
            next_doc=next_doc,
            has_more=has_more,
        )

        convai_batch_call_page.additional_properties = d
        return convai_batch_call_page

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
    global _nested_models_loaded, ConvaiBatchCall
    from ..models.convai_batch_call import ConvaiBatchCall  # noqa: F401

    _nested_models_loaded = True
