"""A count written for a person: thousands separated, the noun plural unless one."""

from reader.text.counted import counted


def test_a_count_separates_thousands_and_says_the_plural_unless_one() -> None:
    assert counted(1, "passage") == "1 passage"
    assert counted(0, "passage") == "0 passages"
    assert counted(9270, "passage") == "9,270 passages"


def test_a_noun_whose_plural_is_not_an_added_s_is_given_it() -> None:
    assert counted(1, "cached analysis", "cached analyses") == "1 cached analysis"
    assert counted(2, "cached analysis", "cached analyses") == "2 cached analyses"
