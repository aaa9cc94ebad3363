"""bench/fresh25_texts.py to bench/fresh38_texts.py take their halves' texts from a clone by
code: the pages they keep, the words they keep of them and the days their ids carry."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bench import (
    agencia_brasil,
    fresh26_texts,
    fresh27_texts,
    fresh28_texts,
    fresh29_texts,
    fresh30_texts,
    fresh31_texts,
    fresh32_texts,
    fresh33_texts,
    fresh34_texts,
    fresh35_texts,
    fresh36_texts,
    fresh37_texts,
    fresh38_texts,
    fresh39_texts,
    fresh40_texts,
    fresh41_texts,
    fresh42_texts,
    fresh43_texts,
    fresh44_texts,
    fresh45_texts,
    fresh46_texts,
    fresh47_texts,
    fresh48_texts,
    fresh49_texts,
    fresh50_texts,
    fresh51_texts,
)
from bench.fresh25_texts import blocks, entry, front_matter, texts_file
from bench.fresh_dumps import read_texts

PAGE = """---
title: "¿Puedo comprar un plan de cobertura \\"catastrófica\\"?"
lang: es
topics:
  - "young-adults"
---

Las personas menores de 30 años **pueden** comprar un plan. Ver los
[servicios preventivos gratis](/es/what-are-my-preventive-care-benefits).

Para hacerlo, usted:

* debe residir en los Estados Unidos
* no puede estar en prisión

##Planes para las personas de bajos ingresos
Las personas mayores de 30 años con bajos ingresos pueden comprar estos planes.
"""


def _clone(tmp_path: Path, pages: dict[str, str]) -> Path:
    clone = tmp_path / "clone"
    for path, text in pages.items():
        (clone / path).parent.mkdir(parents=True, exist_ok=True)
        (clone / path).write_text(text, encoding="utf-8")
    day = "2013-06-28T12:00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": day, "GIT_COMMITTER_DATE": day}
    git = ["git", "-C", str(clone), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "release"], check=True, env=env)
    return clone


def test_a_page_becomes_its_headline_intertitles_and_paragraphs() -> None:
    fields, body = front_matter(PAGE)
    assert fields["title"] == '¿Puedo comprar un plan de cobertura "catastrófica"?'
    assert fields["lang"] == "es" and "topics" in fields
    assert blocks(body) == [
        (
            "body",
            "Las personas menores de 30 años pueden comprar un plan. Ver los servicios "
            "preventivos gratis.",
        ),
        ("body", "Para hacerlo, usted:"),
        ("body", "debe residir en los Estados Unidos"),
        ("body", "no puede estar en prisión"),
        ("subhead", "Planes para las personas de bajos ingresos"),
        ("body", "Las personas mayores de 30 años con bajos ingresos pueden comprar estos planes."),
    ]


def test_the_texts_file_holds_the_kept_pages_dated_by_name_or_by_the_release(
    tmp_path: Path,
) -> None:
    long_page = PAGE.replace("en los Estados Unidos", "en los Estados Unidos " + "y " * 40)
    table = long_page + "\n| a | b |\n"
    english = long_page.replace("lang: es", "lang: en")
    clone = _clone(
        tmp_path,
        {
            "_posts/articles/es/0001-02-01-can-i-buy-a-catastrophic-plan.md": long_page,
            "_posts/articles/es/0001-02-01-too-short.md": PAGE,
            "_posts/articles/es/0001-02-01-with-a-table.md": table,
            "_posts/articles/es/0001-02-01-in-english.md": english,
            "_posts/blog/es/2013-06-21-welcome.md": long_page,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["es-20130628-can-i-buy-a-catastrophic-plan", "es-20130621-welcome"]
    kept = texts["es-20130621-welcome"]
    assert kept.url.endswith("/_posts/blog/es/2013-06-21-welcome.md")
    assert kept.blocks[-1] == ("body", blocks(front_matter(long_page)[1])[-1][1])
    commit = subprocess.run(
        ["git", "-C", str(clone), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert f"/blob/{commit}/" in kept.url
    assert entry(clone, commit, "_posts/articles/es/0001-02-01-too-short.md") is None


GUIDE = """<html><body><main><h1>Dinero sin reclamar</h1>
<nav><p>Menú lateral</p><ul><li>Otra página</li></ul></nav>
<article><p>Existen millones de d&oacute;lares <a href="/x">en cuentas</a>.</p>
<header><h2>&iquest;Le deben dinero?</h2></header>
<ul><li><p>Bonos de ahorro.&nbsp;Busque sus bonos</p>
<ul><li><p>en TreasuryDirect<br>(en ingl&eacute;s).</p></li></ul></li></ul>
<p>Herencias.</p></article>
<p class="last">Última actualización: 9
	de		diciembre
	de2022    </p></main></body></html>"""


def test_a_guide_page_becomes_its_headline_and_its_articles_blocks() -> None:
    title, found, items = fresh26_texts.article(GUIDE)
    assert title == "Dinero sin reclamar"
    assert found == [
        ("body", "Existen millones de dólares en cuentas."),
        ("subhead", "¿Le deben dinero?"),
        ("body", "Bonos de ahorro. Busque sus bonos"),
        ("body", "en TreasuryDirect (en inglés)."),
        ("body", "Herencias."),
    ]
    assert items == 2
    assert fresh26_texts.updated(GUIDE) == "20221209"
    assert fresh26_texts.updated("<p>sin fecha</p>") is None


def _scraped(*values: str) -> str:
    """A page as the Agência Brasil scraper printed it: each value a bytes literal."""
    return "\n".join(repr(value.encode("utf-8")) for value in values) + "\nArticle 1 printed\n"


SAMPLE = f"\n\n{agencia_brasil.RULE}\n\n".join(
    [
        _scraped(
            "http://agenciabrasil.ebc.com.br/geral/noticia/2016-11/zika-avanca",
            "Zika avança no Brasil",
            "17/11/2016 14h41",
            "Paula Laboissière – Repórter da Agência Brasil*",
            "",
            "O ministro falou hoje (17).  Ele citou dados.Marcelo Camargo/ABr",
            "O ministro falou hoje (17). Ele citou dados.",
            "Emergência\n\nO comitê de emergência da OMS se reúne amanhã pela quinta vez."
            "\nA OMS decide depois da reunião do comitê.",
            "*Colaborou Aline Leal",
        ),
        _scraped(
            "http://agenciabrasil.ebc.com.br/es/politica/noticia/2016-10/brasil-elecciones",
            "Brasil: elecciones en paz",
            "03/10/2016 09h21",
            "André Richter – Reportero de Agência Brasil",
            "Dólar en alta12 15:53:57",
            "La primera vuelta transcurrió en paz.",
            "Traducción: Leonardo Vieira",
        ),
        _scraped(
            "http://agenciabrasil.ebc.com.br/geral/noticia/2016-11/agencia-brasil-errou",
            "Agência Brasil errou",
            "18/11/2016 11h09",
            "Da Agência Brasil",
            "A matéria permaneceu com erro.",
        ),
        _scraped(
            "http://agenciabrasil.ebc.com.br/economia/noticia/2016-11/portugal-firma-acordo",
            "Portugal firma acordo com o Brasil",
            "18/11/2016 13h36",
            "Da Agência Lusa",
            "O governo de Portugal firmou um memorando.",
        ),
        _scraped(
            "http://agenciabrasil.ebc.com.br/internacional/noticia/2016-11/papa-manda-mensagem",
            "Papa manda mensagem ao Brasil",
            "30/11/2016 08h56",
            "",
            "O papa Francisco enviou hoje (30) uma mensagem ao povo brasileiro.",
        ),
        _scraped(
            "http://agenciabrasil.ebc.com.br/geral/noticia/2016-12/sete-brasileiros-retornam",
            "Sete brasileiros retornam ao Brasil",
            "29/12/2016 21h08",
            "Débora Brito - Repórter da Agência Brasil",
            "Sete dos 12 brasileiros já retornaram.",
        ),
    ]
)


def test_a_scraped_page_keeps_its_lines_apart_from_its_text() -> None:
    first, spanish, *_ = agencia_brasil.pages(SAMPLE)
    assert first.ident == "pt-20161117-zika-avanca" and spanish.language == "es"
    assert first.paragraphs == (
        "O ministro falou hoje (17). Ele citou dados.Marcelo Camargo/ABr",
        "O ministro falou hoje (17). Ele citou dados.",
        "Emergência",
        "O comitê de emergência da OMS se reúne amanhã pela quinta vez.",
        "A OMS decide depois da reunião do comitê.",
        "*Colaborou Aline Leal",
    )
    assert agencia_brasil.kind("Dólar en alta12 15:53:57", "") == "caption"
    assert agencia_brasil.kind("El nuevo centro, inaugurado", "El nuevo centro, inaugurado el") == (
        "caption"
    )
    assert agencia_brasil.kind("Produção de peixes cresce 1,5%.", "") == "subhead"
    assert agencia_brasil.kind("Zagueiro ainda inspira cuidados médicos", "") == "subhead"
    assert (
        agencia_brasil.kind("Lohaynny enfrentará a atleta Maria Ulitina, no sábado.", "") == "body"
    )


def test_the_texts_files_hold_the_agencys_signed_news_on_either_side_of_a_day(
    tmp_path: Path,
) -> None:
    clone = _clone(tmp_path, {agencia_brasil.SAMPLE: SAMPLE})
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh27_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["pt-20161117-zika-avanca", "es-20161003-brasil-elecciones"]
    zika, elecciones = texts.values()
    assert zika.above == ("17/11/2016 14h41", "Paula Laboissière – Repórter da Agência Brasil*")
    assert zika.captions == ("O ministro falou hoje (17). Ele citou dados.Marcelo Camargo/ABr",)
    assert zika.blocks == (
        ("body", "O ministro falou hoje (17). Ele citou dados."),
        ("subhead", "Emergência"),
        ("body", "O comitê de emergência da OMS se reúne amanhã pela quinta vez."),
        ("body", "A OMS decide depois da reunião do comitê."),
    )
    assert zika.below == ("*Colaborou Aline Leal",) and zika.licence == "CC BY 3.0 BR"
    assert elecciones.above[0] == "03/10/2016 09h21" and elecciones.below == (
        "Traducción: Leonardo Vieira",
    )
    commit = subprocess.run(
        ["git", "-C", str(clone), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert commit in texts_path.read_text(encoding="utf-8").split("\n@ ")[0]
    later_path = tmp_path / "later.txt"
    later_path.write_text(fresh28_texts.texts_file(clone), encoding="utf-8")
    assert list(read_texts(later_path)) == ["pt-20161229-sete-brasileiros-retornam"]


POST = """---
title: "Le voyage de R-Ladies Cotonou"
author:
  - name: Nadejda Sero
    url: https://twitter.com/sbnadejda
