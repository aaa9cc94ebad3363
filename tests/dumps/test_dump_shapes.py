"""The shapes real dumps come in (issue 13): mail digests, database exports, clipper
Markdown, local date lines, languages. Each dump here is small and written for the test;
the real-text ratchet (test_real_ratchet) measures the same shapes on published text."""

from __future__ import annotations

from reader.dumps.language import language_code, language_of
from reader.dumps.load import split_dump, split_text

_BODY = (
    "Le gouvernement a annoncé mardi une hausse du salaire minimum de deux pour cent, "
    "une décision qui ne satisfait ni les syndicats ni les organisations patronales."
)


def test_a_mail_digest_keeps_its_header_and_footer_as_the_dumps_matter() -> None:
    text = (
        "From: La Lettre <lettre@example.org>\nSubject: Your weekly digest\n"
        "Date: Sat, 7 Jul 2012 07:00:12 +0200\n\nBonjour à toutes et à tous,\n\n\n"
        "SCIENCE\nScience : fin de la traque du Boson de Higgs ?\nWikinews, 4/07/2012\n\n"
        f"{_BODY}\n\nRead more: https://fr.wikinews.org/wiki/Boson\n\n\n"
        "ÉCONOMIE\nFrance : le SMIC augmentera de 2 %\nWikinews · 22 juin 2012\n\n"
        f"{_BODY}\n\nLire la suite : https://fr.wikinews.org/wiki/SMIC\n\n\n"
        "Vous recevez ce courriel car vous êtes inscrit(e).\n"
        "Se désinscrire : https://example.org/unsubscribe\n"
    )
    dump = split_dump(text)
    first, second = dump.articles
    assert first.title == "Science : fin de la traque du Boson de Higgs ?"
    assert first.meta["section"] == "SCIENCE"
    assert first.meta["published"] == "Wikinews, 4/07/2012"
    assert first.meta["url"] == "https://fr.wikinews.org/wiki/Boson"
    assert first.body == _BODY
    assert second.title == "France : le SMIC augmentera de 2 %"
    assert second.body == _BODY
    assert dump.front_matter[0].startswith("From: La Lettre")
    assert "Bonjour à toutes et à tous," in dump.front_matter
    assert dump.back_matter[-1].startswith("Se désinscrire")
    assert second.meta["dump_back_matter"].endswith("unsubscribe")


def test_a_lexisnexis_export_has_its_request_header_as_matter() -> None:
    text = (
        "LexisNexis(R) Academic\nTerms: wikinews  (Edit Search)\n\n\n"
        "                              1 of 2 DOCUMENTS\n\n\n"
        "                            Wikinews FR\n\n"
        "                         August 27, 2012 Monday\n\n"
        "France : pour Montebourg, le nucléaire est une filière d'avenir\n\n"
        "LENGTH: 222 words\n\n\n"
        f"{_BODY}\n\n\nLOAD-DATE: August 28, 2012\n\nLANGUAGE: FRENCH\n\n\n"
        "                              2 of 2 DOCUMENTS\n\n\n"
        "                            Wikinews FR\n\n"
        "                         August 20, 2012 Monday\n\n"
        "Birmanie : abolition de la censure\n\n"
        f"{_BODY}\n"
    )
    dump = split_dump(text)
    first, second = dump.articles
    assert dump.front_matter == ["LexisNexis(R) Academic", "Terms: wikinews  (Edit Search)"]
    assert first.title == "France : pour Montebourg, le nucléaire est une filière d'avenir"
    assert first.meta["publication"] == "Wikinews FR"
    assert first.meta["published"] == "August 27, 2012 Monday"
    assert first.meta["record"] == "1 of 2 DOCUMENTS"
    assert first.meta["language"] == "fr"
    assert first.body == second.body == _BODY
    assert second.title == "Birmanie : abolition de la censure"


def test_clipper_front_matter_is_meta_and_the_heading_is_the_title() -> None:
    text = (
        '---\nsaved: "2012-06-26 08:14"\ntags: [clippings, actualité]\n'
        "title: 'France : le SMIC d''été'\nsite: fr.wikinews.org\n---\n\n"
        "# France : le SMIC d'été\n\n> Le gouvernement vient de décider d'augmenter le "
        "salaire minimum de deux pour cent.\n\n"
        f"{_BODY}\n\n![](https://upload.example.org/photo.jpg)\n_Crédit : domaine public_\n\n"
        f"{_BODY}\n"
    )
    (article,) = split_text(text)
    assert article.title == "France : le SMIC d'été"
    assert article.meta["site"] == "fr.wikinews.org"
    assert article.meta["tags"] == "clippings, actualité"
    assert article.meta["summary"].startswith("Le gouvernement vient de décider")
    assert article.meta["caption"].endswith("Crédit : domaine public")
    assert article.body == f"{_BODY}\n\n{_BODY}"


