from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_item import HistoryItem


T = TypeVar("T", bound="HistoryPage")


@_attrs_define
class HistoryPage:
    """A page of generation history, newest first.

    Attributes:
        history (list[HistoryItem]):
        has_more (bool): True when older items remain.
        last_history_item_id (None | str | Unset): Pass as `start_after_history_item_id` to fetch the next page.
        scanned_until (int | None | Unset):
    """

    history: list[HistoryItem]
    has_more: bool
    last_history_item_id: None | str | Unset = UNSET
    scanned_until: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        has_more = self.has_more

        last_history_item_id: None | str | Unset
        if isinstance(self.last_history_item_id, Unset):
            last_history_item_id = UNSET
        else:
            last_history_item_id = self.last_history_item_id

        scanned_until: int | None | Unset
        if isinstance(self.scanned_until, Unset):
            scanned_until = UNSET
        else:
            scanned_until = self.scanned_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
                "has_more": has_more,
            }
        )
        if last_history_item_id is not UNSET:
            field_dict["last_history_item_id"] = last_history_item_id
        if scanned_until is not UNSET:
            field_dict["scanned_until"] = scanned_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = HistoryItem.from_dict(history_item_data)

            history.append(history_item)

        has_more = d.pop("has_more")

        def _parse_last_history_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_history_item_id = _parse_last_history_item_id(d.pop("last_history_item_id", UNSET))

        def _parse_scanned_until(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scanned_until = _parse_scanned_until(d.pop("scanned_until", UNSET))

        history_page = cls(
            history=history,
            has_more=has_more,
            last_history_item_id=last_history_item_id,
            scanned_until=scanned_until,
        )

        history_page.additional_properties = d
        return history_page

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
    global _nested_models_loaded, HistoryItem
    from ..models.history_item import HistoryItem  # noqa: F401

    _nested_models_loaded = True
