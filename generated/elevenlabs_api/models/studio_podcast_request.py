from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_podcast_request_apply_text_normalization_type_0 import (
    StudioPodcastRequestApplyTextNormalizationType0,
    check_studio_podcast_request_apply_text_normalization_type_0,
)
from ..models.studio_podcast_request_duration_scale import (
    StudioPodcastRequestDurationScale,
    check_studio_podcast_request_duration_scale,
)
from ..models.studio_quality_preset import StudioQualityPreset, check_studio_quality_preset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_podcast_bulletin_mode import StudioPodcastBulletinMode
    from ..models.studio_podcast_conversation_mode import StudioPodcastConversationMode
    from ..models.studio_podcast_text_source import StudioPodcastTextSource
    from ..models.studio_podcast_url_source import StudioPodcastUrlSource


T = TypeVar("T", bound="StudioPodcastRequest")


@_attrs_define
class StudioPodcastRequest:
    """What the podcast is about, who speaks, and how long and polished it should be.

    Attributes:
        model_id (str): Speech model for the episode (see GET /v1/models).
        mode (StudioPodcastBulletinMode | StudioPodcastConversationMode): A two-voice conversation or a single-host
            bulletin.
        source (list[StudioPodcastTextSource | StudioPodcastUrlSource] | StudioPodcastTextSource |
            StudioPodcastUrlSource): The material, as one text or URL source or a list of them.
        quality_preset (StudioQualityPreset | Unset): Output quality; higher presets cost more credits. Default:
            'standard'.
        duration_scale (StudioPodcastRequestDurationScale | Unset): Rough episode length. Default: 'default'.
        language (None | str | Unset): ISO 639-1 language code of the episode.
        intro (None | str | Unset): Fixed words to open the episode with.
        outro (None | str | Unset): Fixed words to close the episode with.
        instructions_prompt (None | str | Unset): Extra guidance on style or tone for the script.
        highlights (list[str] | None | Unset): Short key points the episode must cover.
        callback_url (None | str | Unset): URL called when the project has been converted.
        apply_text_normalization (None | StudioPodcastRequestApplyTextNormalizationType0 | Unset):
    """

    model_id: str
    mode: StudioPodcastBulletinMode | StudioPodcastConversationMode
    source: list[StudioPodcastTextSource | StudioPodcastUrlSource] | StudioPodcastTextSource | StudioPodcastUrlSource
    quality_preset: StudioQualityPreset | Unset = "standard"
    duration_scale: StudioPodcastRequestDurationScale | Unset = "default"
    language: None | str | Unset = UNSET
    intro: None | str | Unset = UNSET
    outro: None | str | Unset = UNSET
    instructions_prompt: None | str | Unset = UNSET
    highlights: list[str] | None | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    apply_text_normalization: None | StudioPodcastRequestApplyTextNormalizationType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id = self.model_id

        mode: dict[str, Any]
        if isinstance(self.mode, StudioPodcastConversationMode):
            mode = self.mode.to_dict()
        else:
            mode = self.mode.to_dict()

        source: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.source, StudioPodcastTextSource):
            source = self.source.to_dict()
        elif isinstance(self.source, StudioPodcastUrlSource):
            source = self.source.to_dict()
        else:
            source = []
            for source_type_2_item_data in self.source:
                source_type_2_item: dict[str, Any]
                if isinstance(source_type_2_item_data, StudioPodcastTextSource):
                    source_type_2_item = source_type_2_item_data.to_dict()
                else:
                    source_type_2_item = source_type_2_item_data.to_dict()

                source.append(source_type_2_item)

        quality_preset: str | Unset = UNSET
        if not isinstance(self.quality_preset, Unset):
            quality_preset = self.quality_preset

        duration_scale: str | Unset = UNSET
        if not isinstance(self.duration_scale, Unset):
            duration_scale = self.duration_scale

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        intro: None | str | Unset
        if isinstance(self.intro, Unset):
            intro = UNSET
        else:
            intro = self.intro

        outro: None | str | Unset
        if isinstance(self.outro, Unset):
            outro = UNSET
        else:
            outro = self.outro

        instructions_prompt: None | str | Unset
        if isinstance(self.instructions_prompt, Unset):
            instructions_prompt = UNSET
        else:
            instructions_prompt = self.instructions_prompt

        highlights: list[str] | None | Unset
        if isinstance(self.highlights, Unset):
            highlights = UNSET
        elif isinstance(self.highlights, list):
            highlights = self.highlights

        else:
            highlights = self.highlights

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        apply_text_normalization: None | str | Unset
        if isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        elif isinstance(self.apply_text_normalization, str):
            apply_text_normalization = self.apply_text_normalization
        else:
            apply_text_normalization = self.apply_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "mode": mode,
                "source": source,
            }
        )
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if duration_scale is not UNSET:
            field_dict["duration_scale"] = duration_scale
        if language is not UNSET:
            field_dict["language"] = language
        if intro is not UNSET:
            field_dict["intro"] = intro
        if outro is not UNSET:
            field_dict["outro"] = outro
        if instructions_prompt is not UNSET:
            field_dict["instructions_prompt"] = instructions_prompt
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        def _parse_mode(data: object) -> StudioPodcastBulletinMode | StudioPodcastConversationMode:
            if isinstance(data, dict):
                if data.get("type") == "conversation":
                    mode_type_0 = StudioPodcastConversationMode.from_dict(data)

                    return mode_type_0
                if data.get("type") == "bulletin":
                    mode_type_1 = StudioPodcastBulletinMode.from_dict(data)

                    return mode_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mode_type_0 = StudioPodcastConversationMode.from_dict(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            mode_type_1 = StudioPodcastBulletinMode.from_dict(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        def _parse_source(
            data: object,
        ) -> list[StudioPodcastTextSource | StudioPodcastUrlSource] | StudioPodcastTextSource | StudioPodcastUrlSource:
            if isinstance(data, dict):
                if data.get("type") == "text":
                    source_type_0 = StudioPodcastTextSource.from_dict(data)

                    return source_type_0
                if data.get("type") == "url":
                    source_type_1 = StudioPodcastUrlSource.from_dict(data)

                    return source_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = StudioPodcastTextSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = StudioPodcastUrlSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            source_type_2 = []
            _source_type_2 = data
            for source_type_2_item_data in _source_type_2:

                def _parse_source_type_2_item(data: object) -> StudioPodcastTextSource | StudioPodcastUrlSource:
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            source_type_2_item_type_0 = StudioPodcastTextSource.from_dict(data)

                            return source_type_2_item_type_0
                        if data.get("type") == "url":
                            source_type_2_item_type_1 = StudioPodcastUrlSource.from_dict(data)

                            return source_type_2_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        source_type_2_item_type_0 = StudioPodcastTextSource.from_dict(data)

                        return source_type_2_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    source_type_2_item_type_1 = StudioPodcastUrlSource.from_dict(data)

                    return source_type_2_item_type_1

                source_type_2_item = _parse_source_type_2_item(source_type_2_item_data)

                source_type_2.append(source_type_2_item)

            return source_type_2

        source = _parse_source(d.pop("source"))

        _quality_preset = d.pop("quality_preset", UNSET)
        quality_preset: StudioQualityPreset | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = check_studio_quality_preset(_quality_preset)

        _duration_scale = d.pop("duration_scale", UNSET)
        duration_scale: StudioPodcastRequestDurationScale | Unset
        if isinstance(_duration_scale, Unset):
            duration_scale = UNSET
        else:
            duration_scale = check_studio_podcast_request_duration_scale(_duration_scale)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_intro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intro = _parse_intro(d.pop("intro", UNSET))

        def _parse_outro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outro = _parse_outro(d.pop("outro", UNSET))

        def _parse_instructions_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions_prompt = _parse_instructions_prompt(d.pop("instructions_prompt", UNSET))

        def _parse_highlights(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                highlights_type_0 = cast(list[str], data)

                return highlights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        highlights = _parse_highlights(d.pop("highlights", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_apply_text_normalization(
            data: object,
        ) -> None | StudioPodcastRequestApplyTextNormalizationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apply_text_normalization_type_0 = check_studio_podcast_request_apply_text_normalization_type_0(data)

                return apply_text_normalization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioPodcastRequestApplyTextNormalizationType0 | Unset, data)

        apply_text_normalization = _parse_apply_text_normalization(d.pop("apply_text_normalization", UNSET))

        studio_podcast_request = cls(
            model_id=model_id,
            mode=mode,
            source=source,
            quality_preset=quality_preset,
            duration_scale=duration_scale,
            language=language,
            intro=intro,
            outro=outro,
            instructions_prompt=instructions_prompt,
            highlights=highlights,
            callback_url=callback_url,
            apply_text_normalization=apply_text_normalization,
        )

        studio_podcast_request.additional_properties = d
        return studio_podcast_request

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
        StudioPodcastBulletinMode, \
        StudioPodcastConversationMode, \
        StudioPodcastTextSource, \
        StudioPodcastUrlSource
    from ..models.studio_podcast_bulletin_mode import StudioPodcastBulletinMode  # noqa: F401
    from ..models.studio_podcast_conversation_mode import StudioPodcastConversationMode  # noqa: F401
    from ..models.studio_podcast_text_source import StudioPodcastTextSource  # noqa: F401
    from ..models.studio_podcast_url_source import StudioPodcastUrlSource  # noqa: F401

    _nested_models_loaded = True
