from typing import Literal, cast

ConvaiWidgetExpandable = Literal["always", "desktop", "mobile", "never"]

CONVAI_WIDGET_EXPANDABLE_VALUES: set[ConvaiWidgetExpandable] = {
    "always",
    "desktop",
    "mobile",
    "never",
}


def check_convai_widget_expandable(value: str) -> ConvaiWidgetExpandable:
    """Accept ``value`` as a ConvaiWidgetExpandable.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WIDGET_EXPANDABLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWidgetExpandable, value)
