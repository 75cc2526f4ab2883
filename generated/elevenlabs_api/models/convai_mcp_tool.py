from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_mcp_tool_annotations import ConvaiMcpToolAnnotations
    from ..models.convai_mcp_tool_input_schema import ConvaiMcpToolInputSchema
    from ..models.convai_mcp_tool_meta_type_0 import ConvaiMcpToolMetaType0
    from ..models.convai_mcp_tool_output_schema_type_0 import ConvaiMcpToolOutputSchemaType0
    from ..models.icon import Icon
    from ..models.tool_execution import ToolExecution


T = TypeVar("T", bound="ConvaiMcpTool")


@_attrs_define
class ConvaiMcpTool:
    """A tool an MCP server offers (open to extra fields).

    Attributes:
        name (str):
        input_schema (ConvaiMcpToolInputSchema):
        title (None | str | Unset):
        description (None | str | Unset):
        output_schema (ConvaiMcpToolOutputSchemaType0 | None | Unset):
        icons (list[Icon] | None | Unset):
        annotations (ConvaiMcpToolAnnotations | None | Unset):
        field_meta (ConvaiMcpToolMetaType0 | None | Unset):
        execution (None | ToolExecution | Unset):
    """

    name: str
    input_schema: ConvaiMcpToolInputSchema
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: ConvaiMcpToolOutputSchemaType0 | None | Unset = UNSET
    icons: list[Icon] | None | Unset = UNSET
    annotations: ConvaiMcpToolAnnotations | None | Unset = UNSET
    field_meta: ConvaiMcpToolMetaType0 | None | Unset = UNSET
    execution: None | ToolExecution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        input_schema = self.input_schema.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, ConvaiMcpToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        icons: list[dict[str, Any]] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, list):
            icons = []
            for icons_type_0_item_data in self.icons:
                icons_type_0_item = icons_type_0_item_data.to_dict()
                icons.append(icons_type_0_item)

        else:
            icons = self.icons

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ConvaiMcpToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, ConvaiMcpToolMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "inputSchema": input_schema,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if icons is not UNSET:
            field_dict["icons"] = icons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if execution is not UNSET:
            field_dict["execution"] = execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        input_schema = ConvaiMcpToolInputSchema.from_dict(d.pop("inputSchema"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_output_schema(data: object) -> ConvaiMcpToolOutputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = ConvaiMcpToolOutputSchemaType0.from_dict(data)

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiMcpToolOutputSchemaType0 | None | Unset, data)

        output_schema = _parse_output_schema(d.pop("outputSchema", UNSET))

        def _parse_icons(data: object) -> list[Icon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icons_type_0 = []
                _icons_type_0 = data
                for icons_type_0_item_data in _icons_type_0:
                    icons_type_0_item = Icon.from_dict(icons_type_0_item_data)

                    icons_type_0.append(icons_type_0_item)

                return icons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Icon] | None | Unset, data)

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_annotations(data: object) -> ConvaiMcpToolAnnotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = ConvaiMcpToolAnnotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiMcpToolAnnotations | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_field_meta(data: object) -> ConvaiMcpToolMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = ConvaiMcpToolMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiMcpToolMetaType0 | None | Unset, data)

        field_meta = _parse_field_meta(d.pop("_meta", UNSET))

        def _parse_execution(data: object) -> None | ToolExecution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_type_0 = ToolExecution.from_dict(data)

                return execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolExecution | Unset, data)

        execution = _parse_execution(d.pop("execution", UNSET))

        convai_mcp_tool = cls(
            name=name,
            input_schema=input_schema,
            title=title,
            description=description,
            output_schema=output_schema,
            icons=icons,
            annotations=annotations,
            field_meta=field_meta,
            execution=execution,
        )

        convai_mcp_tool.additional_properties = d
        return convai_mcp_tool

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
        ConvaiMcpToolAnnotations, \
        ConvaiMcpToolInputSchema, \
        ConvaiMcpToolMetaType0, \
        ConvaiMcpToolOutputSchemaType0, \
        Icon, \
        ToolExecution
    from ..models.convai_mcp_tool_annotations import ConvaiMcpToolAnnotations  # noqa: F401
    from ..models.convai_mcp_tool_input_schema import ConvaiMcpToolInputSchema  # noqa: F401
    from ..models.convai_mcp_tool_meta_type_0 import ConvaiMcpToolMetaType0  # noqa: F401
    from ..models.convai_mcp_tool_output_schema_type_0 import ConvaiMcpToolOutputSchemaType0  # noqa: F401
    from ..models.icon import Icon  # noqa: F401
    from ..models.tool_execution import ToolExecution  # noqa: F401

    _nested_models_loaded = True
