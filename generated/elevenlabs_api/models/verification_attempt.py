from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verification_recording import VerificationRecording


T = TypeVar("T", bound="VerificationAttempt")


@_attrs_define
class VerificationAttempt:
    """One attempt at proving ownership of a voice by reading a text aloud.

    Attributes:
        text (str):
        date_unix (int):
        accepted (bool):
        similarity (float):
        levenshtein_distance (float):
        recording (None | Unset | VerificationRecording):
    """

    text: str
    date_unix: int
    accepted: bool
    similarity: float
    levenshtein_distance: float
    recording: None | Unset | VerificationRecording = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        date_unix = self.date_unix

        accepted = self.accepted

        similarity = self.similarity

        levenshtein_distance = self.levenshtein_distance

        recording: dict[str, Any] | None | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        elif isinstance(self.recording, VerificationRecording):
            recording = self.recording.to_dict()
        else:
            recording = self.recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "date_unix": date_unix,
                "accepted": accepted,
                "similarity": similarity,
                "levenshtein_distance": levenshtein_distance,
            }
        )
        if recording is not UNSET:
            field_dict["recording"] = recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        date_unix = d.pop("date_unix")

        accepted = d.pop("accepted")

        similarity = d.pop("similarity")

        levenshtein_distance = d.pop("levenshtein_distance")

        def _parse_recording(data: object) -> None | Unset | VerificationRecording:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recording_type_0 = VerificationRecording.from_dict(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationRecording, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        verification_attempt = cls(
            text=text,
            date_unix=date_unix,
            accepted=accepted,
            similarity=similarity,
            levenshtein_distance=levenshtein_distance,
            recording=recording,
        )

        verification_attempt.additional_properties = d
        return verification_attempt

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
    global _nested_models_loaded, VerificationRecording
    from ..models.verification_recording import VerificationRecording  # noqa: F401

    _nested_models_loaded = True
