from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudioNativeProject")


@_attrs_define
class AudioNativeProject:
    """A created Audio Native project.

    Attributes:
        project_id (str):
        converting (bool):
        html_snippet (str): HTML that embeds the player in a page.
    """

    project_id: str
    converting: bool
    html_snippet: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        converting = self.converting

        html_snippet = self.html_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "converting": converting,
                "html_snippet": html_snippet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        converting = d.pop("converting")

        html_snippet = d.pop("html_snippet")

        audio_native_project = cls(
            project_id=project_id,
            converting=converting,
            html_snippet=html_snippet,
        )

        audio_native_project.additional_properties = d
        return audio_native_project

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
