from typing import Literal, cast

ConvaiWidgetPlacement = Literal["bottom", "bottom-left", "bottom-right", "top", "top-left", "top-right"]

CONVAI_WIDGET_PLACEMENT_VALUES: set[ConvaiWidgetPlacement] = {
    "bottom",
    "bottom-left",
    "bottom-right",
    "top",
    "top-left",
    "top-right",
}


def check_convai_widget_placement(value: str) -> ConvaiWidgetPlacement:
    """Accept ``value`` as a ConvaiWidgetPlacement.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WIDGET_PLACEMENT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWidgetPlacement, value)
