from typing import Literal, cast

DubbingListCreationSourcesType0Item = Literal["dubbing_api", "dubbing_ui", "flow_node"]

DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES: set[DubbingListCreationSourcesType0Item] = {
    "dubbing_api",
    "dubbing_ui",
    "flow_node",
}


def check_dubbing_list_creation_sources_type_0_item(value: str) -> DubbingListCreationSourcesType0Item:
    """Accept ``value`` as a DubbingListCreationSourcesType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListCreationSourcesType0Item, value)