date: "2021-02-04"
tags:
  - communauté
  - mentorat
slug: "cotonout_mentoring"
---

_Nous sommes très heureux_ de vous fournir cet article, écrivez à <blog@rladies.org>.

## Comment tout a commencé… ? 🤔

{{% x user="sbnadejda" id="901597952837222401" %}}

R-Ladies Cotonou est un groupe local de [R-Ladies Global](https://twitter.com/RLadiesGlobal)
basé à Cotonou[^1].

<figure>
<img src="fig02.jpg" alt="Les membres." /><figcaption aria-hidden="true">Les membres.</figcaption>
</figure>

```r
library(meetupr)
```

- Premier **point**

| a | b |
|---|---|

![Carte de Cotonou](map.png)
Fonte: [IBGE](https://ibge.gov.br), 2021.

> **_Ne vous inquiétez pas !_**

_Auteur: [Nadejda Sero](https://twitter.com/sbnadejda).
Traduction en Espagnol: Florencia D’Andrea_
"""


def test_a_post_becomes_what_its_page_prints_and_the_credits_under_it(tmp_path: Path) -> None:
    untranslated = "---\ntitle: Un\ndate: 2021-09-24\ntranslated: no\n---\n\nEnglish.\n"
    news = "---\ntitle: News\nauthor:\n  - name: Team\ndate: '2022-03-28'\n---\n\nText.\n"
    clone = _clone(
        tmp_path,
        {
            "LICENCE.md": "CC BY 4.0\n",
            "content/blog/2021/02-04-cotonout_mentoring/index.fr.md": POST,
            "content/blog/2021/02-04-cotonout_mentoring/index.en.md": POST,
            "content/blog/2021/09-24-feat/index.es.md": untranslated,
            "content/about-us/news/2022/03-28-rfp_js/index.en.md": news,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh29_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["fr-20210204-cotonout-mentoring", "en-20220328-rfp-js"]
    post, news_text = texts.values()
    assert post.title == "Le voyage de R-Ladies Cotonou" and post.licence == "CC BY 4.0"
    assert post.above == ("Nadejda Sero", "communauté · mentorat")
    assert post.captions == ("Les membres.", "Carte de Cotonou", "Fonte: IBGE, 2021.")
    assert post.blocks == (
        (
            "body",
            "Nous sommes très heureux de vous fournir cet article, écrivez à blog@rladies.org.",
        ),
        ("subhead", "Comment tout a commencé… ? 🤔"),
        ("body", "R-Ladies Cotonou est un groupe local de R-Ladies Global basé à Cotonou."),
        ("body", "Premier point"),
        ("body", "Ne vous inquiétez pas !"),
    )
    assert post.below == ("Auteur: Nadejda Sero. Traduction en Espagnol: Florencia D’Andrea",)
    assert news_text.above == ("Team",) and news_text.blocks == (("body", "Text."),)
    assert news_text.url.startswith(fresh29_texts.REPOSITORY + "/blob/")


JIGSAW_POST = """---
extends: _layouts.post
section: content
title: Laravel Day 2019
date: 2019-06-03
categories: [events, tips]
author: Alessandro Cappellozza
---

[Sito ufficiale](https://2019.laravelday.it/)

#### Laravel the Lego™ Way

<iframe width="100%" height="480" src="https://www.youtube.com/embed/x"></iframe>

Affiancare a Laravel uno strumento RAD è una tentazione forte:

```php
$data['username'] ??= 'guest';
```

----

***
Poi ha spiegato il **SRI**.
"""


def test_a_jigsaw_post_becomes_its_author_categories_and_prose(tmp_path: Path) -> None:
    clone = _clone(
        tmp_path,
        {
            "source/copyright.blade.php": "CC BY-SA 4.0\n",
            "source/_posts/laravel-day-2019.md": JIGSAW_POST,
            "source/_posts/README.txt": "not a post\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh30_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["it-20190603-laravel-day-2019"]
    post = texts["it-20190603-laravel-day-2019"]
    assert post.url == "https://laravel-news.it/news/laravel-day-2019"
    assert post.licence == "CC BY-SA 4.0" and post.title == "Laravel Day 2019"
    assert post.above == ("Alessandro Cappellozza", "events · tips")
    assert post.blocks == (
        ("body", "Sito ufficiale"),
        ("subhead", "Laravel the Lego™ Way"),
        ("body", "Affiancare a Laravel uno strumento RAD è una tentazione forte:"),
        ("body", "Poi ha spiegato il SRI."),
    )


PELICAN_ITEM = """Title: Call for GIMP 2.10 Documentation Update
Date: 2016-05-23
Category: News
Authors: Alexandre Prokoudine
Slug: gimp-2-10-docs-update-call
Summary: It's time to start updating the [user manual][docs].

We maintain a [list of changes][changes] &mdash; see the
[wiki](http://wiki.gimp.org/) too.

![The dialog](/images/dialog.png)

## What Needs Doing

* **Updating** the [content].

[changes]: http://wiki.gimp.org/wiki/Release:2.10_changelog
[content]: /docs/
"""


def test_a_pelican_news_item_becomes_its_date_authors_summary_and_printed_prose(
    tmp_path: Path,
) -> None:
    draft = "Title: Soon\nDate: 2015-11-18\nAuthors: Wilber\nStatus: draft\n\nNot yet.\n"
    long = "Title: Long\nDate: 2017-03-01\nAuthors: Wilber\n\n" + "word " * 1501 + "\n"
    clone = _clone(
        tmp_path,
        {
            "themes/newgimp/templates/base.html": "CC BY-SA 4.0\n",
            "content/news/2016-05-23 Documentation Update Call.md": PELICAN_ITEM,
            "content/news/2006-08-11 Open Usability.md": (
                "Title: Open Usability and GIMP\nDate: 2006-08-11\nAuthors: Wilber\n\nChosen.\n"
            ),
            "content/news/draft-index.md": draft,
            "content/news/2017-03-01 Interview.md": long,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh31_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    call = "en-20160523-gimp-2-10-docs-update-call"
    assert list(texts) == ["en-20060811-open-usability-and-gimp", call]
    item = texts[call]
    assert item.url == "https://www.gimp.org/news/2016/05/23/gimp-2-10-docs-update-call/"
    assert item.licence == "CC BY-SA 4.0"
    assert item.above == (
        "2016-05-23",
        "by Alexandre Prokoudine",
        "It's time to start updating the [user manual][docs].",
    )
    assert item.blocks == (
        ("body", "We maintain a list of changes — see the wiki too."),
        ("subhead", "What Needs Doing"),
        ("body", "Updating the content."),
    )
    assert texts["en-20060811-open-usability-and-gimp"].above == ("2006-08-11", "by Wilber")


NIKOLA_POST = """<!--
.. title: Linux Day 2016
.. slug: linux-day-2016
.. date: 2016-10-17 00:00:00
.. tags:
-->

<p style="text-align: center">
<img src="/assets/images/linuxday_logo.png" alt="Linux Day">
</p>

<p>
Sabato 22 ottobre si svolgerà il <a href="https://www.linuxday.it/">Linux Day 2016</a>.
</p>

<h3>Come partecipare</h3>

<blockquote>
Buongiorno,
scrivo per conto di ILS &amp; amici.
</blockquote>

<ul><li>un talk</li><li>un <strong>workshop</strong></li></ul>

<div class="table-responsive">
    <table class="table">
        <tr><td>Commissione</td><td>Nome</td></tr>
    </table>
</div>
<!-- TEASER_END -->
"""


def test_a_nikola_post_becomes_its_date_line_and_printed_blocks(tmp_path: Path) -> None:
    agid = NIKOLA_POST.replace("linux-day-2016", "agid").replace("Sabato", "AgID, sabato")
    clone = _clone(
        tmp_path,
        {
            "themes/ils/templates/base.tmpl": "CC0\n",
            "posts/2016/10/17/linux-day-2016.md": NIKOLA_POST,
            "posts/2016/10/18/agid.md": agid,
            "posts/2013/3/26/di-nuovo-online.md": NIKOLA_POST.replace("2016-10-17", "2013-03-26"),
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh32_texts.texts_file(clone, "HEAD"), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["it-20161017-linux-day-2016"]
    post = texts["it-20161017-linux-day-2016"]
    assert post.url.endswith("/blob/HEAD/posts/2016/10/17/linux-day-2016.md")
    assert post.licence == "CC0 1.0" and post.above == ("Pubblicato il 2016-10-17",)
    assert post.blocks == (
        ("body", "Sabato 22 ottobre si svolgerà il Linux Day 2016."),
        ("subhead", "Come partecipare"),
        ("body", "Buongiorno, scrivo per conto di ILS & amici."),
        ("body", "un talk"),
        ("body", "un workshop"),
    )


PHP_PAGE = """<?xml version="1.0" encoding="utf-8"?>
<refentry xmlns="http://docbook.org/ns/docbook" xml:id="function.str-pad">
 <refnamediv>
  <refname>str_pad</refname>
  <refpurpose>Complète une chaîne</refpurpose>
 </refnamediv>
 <refsect1 role="description">
  &reftitle.description;
  <methodsynopsis>
   <type>string</type><methodname>str_pad</methodname>
   <methodparam><type>string</type><parameter>string</parameter></methodparam>
   <methodparam choice="opt"><type class="union"><type>int</type><type>null</type></type>
    <parameter>length</parameter><initializer>&null;</initializer></methodparam>
   <methodparam rep="repeat"><type>string</type><parameter>more</parameter></methodparam>
  </methodsynopsis>
  <para>
   Complète <parameter>string</parameter>, comme
   <function>str_repeat</function>.
  </para>
 </refsect1>
 <refsect1 role="parameters">
  &reftitle.parameters;
  <para>
   <variablelist>
    <varlistentry>
     <term><parameter>length</parameter></term>
     <listitem><para>La longueur, ou &null;.</para></listitem>
    </varlistentry>
   </variablelist>
  </para>
 </refsect1>
 <refsect1 role="changelog">
  &reftitle.changelog;
  <informaltable>
   <tgroup cols="2"><thead><row><entry>Version</entry><entry>Description</entry></row></thead>
   <tbody><row><entry>8.0.0</entry><entry><parameter>length</parameter> est nullable.</entry>
   </row></tbody>
   </tgroup>
  </informaltable>
 </refsect1>
 <refsect1 role="examples">
  &reftitle.examples;
  <example>
   <title>Exemple avec <function>str_pad</function></title>
   <programlisting role="php"><![CDATA[<?php echo str_pad("a", 3); ?>]]></programlisting>
   &example.outputs;
   <screen><![CDATA[a  ]]></screen>
  </example>
 </refsect1>
 <refsect1 role="seealso">
  &reftitle.seealso;
  <simplelist><member><function>str_repeat</function></member></simplelist>
 </refsect1>
</refentry>
"""


def test_a_php_manual_page_becomes_its_synopsis_sections_and_printed_paragraphs(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "clones"
    folder.mkdir()
    alias = '<refentry xmlns="http://docbook.org/ns/docbook"><refnamediv><refname>chop'
    alias += "</refname><refpurpose>Alias de rtrim</refpurpose></refnamediv><refsect1>"
    alias += "&reftitle.description;<simpara>Alias de rtrim.</simpara></refsect1></refentry>"
    clones = {
        "doc-base": {"entities/global.ent": "<!ENTITY null '<constant>null</constant>'>\n"},
        "doc-en": {
            "reference/strings/versions.xml": "<versions><function name='str_pad' "
            "from='PHP 4, PHP 5, PHP 7, PHP 8'/><function name='chop' from='PHP 4'/>"
            "<function name='strtr' from='PHP 4'/><function name='strrev' from='PHP 4'/>"
            "</versions>\n",
            "language-snippets.ent": "<!ENTITY example.outputs "
            "'<simpara>The above example will output:</simpara>'>\n",
        },
        "doc-fr": {
            "entities/entities.title.ent": "".join(
                f'<entity name="reftitle.{key}"><title>{title}</title></entity>\n'
                for key, title in (
                    ("description", "Description"),
                    ("parameters", "Liste de paramètres"),
                    ("changelog", "Historique"),
                    ("examples", "Exemples"),
                    ("seealso", "Voir aussi"),
                )
            ),
            "language-snippets.ent": "<!ENTITY example.outputs "
            '"<simpara>L\'exemple ci-dessus va afficher :</simpara>">\n',
            "reference/strings/functions/str-pad.xml": PHP_PAGE,
            "reference/strings/functions/chop.xml": alias,
            "reference/strings/functions/strtr.xml": PHP_PAGE.replace(
                "str_pad</refname>", "strtr</refname>"
            ).replace("<para>La", '<para><xref linkend="x"/> La'),
            "reference/strings/functions/strrev.xml": PHP_PAGE.replace(
                "str_pad</refname>", "strrev</refname>"
            ).replace("&null;.", "&undefined;."),
        },
    }
    for name, pages in clones.items():
        (_clone(tmp_path / name, pages)).rename(folder / name)
    defined = fresh33_texts.entities(folder / "doc-base", folder / "doc-en", folder / "doc-fr")
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(
        "\n" + "\n".join(fresh33_texts.entries(folder, "fr", defined)), encoding="utf-8"
    )
    texts = read_texts(texts_path)
    assert list(texts) == ["fr-20130628-str_pad"]
    page = texts["fr-20130628-str_pad"]
    assert page.url == "https://www.php.net/manual/fr/function.str-pad.php"
    assert page.above == ("(PHP 4, PHP 5, PHP 7, PHP 8)", "str_pad — Complète une chaîne")
    assert page.blocks == (
        ("subhead", "Description"),
        ("body", "str_pad(string $string, ?int $length = null, string ...$more): string"),
        ("body", "Complète string, comme str_repeat()."),
        ("subhead", "Liste de paramètres"),
        ("body", "length"),
        ("body", "La longueur, ou null."),
        ("subhead", "Historique"),
        ("body", "Version | Description"),
        ("body", "8.0.0 | length est nullable."),
        ("subhead", "Exemples"),
        ("body", "Exemple avec str_pad()"),
        ("body", "L'exemple ci-dessus va afficher :"),
        ("subhead", "Voir aussi"),
        ("body", "str_repeat()"),
    )


PEP = """PEP: 9999
Title: Frozen ``widgets`` for the *standard* library
Author: Ada Lovelace <ada@example.org>,
        Alan Turing <alan@example.org>
Status: Final
Type: Standards Track
Created: 23-Feb-2013
Python-Version: 3.14
Post-History: 24-Feb-2013


Abstract
========

This PEP proposes :class:`frozenwidget`, as :pep:`8` and the
`tutorial <https://docs.python.org/>`_ suggest [1]_.  Call :func:`~os.path.join` -- "now".

.. note::

   A boxed note the page sets apart.

Specification
=============

Use it so::

    x = frozenwidget()

* a ``tuple`` of widgets
* nothing else

Term
   Its definition.

===  ===
a    b
===  ===

Open Issues
===========

.. [1] The tutorial.

Empty
=====

Copyright
=========

This document is placed in the public domain or under the
CC0-1.0-Universal license, whichever is more permissive.
"""


def test_a_pep_becomes_its_header_fields_and_the_prose_its_page_prints(tmp_path: Path) -> None:
    old = PEP.replace(
        "is placed in the public domain or under the\nCC0-1.0-Universal license,"
        " whichever is more permissive.",
        "has been placed in the public domain.",
    )
    clone = _clone(
        tmp_path,
        {
            "pep_sphinx_extensions/pep_theme/templates/page.html": "<html>\n",
            "peps/pep-9999.rst": PEP,
            "peps/pep-0042.rst": old.replace("PEP: 9999", "PEP: 42"),
            "peps/pep-0043.rst": PEP.replace("Specification", "Motivation")
            + ("word " * 1501 + "\n"),
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh34_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20130223-pep-9999"]
    pep = texts["en-20130223-pep-9999"]
    assert pep.url == "https://peps.python.org/pep-9999/" and pep.licence == "CC0 1.0"
    assert pep.title == "PEP 9999 – Frozen widgets for the standard library"
    assert pep.above == (
        "Author: Ada Lovelace <ada at example.org>, Alan Turing <alan at example.org>",
        "Status: Final",
        "Type: Standards Track",
        "Created: 23-Feb-2013",
        "Python-Version: 3.14",
    )
    assert pep.blocks == (
        ("subhead", "Abstract"),
        (
            "body",
            "This PEP proposes frozenwidget, as PEP 8 and the tutorial suggest. Call join() "
            "\u2013 \u201cnow\u201d.",
        ),
        ("subhead", "Specification"),
        ("body", "Use it so:"),
        ("body", "a tuple of widgets"),
        ("body", "nothing else"),
        ("body", "Term"),
        ("body", "Its definition."),
        ("subhead", "Open Issues"),
        ("body", "The tutorial."),
        ("subhead", "Copyright"),
        (
            "body",
            "This document is placed in the public domain or under the CC0-1.0-Universal "
            "license, whichever is more permissive.",
        ),
    )


ANNOUNCEMENT = """---
id: nix-0.9
title: Nix 0.9 released
date: 2005-10-16T00:00:00.000Z
category: announcements
---

[![Nix logo](../../../assets/logo/nix.png)](https://nixos.org/)[Nix 0.9](https://releases.nixos.org/nix/nix-0.9/)
has been released. Read the **release notes**.

## Upgrading

* Run `nix-env -u`.
"""


def test_an_announcement_becomes_its_published_line_and_printed_prose(tmp_path: Path) -> None:
    folder = "core/src/content/blog/announcements"
    long = ANNOUNCEMENT.replace("id: nix-0.9", "id: long") + "word " * 1501 + "\n"
    clone = _clone(
        tmp_path,
        {
            "core/src/components/Footer.astro": "CC-BY-SA-4.0\n",
            f"{folder}/2005-10-16_nix-0.9.md": ANNOUNCEMENT,
            f"{folder}/2007-03-19_nixos-manual.md": ANNOUNCEMENT.replace("id: nix-0.9\n", "")
            .replace("2005-10-16", "2007-03-19")
            .replace("Nix 0.9 released", "NixOS manual"),
            f"{folder}/2017-03-01_long.md": long,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh35_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20051016-nix-0.9", "en-20070319-nixos-manual"]
    item = texts["en-20051016-nix-0.9"]
    assert item.url == "https://nixos.org/blog/announcements/2005/nix-0.9/"
    assert item.licence == "CC BY-SA 4.0" and item.title == "Nix 0.9 released"
    assert item.above == ("Published on Sun Oct 16 2005",)
    assert item.blocks == (
        ("body", "Nix 0.9 has been released. Read the release notes."),
        ("subhead", "Upgrading"),
        ("body", "Run nix-env -u."),
    )
    manual = texts["en-20070319-nixos-manual"]
    assert manual.url.endswith("/2007/nixos-manual/")
    assert manual.above == ("Published on Mon Mar 19 2007",)


NEWS_ITEM = """Title: Foo 2 needs a config migration
Author: Jane Doe <jane@gentoo.org>
Author: Max Roe <max@gentoo.org>
Posted: 2024-03-05
Revision: 1
News-Item-Format: 2.0
Display-If-Installed: app-misc/foo

Foo 2 reads its settings from a new place.  Move the old file
before you upgrade [1]:

    mv /etc/foo.conf /etc/foo/foo.conf

or

    foo-migrate --all

Nothing else changes.

[1] https://bugs.gentoo.org/
    123456
"""


def test_a_news_item_becomes_its_headers_and_its_prose_paragraphs(tmp_path: Path) -> None:
    name = "2024-03-05-foo-2"
    old = "2018-10-21-old"
    clone = _clone(
        tmp_path,
        {
            "README": "CC BY-SA 4.0\n",
            f"{name}/{name}.en.txt": NEWS_ITEM,
            f"{name}/{name}.pl.txt": NEWS_ITEM.replace("Title: Foo 2", "Title: Foo 2 (pl)"),
            f"{old}/{old}.en.txt": NEWS_ITEM,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh38_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20240305-foo-2", "pl-20240305-foo-2"]
    item = texts["en-20240305-foo-2"]
    assert item.url.endswith(f"/tree/{name}/{name}.en.txt") and item.licence == "CC BY-SA 4.0"
    assert item.title == "Foo 2 needs a config migration"
    assert item.above[:3] == (
        "Author: Jane Doe <jane@gentoo.org>",
        "Author: Max Roe <max@gentoo.org>",
        "Posted: 2024-03-05",
    )
    assert item.blocks == (
        (
            "body",
            "Foo 2 reads its settings from a new place. Move the old file before you upgrade [1]:",
        ),
        ("body", "Nothing else changes."),
    )
    assert texts["pl-20240305-foo-2"].language == "pl"


GO_POST = """---
title: "Go 1.99 is released"
date: 2031-02-11
by:
- Ann Gopher
- Bo Gopher
summary: Go 1.99 is out.
---

{{image "go1.99/gopher.png"}}

Today the Go team is happy to release [Go 1.99](/doc/go1.99).
It is *fast*.

## Thanks

Thanks to everyone who helped.
"""


def test_a_go_blog_post_without_code_becomes_its_authors_day_and_prose(tmp_path: Path) -> None:
    folder = "_content/blog"
    clone = _clone(
        tmp_path,
        {
            "_content/copyright.md": "CC BY 4.0\n",
            f"{folder}/go1.99.md": GO_POST,
            f"{folder}/code.md": GO_POST + "\n    fmt.Println(1)\n",
            f"{folder}/moved.md": "---\nredirect: /blog/go1.99\n---\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh37_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310211-go1.99"]
    post = texts["en-20310211-go1.99"]
    assert post.url == "https://go.dev/blog/go1.99" and post.licence == "CC BY 4.0"
    assert post.title == "Go 1.99 is released"
    assert post.above == ("Ann Gopher and Bo Gopher", "11 February 2031")
    assert post.blocks == (
        ("body", "Today the Go team is happy to release Go 1.99. It is fast."),
        ("subhead", "Thanks"),
        ("body", "Thanks to everyone who helped."),
    )


ELIXIR_POST = """---
layout: post
title: Elixir v9.0 released
authors:
- Ann Alchemist
- Bo Brewer
category: Releases
excerpt: Elixir v9.0 is out.
---

Elixir v9.0 is out, with [types](https://hexdocs.pm/) everywhere.

```elixir
IO.puts("hello")
```

    iex> 1 + 1

<video controls>
  Your browser does not support the video tag.
</video>

## Upgrading

Happy coding!
"""


def test_an_elixir_post_becomes_its_byline_and_its_prose(tmp_path: Path) -> None:
    clone = _clone(
        tmp_path,
        {
            "_posts/2031-02-11-elixir-v9-0-released.markdown": ELIXIR_POST,
            "_posts/2031-03-01-long.markdown": ELIXIR_POST + "word " * 2001 + "\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh36_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310211-elixir-v9-0-released"]
    post = texts["en-20310211-elixir-v9-0-released"]
    assert post.url == "https://elixir-lang.org/blog/2031/02/11/elixir-v9-0-released/"
    assert post.licence == "Apache-2.0" and post.title == "Elixir v9.0 released"
    assert post.above == ("February 11, 2031 · by Ann Alchemist, Bo Brewer · in Releases",)
    assert post.blocks == (
        ("body", "Elixir v9.0 is out, with types everywhere."),
        ("subhead", "Upgrading"),
        ("body", "Happy coding!"),
    )


MONEROPEDIA_ENTRY = """---
summary: 'Ein Gerät im Internet, auf dem die Monero-Software läuft'
terms: ["node", "nodes", "knoten"]
---

{% include disclaimer.html translated="yes" translationOutdated="no" %}

### Grundlagen

Ein Gerät im Internet, auf dem die
Monero-Software läuft, mit einer Kopie der @Blockchain.

### Weitere Informationen

Knoten nehmen am Netzwerk teil und sichern die @Transaktionen
durch die Regeln des [Netzwerks](https://example.org/) (@ring-signature-based).

---

##### Andere Quellen

<sub>1. *Eine Erklärung* im Blog</sub>
"""


def _strings(entries: str) -> str:
    return (
        f"titles:\n  moneropedia: Moneropedia\nmoneropedia:\n  back: Zurück\n  entries:\n{entries}"
    )


def test_a_translated_moneropedia_entry_becomes_its_name_and_its_prose(tmp_path: Path) -> None:
    folder = "_i18n/{}/resources/moneropedia/{}.md"
    untranslated = MONEROPEDIA_ENTRY.replace('translated="yes"', 'translated="no"')
    clone = _clone(
        tmp_path,
        {
            "_i18n/de.yml": _strings(
                "    node: Knoten\n    change: Wechselgeld\nfooter:\n  ml: Liste\n"
            ),
            folder.format("de", "node"): MONEROPEDIA_ENTRY,
            folder.format("de", "change"): untranslated,
            folder.format("de", "unnamed"): MONEROPEDIA_ENTRY,
            **{f"_i18n/{lang}.yml": _strings("    node: Node\n") for lang in ("fr", "pl", "ru")},
            **{folder.format(lang, "node"): untranslated for lang in ("fr", "pl", "ru")},
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh40_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["de-20130628-node"]
    entry = texts["de-20130628-node"]
    assert entry.url == "https://www.getmonero.org/de/resources/moneropedia/node.html"
    assert entry.licence == "BSD-3-Clause" and entry.title == "Knoten"
    assert entry.blocks == (
        ("subhead", "Grundlagen"),
        (
            "body",
            "Ein Gerät im Internet, auf dem die Monero-Software läuft, mit einer Kopie der "
            "Blockchain.",
        ),
        ("subhead", "Weitere Informationen"),
        (
            "body",
            "Knoten nehmen am Netzwerk teil und sichern die Transaktionen durch die Regeln des "
            "Netzwerks (ring signature based).",
        ),
        ("subhead", "Andere Quellen"),
        ("body", "1. Eine Erklärung im Blog"),
    )


EIG_POST = """---
author: Ann Dupont, équipe EIG
description: 'Le programme EIG a bientôt 3 ans ! Une rétrospective
  en données chiffrées. '
layout: post
title: 'Data EIG : l''année en chiffres'
---

Alors que l'équipe accompagne la [troisième promotion](https://example.org/), voici les chiffres.

<iframe width="100%" height="650" src="https://example.org/"> </iframe>

#### Une communauté

La communauté compte **37 EIG alumni**.

## Pour revoir la table-ronde :

<iframe src="https://example.org/video"></iframe>
"""

EIG_CHALLENGE = """---
layout: defi
title: Prévisecours
---

Les sapeurs-pompiers ont effectué plus de 4 542 400 interventions.

<hr>
### Chiffres clés
"""

EIG_DATA = """"Prévisecours":
  title: Prévisecours
  description: Anticiper les interventions des pompiers
  year: 2018
  promotion: 2
  duration_months: 10
  ville: "Évry (91000)"
  administration: SDIS 91
  eigs:
    - "Tiphaine Phe-Neau"

"Sans page":
  title: Sans page
  promotion: dig
"""


def test_an_eig_post_and_challenge_become_their_printed_lines_and_prose(tmp_path: Path) -> None:
    clone = _clone(
        tmp_path,
        {
            "LICENSE.md": "# LICENCE OUVERTE / OPEN LICENCE\n",
            "_posts/19-05-09-chiffres-eig.md": EIG_POST,
            "_posts/_18-02-13-exemple.md": EIG_POST,
            "en/_posts/2019-06-12-impact.md": EIG_POST.replace("équipe EIG", "EIG team"),
            "_defis/2018-01-01-previsecours.md": EIG_CHALLENGE,
            "_data/defis.yml": EIG_DATA,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh39_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == [
        "fr-20190509-chiffres-eig",
        "en-20190612-impact",
        "fr-20180101-defi-previsecours",
    ]
    post = texts["fr-20190509-chiffres-eig"]
    site = "https://entrepreneur-interet-general.etalab.gouv.fr"
    assert post.url == f"{site}/blog/2019/05/09/chiffres-eig.html"
    assert post.licence == "Licence Ouverte 2.0" and post.title == "Data EIG : l'année en chiffres"
    assert post.above == ("9 mai 2019 / de Ann Dupont, équipe EIG",)
    assert post.blocks == (
        (
            "body",
            "Alors que l'équipe accompagne la troisième promotion, voici les chiffres.",
        ),
        ("subhead", "Une communauté"),
        ("body", "La communauté compte 37 EIG alumni."),
    )
    english = texts["en-20190612-impact"]
    assert english.url == f"{site}/en/blog/2019/06/12/impact.html"
    assert english.above == ("12 June 2019 / by Ann Dupont, EIG team",)
    challenge = texts["fr-20180101-defi-previsecours"]
    assert challenge.url == f"{site}/defis/2018/previsecours.html"
    assert challenge.above == (
        "Anticiper les interventions des pompiers",
        "Administration de rattachement : SDIS 91 - Évry (91000)",
        "Année et durée : 2018 — EIG 2 — 10 mois",
    )
    assert challenge.blocks == (
        ("body", "Les sapeurs-pompiers ont effectué plus de 4 542 400 interventions."),
    )


DELTA_POST = """---
title: "Delta Chat 9.0 released"
author: ann, bo
com_id: 1
---

<img src="../assets/blog/nine.png" style="width:240px; float:right;" />
**Delta Chat 9.0 is out,**
with [chatmail](https://chatmail.at/) everywhere.
Enjoy.

<style>
abbr[title] { text-decoration-color: grey; }
</style>

## Why a new way? {#why}

```
make release
```

Because email works.
"""


def test_a_delta_chat_post_becomes_its_byline_and_its_joined_lines(tmp_path: Path) -> None:
    clone = _clone(
        tmp_path,
        {
            "LICENSE": "GNU GENERAL PUBLIC LICENSE\n",
            "_posts/2031-02-11-nine.md": DELTA_POST,
            "_posts/2031-03-01-long.md": DELTA_POST + "word " * 2001 + "\n",
            "_posts/2031-03-02-untitled.md": "---\nauthor: ann\n---\n\nWords.\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh41_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310211-nine"]
    post = texts["en-20310211-nine"]
    assert post.url == "https://delta.chat/en/2031-02-11-nine"
    assert post.licence == "GPL-3.0-or-later" and post.title == "Delta Chat 9.0 released"
    assert post.above == ("February 11, 2031 by ann, bo",)
    assert post.blocks == (
        ("body", "Delta Chat 9.0 is out, with chatmail everywhere. Enjoy."),
        ("subhead", "Why a new way?"),
        ("body", "Because email works."),
    )


NEWS_PAGE = """\
metadata:
  archive: notizie
components:
  hero:
    title: Online il nuovo portale
    subtitle: 'Un approccio ''user centered'' per il sito'
    tag:
      label: Notizia
    share:
      button:
        label: Condividi
    kangaroo:
      tags:
        - Modelli di sito
      personalInfo:
        items:
        - title: Tempo di lettura
          label: 2 minuti
        - title: Data
          label: 27 aprile 2031
  sectionsEditorial:
  - id: corpoNotizia
    components:
    - name: TextImageCta
      text: |
        Da oggi è online [la nuova piattaforma](https://example.org/) per i **Comuni**.

        ## I prossimi passi

        Le attività iniziano a maggio.
"""
"""A Designers Italia news page as its site's YAML keeps it: the hero, the editorial text."""


def test_a_designers_italia_page_and_a_cloud_gov_post_become_their_texts(tmp_path: Path) -> None:
    words = " ".join(["parola"] * 60)
    news = "src/data/content/community/notizie"
    designers = _clone(
        tmp_path / "designers",
        {
            f"{news}/20310427-online-il-nuovo-portale.yaml": NEWS_PAGE.replace("maggio.", words),
            f"{news}/20310501-atlante.yaml": NEWS_PAGE.replace("2 minuti", "A/A 2031"),
        },
    )
    post = "---\nlayout: post\ntitle: Deprecation Notice\n---\n\n" + "We retire it. " * 30
    cloudgov = _clone(
        tmp_path / "cloudgov",
        {
            "_posts/2031-04-25-deprecation-notice.md": post,
            "_posts/2031-04-26-release-notes.md": post,
            "_posts/2031-04-27-short.md": "---\ntitle: Short\n---\n\nOne line.\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh42_texts.texts_file(designers, cloudgov), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["it-20310427-online-il-nuovo-portale", "en-20310425-deprecation-notice"]
    page = texts["it-20310427-online-il-nuovo-portale"]
    assert page.licence == "CC BY 4.0" and page.title == "Online il nuovo portale"
    assert page.above == (
        "Un approccio 'user centered' per il sito",
        "2 minuti",
        "27 aprile 2031",
        "Modelli di sito",
    )
    assert page.blocks[:2] == (
        ("body", "Da oggi è online la nuova piattaforma per i Comuni."),
        ("subhead", "I prossimi passi"),
    )
    notice = texts["en-20310425-deprecation-notice"]
    assert notice.url == "https://cloud.gov/2031/04/25/deprecation-notice/"
    assert notice.licence == "CC0 1.0" and notice.above == ()


ISSUE = """\
#+title: Gazette #BlueHats n°7
#+date: 2031-05-05
#+author: DINUM

La gazette #BlueHats est une lettre d'information bimestrielle.

* Le [[https://example.org/sill][SILL]] 2031 est en ligne

Le socle est publié par *Etalab* sous forme de /site web/ : [[https://sill.example.org]].
Il est mis à jour en continu par [[https://example.org/mim][les groupes
#BlueHats]] de plusieurs ministères et par la mission.

- un catalogue de =190= logiciels ;
- un fil RSS.

=>>= Pour en savoir plus, écrivez à [[mailto:opensource@example.org][la mission]].

* Focus sur Piaf

Pour des IA francophones, en français.

** Quel est le besoin ?

Des données en français.

* Nouveaux codes sources

** Un outil libre pour les cartes

[[https://example.org/carte.png]]

WORDS

* Revue de presse

** En France

WORDS
"""
"""An issue of the gazette as its repository keeps it: Org headings over each item."""


def test_a_gazette_issue_becomes_its_news_items(tmp_path: Path) -> None:
    words = " ".join(["mot"] * 45)
    issue = ISSUE.replace("WORDS", words).replace("Des données en français.", words)
    first = ISSUE.replace("WORDS", words).replace("n°7", "n°6").replace("2031-05-05", "2031-03-01")
    clone = _clone(
        tmp_path,
        {
            "content/post/gazette_bluehat_7.org": issue,
            "content/post/gazette_bluehat_6.org": first,
            "content/post/a-propos.fr.org": issue,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh43_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == [
        "fr-20310301-bluehats06-01",
        "fr-20310301-bluehats06-05",
        "fr-20310505-bluehats07-02",
    ]
    sill = texts["fr-20310301-bluehats06-01"]
    assert sill.title == "Le SILL 2031 est en ligne" and sill.licence == "Licence Ouverte 2.0"
    assert sill.url == "https://disic.github.io/gazette-bluehats/gazette_bluehat_6/"
    assert sill.above == ("Gazette #BlueHats n°6", "2031-03-01")
    assert sill.blocks == (
        (
            "body",
            "Le socle est publié par Etalab sous forme de site web : https://sill.example.org. "
            "Il est mis à jour en continu par les groupes #BlueHats de plusieurs ministères et par "
            "la mission.",
        ),
        ("body", "un catalogue de 190 logiciels ;"),
        ("body", "un fil RSS."),
        ("body", ">> Pour en savoir plus, écrivez à la mission."),
    )
    assert texts["fr-20310301-bluehats06-05"].blocks == (("body", words),)
    piaf = texts["fr-20310505-bluehats07-02"]
    assert piaf.title == "Focus sur Piaf"
    assert piaf.blocks == (
        ("body", "Pour des IA francophones, en français."),
        ("subhead", "Quel est le besoin ?"),
        ("body", words),
    )


UBUCON_ITEM = """Title: Programm der Ubucon 2031 steht
Date: 2031-05-04 19:03
Author: Dominik
Slug: programm-2031

![Logo]({filename}/files/logo.png){width="200"}

Das **Programm** der [Ubucon](https://ubucon.de/) ist fertig. Es gibt viele Vorträge und
Workshops für alle, die sich für Ubuntu interessieren und mit uns über die Zukunft reden.

Protokoll
---------

Die Anmeldung ist ab sofort auf der Seite möglich und wir freuen uns auf euch.
"""
"""A UbuCon news item as its Pelican source keeps it: metadata, an image with its size, an
underlined heading."""


def test_an_ubucon_item_and_an_interferencias_post_become_their_texts(tmp_path: Path) -> None:
    english = UBUCON_ITEM.replace("Slug: programm-2031", "Slug: programm-2031\nLang: en")
    short = "Title: Kurz\nDate: 2031-05-05 10:00\n\nDer Vortrag fällt aus.\n"
    ubucon = _clone(
        tmp_path / "ubucon",
        {
            "content/2031/programm.md": UBUCON_ITEM,
            "content/2031/programme.md": english,
            "content/2031/kurz.md": short,
            "content/pages/impressum.md": UBUCON_ITEM,
        },
    )
    words = "El pasado sábado hicimos la reunión de la asociación en la facultad y se habló de "
    post = "---\nlayout: post\ntitle: Resumen de la reunión\nauthor: paula\n---\n\n"
    interferencias = _clone(
        tmp_path / "interferencias",
        {
            "_data/authors.yml": "paula:\n  github: https://github.com/p\n  name: Paula\n",
            "_posts/2031-01-14-resumen.md": post + words * 3 + "privacidad.\n",
            "_posts/2031-01-15-summary.md": post + "We met and talked about the things. " * 20,
            "_posts/2031-01-16-primos.md": post + words * 3 + "y de $p \\cdot q$.\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh44_texts.texts_file(ubucon, interferencias), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["de-20310504-programm-2031", "es-20310114-resumen"]
    item = texts["de-20310504-programm-2031"]
    assert item.url == "https://ubucon.de/2031/programm-2031/"
    assert item.licence == "CC BY-SA 3.0" and item.title == "Programm der Ubucon 2031 steht"
    assert item.above == ("So, 4. Mai 2031", "von Dominik")
    assert item.blocks[0][1].startswith("Das Programm der Ubucon ist fertig. Es gibt")
    assert item.blocks[1:] == (
        ("subhead", "Protokoll"),
        ("body", "Die Anmeldung ist ab sofort auf der Seite möglich und wir freuen uns auf euch."),
    )
    post_text = texts["es-20310114-resumen"]
    assert post_text.url == "https://interferencias.tech/2031/01/14/resumen/"
    assert post_text.licence == "CC BY-SA 4.0"
    assert post_text.above == ("14 de enero de 2031", "ESCRITO POR Paula")


BUTECO_POST = """---
layout: wordpress
title: Lançada a versão 3 do Programa &#8211; agora livre
date: 2031-03-04 08:39:33
author: paula
permalink: /lancada-a-versao-3/
categories:
  - Notícias
tags:
  - lançamento
---

Foi <strong>lançada</strong> hoje a versão 3 do <a href="https://example.org">Programa</a>, que \
agora é software livre e pode ser instalado em qualquer distribuição com os pacotes do projeto.

<!--more-->

<h2>O que mudou</h2>

A nova versão traz uma interface mais simples para quem está começando, com mais opções.<br />
Ela também está mais rápida.
<ul>
<li>Suporte a temas</li>
<li>Menos memória</li>
</ul>
"""
"""A Buteco news post as its Jekyll source keeps it: WordPress HTML under the front matter."""

WEEE_POST = """title: "Festa del riuso"
date: 2031-2-2T12:00:00Z
template: blogpost.php
---
<p>Il team WEEE Open ha partecipato alla <a href="https://example.org/festa">Festa del riuso</a> \
con un banco per la riparazione dei computer, e abbiamo aiutato molte persone del quartiere.</p>
<h3>Il banco</h3>
<p>Sono stati riparati dodici computer portatili che sono poi tornati ai loro proprietari.</p>
"""
"""A WEEE Open post as its site keeps it: `Key: value` lines closed by `---`, then HTML."""


EXODUS_POST = """---
title: Compte rendu de notre assemblée générale
date: 2031-03-15
draft: no
tags: [AG]
---

L'association a tenu son assemblée générale annuelle et nous avons voté le bilan de l'année pour
la suite des projets dans une ambiance très studieuse avec les membres qui sont venus.

## Les projets

Nous avons présenté les projets de l'année qui vient et les membres ont posé des questions sur
les analyses des applications.
"""
"""An Exodus Privacy post as its Hugo source keeps it, in French."""


def test_buteco_weee_open_and_exodus_privacy_posts_become_their_texts(tmp_path: Path) -> None:
    tip = BUTECO_POST.replace("  - Notícias", "  - Dicas")
    code = BUTECO_POST.replace("Ela também", "<pre>make</pre> Ela também")
    buteco = _clone(
        tmp_path / "buteco",
        {
            "_data/authors.yml": "paula:\n  name: Paula Lima\n  bio:\n",
            "_posts/2031-03-04-lancada-a-versao-3.md": BUTECO_POST,
            "_posts/2031-03-05-dica.md": tip,
            "_posts/2031-03-06-codigo.md": code,
        },
    )
    english = "title: Recycling party\ndate: 2031-2-3T12:00:00Z\nlang: en\n---\n"
    weee = _clone(
        tmp_path / "weee",
        {
            "input/blog/_.yaml": "blog_post: true\n",
            "input/blog/festa-del-riuso.html": WEEE_POST,
            "input/blog/bozza.wip.md": WEEE_POST,
            "input/blog/party.md": english + "We mended the computers of the people. " * 9,
        },
    )
    told = "We held our general assembly and voted the accounts of the year with the members. "
    exodus = _clone(
        tmp_path / "exodus",
        {
            "content/post/AG2031.fr.md": EXODUS_POST,
            "content/post/AG2031.en.md": EXODUS_POST.split("\n---\n")[0] + "\n---\n" + told * 5,
            "content/post/brouillon.fr.md": EXODUS_POST.replace("draft: no", "draft: yes"),
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh45_texts.texts_file(buteco, weee, exodus), encoding="utf-8")
    texts = read_texts(texts_path)
    story = "fr" if fresh45_texts.chosen_language("AG2031", {"fr", "en"}) == "fr" else "en"
    assert list(texts) == [
        "pt-20310304-lancada-a-versao-3",
        "it-20310202-festa-del-riuso",
        f"{story}-20310315-ag2031",
    ]
    assert fresh45_texts.chosen_language("only", {"en"}) == "en"
    note = texts[f"{story}-20310315-ag2031"]
    assert note.url == f"https://exodus-privacy.eu.org/{story}/post/ag2031/"
    assert note.licence == "AGPL-3.0" and note.above == ("15 Mar, 2031",)
    post = texts["pt-20310304-lancada-a-versao-3"]
    assert post.url == "https://butecopensource.com.br/lancada-a-versao-3/"
    assert (
        post.licence == "CC BY-SA 4.0"
        and post.title == "Lançada a versão 3 do Programa – agora livre"
    )
    assert post.above == ("4 de março de 2031", "por Paula Lima")
    assert post.blocks[0][1].startswith("Foi lançada hoje a versão 3 do Programa, que agora")
    assert post.blocks[1:] == (
        ("subhead", "O que mudou"),
        (
            "body",
            "A nova versão traz uma interface mais simples para quem está começando, com "
            "mais opções. Ela também está mais rápida.",
        ),
        ("body", "Suporte a temas"),
        ("body", "Menos memória"),
    )
    team = texts["it-20310202-festa-del-riuso"]
    assert team.url == "https://weeeopen.polito.it/blog/festa-del-riuso.html"
    assert team.above == ("2 feb 2031",) and team.title == "Festa del riuso"
    assert team.blocks[1:] == (
        ("subhead", "Il banco"),
        (
            "body",
            "Sono stati riparati dodici computer portatili che sono poi tornati ai loro "
            "proprietari.",
        ),
    )


CERTIFICATE_POST = """\
---
author: Ann Bo, ISRG Executive Director
date: 2031-02-03T00:00:00Z
excerpt: Short-lived certificates are here.
  Read on.
title: 'Short-Lived Certificates: Now Available'
slug: short-lived
---

Starting today, you can ask for **six-day** certificates from
[our API](https://example.org/acme).

{{< figure src="/images/chart.png" >}}

## What changes

* Renewal is automatic.
* Nothing else.

WORDS

Thanks to our [sponsors](https://example.org/sponsors).
"""
"""A Let's Encrypt blog post as the site's repository keeps it: front matter with a quoted
title and a folded excerpt, Markdown, a Hugo shortcode (`WORDS` a paragraph of filler)."""


def test_a_lets_encrypt_post_becomes_its_byline_day_and_printed_prose(tmp_path: Path) -> None:
    words = " ".join(["word"] * 60)
    post = CERTIFICATE_POST.replace("WORDS", words)
    short = "---\ntitle: Brief\ndate: 2031-02-05T00:00:00Z\n---\n\nToo short to take.\n"
    clone = _clone(
        tmp_path,
        {
            "LICENSE.txt": "Mozilla Public License Version 2.0\n",
            "content/en/post/2031-2-3-short-lived.md": post,
            "content/en/post/2031-02-05-brief.md": short,
            "content/en/post/2031-02-01-unsigned.markdown": post.replace(
                "author: Ann Bo, ISRG Executive Director\n", ""
            )
            .replace("2031-02-03", "2031-02-01")
            .replace("short-lived", "unsigned"),
            "content/en/post/_index.md": "---\ntitle: Blog\n---\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh46_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310201-unsigned", "en-20310203-short-lived"]
    post = texts["en-20310203-short-lived"]
    assert post.url == "https://letsencrypt.org/2031/02/03/short-lived/"
    assert post.licence == "MPL-2.0" and post.title == "Short-Lived Certificates: Now Available"
    assert post.above == ("By Ann Bo, ISRG Executive Director · February 3, 2031",)
    assert post.blocks == (
        ("body", "Starting today, you can ask for six-day certificates from our API."),
        ("subhead", "What changes"),
        ("body", "Renewal is automatic."),
        ("body", "Nothing else."),
        ("body", words),
        ("body", "Thanks to our sponsors."),
    )
    assert texts["en-20310201-unsigned"].above == ("February 1, 2031",)


OPENTTD_POST = """\
---
title: OpenTTD 31.0 released
author: TrueBrain
---

Today we release **OpenTTD 31.0**, with
[new signals](https://example.org/signals).

<!-- more -->

## What is new

* Faster trains.
* Quieter ships.

WORDS
"""
"""An OpenTTD news post as the site's repository keeps it: front matter, Markdown, the
excerpt's mark (`WORDS` a paragraph of filler)."""


def test_an_openttd_post_becomes_its_day_author_and_printed_prose(tmp_path: Path) -> None:
    words = " ".join(["word"] * 40)
    post = OPENTTD_POST.replace("WORDS", words)
    html = post.replace("Faster trains.", "Faster<br />trains.")
    clone = _clone(
        tmp_path,
        {
            "LICENSE": "GNU GENERAL PUBLIC LICENSE\n",
            "_posts/2031-02-03-openttd-31-0.md": post,
            "_posts/2031-02-04-html.md": html,
            "_posts/2031-02-05-short.md": "---\ntitle: Short\nauthor: ann\n---\n\nA line.\n",
            "_posts/2031-02-06-unsigned.md": post.replace("author: TrueBrain\n", ""),
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh47_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310203-openttd-31-0", "en-20310206-unsigned"]
    release = texts["en-20310203-openttd-31-0"]
    assert release.url == "https://www.openttd.org/news/2031/02/03/openttd-31-0.html"
    assert release.licence == "GPL-2.0" and release.title == "OpenTTD 31.0 released"
    assert release.above == ("2031-02-03", "Posted by TrueBrain")
    assert release.blocks == (
        ("body", "Today we release OpenTTD 31.0, with new signals."),
        ("subhead", "What is new"),
        ("body", "Faster trains."),
        ("body", "Quieter ships."),
        ("body", words),
    )
    assert texts["en-20310206-unsigned"].above == ("2031-02-06",)


PORTAL_POST = """\
---
authors: [ann-bo, digilab]
tags: [api]
---

# Een *nieuw* register

![Het logo](./img/logo.png)
_Foto door [Jan](https://example.org/jan) _

<!-- truncate -->

:::tip[**TL;DR**]

Het register is **open**.

:::

## Wat verandert er?

Drie dingen:

* REST-only;
+ OpenAPI-first;
1. een [checker](https://example.org/checker).

| Naam | Versie |
| :--- | ---: |
| `adr` | 2.1 |

```bash
npm install \\
  --save checker
```

<Blockquote
  attribution="— Piet, team API"
  variation="pink-background"
>
Het werkt.
</Blockquote>

::video-vimeo[impressie]{id=1}

<p style={{ fontSize:'1.75rem'}}>**Een vraag
over de toekomst?**</p>

WORDS
"""
"""A developer.overheid.nl post as the site's repository keeps it: Docusaurus front matter
naming authors by key, a `# ` headline, an image and its italic caption, an admonition, a list
with three marks, a table, a code block, a JSX quote with its attribution, a video directive, an
HTML paragraph (`WORDS` a paragraph of filler)."""


def test_a_portal_post_keeps_its_lists_tables_and_code_as_printed(tmp_path: Path) -> None:
    words = " ".join(["woord"] * 60)
    authors = "ann-bo:\n  name: Ann Bo\n  title: Ontwikkelaar\n\ndigilab:\n  name: Digilab\n"
    clone = _clone(
        tmp_path,
        {
            "blog/authors.yml": authors,
            "blog/2026/05/7-register.md": PORTAL_POST.replace("WORDS", words),
            "blog/2026/05/08-kort.md": "---\nauthors: [ann-bo]\n---\n\n# Kort\n\nTe kort.\n",
            "blog/draft/concept.md": PORTAL_POST.replace("WORDS", words),
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh48_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["nl-20260507-register"]
    post = texts["nl-20260507-register"]
    assert post.url == "https://developer.overheid.nl/blog/2026/05/07/register"
    assert post.licence == "EUPL-1.2" and post.title == "Een nieuw register"
    assert post.above == ("7 mei 2026", "Ann Bo, Digilab") and post.captions == ("Het logo",)
    assert post.blocks == (
        ("body", "Foto door Jan"),
        ("body", "TL;DR"),
        ("body", "Het register is open."),
        ("subhead", "Wat verandert er?"),
        ("body", "Drie dingen:"),
        ("body", "- REST-only;"),
        ("body", "- OpenAPI-first;"),
        ("body", "1. een checker."),
        ("body", "| Naam | Versie |"),
        ("body", "| adr | 2.1 |"),
        ("body", "npm install \\"),
        ("body", "--save checker"),
        ("body", "Het werkt."),
        ("body", "— Piet, team API"),
        ("body", "Een vraag over de toekomst?"),
        ("body", words),
    )


SWIFT_POST = """\
---
layout: new-layouts/post
published: true
date: 2031-04-05 10:00
title: "What's new in Swift: April"
author: [ann, bob]
---

Welcome to the digest &mdash; enjoy.

{% include note.html %}

> First quoted paragraph.
>
> Second quoted paragraph.

## Releases
{: .highlight}

* Swift 9.1 &amp; tools

```swift
let a = "&lt;b&gt;"
```

WORDS
"""
"""A Swift.org blog post as the site's repository keeps it: Jekyll front matter with a quoted
title and authors by key, an entity, a Liquid tag, a quote of two paragraphs, a kramdown
attribute list, a list and a code block with an entity in it (`WORDS` a paragraph of filler)."""


def test_a_swift_post_keeps_its_quote_list_and_code_as_printed(tmp_path: Path) -> None:
    words = " ".join(["word"] * 60)
    post = SWIFT_POST.replace("WORDS", words)
    clone = _clone(
        tmp_path,
        {
            "_data/authors.yml": "ann:\n    name: Ann Bo\n\nbob:\n    name: Bob Li\n",
            "_posts/2031-04-05-april.md": post,
            "_posts/2031-04-06-draft.md": post.replace("published: true", "published: false"),
            "_posts/2031-04-07-short.md": "---\ntitle: Short\nauthor: ann\n---\n\nToo short.\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh49_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20310405-april"]
    post_text = texts["en-20310405-april"]
    assert post_text.url == "https://www.swift.org/blog/april/"
    assert post_text.licence == "CC BY 4.0" and post_text.title == "What's new in Swift: April"
    assert post_text.above == ("Ann Bo, Bob Li", "April 5, 2031")
    assert post_text.blocks == (
        ("body", "Welcome to the digest — enjoy."),
        ("body", "First quoted paragraph."),
        ("body", "Second quoted paragraph."),
        ("subhead", "Releases"),
        ("body", "- Swift 9.1 & tools"),
        ("body", 'let a = "&lt;b&gt;"'),
        ("body", words),
    )


XMPP_ISSUE = """\
---
title: Der XMPP Newsletter über den *Mai* 2025
author: emus
date: 2025-06-10
categories: ['Newsletter']
---

{{< figure src="/images/banner.jpg" caption="XMPP Newsletter Banner" >}}

Herzlich willkommen zum [XMPP Newsletter](https://xmpp.org/)!

## XMPP-Events

- [Berlin XMPP Meetup](https://example.org/meetup): jeden Monat
  - Ein Unterpunkt mit `<body>` und `<subject/>`

{{< youtube abc >}}

![Monal](/images/monal.png "Monal")

WORDS
"""
"""An issue of the XMPP Newsletter in German as the site's repository keeps it: front matter,
a Hugo `figure` and another shortcode, a nested list naming tags in code, an image (`WORDS` a
paragraph of filler)."""


def test_an_xmpp_newsletter_keeps_its_lists_figures_and_code_as_printed(tmp_path: Path) -> None:
    words = " ".join(["Wort"] * 60)
    issue = XMPP_ISSUE.replace("WORDS", words)
    clone = _clone(
        tmp_path,
        {
            "content/blog/newsletter/2025-06-10-newsletter.de.md": issue,
            "content/blog/newsletter/2025-06-10-newsletter.md": issue,
            "content/blog/newsletter/2025-06-10-newsletter.ro.md": issue,
            "content/blog/2021-01-20.pt-br.md": issue.replace("2025-06-10", "2021-01-20"),
            "content/blog/untitled.fr.md": "---\ndate: 2025-01-01\n---\n\nText.\n",
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh50_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["pt-20210120-post", "de-20250610-newsletter"]
    issue_text = texts["de-20250610-newsletter"]
    url = "https://xmpp.org/de/2025/06/der-xmpp-newsletter-über-den-mai-2025/"
    assert issue_text.url == url and issue_text.licence == "CC BY-SA 4.0"
    assert issue_text.title == "Der XMPP Newsletter über den Mai 2025"
    assert issue_text.above == ("Gepostet am 10. Juni 2025",)
    assert texts["pt-20210120-post"].above == ("Publicado em janeiro 20, 2021",)
    assert issue_text.captions == ("XMPP Newsletter Banner", "Monal")
    assert issue_text.blocks == (
        ("body", "Herzlich willkommen zum XMPP Newsletter!"),
        ("subhead", "XMPP-Events"),
        ("body", "- Berlin XMPP Meetup: jeden Monat"),
        ("body", "- Ein Unterpunkt mit <body> und <subject/>"),
        ("body", words),
    )


NIM_POST = """\
---
title: "Version 9.9.9 *released*"
author: The Nim Team
excerpt: "A line the post's page does not print."
---

The Nim team is happy to announce [version 9.9.9](https://example.org/v999).

# Installing Nim 9.9

## Existing users

```bash
$ choosenim update stable
```

| Platform | Size |
| --- | ---: |
| Linux | 9 MB |

- `seq[T]` and `<T>` now work

WORDS
"""
"""A post of the Nim blog as the site's repository keeps it: front matter with a title, author
and excerpt, headings of two levels, a code block, a table, a list item naming code (`WORDS` a
paragraph of filler)."""


def test_a_nim_post_keeps_its_day_author_code_and_table_as_printed(tmp_path: Path) -> None:
    words = " ".join(["word"] * 60)
    post = NIM_POST.replace("WORDS", words)
    clone = _clone(
        tmp_path,
        {
            "jekyll/_posts/2022-11-21-version-999-released.md": post,
            "jekyll/_posts/2022-11-22-short.md": "---\ntitle: Short\n---\n\nToo short.\n",
            "jekyll/_posts/2017-10-02-kept-as-asciidoc.adoc": post,
            "jekyll/_drafts/2022-11-23-draft.md": post,
        },
    )
    texts_path = tmp_path / "texts.txt"
    texts_path.write_text(fresh51_texts.texts_file(clone), encoding="utf-8")
    texts = read_texts(texts_path)
    assert list(texts) == ["en-20221121-version-999-released"]
    text = texts["en-20221121-version-999-released"]
    assert text.url == "https://nim-lang.org/blog/2022/11/21/version-999-released.html"
    assert text.licence == "CC BY 3.0" and text.title == "Version 9.9.9 released"
    assert text.above == ("21 November 2022", "The Nim Team")
    assert text.blocks == (
        ("body", "The Nim team is happy to announce version 9.9.9."),
        ("subhead", "Installing Nim 9.9"),
        ("subhead", "Existing users"),
        ("body", "$ choosenim update stable"),
        ("body", "| Platform | Size |"),
        ("body", "| Linux | 9 MB |"),
        ("body", "- seq[T] and <T> now work"),
        ("body", words),
    )
