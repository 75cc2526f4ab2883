from typing import Literal, cast

DirectPublishingReadResponseModelGenreType0Item = Literal[
    "Action and Adventure",
    "Biography and Memoir",
    "Business and Economics",
    "Children's Literature",
    "Christian & Inspirational",
    "Dystopia",
    "Education and Learning",
    "Fairy Tales and Folklore",
    "Fan Fiction",
    "Fantasy",
    "General Fiction",
    "Health and Wellness",
    "Historical Fiction",
    "History",
    "Horror",
    "Humor",
    "Literary Classics",
    "Mystery and Thriller",
    "Other",
    "Philosophy",
    "Poetry",
    "Politics and Government",
    "Psychology",
    "Romance",
    "Science and Nature",
    "Science Fiction",
    "Self-Help",
    "Spirituality and Religion",
    "Technology",
    "Travel",
    "True Crime",
    "Young Adult",
]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_VALUES: set[DirectPublishingReadResponseModelGenreType0Item] = {
    "Action and Adventure",
    "Biography and Memoir",
    "Business and Economics",
    "Children's Literature",
    "Christian & Inspirational",
    "Dystopia",
    "Education and Learning",
    "Fairy Tales and Folklore",
    "Fan Fiction",
    "Fantasy",
    "General Fiction",
    "Health and Wellness",
    "Historical Fiction",
    "History",
    "Horror",
    "Humor",
    "Literary Classics",
    "Mystery and Thriller",
    "Other",
    "Philosophy",
    "Poetry",
    "Politics and Government",
    "Psychology",
    "Romance",
    "Science and Nature",
    "Science Fiction",
    "Self-Help",
    "Spirituality and Religion",
    "Technology",
    "Travel",
    "True Crime",
    "Young Adult",
}


def check_direct_publishing_read_response_model_genre_type_0_item(
    value: str,
) -> DirectPublishingReadResponseModelGenreType0Item:
    """Accept ``value`` as a DirectPublishingReadResponseModelGenreType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DirectPublishingReadResponseModelGenreType0Item, value)
