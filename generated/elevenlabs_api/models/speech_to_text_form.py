from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.speech_to_text_form_file_format import SpeechToTextFormFileFormat, check_speech_to_text_form_file_format
from ..models.speech_to_text_form_model_id import SpeechToTextFormModelId, check_speech_to_text_form_model_id
from ..models.speech_to_text_form_multichannel_output_style import (
    SpeechToTextFormMultichannelOutputStyle,
    check_speech_to_text_form_multichannel_output_style,
)
from ..models.speech_to_text_form_timestamps_granularity import (
    SpeechToTextFormTimestampsGranularity,
    check_speech_to_text_form_timestamps_granularity,
)
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.docx_export_options import DocxExportOptions
    from ..models.html_export_options import HtmlExportOptions
    from ..models.pdf_export_options import PdfExportOptions
    from ..models.segmented_json_export_options import SegmentedJsonExportOptions
    from ..models.speech_to_text_form_webhook_metadata_type_1 import SpeechToTextFormWebhookMetadataType1
    from ..models.srt_export_options import SrtExportOptions
    from ..models.txt_export_options import TxtExportOptions


T = TypeVar("T", bound="SpeechToTextForm")


@_attrs_define
class SpeechToTextForm:
    """Multipart body of speech_to_text_convert. Give exactly one of `file` and `cloud_storage_url`.

    Attributes:
        model_id (SpeechToTextFormModelId): Transcription model, e.g. `scribe_v1`.
        file (File | Unset): Audio or video file to transcribe.
        language_code (str | Unset): ISO 639-1/639-3 code of the spoken language; detected when null.
        tag_audio_events (bool | Unset): Mark non-speech events such as (laughter). Default: True.
        num_speakers (int | Unset): Upper bound on the number of speakers (1 to 32); model maximum when null.
        timestamps_granularity (SpeechToTextFormTimestampsGranularity | Unset): How fine the returned timings are.
            Default: 'word'.
        diarize (bool | Unset): Label which speaker says each word. Default: False.
        diarization_threshold (float | Unset): Higher means fewer speakers get split in two, at the risk of merging
            different ones.
        additional_formats (list[DocxExportOptions | HtmlExportOptions | PdfExportOptions | SegmentedJsonExportOptions |
            SrtExportOptions | TxtExportOptions] | Unset):
        file_format (SpeechToTextFormFileFormat | Unset):  Default: 'other'.
        cloud_storage_url (str | Unset): HTTPS URL of the file to transcribe, instead of uploading it.
        source_url (str | Unset):
        webhook (bool | Unset): Return at once and deliver the transcript to the speech-to-text webhooks. Default:
            False.
        webhook_id (str | Unset): Deliver to this webhook only (with `webhook: true`).
        temperature (float | Unset): Randomness of the output, 0 to 2; model default when null.
        seed (int | Unset): Best-effort determinism.
        use_multi_channel (bool | Unset): Transcribe each channel separately (one speaker per channel). Default: False.
        multichannel_output_style (SpeechToTextFormMultichannelOutputStyle | Unset):  Default: 'separate'.
        webhook_metadata (SpeechToTextFormWebhookMetadataType1 | str | Unset): Small JSON object (or its string form)
            echoed back in the webhook call.
        entity_detection (list[str] | str | Unset):
        no_verbatim (bool | Unset):  Default: False.
        use_speaker_library (bool | Unset):  Default: False.
        detect_speaker_roles (bool | Unset):  Default: False.
        entity_redaction (list[str] | str | Unset):
        entity_redaction_mode (str | Unset):  Default: 'enumerated_entity_type'.
        keyterms (list[str] | Unset):
    """

    model_id: SpeechToTextFormModelId
    file: File | Unset = UNSET
    language_code: str | Unset = UNSET
    tag_audio_events: bool | Unset = True
    num_speakers: int | Unset = UNSET
    timestamps_granularity: SpeechToTextFormTimestampsGranularity | Unset = "word"
    diarize: bool | Unset = False
    diarization_threshold: float | Unset = UNSET
    additional_formats: (
        list[
            DocxExportOptions
            | HtmlExportOptions
            | PdfExportOptions
            | SegmentedJsonExportOptions
            | SrtExportOptions
            | TxtExportOptions
        ]
        | Unset
    ) = UNSET
    file_format: SpeechToTextFormFileFormat | Unset = "other"
    cloud_storage_url: str | Unset = UNSET
    source_url: str | Unset = UNSET
    webhook: bool | Unset = False
    webhook_id: str | Unset = UNSET
    temperature: float | Unset = UNSET
    seed: int | Unset = UNSET
    use_multi_channel: bool | Unset = False
    multichannel_output_style: SpeechToTextFormMultichannelOutputStyle | Unset = "separate"
    webhook_metadata: SpeechToTextFormWebhookMetadataType1 | str | Unset = UNSET
    entity_detection: list[str] | str | Unset = UNSET
    no_verbatim: bool | Unset = False
    use_speaker_library: bool | Unset = False
    detect_speaker_roles: bool | Unset = False
    entity_redaction: list[str] | str | Unset = UNSET
    entity_redaction_mode: str | Unset = "enumerated_entity_type"
    keyterms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        model_id: str = self.model_id

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        language_code = self.language_code

        tag_audio_events = self.tag_audio_events

        num_speakers = self.num_speakers

        timestamps_granularity: str | Unset = UNSET
        if not isinstance(self.timestamps_granularity, Unset):
            timestamps_granularity = self.timestamps_granularity

        diarize = self.diarize

        diarization_threshold = self.diarization_threshold

        additional_formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_formats, Unset):
            additional_formats = []
            for componentsschemas_additional_formats_item_data in self.additional_formats:
                componentsschemas_additional_formats_item: dict[str, Any]
                if isinstance(componentsschemas_additional_formats_item_data, SegmentedJsonExportOptions):
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()
                elif isinstance(componentsschemas_additional_formats_item_data, DocxExportOptions):
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()
                elif isinstance(componentsschemas_additional_formats_item_data, PdfExportOptions):
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()
                elif isinstance(componentsschemas_additional_formats_item_data, TxtExportOptions):
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()
                elif isinstance(componentsschemas_additional_formats_item_data, HtmlExportOptions):
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()
                else:
                    componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data.to_dict()

                additional_formats.append(componentsschemas_additional_formats_item)

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format

        cloud_storage_url = self.cloud_storage_url

        source_url = self.source_url

        webhook = self.webhook

        webhook_id = self.webhook_id

        temperature = self.temperature

        seed = self.seed

        use_multi_channel = self.use_multi_channel

        multichannel_output_style: str | Unset = UNSET
        if not isinstance(self.multichannel_output_style, Unset):
            multichannel_output_style = self.multichannel_output_style

        webhook_metadata: dict[str, Any] | str | Unset
        if isinstance(self.webhook_metadata, Unset):
            webhook_metadata = UNSET
        elif isinstance(self.webhook_metadata, SpeechToTextFormWebhookMetadataType1):
            webhook_metadata = self.webhook_metadata.to_dict()
        else:
            webhook_metadata = self.webhook_metadata

        entity_detection: list[str] | str | Unset
        if isinstance(self.entity_detection, Unset):
            entity_detection = UNSET
        elif isinstance(self.entity_detection, list):
            entity_detection = self.entity_detection

        else:
            entity_detection = self.entity_detection

        no_verbatim = self.no_verbatim

        use_speaker_library = self.use_speaker_library

        detect_speaker_roles = self.detect_speaker_roles

        entity_redaction: list[str] | str | Unset
        if isinstance(self.entity_redaction, Unset):
            entity_redaction = UNSET
        elif isinstance(self.entity_redaction, list):
            entity_redaction = self.entity_redaction

        else:
            entity_redaction = self.entity_redaction

        entity_redaction_mode = self.entity_redaction_mode

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if tag_audio_events is not UNSET:
            field_dict["tag_audio_events"] = tag_audio_events
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if timestamps_granularity is not UNSET:
            field_dict["timestamps_granularity"] = timestamps_granularity
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if diarization_threshold is not UNSET:
            field_dict["diarization_threshold"] = diarization_threshold
        if additional_formats is not UNSET:
            field_dict["additional_formats"] = additional_formats
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if cloud_storage_url is not UNSET:
            field_dict["cloud_storage_url"] = cloud_storage_url
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_multi_channel is not UNSET:
            field_dict["use_multi_channel"] = use_multi_channel
        if multichannel_output_style is not UNSET:
            field_dict["multichannel_output_style"] = multichannel_output_style
        if webhook_metadata is not UNSET:
            field_dict["webhook_metadata"] = webhook_metadata
        if entity_detection is not UNSET:
            field_dict["entity_detection"] = entity_detection
        if no_verbatim is not UNSET:
            field_dict["no_verbatim"] = no_verbatim
        if use_speaker_library is not UNSET:
            field_dict["use_speaker_library"] = use_speaker_library
        if detect_speaker_roles is not UNSET:
            field_dict["detect_speaker_roles"] = detect_speaker_roles
        if entity_redaction is not UNSET:
            field_dict["entity_redaction"] = entity_redaction
        if entity_redaction_mode is not UNSET:
            field_dict["entity_redaction_mode"] = entity_redaction_mode
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        if not _nested_models_loaded:
            _load_nested_models()
        files: types.RequestFiles = []

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.language_code, Unset) and self.language_code is not None:
            files.append(("language_code", (None, str(self.language_code).encode(), "text/plain")))

        if not isinstance(self.tag_audio_events, Unset) and self.tag_audio_events is not None:
            files.append(("tag_audio_events", (None, b"true" if self.tag_audio_events else b"false", "text/plain")))

        if not isinstance(self.num_speakers, Unset) and self.num_speakers is not None:
            files.append(("num_speakers", (None, str(self.num_speakers).encode(), "text/plain")))

        if not isinstance(self.timestamps_granularity, Unset) and self.timestamps_granularity is not None:
            files.append(("timestamps_granularity", (None, str(self.timestamps_granularity).encode(), "text/plain")))

        if not isinstance(self.diarize, Unset) and self.diarize is not None:
            files.append(("diarize", (None, b"true" if self.diarize else b"false", "text/plain")))

        if not isinstance(self.diarization_threshold, Unset) and self.diarization_threshold is not None:
            files.append(("diarization_threshold", (None, str(self.diarization_threshold).encode(), "text/plain")))

        if not isinstance(self.additional_formats, Unset) and self.additional_formats is not None:
            for componentsschemas_additional_formats_item_element in self.additional_formats:
                if isinstance(componentsschemas_additional_formats_item_element, SegmentedJsonExportOptions):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
                elif isinstance(componentsschemas_additional_formats_item_element, DocxExportOptions):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
                elif isinstance(componentsschemas_additional_formats_item_element, PdfExportOptions):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
                elif isinstance(componentsschemas_additional_formats_item_element, TxtExportOptions):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
                elif isinstance(componentsschemas_additional_formats_item_element, HtmlExportOptions):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
                else:
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                json.dumps(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )

        if not isinstance(self.file_format, Unset) and self.file_format is not None:
            files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        if not isinstance(self.cloud_storage_url, Unset) and self.cloud_storage_url is not None:
            files.append(("cloud_storage_url", (None, str(self.cloud_storage_url).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset) and self.source_url is not None:
            files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.webhook, Unset) and self.webhook is not None:
            files.append(("webhook", (None, b"true" if self.webhook else b"false", "text/plain")))

        if not isinstance(self.webhook_id, Unset) and self.webhook_id is not None:
            files.append(("webhook_id", (None, str(self.webhook_id).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset) and self.temperature is not None:
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.seed, Unset) and self.seed is not None:
            files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.use_multi_channel, Unset) and self.use_multi_channel is not None:
            files.append(("use_multi_channel", (None, b"true" if self.use_multi_channel else b"false", "text/plain")))

        if not isinstance(self.multichannel_output_style, Unset) and self.multichannel_output_style is not None:
            files.append(
                ("multichannel_output_style", (None, str(self.multichannel_output_style).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_metadata, Unset) and self.webhook_metadata is not None:
            if isinstance(self.webhook_metadata, str):
                files.append(("webhook_metadata", (None, str(self.webhook_metadata).encode(), "text/plain")))
            else:
                files.append(
                    (
                        "webhook_metadata",
                        (None, json.dumps(self.webhook_metadata.to_dict()).encode(), "application/json"),
                    )
                )

        if not isinstance(self.entity_detection, Unset) and self.entity_detection is not None:
            if isinstance(self.entity_detection, str):
                files.append(("entity_detection", (None, str(self.entity_detection).encode(), "text/plain")))
            else:
                for entity_detection_type_1_item_element in self.entity_detection:
                    files.append(
                        ("entity_detection", (None, str(entity_detection_type_1_item_element).encode(), "text/plain"))
                    )

        if not isinstance(self.no_verbatim, Unset) and self.no_verbatim is not None:
            files.append(("no_verbatim", (None, b"true" if self.no_verbatim else b"false", "text/plain")))

        if not isinstance(self.use_speaker_library, Unset) and self.use_speaker_library is not None:
            files.append(
                ("use_speaker_library", (None, b"true" if self.use_speaker_library else b"false", "text/plain"))
            )

        if not isinstance(self.detect_speaker_roles, Unset) and self.detect_speaker_roles is not None:
            files.append(
                ("detect_speaker_roles", (None, b"true" if self.detect_speaker_roles else b"false", "text/plain"))
            )

        if not isinstance(self.entity_redaction, Unset) and self.entity_redaction is not None:
            if isinstance(self.entity_redaction, str):
                files.append(("entity_redaction", (None, str(self.entity_redaction).encode(), "text/plain")))
            else:
                for entity_redaction_type_1_item_element in self.entity_redaction:
                    files.append(
                        ("entity_redaction", (None, str(entity_redaction_type_1_item_element).encode(), "text/plain"))
                    )

        if not isinstance(self.entity_redaction_mode, Unset) and self.entity_redaction_mode is not None:
            files.append(("entity_redaction_mode", (None, str(self.entity_redaction_mode).encode(), "text/plain")))

        if not isinstance(self.keyterms, Unset) and self.keyterms is not None:
            for keyterms_item_element in self.keyterms:
                files.append(("keyterms", (None, str(keyterms_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        model_id = check_speech_to_text_form_model_id(d.pop("model_id"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        language_code = d.pop("language_code", UNSET)

        tag_audio_events = d.pop("tag_audio_events", UNSET)

        num_speakers = d.pop("num_speakers", UNSET)

        _timestamps_granularity = d.pop("timestamps_granularity", UNSET)
        timestamps_granularity: SpeechToTextFormTimestampsGranularity | Unset
        if isinstance(_timestamps_granularity, Unset):
            timestamps_granularity = UNSET
        else:
            timestamps_granularity = check_speech_to_text_form_timestamps_granularity(_timestamps_granularity)

        diarize = d.pop("diarize", UNSET)

        diarization_threshold = d.pop("diarization_threshold", UNSET)

        _additional_formats = d.pop("additional_formats", UNSET)
        additional_formats: (
            list[
                DocxExportOptions
                | HtmlExportOptions
                | PdfExportOptions
                | SegmentedJsonExportOptions
                | SrtExportOptions
                | TxtExportOptions
            ]
            | Unset
        ) = UNSET
        if _additional_formats is not UNSET:
            additional_formats = []
            for componentsschemas_additional_formats_item_data in _additional_formats:

                def _parse_componentsschemas_additional_formats_item(
                    data: object,
                ) -> (
                    DocxExportOptions
                    | HtmlExportOptions
                    | PdfExportOptions
                    | SegmentedJsonExportOptions
                    | SrtExportOptions
                    | TxtExportOptions
                ):
                    if isinstance(data, dict):
                        if data.get("format") == "segmented_json":
                            componentsschemas_transcript_export_options_type_0 = SegmentedJsonExportOptions.from_dict(
                                data
                            )

                            return componentsschemas_transcript_export_options_type_0
                        if data.get("format") == "docx":
                            componentsschemas_transcript_export_options_type_1 = DocxExportOptions.from_dict(data)

                            return componentsschemas_transcript_export_options_type_1
                        if data.get("format") == "pdf":
                            componentsschemas_transcript_export_options_type_2 = PdfExportOptions.from_dict(data)

                            return componentsschemas_transcript_export_options_type_2
                        if data.get("format") == "txt":
                            componentsschemas_transcript_export_options_type_3 = TxtExportOptions.from_dict(data)

                            return componentsschemas_transcript_export_options_type_3
                        if data.get("format") == "html":
                            componentsschemas_transcript_export_options_type_4 = HtmlExportOptions.from_dict(data)

                            return componentsschemas_transcript_export_options_type_4
                        if data.get("format") == "srt":
                            componentsschemas_transcript_export_options_type_5 = SrtExportOptions.from_dict(data)

                            return componentsschemas_transcript_export_options_type_5

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transcript_export_options_type_0 = SegmentedJsonExportOptions.from_dict(data)

                        return componentsschemas_transcript_export_options_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transcript_export_options_type_1 = DocxExportOptions.from_dict(data)

                        return componentsschemas_transcript_export_options_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transcript_export_options_type_2 = PdfExportOptions.from_dict(data)

                        return componentsschemas_transcript_export_options_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transcript_export_options_type_3 = TxtExportOptions.from_dict(data)

                        return componentsschemas_transcript_export_options_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transcript_export_options_type_4 = HtmlExportOptions.from_dict(data)

                        return componentsschemas_transcript_export_options_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transcript_export_options_type_5 = SrtExportOptions.from_dict(data)

                    return componentsschemas_transcript_export_options_type_5

                componentsschemas_additional_formats_item = _parse_componentsschemas_additional_formats_item(
                    componentsschemas_additional_formats_item_data
                )

                additional_formats.append(componentsschemas_additional_formats_item)

        _file_format = d.pop("file_format", UNSET)
        file_format: SpeechToTextFormFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_speech_to_text_form_file_format(_file_format)

        cloud_storage_url = d.pop("cloud_storage_url", UNSET)

        source_url = d.pop("source_url", UNSET)

        webhook = d.pop("webhook", UNSET)

        webhook_id = d.pop("webhook_id", UNSET)

        temperature = d.pop("temperature", UNSET)

        seed = d.pop("seed", UNSET)

        use_multi_channel = d.pop("use_multi_channel", UNSET)

        _multichannel_output_style = d.pop("multichannel_output_style", UNSET)
        multichannel_output_style: SpeechToTextFormMultichannelOutputStyle | Unset
        if isinstance(_multichannel_output_style, Unset):
            multichannel_output_style = UNSET
        else:
            multichannel_output_style = check_speech_to_text_form_multichannel_output_style(_multichannel_output_style)

        def _parse_webhook_metadata(data: object) -> SpeechToTextFormWebhookMetadataType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhook_metadata_type_1 = SpeechToTextFormWebhookMetadataType1.from_dict(data)

                return webhook_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SpeechToTextFormWebhookMetadataType1 | str | Unset, data)

        webhook_metadata = _parse_webhook_metadata(d.pop("webhook_metadata", UNSET))

        def _parse_entity_detection(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entity_detection_type_1 = cast(list[str], data)

                return entity_detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        entity_detection = _parse_entity_detection(d.pop("entity_detection", UNSET))

        no_verbatim = d.pop("no_verbatim", UNSET)

        use_speaker_library = d.pop("use_speaker_library", UNSET)

        detect_speaker_roles = d.pop("detect_speaker_roles", UNSET)

        def _parse_entity_redaction(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entity_redaction_type_1 = cast(list[str], data)

                return entity_redaction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        entity_redaction = _parse_entity_redaction(d.pop("entity_redaction", UNSET))

        entity_redaction_mode = d.pop("entity_redaction_mode", UNSET)

        keyterms = cast(list[str], d.pop("keyterms", UNSET))

        speech_to_text_form = cls(
            model_id=model_id,
            file=file,
            language_code=language_code,
            tag_audio_events=tag_audio_events,
            num_speakers=num_speakers,
            timestamps_granularity=timestamps_granularity,
            diarize=diarize,
            diarization_threshold=diarization_threshold,
            additional_formats=additional_formats,
            file_format=file_format,
            cloud_storage_url=cloud_storage_url,
            source_url=source_url,
            webhook=webhook,
            webhook_id=webhook_id,
            temperature=temperature,
            seed=seed,
            use_multi_channel=use_multi_channel,
            multichannel_output_style=multichannel_output_style,
            webhook_metadata=webhook_metadata,
            entity_detection=entity_detection,
            no_verbatim=no_verbatim,
            use_speaker_library=use_speaker_library,
            detect_speaker_roles=detect_speaker_roles,
            entity_redaction=entity_redaction,
            entity_redaction_mode=entity_redaction_mode,
            keyterms=keyterms,
        )

        speech_to_text_form.additional_properties = d
        return speech_to_text_form

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
        DocxExportOptions, \
        HtmlExportOptions, \
        PdfExportOptions, \
        SegmentedJsonExportOptions, \
        SpeechToTextFormWebhookMetadataType1, \
        SrtExportOptions, \
        TxtExportOptions
    from ..models.docx_export_options import DocxExportOptions  # noqa: F401
    from ..models.html_export_options import HtmlExportOptions  # noqa: F401
    from ..models.pdf_export_options import PdfExportOptions  # noqa: F401
    from ..models.segmented_json_export_options import SegmentedJsonExportOptions  # noqa: F401
    from ..models.speech_to_text_form_webhook_metadata_type_1 import SpeechToTextFormWebhookMetadataType1  # noqa: F401
    from ..models.srt_export_options import SrtExportOptions  # noqa: F401
    from ..models.txt_export_options import TxtExportOptions  # noqa: F401

    _nested_models_loaded = True