def test_front_matter_values_on_indented_lines_are_the_fields_values() -> None:
    """A block scalar (`title: |`, `author: >`) and a plain value folded onto an indented
    line, as clippers and static site generators write them: every line of the block is
    front matter, and each value is what its indented lines say."""
    note = (
        "---\nid: 3f2c9a1e\ntitle: |\n  France : le SMIC d'été\nauthor: >\n  Jeanne Martin\n"
        "summary: Le salaire minimum\n  augmente de deux pour cent\ntags:\n- actualité\n---\n\n"
        f"# France : le SMIC d'été\n\n{_BODY}\n\n"
    )
    first, second = split_text(note + note.replace("3f2c9a1e", "41d0e7a8"))
    for article in (first, second):
        assert article.title == "France : le SMIC d'été"
        assert article.body == _BODY
        assert article.meta["byline"] == "Jeanne Martin"
        assert article.meta["summary"] == "Le salaire minimum augmente de deux pour cent"
    assert "  Jeanne Martin" in first.meta["front_matter"]  # kept as written
    assert second.meta["id"] == "41d0e7a8"


def test_an_empty_block_scalar_is_no_value() -> None:
    """`title: |-` with no indented line under it is an empty title, as YAML reads it: the
    note's `#` heading is its title, not the block's mark."""
    note = f"---\ntitle: |-\nauthor: Jane Martin\n---\n\n# La TVA baisse\n\n{_BODY}\n"
    (article,) = split_text(note)
    assert article.title == "La TVA baisse"
    assert article.body == _BODY and article.meta["byline"] == "Jane Martin"
    assert "title: |-" in article.meta["front_matter"]  # kept as written


def test_headings_under_front_matter_giving_the_title_are_subheadings() -> None:
    """A static site's post sources pasted one after another: front matter with `title:`,
    text, `##` headings and no `#` one. Each post is one article whose title is the front
    matter's and whose headings are subheadings, not titles of articles of their own."""
    post = (
        '---\nlayout: blog\ntitle: "{title}"\ndate: 2025-03-24\n---\n\n'
        f"{_BODY}\n\n## Le contexte\n\n{_BODY}\n\n## Ce qui change\n\n{_BODY}\n\n"
    )
    first, second = split_text(post.format(title="Le SMIC d'été") + post.format(title="La TVA"))
    assert (first.title, second.title) == ("Le SMIC d'été", "La TVA")
    for article in (first, second):
        kinds = [p.kind for p in article.paragraphs]
        assert kinds == ["paragraph", "subheading", "paragraph", "subheading", "paragraph"]


def test_notes_pasted_under_a_note_with_front_matter_are_articles_of_their_own() -> None:
    """A clipped note with front matter, then notes pasted without it, each under its own
    `#` heading: every `#` heading after text is the next note's title (a `##` one under
    such a note is its subheading, above)."""
    note = (
        '---\ntitle: "Le SMIC d\'été"\nurl: https://example.org/smic\n---\n\n'
        f"{_BODY}\n\n# La TVA baisse\n\n{_BODY}\n\n# Le budget voté\n\n{_BODY}\n"
    )
    articles = split_text(note)
    assert [a.title for a in articles] == ["Le SMIC d'été", "La TVA baisse", "Le budget voté"]
    assert all(a.body == _BODY for a in articles)


def test_languages_are_told_apart_from_a_few_sentences() -> None:
    samples = {
        "en": "The council said on Tuesday that the plan was approved by the mayor.",
        "fr": "Le conseil a dit mardi que le plan est approuvé par le maire dans la ville.",
        "de": "Der Rat sagte am Dienstag, dass der Plan von dem Bürgermeister nicht gebilligt ist.",
        "es": "El consejo dijo el martes que el plan fue aprobado por los vecinos y la alcaldesa.",
        "pt": "O conselho disse que o plano foi aprovado pelo prefeito e não pela câmara.",
        "it": "Il consiglio ha detto che il piano è stato approvato dal sindaco della città.",
    }
    for code, text in samples.items():
        assert language_of(text) == code, code
    assert language_of("12 34 56") is None
    assert language_code("FRENCH") == "fr" and language_code("Deutsch") == "de"


