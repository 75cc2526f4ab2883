from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.studio_fiction import StudioFiction, check_studio_fiction
from ..models.studio_quality_preset import StudioQualityPreset, check_studio_quality_preset
from ..models.studio_source_type import StudioSourceType, check_studio_source_type
from ..models.studio_target_audience import StudioTargetAudience, check_studio_target_audience
from ..models.studio_text_normalization import StudioTextNormalization, check_studio_text_normalization
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StudioProjectCreateForm")


@_attrs_define
class StudioProjectCreateForm:
    """A new project. Give at most one of `from_url`, `from_document` and `from_content_json`; with none the project starts
    blank.

        Attributes:
            name (str):
            default_title_voice_id (str | Unset): Voice for titles.
            default_paragraph_voice_id (str | Unset): Voice for paragraphs.
            default_model_id (str | Unset): Speech model (see GET /v1/models).
            from_url (str | Unset): Web page whose text becomes the project's content.
            from_document (File | Unset): An .epub, .pdf, .txt or similar file whose text becomes the content.
            from_content_json (str | Unset): Chapters and blocks as a JSON-encoded list.
            quality_preset (StudioQualityPreset | Unset): Output quality; higher presets cost more credits. Default:
                'standard'.
            title (str | Unset): Title written into the metadata of downloads.
            author (str | Unset):
            description (str | Unset):
            genres (list[str] | Unset):
            target_audience (StudioTargetAudience | Unset): Intended age group of the listeners.
            language (str | Unset): ISO 639-1 code.
            content_type (str | Unset):
            original_publication_date (str | Unset): YYYY-MM-DD or YYYY.
            mature_content (bool | Unset):  Default: False.
            isbn_number (str | Unset):
            acx_volume_normalization (bool | Unset): Older name of `volume_normalization`. Default: False.
            volume_normalization (bool | Unset): Normalise loudness to audiobook (ACX) standards. Default: False.
            pronunciation_dictionary_locators (list[str] | Unset): Each item a JSON-encoded locator
                (`pronunciation_dictionary_id`, `version_id`).
            callback_url (str | Unset): URL called when conversion finishes.
            fiction (StudioFiction | Unset): Whether the content is fiction.
            apply_text_normalization (StudioTextNormalization | Unset): Spell out numbers, dates etc. before speaking;
                `apply_english` forces English rules.
            auto_convert (bool | Unset): Convert to audio right after creation. Default: False.
            auto_assign_voices (bool | Unset): Let the service pick voices for the characters. Default: False.
            source_type (StudioSourceType | Unset): What the project was made from.
            voice_settings (list[str] | Unset):
            create_publishing_read (bool | Unset):  Default: False.
    """

    name: str
    default_title_voice_id: str | Unset = UNSET
    default_paragraph_voice_id: str | Unset = UNSET
    default_model_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    from_document: File | Unset = UNSET
    from_content_json: str | Unset = UNSET
    quality_preset: StudioQualityPreset | Unset = "standard"
    title: str | Unset = UNSET
    author: str | Unset = UNSET
    description: str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    target_audience: StudioTargetAudience | Unset = UNSET
    language: str | Unset = UNSET
    content_type: str | Unset = UNSET
    original_publication_date: str | Unset = UNSET
    mature_content: bool | Unset = False
    isbn_number: str | Unset = UNSET
    acx_volume_normalization: bool | Unset = False
    volume_normalization: bool | Unset = False
    pronunciation_dictionary_locators: list[str] | Unset = UNSET
    callback_url: str | Unset = UNSET
    fiction: StudioFiction | Unset = UNSET
    apply_text_normalization: StudioTextNormalization | Unset = UNSET
    auto_convert: bool | Unset = False
    auto_assign_voices: bool | Unset = False
    source_type: StudioSourceType | Unset = UNSET
    voice_settings: list[str] | Unset = UNSET
    create_publishing_read: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        default_model_id = self.default_model_id

        from_url = self.from_url

        from_document: FileTypes | Unset = UNSET
        if not isinstance(self.from_document, Unset):
            from_document = self.from_document.to_tuple()

        from_content_json = self.from_content_json

        quality_preset: str | Unset = UNSET
        if not isinstance(self.quality_preset, Unset):
            quality_preset = self.quality_preset

        title = self.title

        author = self.author

        description = self.description

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        target_audience: str | Unset = UNSET
        if not isinstance(self.target_audience, Unset):
            target_audience = self.target_audience

        language = self.language

        content_type = self.content_type

        original_publication_date = self.original_publication_date

        mature_content = self.mature_content

        isbn_number = self.isbn_number

        acx_volume_normalization = self.acx_volume_normalization

        volume_normalization = self.volume_normalization

        pronunciation_dictionary_locators: list[str] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        callback_url = self.callback_url

        fiction: str | Unset = UNSET
        if not isinstance(self.fiction, Unset):
            fiction = self.fiction

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        auto_convert = self.auto_convert

        auto_assign_voices = self.auto_assign_voices

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type

        voice_settings: list[str] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings

        create_publishing_read = self.create_publishing_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if default_title_voice_id is not UNSET:
            field_dict["default_title_voice_id"] = default_title_voice_id
        if default_paragraph_voice_id is not UNSET:
            field_dict["default_paragraph_voice_id"] = default_paragraph_voice_id
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
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
        if acx_volume_normalization is not UNSET:
            field_dict["acx_volume_normalization"] = acx_volume_normalization
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if auto_assign_voices is not UNSET:
            field_dict["auto_assign_voices"] = auto_assign_voices
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if create_publishing_read is not UNSET:
            field_dict["create_publishing_read"] = create_publishing_read

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.default_title_voice_id, Unset) and self.default_title_voice_id is not None:
            files.append(("default_title_voice_id", (None, str(self.default_title_voice_id).encode(), "text/plain")))

        if not isinstance(self.default_paragraph_voice_id, Unset) and self.default_paragraph_voice_id is not None:
            files.append(
                ("default_paragraph_voice_id", (None, str(self.default_paragraph_voice_id).encode(), "text/plain"))
            )

        if not isinstance(self.default_model_id, Unset) and self.default_model_id is not None:
            files.append(("default_model_id", (None, str(self.default_model_id).encode(), "text/plain")))

        if not isinstance(self.from_url, Unset) and self.from_url is not None:
            files.append(("from_url", (None, str(self.from_url).encode(), "text/plain")))

        if not isinstance(self.from_document, Unset) and self.from_document is not None:
            files.append(("from_document", self.from_document.to_tuple()))

        if not isinstance(self.from_content_json, Unset) and self.from_content_json is not None:
            files.append(("from_content_json", (None, str(self.from_content_json).encode(), "text/plain")))

        if not isinstance(self.quality_preset, Unset) and self.quality_preset is not None:
            files.append(("quality_preset", (None, str(self.quality_preset).encode(), "text/plain")))

        if not isinstance(self.title, Unset) and self.title is not None:
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.author, Unset) and self.author is not None:
            files.append(("author", (None, str(self.author).encode(), "text/plain")))

        if not isinstance(self.description, Unset) and self.description is not None:
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.genres, Unset) and self.genres is not None:
            for genres_item_element in self.genres:
                files.append(("genres", (None, str(genres_item_element).encode(), "text/plain")))

        if not isinstance(self.target_audience, Unset) and self.target_audience is not None:
            files.append(("target_audience", (None, str(self.target_audience).encode(), "text/plain")))

        if not isinstance(self.language, Unset) and self.language is not None:
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.content_type, Unset) and self.content_type is not None:
            files.append(("content_type", (None, str(self.content_type).encode(), "text/plain")))

        if not isinstance(self.original_publication_date, Unset) and self.original_publication_date is not None:
            files.append(
                ("original_publication_date", (None, str(self.original_publication_date).encode(), "text/plain"))
            )

        if not isinstance(self.mature_content, Unset) and self.mature_content is not None:
            files.append(("mature_content", (None, b"true" if self.mature_content else b"false", "text/plain")))

        if not isinstance(self.isbn_number, Unset) and self.isbn_number is not None:
            files.append(("isbn_number", (None, str(self.isbn_number).encode(), "text/plain")))

        if not isinstance(self.acx_volume_normalization, Unset) and self.acx_volume_normalization is not None:
            files.append(
                (
                    "acx_volume_normalization",
                    (None, b"true" if self.acx_volume_normalization else b"false", "text/plain"),
                )
            )

        if not isinstance(self.volume_normalization, Unset) and self.volume_normalization is not None:
            files.append(
                ("volume_normalization", (None, b"true" if self.volume_normalization else b"false", "text/plain"))
            )

        if (
            not isinstance(self.pronunciation_dictionary_locators, Unset)
            and self.pronunciation_dictionary_locators is not None
        ):
            for pronunciation_dictionary_locators_item_element in self.pronunciation_dictionary_locators:
                files.append(
                    (
                        "pronunciation_dictionary_locators",
                        (None, str(pronunciation_dictionary_locators_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.callback_url, Unset) and self.callback_url is not None:
            files.append(("callback_url", (None, str(self.callback_url).encode(), "text/plain")))

        if not isinstance(self.fiction, Unset) and self.fiction is not None:
            files.append(("fiction", (None, str(self.fiction).encode(), "text/plain")))

        if not isinstance(self.apply_text_normalization, Unset) and self.apply_text_normalization is not None:
            files.append(
                ("apply_text_normalization", (None, str(self.apply_text_normalization).encode(), "text/plain"))
            )

        if not isinstance(self.auto_convert, Unset) and self.auto_convert is not None:
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.auto_assign_voices, Unset) and self.auto_assign_voices is not None:
            files.append(("auto_assign_voices", (None, b"true" if self.auto_assign_voices else b"false", "text/plain")))

        if not isinstance(self.source_type, Unset) and self.source_type is not None:
            files.append(("source_type", (None, str(self.source_type).encode(), "text/plain")))

        if not isinstance(self.voice_settings, Unset) and self.voice_settings is not None:
            for voice_settings_item_element in self.voice_settings:
                files.append(("voice_settings", (None, str(voice_settings_item_element).encode(), "text/plain")))

        if not isinstance(self.create_publishing_read, Unset) and self.create_publishing_read is not None:
            files.append(
                ("create_publishing_read", (None, b"true" if self.create_publishing_read else b"false", "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        default_title_voice_id = d.pop("default_title_voice_id", UNSET)

        default_paragraph_voice_id = d.pop("default_paragraph_voice_id", UNSET)

        default_model_id = d.pop("default_model_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        _from_document = d.pop("from_document", UNSET)
        from_document: File | Unset
        if isinstance(_from_document, Unset):
            from_document = UNSET
        else:
            from_document = File(payload=BytesIO(_from_document))

        from_content_json = d.pop("from_content_json", UNSET)

        _quality_preset = d.pop("quality_preset", UNSET)
        quality_preset: StudioQualityPreset | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = check_studio_quality_preset(_quality_preset)

        title = d.pop("title", UNSET)

        author = d.pop("author", UNSET)

        description = d.pop("description", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        _target_audience = d.pop("target_audience", UNSET)
        target_audience: StudioTargetAudience | Unset
        if isinstance(_target_audience, Unset):
            target_audience = UNSET
        else:
            target_audience = check_studio_target_audience(_target_audience)

        language = d.pop("language", UNSET)

        content_type = d.pop("content_type", UNSET)

        original_publication_date = d.pop("original_publication_date", UNSET)

        mature_content = d.pop("mature_content", UNSET)

        isbn_number = d.pop("isbn_number", UNSET)

        acx_volume_normalization = d.pop("acx_volume_normalization", UNSET)

        volume_normalization = d.pop("volume_normalization", UNSET)

        pronunciation_dictionary_locators = cast(list[str], d.pop("pronunciation_dictionary_locators", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        _fiction = d.pop("fiction", UNSET)
        fiction: StudioFiction | Unset
        if isinstance(_fiction, Unset):
            fiction = UNSET
        else:
            fiction = check_studio_fiction(_fiction)

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: StudioTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_studio_text_normalization(_apply_text_normalization)

        auto_convert = d.pop("auto_convert", UNSET)

        auto_assign_voices = d.pop("auto_assign_voices", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: StudioSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_studio_source_type(_source_type)

        voice_settings = cast(list[str], d.pop("voice_settings", UNSET))

        create_publishing_read = d.pop("create_publishing_read", UNSET)

        studio_project_create_form = cls(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            default_model_id=default_model_id,
            from_url=from_url,
            from_document=from_document,
            from_content_json=from_content_json,
            quality_preset=quality_preset,
            title=title,
            author=author,
            description=description,
            genres=genres,
            target_audience=target_audience,
            language=language,
            content_type=content_type,
            original_publication_date=original_publication_date,
            mature_content=mature_content,
            isbn_number=isbn_number,
            acx_volume_normalization=acx_volume_normalization,
            volume_normalization=volume_normalization,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            callback_url=callback_url,
            fiction=fiction,
            apply_text_normalization=apply_text_normalization,
            auto_convert=auto_convert,
            auto_assign_voices=auto_assign_voices,
            source_type=source_type,
            voice_settings=voice_settings,
            create_publishing_read=create_publishing_read,
        )

        studio_project_create_form.additional_properties = d
        return studio_project_create_form

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
