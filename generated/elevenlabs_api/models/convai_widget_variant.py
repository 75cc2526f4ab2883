from typing import Literal, cast

ConvaiWidgetVariant = Literal["compact", "expandable", "full", "tiny"]

CONVAI_WIDGET_VARIANT_VALUES: set[ConvaiWidgetVariant] = {
    "compact",
    "expandable",
    "full",
    "tiny",
}


def check_convai_widget_variant(value: str) -> ConvaiWidgetVariant:
    """Accept ``value`` as a ConvaiWidgetVariant.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WIDGET_VARIANT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWidgetVariant, value)
