"""Language identification: many languages and scripts, on a paragraph and on a headline.

The samples in tests/fixtures/language were cut from texts nothing was tuned on (sources
in SOURCES.md there); the floors are the share they were first read right at."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from bench import corpus
from reader.article import LANGUAGE_TO_COME, held_fields, settle_languages
from reader.dumps import assemble
from reader.dumps.language import article_language, language_of, marker_language
from reader.dumps.load import split_text
from tests.conftest import SEED

SAMPLES = Path(__file__).parents[1] / "fixtures" / "language" / "samples.tsv"
SIX = {"en", "fr", "de", "es", "pt", "it"}


def _samples(kind: str) -> list[tuple[str, str]]:
    rows = (line.rstrip("\n").split("\t") for line in SAMPLES.read_text("utf-8").splitlines())
    return [(code, text) for code, sample_kind, text in rows if sample_kind == kind]


@pytest.mark.parametrize(("kind", "floor"), [("body", 0.93), ("headline", 0.92)])
def test_most_samples_of_many_languages_are_read_right(kind: str, floor: float) -> None:
    samples = _samples(kind)
    right = [code for code, text in samples if language_of(text) == code]
    assert len({code for code, _ in samples}) >= 60
    assert len(right) >= floor * len(samples), sorted(set(c for c, _ in samples) - set(right))


def test_every_script_is_read() -> None:
    right = {code for code, text in _samples("body") if language_of(text) == code}
    scripts = {"ru", "el", "ar", "he", "hi", "zh", "ja", "ko", "th", "ka", "hy", "ta", "fa"}
    assert scripts <= right


def test_the_six_commonest_are_right_on_paragraphs_and_headlines() -> None:
    for kind in ("body", "headline"):
        for code, text in _samples(kind):
            if code in SIX:
                assert language_of(text) == code, (kind, code)


def test_text_without_enough_letters_has_no_language() -> None:
    assert language_of("") is None
    assert language_of("12 34 56") is None
    assert language_of("— 12:30 —") is None


def test_broken_decodings_are_read_or_left_unsaid_never_raise() -> None:
    text = "Le gouvernement a annoncé mardi une réforme des retraites\x92 très contestée."
    assert language_of(text) == "fr"
    assert language_of("Die Regierung \ud800 hat am Dienstag eine Reform angekündigt.") in {
        None,
        "de",
    }


def test_a_quotation_in_english_does_not_make_a_french_paragraph_english() -> None:
    text = (
        "« We will not give up », a déclaré le ministre devant les députés, qui ont voté "
        "la loi dans la nuit. Le texte sera examiné par le Sénat la semaine prochaine."
    )
    assert language_of(text) == "fr"


def test_the_marker_reading_knows_only_six_languages() -> None:
    assert marker_language("Le conseil a dit que le plan est approuvé par le maire.") == "fr"
    assert marker_language("Правительство объявило о реформе во вторник.") is None


def test_the_detector_is_imported_only_when_a_text_is_read() -> None:
    probe = "import sys, reader.dumps.load; print('pycld2' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_article_quoting_another_language_is_in_the_language_of_its_first_paragraph() -> None:
    from reader.dumps.load import split_text

    text = (
        "Германия: реклама и равноправие\n\n"
        "Пользователи социальных сетей в Германии обсуждают рекламу страховой компании, "
        "в которой женщины показаны так, как их показывали в пятидесятые годы. Один из "
        "блогеров приводит текст ролика целиком и спрашивает, кто его одобрил.\n\n"
        "Die Frau ist in diesem Film die Mutter und die Tochter, die nicht selbst fährt, "
        "sondern an der Seite des Mannes steht und ihm bei der Arbeit zusieht.\n"
    )
    (article,) = split_text(text)
    assert article.meta["language"] == "ru"


BRAZILIAN = (
    "Se você não está certo sobre quais ferramentas usar, procure ver o que outros projetos "
    "populares fazem, especialmente aqueles do seu ecossistema. Por exemplo, como é o processo "
    "de contribuição para outros módulos do Node? Usar ferramentas familiares ajuda muito.",
    "Para opiniões mais detalhadas e estudos de caso, ela escreveu um guia de como ser pago "
    "por trabalho open source. Diferentes tipos de financiamento requerem diferentes "
    "habilidades, então considere suas capacidades para entender qual opção funciona melhor "
    "para você.",
)
SPANISH = (
    "Si no estás seguro de qué herramientas usar, mira lo que hacen otros proyectos populares, "
    "sobre todo los de tu ecosistema. Por ejemplo, ¿cómo es el proceso de contribución para "
    "otros módulos de Node? Usar herramientas conocidas ayuda mucho a los que llegan.",
    "Para opiniones más detalladas y estudios de caso, ella escribió una guía sobre cómo "
    "cobrar por el trabajo de código abierto. Los distintos tipos de financiación requieren "
    "habilidades distintas, así que piensa en las tuyas para saber qué opción te conviene.",
)


@pytest.mark.parametrize("text", BRAZILIAN)
def test_portuguese_with_por_para_and_esta_is_portuguese(text: str) -> None:
    """fresh18 (session 19, shape19): "por", "para" and "está" are as Portuguese as they are
    Spanish, and were Spanish markers: a Portuguese paragraph holding them read as Spanish,
    so the article under a Portuguese intertitle seemed to change language (a strong start
    signal) and Portuguese articles were labelled Spanish. "você", "é", "seu" and "sua" are
    Portuguese's own. (The marker reading may leave a paragraph with few markers unsaid.)"""
    assert marker_language(text) in ("pt", None)
    assert language_of(text) == "pt"


