"""A newsletter platform's call to subscribe, pasted under each post copied from its site
("Thanks for reading! Subscribe for free to receive new posts", "Abonnez-vous à notre
newsletter"): it is the post's furniture, kept in its meta, never its last paragraph. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text


@pytest.mark.parametrize(
    ("title", "paragraphs", "call"),
    [
        (
            "What the community shipped in July",
            [
                "July saw three releases of the collector and the first stable version of the "
                "logging bridge, with fixes for memory use under load.",
                "The working group will meet again in September to plan the next releases.",
            ],
            "Thanks for reading! Subscribe for free to receive new posts and support our work.",
        ),
        (
            "Ce que la communauté a publié en juillet",
            [
                "Juillet a vu trois versions du collecteur et la première version stable du "
                "pont de journalisation, avec des corrections pour la mémoire.",
                "Le groupe de travail se réunira de nouveau en septembre pour préparer la suite.",
            ],
            "Merci de votre lecture ! Abonnez-vous à notre newsletter pour recevoir les articles.",
        ),
    ],
)
def test_a_newsletters_call_to_subscribe_under_a_post_is_no_body_text(
    title: str, paragraphs: list[str], call: str
) -> None:
    """A post pasted from a newsletter's site, its platform's call to subscribe under the last
    paragraph: the call is the post's meta, every line of the post is kept."""
    articles = split_text(f"{title}\n\n" + "\n\n".join([*paragraphs, call]) + "\n", "dump.txt")
    assert [(a.title, a.body) for a in articles] == [(title, "\n\n".join(paragraphs))]
    assert call in " ".join(map(str, articles[0].meta.values()))
