from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_clip_task_type import PendingClipTaskType, check_pending_clip_task_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_clip_task_metadata import PendingClipTaskMetadata


T = TypeVar("T", bound="PendingClipTask")


@_attrs_define
class PendingClipTask:
    """
    Attributes:
        type_ (PendingClipTaskType):
        progress (float | Unset):  Default: 0.0.
        started_at_ms (int | Unset):
        updated_at_ms (int | Unset):
        metadata (PendingClipTaskMetadata | Unset):
    """

    type_: PendingClipTaskType
    progress: float | Unset = 0.0
    started_at_ms: int | Unset = UNSET
    updated_at_ms: int | Unset = UNSET
    metadata: PendingClipTaskMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_: str = self.type_

        progress = self.progress

        started_at_ms = self.started_at_ms

        updated_at_ms = self.updated_at_ms

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at_ms is not UNSET:
            field_dict["started_at_ms"] = started_at_ms
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = check_pending_clip_task_type(d.pop("type"))

        progress = d.pop("progress", UNSET)

        started_at_ms = d.pop("started_at_ms", UNSET)

        updated_at_ms = d.pop("updated_at_ms", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PendingClipTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PendingClipTaskMetadata.from_dict(_metadata)

        pending_clip_task = cls(
            type_=type_,
            progress=progress,
            started_at_ms=started_at_ms,
            updated_at_ms=updated_at_ms,
            metadata=metadata,
        )

        pending_clip_task.additional_properties = d
        return pending_clip_task

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
    global _nested_models_loaded, PendingClipTaskMetadata
    from ..models.pending_clip_task_metadata import PendingClipTaskMetadata  # noqa: F401

    _nested_models_loaded = True