def test_a_lexisnexis_document_type_is_a_field_of_its_record() -> None:
    """ "DOCUMENT-TYPE: Press Release" under the trailing fields is the record's field: as
    text it was a body under the last paragraph, which then stood as its headline."""
    last = "The department is aware of the ruling and is considering its implications"
    record = (
        "                              {n} of 2 DOCUMENTS\n\n\n"
        "                         UK Government News\n\n"
        "                       August 31, 2023 Thursday\n\n"
        "{title}\n\nLENGTH: 222 words\n\n\n"
        f"{_BODY}\n\n{last}\n\n\nLOAD-DATE: August 31, 2023\n\nLANGUAGE: ENGLISH\n\n"
        "DOCUMENT-TYPE: Press Release\n\n\n"
    )
    text = record.format(n=1, title="Appointment of a new bishop") + record.format(
        n=2, title="Further steps for the new reactor"
    )
    first, second = split_text(text)
    assert first.body == second.body == f"{_BODY}\n\n{last}"
    assert first.meta["document_type"] == "Press Release"
    assert second.title == "Further steps for the new reactor"


def test_toml_front_matter_between_plus_lines_is_meta_as_hugo_writes_it() -> None:
    """Hugo's `+++` blocks of `key = value` (a table header, a multi-line array, dates
    unquoted) give each article its title and meta, as `---` YAML blocks do."""
    german = (
        '+++\ntitle = "Ein Treffen im Rathaus"\ndate = 2021-03-04T10:00:00+01:00\n'
        'tags = [\n  "Verwaltung",\n  "Open Data",\n]\n[params]\nauthor = "Anna Beispiel"\n'
        "+++\n\nDie Stadt hat am Montag ein neues Portal vorgestellt. Es soll Daten offen "
        "machen, sagte die Verwaltung.\n\n"
    )
    english = (
        "+++\ntitle = 'Harbour reopens after repairs'\ndraft = false\n+++\n\n"
        "The harbour reopened on Monday after three weeks of repairs, the port said.\n"
    )
    rathaus, harbour = split_text(german + english)
    assert rathaus.title == "Ein Treffen im Rathaus"
    assert rathaus.meta["tags"] == "Verwaltung, Open Data"
    assert rathaus.meta["byline"] == "Anna Beispiel"
    assert rathaus.meta["published"] == "2021-03-04T10:00:00+01:00"
    assert rathaus.body.startswith("Die Stadt hat am Montag") and "+++" not in rathaus.body
    assert "[params]" in rathaus.meta["front_matter"]  # kept as written
    assert harbour.title == "Harbour reopens after repairs"
    assert harbour.body.startswith("The harbour reopened on Monday")


def test_a_plus_rule_without_toml_fields_is_no_front_matter() -> None:
    text = (
        "+++\nBreaking: the harbour reopens\n+++\n\nShips sailed again on Monday, the port said.\n"
    )
    for article in split_text(text):
        assert "front_matter" not in article.meta


def test_toml_comments_blank_lines_and_tables_stay_in_the_front_matter() -> None:
    """A comment or a blank line in Hugo's block is no reason to read it as text; keys under
    `[params]` are the page's own, keys under another table (a picture's) are named after
    it, indented or not, and never become the article's title."""
    text = (
        "+++\n# imported from the old site\ntitle = 'Le port rouvre'\n\n[params]\n"
        'author = "Jeanne Martin"\n[[resources]]\n  src = "photo.jpg"\n  title = "Le quai"\n'
        "+++\n\nLe port a rouvert lundi après trois semaines de travaux, a indiqué la direction.\n"
    )
    (article,) = split_text(text)
    assert article.title == "Le port rouvre"
    assert article.meta["byline"] == "Jeanne Martin"
    assert article.meta["resources.title"] == "Le quai"
    assert article.body.startswith("Le port a rouvert lundi")
    assert "# imported from the old site" in article.meta["front_matter"]  # kept as written


