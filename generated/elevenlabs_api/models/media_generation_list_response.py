from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.media_generation_completed_response import MediaGenerationCompletedResponse
    from ..models.media_generation_failed_response import MediaGenerationFailedResponse
    from ..models.media_generation_in_progress_response import MediaGenerationInProgressResponse


T = TypeVar("T", bound="MediaGenerationListResponse")


@_attrs_define
class MediaGenerationListResponse:
    """
    Attributes:
        generations (list[MediaGenerationCompletedResponse | MediaGenerationFailedResponse |
            MediaGenerationInProgressResponse]):
        next_cursor (None | str):
        has_more (bool):
    """

    generations: list[
        MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse
    ]
    next_cursor: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        generations = []
        for generations_item_data in self.generations:
            generations_item: dict[str, Any]
            if isinstance(generations_item_data, MediaGenerationInProgressResponse):
                generations_item = generations_item_data.to_dict()
            elif isinstance(generations_item_data, MediaGenerationCompletedResponse):
                generations_item = generations_item_data.to_dict()
            else:
                generations_item = generations_item_data.to_dict()

            generations.append(generations_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generations": generations,
                "next_cursor": next_cursor,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        generations = []
        _generations = d.pop("generations")
        for generations_item_data in _generations:

            def _parse_generations_item(
                data: object,
            ) -> MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse:
                if isinstance(data, dict):
                    if data.get("status") in ("generating", "pending"):
                        componentsschemas_media_generation_response_type_0 = (
                            MediaGenerationInProgressResponse.from_dict(data)
                        )

                        return componentsschemas_media_generation_response_type_0
                    if data.get("status") == "completed":
                        componentsschemas_media_generation_response_type_1 = MediaGenerationCompletedResponse.from_dict(
                            data
                        )

                        return componentsschemas_media_generation_response_type_1
                    if data.get("status") == "failed":
                        componentsschemas_media_generation_response_type_2 = MediaGenerationFailedResponse.from_dict(
                            data
                        )

                        return componentsschemas_media_generation_response_type_2

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_media_generation_response_type_0 = MediaGenerationInProgressResponse.from_dict(
                        data
                    )

                    return componentsschemas_media_generation_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_media_generation_response_type_1 = MediaGenerationCompletedResponse.from_dict(
                        data
                    )

                    return componentsschemas_media_generation_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_media_generation_response_type_2 = MediaGenerationFailedResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_2

            generations_item = _parse_generations_item(generations_item_data)

            generations.append(generations_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        has_more = d.pop("has_more")

        media_generation_list_response = cls(
            generations=generations,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        media_generation_list_response.additional_properties = d
        return media_generation_list_response

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
    global \
        _nested_models_loaded, \
        MediaGenerationCompletedResponse, \
        MediaGenerationFailedResponse, \
        MediaGenerationInProgressResponse
    from ..models.media_generation_completed_response import MediaGenerationCompletedResponse  # noqa: F401
    from ..models.media_generation_failed_response import MediaGenerationFailedResponse  # noqa: F401
    from ..models.media_generation_in_progress_response import MediaGenerationInProgressResponse  # noqa: F401

    _nested_models_loaded = True
