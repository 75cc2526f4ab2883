from typing import Literal, cast

DubbingListDubbingModelsType0Item = Literal["dubbing_v1", "dubbing_v2"]

DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES: set[DubbingListDubbingModelsType0Item] = {
    "dubbing_v1",
    "dubbing_v2",
}


def check_dubbing_list_dubbing_models_type_0_item(value: str) -> DubbingListDubbingModelsType0Item:
    """Accept ``value`` as a DubbingListDubbingModelsType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListDubbingModelsType0Item, value)
