from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_access_level import StudioAccessLevel, check_studio_access_level
from ..models.studio_fiction import StudioFiction, check_studio_fiction
from ..models.studio_project_extended_aspect_ratio_type_0 import (
    StudioProjectExtendedAspectRatioType0,
    check_studio_project_extended_aspect_ratio_type_0,
)
from ..models.studio_project_state import StudioProjectState, check_studio_project_state
from ..models.studio_quality_preset import StudioQualityPreset, check_studio_quality_preset
from ..models.studio_source_type import StudioSourceType, check_studio_source_type
from ..models.studio_target_audience import StudioTargetAudience, check_studio_target_audience
from ..models.studio_text_normalization import StudioTextNormalization, check_studio_text_normalization
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_publishing_read_response_model import DirectPublishingReadResponseModel
    from ..models.project_external_audio_response_model import ProjectExternalAudioResponseModel
    from ..models.project_image_response_model import ProjectImageResponseModel
    from ..models.project_video_response_model import ProjectVideoResponseModel
    from ..models.project_voice_response_model import ProjectVoiceResponseModel
    from ..models.studio_agent_settings_model import StudioAgentSettingsModel
    from ..models.studio_caption_style import StudioCaptionStyle
    from ..models.studio_chapter import StudioChapter
    from ..models.studio_project_creation_meta import StudioProjectCreationMeta
    from ..models.studio_project_extended_caption_style_template_overrides_type_0 import (
        StudioProjectExtendedCaptionStyleTemplateOverridesType0,
    )
    from ..models.studio_project_extended_experimental import StudioProjectExtendedExperimental
    from ..models.studio_pronunciation_dictionary_locator import StudioPronunciationDictionaryLocator
    from ..models.studio_pronunciation_dictionary_version import StudioPronunciationDictionaryVersion
    from ..models.voice import Voice


T = TypeVar("T", bound="StudioProjectExtended")