@pytest.mark.parametrize("text", SPANISH)
def test_the_same_in_spanish_stays_spanish(text: str) -> None:
    assert marker_language(text) == "es"
    assert language_of(text) == "es"


def test_a_tie_of_markers_is_left_to_the_detector() -> None:
    """An English line over a Spanish paragraph ("Read the English version of this post
    here."): as many English markers as Spanish ones, so they cannot tell, and CLD2, sure of
    Spanish, does; the first language counted won the tie."""
    text = (
        "Read the English version of this post here. Entre septiembre y mayo desarrollamos "
        "una iniciativa de la comunidad hispana. El resultado fue muy bueno: tres lecciones de "
        "alta calidad que hoy se enseñan en talleres de toda América Latina."
    )
    assert language_of(text) == "es"


DUTCH_ON_AFRICA = (
    "De Zuid-Afrikaanse multidisciplinair visueel kunstenaar Siwa Mgoboza is een van de "
    "meest dynamische aanstormende kunstenaars in de Afrikaanse kunstscène."
)
"""The first paragraph of a Global Voices interview in the fresh3 tuning half."""


def test_dutch_full_of_afrikaanse_is_dutch_and_afrikaans_stays_afrikaans() -> None:
    """CLD2 read the Dutch interview as Afrikaans, sure of it (its letters swayed by
    "Zuid-Afrikaanse"), and every row and `lang:` filter said `af`: its "de" and "een"
    are Dutch words Afrikaans has no use for. Afrikaans with its "nie", "hy" and "’n"
    stays Afrikaans, and Dutch CLD2 reads right stays Dutch."""
    assert language_of(DUTCH_ON_AFRICA) == "nl"
    afrikaans = (
        "Die Suid-Afrikaanse skrywer het gesê dat hy nie meer vir die koerant sal skryf nie, "
        "want hulle betaal ’n baie klein bedrag."
    )
    assert language_of(afrikaans) == "af"
    dutch = "Een Zuid-Afrikaanse kunstenares vertelt hoe zij de kunstscène ziet."
    assert language_of(dutch) == "nl"


def test_a_short_body_cld2_reads_whole_is_held_as_its_text_alone_would_be() -> None:
    """CLD2, given the body itself (a short one: its sample is the whole of it), left
    CPython's UTF-8 copy cached in the `str`, and the article then held its body as UTF-8,
    three bytes a Bengali character, where an article of the same text held it as the
    `str`, two: the same value held two ways, so that the two did not compare equal."""
    text = dict(_samples("body"))["bn"][:190].rsplit(" ", 1)[0]  # under a paragraph's 200
    (article,) = split_text(f"# Bangla\n\n{text}\n")
    assert article.body == text and article.meta["language"] == "bn"
    assert article == dataclasses.replace(article)  # made again from its values
    assert held_fields([article])[4] == [text]  # the str, the smaller


HAND_CUT = ("formfeed.txt", "markdown.md", "notitle.txt", "sep.txt", "single_gap.txt", "wire.txt")
"""Small dumps of several shapes under tests/fixtures/dumps (none of the real halves)."""


def _dumps() -> list[str]:
    folder = SAMPLES.parents[1] / "dumps"
    many = "\n\n\n".join(
        f"# {code} {n}\n\n{text}" for n, (code, text) in enumerate(_samples("body"))
    )
    return [
        *((folder / name).read_text("utf-8") for name in HAND_CUT),
        SEED.read_text("utf-8"),
        many,
        corpus.dump(200, seed=5),
    ]


@pytest.mark.parametrize("text", _dumps(), ids=[*HAND_CUT, "seed", "samples", "generated"])
def test_languages_guessed_after_the_split_are_those_the_split_gives(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's split child leaves each language to guess after the list is sent, then
    gives them (`settle_languages`): every article then holds the `meta` a split gives, the
    language at the same place among its keys, and none where the split finds none."""
    whole = split_text(text)
    monkeypatch.setattr(assemble, "_LANGUAGES_LATER", True)
    later = split_text(text)
    left = [article for article in later if article.meta.get("language") == LANGUAGE_TO_COME]
    assert left and len(later) == len(whole)
    guessed = [article_language(a.title, a.body, a.ranges()) for a in later]
    assert settle_languages(later, guessed) == left
    assert [list(a.meta.items()) for a in later] == [list(a.meta.items()) for a in whole]
    assert [a.to_dict() for a in later] == [a.to_dict() for a in whole]
