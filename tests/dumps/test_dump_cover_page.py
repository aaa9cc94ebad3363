"""A database export's cover page (job details, the numbered list of headlines, the
search summary) is the dump's front matter; each document's short field lines
("253 words", the source, its code, the language) are its meta, never its body."""

from __future__ import annotations

from reader.dumps.load import split_dump

BODY = (
    "22 mai 2012. - Prévu initialement pour samedi dernier, le lancement a été reporté à la "
    "dernière seconde, suite à un problème de pression dans l'un des moteurs du lanceur."
)
COVER = """Factiva

Headlines

1. Lancement réussi pour Space X Dragon
   Wikinews, 22 May 2012, 253 words, (French)
2. Vendée Globe : Déjà un abandon
   Wikinews, 11 November 2012, 169 words, (French)

Search Summary
Text        wikinews
Results Found   2


"""
DOCUMENT = """{title}
253 words
22 May 2012
Wikinews
WIKNWS
French
Copyright 2012 Wikinews contributors. CC BY 2.5.

{body}

Document WIKNWS0020120522edce70005p


"""


def test_the_cover_page_is_front_matter_and_field_lines_are_meta() -> None:
    text = COVER + "".join(
        DOCUMENT.format(title=title, body=BODY)
        for title in ("Lancement réussi pour Space X Dragon", "Vendée Globe : Déjà un abandon")
    )
    dump = split_dump(text)
    assert [a.title for a in dump.articles] == [
        "Lancement réussi pour Space X Dragon",
        "Vendée Globe : Déjà un abandon",
    ]
    assert [a.body for a in dump.articles] == [BODY, BODY]
    assert "Search Summary" in dump.front_matter
    assert "1. Lancement réussi pour Space X Dragon" in dump.front_matter