@_attrs_define
class StudioProjectExtended:
    """A project with its chapters, pronunciation dictionaries and settings.

    Attributes:
        project_id (str):
        name (str):
        create_date_unix (int):
        created_by_user_id (None | str):
        default_title_voice_ref_id (str):
        default_paragraph_voice_ref_id (str):
        default_model_id (str):
        can_be_downloaded (bool):
        volume_normalization (bool):
        state (StudioProjectState): Where a project is in its life cycle.
        access_level (StudioAccessLevel): What the caller may do with the resource.
        quality_check_on (bool):
        quality_check_on_when_bulk_convert (bool):
        quality_preset (StudioQualityPreset): Output quality; higher presets cost more credits.
        chapters (list[StudioChapter]):
        pronunciation_dictionary_versions (list[StudioPronunciationDictionaryVersion]):
        pronunciation_dictionary_locators (list[StudioPronunciationDictionaryLocator]):
        apply_text_normalization (StudioTextNormalization): Spell out numbers, dates etc. before speaking;
            `apply_english` forces English rules.
        assets (list[ProjectExternalAudioResponseModel | ProjectImageResponseModel | ProjectVideoResponseModel]):
        voices (list[ProjectVoiceResponseModel]):
        default_title_voice_id (str):
        default_paragraph_voice_id (str):
        last_conversion_date_unix (int | None | Unset):
        title (None | str | Unset):
        author (None | str | Unset):
        description (None | str | Unset):
        genres (list[str] | None | Unset):
        cover_image_url (None | str | Unset):
        target_audience (None | StudioTargetAudience | Unset):
        language (None | str | Unset):
        content_type (None | str | Unset):
        original_publication_date (None | str | Unset):
        mature_content (bool | None | Unset):
        isbn_number (None | str | Unset):
        fiction (None | StudioFiction | Unset):
        creation_meta (None | StudioProjectCreationMeta | Unset):
        source_type (None | StudioSourceType | Unset):
        chapters_enabled (bool | None | Unset):  Default: True.
        captions_enabled (bool | None | Unset):  Default: True.
        caption_style (None | StudioCaptionStyle | Unset):
        caption_style_template_overrides (None | StudioProjectExtendedCaptionStyleTemplateOverridesType0 | Unset):
        public_share_id (None | str | Unset):
        aspect_ratio (None | StudioProjectExtendedAspectRatioType0 | Unset):
        agent_settings (None | StudioAgentSettingsModel | Unset):
        experimental (StudioProjectExtendedExperimental | Unset): Settings of experimental features.
        base_voices (list[Voice] | None | Unset):
        publishing_read (DirectPublishingReadResponseModel | None | Unset):
    """

    project_id: str
    name: str
    create_date_unix: int
    created_by_user_id: None | str
    default_title_voice_ref_id: str
    default_paragraph_voice_ref_id: str
    default_model_id: str
    can_be_downloaded: bool
    volume_normalization: bool
    state: StudioProjectState
    access_level: StudioAccessLevel
    quality_check_on: bool
    quality_check_on_when_bulk_convert: bool
    quality_preset: StudioQualityPreset
    chapters: list[StudioChapter]
    pronunciation_dictionary_versions: list[StudioPronunciationDictionaryVersion]
    pronunciation_dictionary_locators: list[StudioPronunciationDictionaryLocator]
    apply_text_normalization: StudioTextNormalization
    assets: list[ProjectExternalAudioResponseModel | ProjectImageResponseModel | ProjectVideoResponseModel]
    voices: list[ProjectVoiceResponseModel]
    default_title_voice_id: str
    default_paragraph_voice_id: str
    last_conversion_date_unix: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    genres: list[str] | None | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    target_audience: None | StudioTargetAudience | Unset = UNSET
    language: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    original_publication_date: None | str | Unset = UNSET
    mature_content: bool | None | Unset = UNSET
    isbn_number: None | str | Unset = UNSET
    fiction: None | StudioFiction | Unset = UNSET
    creation_meta: None | StudioProjectCreationMeta | Unset = UNSET
    source_type: None | StudioSourceType | Unset = UNSET
    chapters_enabled: bool | None | Unset = True
    captions_enabled: bool | None | Unset = True
    caption_style: None | StudioCaptionStyle | Unset = UNSET
    caption_style_template_overrides: None | StudioProjectExtendedCaptionStyleTemplateOverridesType0 | Unset = UNSET
    public_share_id: None | str | Unset = UNSET
    aspect_ratio: None | StudioProjectExtendedAspectRatioType0 | Unset = UNSET
    agent_settings: None | StudioAgentSettingsModel | Unset = UNSET
    experimental: StudioProjectExtendedExperimental | Unset = UNSET
    base_voices: list[Voice] | None | Unset = UNSET
    publishing_read: DirectPublishingReadResponseModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        project_id = self.project_id

        name = self.name

        create_date_unix = self.create_date_unix

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        default_title_voice_ref_id = self.default_title_voice_ref_id

        default_paragraph_voice_ref_id = self.default_paragraph_voice_ref_id

        default_model_id = self.default_model_id

        can_be_downloaded = self.can_be_downloaded

        volume_normalization = self.volume_normalization

        state: str = self.state

        access_level: str = self.access_level

        quality_check_on = self.quality_check_on

        quality_check_on_when_bulk_convert = self.quality_check_on_when_bulk_convert

        quality_preset: str = self.quality_preset

        chapters = []
        for chapters_item_data in self.chapters:
            chapters_item = chapters_item_data.to_dict()
            chapters.append(chapters_item)

        pronunciation_dictionary_versions = []
        for pronunciation_dictionary_versions_item_data in self.pronunciation_dictionary_versions:
            pronunciation_dictionary_versions_item = pronunciation_dictionary_versions_item_data.to_dict()
            pronunciation_dictionary_versions.append(pronunciation_dictionary_versions_item)

        pronunciation_dictionary_locators = []
        for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
            pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        apply_text_normalization: str = self.apply_text_normalization

        assets = []
        for assets_item_data in self.assets:
            assets_item: dict[str, Any]
            if isinstance(assets_item_data, ProjectVideoResponseModel):
                assets_item = assets_item_data.to_dict()
            elif isinstance(assets_item_data, ProjectExternalAudioResponseModel):
                assets_item = assets_item_data.to_dict()
            else:
                assets_item = assets_item_data.to_dict()

            assets.append(assets_item)

        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        last_conversion_date_unix: int | None | Unset
        if isinstance(self.last_conversion_date_unix, Unset):
            last_conversion_date_unix = UNSET
        else:
            last_conversion_date_unix = self.last_conversion_date_unix

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        genres: list[str] | None | Unset
        if isinstance(self.genres, Unset):
            genres = UNSET
        elif isinstance(self.genres, list):
            genres = self.genres

        else:
            genres = self.genres

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(self.target_audience, str):
            target_audience = self.target_audience
        else:
            target_audience = self.target_audience

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        original_publication_date: None | str | Unset
        if isinstance(self.original_publication_date, Unset):
            original_publication_date = UNSET
        else:
            original_publication_date = self.original_publication_date

        mature_content: bool | None | Unset
        if isinstance(self.mature_content, Unset):
            mature_content = UNSET
        else:
            mature_content = self.mature_content

        isbn_number: None | str | Unset
        if isinstance(self.isbn_number, Unset):
            isbn_number = UNSET
        else:
            isbn_number = self.isbn_number

        fiction: None | str | Unset
        if isinstance(self.fiction, Unset):
            fiction = UNSET
        elif isinstance(self.fiction, str):
            fiction = self.fiction
        else:
            fiction = self.fiction

        creation_meta: dict[str, Any] | None | Unset
        if isinstance(self.creation_meta, Unset):
            creation_meta = UNSET
        elif isinstance(self.creation_meta, StudioProjectCreationMeta):
            creation_meta = self.creation_meta.to_dict()
        else:
            creation_meta = self.creation_meta

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, str):
            source_type = self.source_type
        else:
            source_type = self.source_type

        chapters_enabled: bool | None | Unset
        if isinstance(self.chapters_enabled, Unset):
            chapters_enabled = UNSET
        else:
            chapters_enabled = self.chapters_enabled

        captions_enabled: bool | None | Unset
        if isinstance(self.captions_enabled, Unset):
            captions_enabled = UNSET
        else:
            captions_enabled = self.captions_enabled

        caption_style: dict[str, Any] | None | Unset
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        elif isinstance(self.caption_style, StudioCaptionStyle):
            caption_style = self.caption_style.to_dict()
        else:
            caption_style = self.caption_style

        caption_style_template_overrides: dict[str, Any] | None | Unset
        if isinstance(self.caption_style_template_overrides, Unset):
            caption_style_template_overrides = UNSET
        elif isinstance(self.caption_style_template_overrides, StudioProjectExtendedCaptionStyleTemplateOverridesType0):
            caption_style_template_overrides = self.caption_style_template_overrides.to_dict()
        else:
            caption_style_template_overrides = self.caption_style_template_overrides

        public_share_id: None | str | Unset
        if isinstance(self.public_share_id, Unset):
            public_share_id = UNSET
        else:
            public_share_id = self.public_share_id

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        agent_settings: dict[str, Any] | None | Unset
        if isinstance(self.agent_settings, Unset):
            agent_settings = UNSET
        elif isinstance(self.agent_settings, StudioAgentSettingsModel):
            agent_settings = self.agent_settings.to_dict()
        else:
            agent_settings = self.agent_settings

        experimental: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experimental, Unset):
            experimental = self.experimental.to_dict()

        base_voices: list[dict[str, Any]] | None | Unset
        if isinstance(self.base_voices, Unset):
            base_voices = UNSET
        elif isinstance(self.base_voices, list):
            base_voices = []
            for base_voices_type_0_item_data in self.base_voices:
                base_voices_type_0_item = base_voices_type_0_item_data.to_dict()
                base_voices.append(base_voices_type_0_item)

        else:
            base_voices = self.base_voices

        publishing_read: dict[str, Any] | None | Unset
        if isinstance(self.publishing_read, Unset):
            publishing_read = UNSET
        elif isinstance(self.publishing_read, DirectPublishingReadResponseModel):
            publishing_read = self.publishing_read.to_dict()
        else:
            publishing_read = self.publishing_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "create_date_unix": create_date_unix,
                "created_by_user_id": created_by_user_id,
                "default_title_voice_ref_id": default_title_voice_ref_id,
                "default_paragraph_voice_ref_id": default_paragraph_voice_ref_id,
                "default_model_id": default_model_id,
                "can_be_downloaded": can_be_downloaded,
                "volume_normalization": volume_normalization,
                "state": state,
                "access_level": access_level,
                "quality_check_on": quality_check_on,
                "quality_check_on_when_bulk_convert": quality_check_on_when_bulk_convert,
                "quality_preset": quality_preset,
                "chapters": chapters,
                "pronunciation_dictionary_versions": pronunciation_dictionary_versions,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "apply_text_normalization": apply_text_normalization,
                "assets": assets,
                "voices": voices,
                "default_title_voice_id": default_title_voice_id,
                "default_paragraph_voice_id": default_paragraph_voice_id,
            }
        )
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if language is not UNSET:
            field_dict["language"] = language
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_publication_date is not UNSET:
            field_dict["original_publication_date"] = original_publication_date
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if creation_meta is not UNSET:
            field_dict["creation_meta"] = creation_meta
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chapters_enabled is not UNSET:
            field_dict["chapters_enabled"] = chapters_enabled
        if captions_enabled is not UNSET:
            field_dict["captions_enabled"] = captions_enabled
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_style_template_overrides is not UNSET:
            field_dict["caption_style_template_overrides"] = caption_style_template_overrides
        if public_share_id is not UNSET:
            field_dict["public_share_id"] = public_share_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if agent_settings is not UNSET:
            field_dict["agent_settings"] = agent_settings
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if base_voices is not UNSET:
            field_dict["base_voices"] = base_voices
        if publishing_read is not UNSET:
            field_dict["publishing_read"] = publishing_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        create_date_unix = d.pop("create_date_unix")

        def _parse_created_by_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id"))

        default_title_voice_ref_id = d.pop("default_title_voice_ref_id")

        default_paragraph_voice_ref_id = d.pop("default_paragraph_voice_ref_id")

        default_model_id = d.pop("default_model_id")

        can_be_downloaded = d.pop("can_be_downloaded")

        volume_normalization = d.pop("volume_normalization")

        state = check_studio_project_state(d.pop("state"))

        access_level = check_studio_access_level(d.pop("access_level"))

        quality_check_on = d.pop("quality_check_on")

        quality_check_on_when_bulk_convert = d.pop("quality_check_on_when_bulk_convert")

        quality_preset = check_studio_quality_preset(d.pop("quality_preset"))

        chapters = []
        _chapters = d.pop("chapters")
        for chapters_item_data in _chapters:
            chapters_item = StudioChapter.from_dict(chapters_item_data)

            chapters.append(chapters_item)

        pronunciation_dictionary_versions = []
        _pronunciation_dictionary_versions = d.pop("pronunciation_dictionary_versions")
        for pronunciation_dictionary_versions_item_data in _pronunciation_dictionary_versions:
            pronunciation_dictionary_versions_item = StudioPronunciationDictionaryVersion.from_dict(
                pronunciation_dictionary_versions_item_data
            )

            pronunciation_dictionary_versions.append(pronunciation_dictionary_versions_item)

        pronunciation_dictionary_locators = []
        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators")
        for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = StudioPronunciationDictionaryLocator.from_dict(
                pronunciation_dictionary_locators_item_data
            )

            pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        apply_text_normalization = check_studio_text_normalization(d.pop("apply_text_normalization"))

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:

            def _parse_assets_item(
                data: object,
            ) -> ProjectExternalAudioResponseModel | ProjectImageResponseModel | ProjectVideoResponseModel:
                if isinstance(data, dict):
                    if data.get("type") == "video":
                        assets_item_type_0 = ProjectVideoResponseModel.from_dict(data)

                        return assets_item_type_0
                    if data.get("type") == "audio":
                        assets_item_type_1 = ProjectExternalAudioResponseModel.from_dict(data)

                        return assets_item_type_1
                    if data.get("type") == "image":
                        assets_item_type_2 = ProjectImageResponseModel.from_dict(data)

                        return assets_item_type_2

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    assets_item_type_0 = ProjectVideoResponseModel.from_dict(data)

                    return assets_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    assets_item_type_1 = ProjectExternalAudioResponseModel.from_dict(data)

                    return assets_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                assets_item_type_2 = ProjectImageResponseModel.from_dict(data)

                return assets_item_type_2

            assets_item = _parse_assets_item(assets_item_data)

            assets.append(assets_item)

        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = ProjectVoiceResponseModel.from_dict(voices_item_data)

            voices.append(voices_item)

        default_title_voice_id = d.pop("default_title_voice_id")

        default_paragraph_voice_id = d.pop("default_paragraph_voice_id")

        def _parse_last_conversion_date_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_conversion_date_unix = _parse_last_conversion_date_unix(d.pop("last_conversion_date_unix", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_genres(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                genres_type_0 = cast(list[str], data)

                return genres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        genres = _parse_genres(d.pop("genres", UNSET))

        def _parse_cover_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image_url = _parse_cover_image_url(d.pop("cover_image_url", UNSET))

        def _parse_target_audience(data: object) -> None | StudioTargetAudience | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_audience_type_0 = check_studio_target_audience(data)

                return target_audience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioTargetAudience | Unset, data)

        target_audience = _parse_target_audience(d.pop("target_audience", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_original_publication_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_publication_date = _parse_original_publication_date(d.pop("original_publication_date", UNSET))

        def _parse_mature_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mature_content = _parse_mature_content(d.pop("mature_content", UNSET))

        def _parse_isbn_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isbn_number = _parse_isbn_number(d.pop("isbn_number", UNSET))

        def _parse_fiction(data: object) -> None | StudioFiction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fiction_type_0 = check_studio_fiction(data)

                return fiction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioFiction | Unset, data)

        fiction = _parse_fiction(d.pop("fiction", UNSET))

        def _parse_creation_meta(data: object) -> None | StudioProjectCreationMeta | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_meta_type_0 = StudioProjectCreationMeta.from_dict(data)

                return creation_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectCreationMeta | Unset, data)

        creation_meta = _parse_creation_meta(d.pop("creation_meta", UNSET))

        def _parse_source_type(data: object) -> None | StudioSourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = check_studio_source_type(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioSourceType | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_chapters_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        chapters_enabled = _parse_chapters_enabled(d.pop("chapters_enabled", UNSET))

        def _parse_captions_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        captions_enabled = _parse_captions_enabled(d.pop("captions_enabled", UNSET))

        def _parse_caption_style(data: object) -> None | StudioCaptionStyle | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_style_type_0 = StudioCaptionStyle.from_dict(data)

                return caption_style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioCaptionStyle | Unset, data)

        caption_style = _parse_caption_style(d.pop("caption_style", UNSET))

        def _parse_caption_style_template_overrides(
            data: object,
        ) -> None | StudioProjectExtendedCaptionStyleTemplateOverridesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_style_template_overrides_type_0 = (
                    StudioProjectExtendedCaptionStyleTemplateOverridesType0.from_dict(data)
                )

                return caption_style_template_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectExtendedCaptionStyleTemplateOverridesType0 | Unset, data)

        caption_style_template_overrides = _parse_caption_style_template_overrides(
            d.pop("caption_style_template_overrides", UNSET)
        )

        def _parse_public_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_share_id = _parse_public_share_id(d.pop("public_share_id", UNSET))

        def _parse_aspect_ratio(data: object) -> None | StudioProjectExtendedAspectRatioType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_studio_project_extended_aspect_ratio_type_0(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioProjectExtendedAspectRatioType0 | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_agent_settings(data: object) -> None | StudioAgentSettingsModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_settings_type_0 = StudioAgentSettingsModel.from_dict(data)

                return agent_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioAgentSettingsModel | Unset, data)

        agent_settings = _parse_agent_settings(d.pop("agent_settings", UNSET))

        _experimental = d.pop("experimental", UNSET)
        experimental: StudioProjectExtendedExperimental | Unset
        if isinstance(_experimental, Unset):
            experimental = UNSET
        else:
            experimental = StudioProjectExtendedExperimental.from_dict(_experimental)

        def _parse_base_voices(data: object) -> list[Voice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                base_voices_type_0 = []
                _base_voices_type_0 = data
                for base_voices_type_0_item_data in _base_voices_type_0:
                    base_voices_type_0_item = Voice.from_dict(base_voices_type_0_item_data)

                    base_voices_type_0.append(base_voices_type_0_item)

                return base_voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Voice] | None | Unset, data)

        base_voices = _parse_base_voices(d.pop("base_voices", UNSET))

        def _parse_publishing_read(data: object) -> DirectPublishingReadResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                publishing_read_type_0 = DirectPublishingReadResponseModel.from_dict(data)

                return publishing_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DirectPublishingReadResponseModel | None | Unset, data)

        publishing_read = _parse_publishing_read(d.pop("publishing_read", UNSET))

        studio_project_extended = cls(
            project_id=project_id,
            name=name,
            create_date_unix=create_date_unix,
            created_by_user_id=created_by_user_id,
            default_title_voice_ref_id=default_title_voice_ref_id,
            default_paragraph_voice_ref_id=default_paragraph_voice_ref_id,
            default_model_id=default_model_id,
            can_be_downloaded=can_be_downloaded,
            volume_normalization=volume_normalization,
            state=state,
            access_level=access_level,
            quality_check_on=quality_check_on,
            quality_check_on_when_bulk_convert=quality_check_on_when_bulk_convert,
            quality_preset=quality_preset,
            chapters=chapters,
            pronunciation_dictionary_versions=pronunciation_dictionary_versions,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            apply_text_normalization=apply_text_normalization,
            assets=assets,
            voices=voices,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            last_conversion_date_unix=last_conversion_date_unix,
            title=title,
            author=author,
            description=description,
            genres=genres,
            cover_image_url=cover_image_url,
            target_audience=target_audience,
            language=language,
            content_type=content_type,
            original_publication_date=original_publication_date,
            mature_content=mature_content,
            isbn_number=isbn_number,
            fiction=fiction,
            creation_meta=creation_meta,
            source_type=source_type,
            chapters_enabled=chapters_enabled,
            captions_enabled=captions_enabled,
            caption_style=caption_style,
            caption_style_template_overrides=caption_style_template_overrides,
            public_share_id=public_share_id,
            aspect_ratio=aspect_ratio,
            agent_settings=agent_settings,
            experimental=experimental,
            base_voices=base_voices,
            publishing_read=publishing_read,
        )

        studio_project_extended.additional_properties = d
        return studio_project_extended

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
        DirectPublishingReadResponseModel, \
        ProjectExternalAudioResponseModel, \
        ProjectImageResponseModel, \
        ProjectVideoResponseModel, \
        ProjectVoiceResponseModel, \
        StudioAgentSettingsModel, \
        StudioCaptionStyle, \
        StudioChapter, \
        StudioProjectCreationMeta, \
        StudioProjectExtendedCaptionStyleTemplateOverridesType0, \
        StudioProjectExtendedExperimental, \
        StudioPronunciationDictionaryLocator, \
        StudioPronunciationDictionaryVersion, \
        Voice
    from ..models.direct_publishing_read_response_model import DirectPublishingReadResponseModel  # noqa: F401
    from ..models.project_external_audio_response_model import ProjectExternalAudioResponseModel  # noqa: F401
    from ..models.project_image_response_model import ProjectImageResponseModel  # noqa: F401
    from ..models.project_video_response_model import ProjectVideoResponseModel  # noqa: F401
    from ..models.project_voice_response_model import ProjectVoiceResponseModel  # noqa: F401
    from ..models.studio_agent_settings_model import StudioAgentSettingsModel  # noqa: F401
    from ..models.studio_caption_style import StudioCaptionStyle  # noqa: F401
    from ..models.studio_chapter import StudioChapter  # noqa: F401
    from ..models.studio_project_creation_meta import StudioProjectCreationMeta  # noqa: F401
    from ..models.studio_project_extended_caption_style_template_overrides_type_0 import (
        StudioProjectExtendedCaptionStyleTemplateOverridesType0,  # noqa: F401
    )
    from ..models.studio_project_extended_experimental import StudioProjectExtendedExperimental  # noqa: F401
    from ..models.studio_pronunciation_dictionary_locator import StudioPronunciationDictionaryLocator  # noqa: F401
    from ..models.studio_pronunciation_dictionary_version import StudioPronunciationDictionaryVersion  # noqa: F401
    from ..models.voice import Voice  # noqa: F401

    _nested_models_loaded = True