def test_metadata_in_an_html_comment_is_front_matter_as_nikola_writes_it() -> None:
    """Nikola writes a Markdown post's metadata in an HTML comment, reST's `..` before each
    key: each comment gives its article a title and meta, as a `---` block does, and the
    dump is as many articles as it holds comments, not one."""
    text = (
        "<!--\n.. title: Il porto riapre\n.. slug: il-porto-riapre\n.. tags:\n"
        ".. date: 2016-12-28 00:00:00\n-->\n\n"
        "Il porto ha riaperto lunedì dopo tre settimane di lavori, ha detto la direzione.\n\n"
        "<!--\ntitle: Nuovo orario dei traghetti\n-->\n\n"
        "Da lunedì i traghetti partono ogni mezz'ora, ha annunciato la compagnia.\n"
    )
    port, ferries = split_text(text)
    assert port.title == "Il porto riapre"
    assert port.meta["slug"] == "il-porto-riapre"
    assert port.meta["published"] == "2016-12-28 00:00:00"
    assert port.meta["front_matter"].startswith("<!--\n.. title:")  # kept as written
    assert port.meta["front_matter"].endswith("-->")
    assert port.body.startswith("Il porto ha riaperto") and "<!--" not in port.body
    assert ferries.title == "Nuovo orario dei traghetti"
    assert ferries.body.startswith("Da lunedì i traghetti")
    note = "<!--\n.. title: Il porto riapre\nda rivedere prima di pubblicare\n-->\n\n"
    for article in split_text(note + text):  # a comment holding text is no front matter
        assert "da rivedere" not in article.meta.get("front_matter", "")


def test_a_chat_export_s_stamp_and_sender_are_not_the_headline() -> None:
    """A messenger's export sets its stamp and sender before each message ("[09/11/2016
    10:31] Redação: …"); a digest may number its items before a pipe ("2 | …") or a slash
    ("2/ …"). The title is the headline after them, the line kept as written."""
    text = (
        "[09/11/2016 10:31] Redação: Bolsa cai e dólar sobe no Brasil\n"
        "O dólar sobe e a bolsa cai na manhã de hoje, após o anúncio da vitória do candidato "
        "na eleição presidencial, segundo os dados do Banco Central.\n\n"
        "Os mercados financeiros no mundo caíram com a notícia, disseram os analistas.\n\n"
        "[10/11/2016 21:58] Maria Silva: Zika atinge mais mulheres do que homens\n"
        "Boletim divulgado hoje pelo Ministério da Saúde aponta que a maioria dos casos "
        "prováveis de infecção foi registrada entre mulheres.\n\n"
        "A maior concentração de casos ocorreu entre fevereiro e março, segundo o boletim.\n\n"
    )
    stock, zika = split_text(text)
    assert stock.title == "Bolsa cai e dólar sobe no Brasil"
    assert stock.meta["as_written"].startswith("[09/11/2016 10:31] Redação: Bolsa")
    assert zika.title == "Zika atinge mais mulheres do que homens"
    items = (
        (
            "Presidente de Brasil desea éxito al electo",
            "El presidente envió esta mañana una carta al presidente electo de los Estados "
            "Unidos, felicitándolo.",
        ),
        (
            "Brasil envía más militares a Haití",
            "Un avión de la Fuerza Aérea despegó este lunes de Brasilia con destino a Puerto "
            "Príncipe con doscientos militares.",
        ),
    )
    contents = "".join(f"{n}. {headline}\n" for n, (headline, _) in enumerate(items, 1))
    digest = f"Boletín informativo n.º 37\n\nSumario\n{contents}\n\n" + "".join(
        f"{n} | {headline}\nFuente: Agência Brasil, 09/11/2016\n\n{paragraph}\n\n"
        f"Nota completa: http://example.org/{n}\n\n\n"
        for n, (headline, paragraph) in enumerate(items, 1)
    )
    assert [article.title for article in split_text(digest)] == [h for h, _ in items]
    slashed = "".join(  # fresh43's gazette, its items between rules
        f"~~~~~~~~~~~~~~~~~~~~\n\n{n}/ {headline}\n\n{paragraph}\n\n"
        for n, (headline, paragraph) in enumerate(items, 1)
    )
    assert [article.title for article in split_text(slashed)] == [h for h, _ in items]


def test_a_quotation_closing_a_field_s_value_keeps_its_quote() -> None:
    text = (
        '---\ntítulo: "Diretora do FMI diz que Brasil mostra "sinais de melhoria""\n---\n\n'
        "A diretora-gerente do Fundo citou o Brasil numa palestra nos Estados Unidos.\n"
    )
    (article,) = split_text(text)
    assert article.title == 'Diretora do FMI diz que Brasil mostra "sinais de melhoria"'
