from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_created_by import FinetuneCreatedBy, check_finetune_created_by
from ..models.finetune_visibility import FinetuneVisibility, check_finetune_visibility
from ..models.music_finetune_failure_reason import MusicFinetuneFailureReason, check_music_finetune_failure_reason
from ..models.music_finetune_status import MusicFinetuneStatus, check_music_finetune_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicFinetuneResponseModel")


@_attrs_define
class MusicFinetuneResponseModel:
    """
    Attributes:
        id (str):
        name (str):
        tags (list[str]):
        model_id (str):
        created_at (datetime.datetime):
        visibility (FinetuneVisibility):
        created_by (FinetuneCreatedBy):
        status (MusicFinetuneStatus):
        training_progress (float):
        primary_genre (None | str | Unset):
        failure_reason (MusicFinetuneFailureReason | None | Unset):
    """

    id: str
    name: str
    tags: list[str]
    model_id: str
    created_at: datetime.datetime
    visibility: FinetuneVisibility
    created_by: FinetuneCreatedBy
    status: MusicFinetuneStatus
    training_progress: float
    primary_genre: None | str | Unset = UNSET
    failure_reason: MusicFinetuneFailureReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tags = self.tags

        model_id = self.model_id

        created_at = self.created_at.isoformat()

        visibility: str = self.visibility

        created_by: str = self.created_by

        status: str = self.status

        training_progress = self.training_progress

        primary_genre: None | str | Unset
        if isinstance(self.primary_genre, Unset):
            primary_genre = UNSET
        else:
            primary_genre = self.primary_genre

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, str):
            failure_reason = self.failure_reason
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "tags": tags,
                "model_id": model_id,
                "created_at": created_at,
                "visibility": visibility,
                "created_by": created_by,
                "status": status,
                "training_progress": training_progress,
            }
        )
        if primary_genre is not UNSET:
            field_dict["primary_genre"] = primary_genre
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        model_id = d.pop("model_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        visibility = check_finetune_visibility(d.pop("visibility"))

        created_by = check_finetune_created_by(d.pop("created_by"))

        status = check_music_finetune_status(d.pop("status"))

        training_progress = d.pop("training_progress")

        def _parse_primary_genre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_genre = _parse_primary_genre(d.pop("primary_genre", UNSET))

        def _parse_failure_reason(data: object) -> MusicFinetuneFailureReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failure_reason_type_0 = check_music_finetune_failure_reason(data)

                return failure_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MusicFinetuneFailureReason | None | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        music_finetune_response_model = cls(
            id=id,
            name=name,
            tags=tags,
            model_id=model_id,
            created_at=created_at,
            visibility=visibility,
            created_by=created_by,
            status=status,
            training_progress=training_progress,
            primary_genre=primary_genre,
            failure_reason=failure_reason,
        )

        music_finetune_response_model.additional_properties = d
        return music_finetune_response_model

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
