from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_source_context_model_parameters_type_0 import GenerationSourceContextModelParametersType0
    from ..models.reference_video import ReferenceVideo


T = TypeVar("T", bound="GenerationSourceContext")


@_attrs_define
class GenerationSourceContext:
    """
    Attributes:
        generation_id (str):
        model_id (str):
        source_type (Literal['generation'] | Unset):  Default: 'generation'.
        prompt (None | str | Unset):
        model_provider (None | str | Unset):
        generation_session_id (None | str | Unset):
        session_iteration_id (None | str | Unset):
        model_parameters (GenerationSourceContextModelParametersType0 | None | Unset):
        extend_video (None | ReferenceVideo | Unset):
    """

    generation_id: str
    model_id: str
    source_type: Literal["generation"] | Unset = "generation"
    prompt: None | str | Unset = UNSET
    model_provider: None | str | Unset = UNSET
    generation_session_id: None | str | Unset = UNSET
    session_iteration_id: None | str | Unset = UNSET
    model_parameters: GenerationSourceContextModelParametersType0 | None | Unset = UNSET
    extend_video: None | ReferenceVideo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        generation_id = self.generation_id

        model_id = self.model_id

        source_type = self.source_type

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        model_provider: None | str | Unset
        if isinstance(self.model_provider, Unset):
            model_provider = UNSET
        else:
            model_provider = self.model_provider

        generation_session_id: None | str | Unset
        if isinstance(self.generation_session_id, Unset):
            generation_session_id = UNSET
        else:
            generation_session_id = self.generation_session_id

        session_iteration_id: None | str | Unset
        if isinstance(self.session_iteration_id, Unset):
            session_iteration_id = UNSET
        else:
            session_iteration_id = self.session_iteration_id

        model_parameters: dict[str, Any] | None | Unset
        if isinstance(self.model_parameters, Unset):
            model_parameters = UNSET
        elif isinstance(self.model_parameters, GenerationSourceContextModelParametersType0):
            model_parameters = self.model_parameters.to_dict()
        else:
            model_parameters = self.model_parameters

        extend_video: dict[str, Any] | None | Unset
        if isinstance(self.extend_video, Unset):
            extend_video = UNSET
        elif isinstance(self.extend_video, ReferenceVideo):
            extend_video = self.extend_video.to_dict()
        else:
            extend_video = self.extend_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "model_id": model_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model_provider is not UNSET:
            field_dict["model_provider"] = model_provider
        if generation_session_id is not UNSET:
            field_dict["generation_session_id"] = generation_session_id
        if session_iteration_id is not UNSET:
            field_dict["session_iteration_id"] = session_iteration_id
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if extend_video is not UNSET:
            field_dict["extend_video"] = extend_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        generation_id = d.pop("generation_id")

        model_id = d.pop("model_id")

        source_type = cast(Literal["generation"] | Unset, d.pop("source_type", UNSET))
        if source_type != "generation" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'generation', got '{source_type}'")

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_model_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_provider = _parse_model_provider(d.pop("model_provider", UNSET))

        def _parse_generation_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_session_id = _parse_generation_session_id(d.pop("generation_session_id", UNSET))

        def _parse_session_iteration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_iteration_id = _parse_session_iteration_id(d.pop("session_iteration_id", UNSET))

        def _parse_model_parameters(data: object) -> GenerationSourceContextModelParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_parameters_type_0 = GenerationSourceContextModelParametersType0.from_dict(data)

                return model_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationSourceContextModelParametersType0 | None | Unset, data)

        model_parameters = _parse_model_parameters(d.pop("model_parameters", UNSET))

        def _parse_extend_video(data: object) -> None | ReferenceVideo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extend_video_type_0 = ReferenceVideo.from_dict(data)

                return extend_video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferenceVideo | Unset, data)

        extend_video = _parse_extend_video(d.pop("extend_video", UNSET))

        generation_source_context = cls(
            generation_id=generation_id,
            model_id=model_id,
            source_type=source_type,
            prompt=prompt,
            model_provider=model_provider,
            generation_session_id=generation_session_id,
            session_iteration_id=session_iteration_id,
            model_parameters=model_parameters,
            extend_video=extend_video,
        )

        generation_source_context.additional_properties = d
        return generation_source_context

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
    global _nested_models_loaded, GenerationSourceContextModelParametersType0, ReferenceVideo
    from ..models.generation_source_context_model_parameters_type_0 import GenerationSourceContextModelParametersType0  # noqa: F401
    from ..models.reference_video import ReferenceVideo  # noqa: F401

    _nested_models_loaded = True
