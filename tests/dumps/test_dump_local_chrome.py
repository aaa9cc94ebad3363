"""Page furniture and date lines in French, German, Spanish, Portuguese and Italian take
the roles their English counterparts have, so they go to `meta`, never to a body or a title."""

from __future__ import annotations

import pytest

from reader.dumps.boundaries import _label
from reader.dumps.lines import Line
from reader.dumps.load import split_text
from reader.dumps.roles import classify


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Accueil › Monde", "chrome"),
        ("Notizie / Progetti", "chrome"),
        ("Temps de lecture : 1 min", "chrome"),
        ("Tempo di lettura: 3 min", "chrome"),
        ("9 189 vues", "chrome"),
        ("Letto 2.269 volte", "chrome"),
        ("Partager sur Facebook", "chrome"),
        ("Compartir", "chrome"),
        ("Lire aussi : Québec : les chefs-d'œuvre du Städel", "chrome"),
        ("LIRE AUSSI", "related"),
        ("Leia também", "related"),
        ("Publié le 27 août 2012 à 7:39", "updated"),
        ("Mise à jour : 31 octobre 2012, 19:58", "updated"),
        ("Zuletzt aktualisiert: 01.07.2015", "updated"),
        ("Publicado em 3 de março de 2024", "updated"),
        ("1. Juli 2015, 10:34 Uhr", "updated"),
        ("14 comentários", "chrome"),
        ("Comentarios (5)", "chrome"),
        ("3 Kommentare", "chrome"),
        ("12 commenti", "chrome"),
        ("Compartilhe:", "chrome"),
        ("Facebook · Twitter · WhatsApp", "chrome"),
        ("Artikel teilen: Facebook | Twitter | WhatsApp", "chrome"),
        ("Das könnte Sie auch interessieren", "related"),
        ("Par la rédaction", "byline"),
        ("Por Redação", "byline"),
        ("Von unserer Redaktion", "byline"),
        ("di Redazione Esteri", "byline"),
        ("LGBT (Usada com permissão)", "caption"),
        ("Vladimir Putin a Mosca. (Foto: Kremlin.ru / Wikimedia Commons, CC BY 4.0)", "caption"),
        (
            "Uma menina em Xique-Xique. Foto de Markileide Oliveira, publicada com autorização.",
            "caption",
        ),
        ("Screenshot der Website “Face the Balkans”.", "caption"),
        ("Ele mostrou uma foto de sua família aos jornalistas que o esperavam.", "text"),
        ("— Wikinews", "credits"),
        ("Lire la suite : https://fr.wikinews.org/wiki/" + "Proche-Orient_%3A_" * 8, "url"),
        ("Nicolas Sarkozy / Carla Bruni", "text"),
        ("Intervista a Mario Furlan", "text"),
        ("Publié pour la première fois en France, le livre a été traduit.", "text"),
        ("▶ CULTURE", "chrome"),
        ("— NAHER OSTEN —", "chrome"),
        ("ÁFRICA | MOÇAMBIQUE", "chrome"),
        ("FUKUSHIMA POWER OUTAGE", "text"),
        ("Sie sind hier: Home / Panorama / Arbeit", "chrome"),
        ("Você está em: Início > África > Moçambique", "chrome"),
        ("Home / Esteri / America Latina", "chrome"),
        ("Amériques | Cuba", "chrome"),
        ("⏱ 4 Minuten", "chrome"),
        ("visualizzazioni 834", "chrome"),
        ("Kommentare anzeigen (12)", "chrome"),
        ("Anzeige", "chrome"),
        ("Abonnez-vous à notre lettre d'information", "chrome"),
        ("Mots-clés : Nigeria, Twitter, #EndSARS", "chrome"),
        ("Previous post: Colombia: Free Cinema Festival in Bogota", "chrome"),
        ("Weitere Artikel zum Thema", "related"),
        ("Potrebbe interessarti anche", "related"),
        ("Global Voices en français · 2 min de lecture", "chrome"),
        ("25. Januar 2013, 18:47 Uhr · von Jana Berg", "updated"),
        ("VIDEO | A storm hits the coast", "text"),
        ("Fonte: Global Voices em Português", "credits"),
        ("(Text: Global Voices; Redaktion: ib)", "credits"),
        ("Cet article a été publié initialement sur Global Voices.", "credits"),
        ("Avec ses amis, il est parti.", "text"),
        ("CC Cinema Festival – Bogota under CC by 2.0 licence", "caption"),
        ("Read on → https://example.org/river", "url"),
        ("Redação, com agências", "byline"),
        ("Le Quotidien avec AFP", "byline"),
        ("Ein Beitrag von Lena Vogt", "byline"),
        ("Bildquelle: dpa", "chrome"),
        (
            "Fotos: A infância nas margens do Velho Chico, onde a tecnologia ainda não chegou",
            "text",
        ),
        ("1. April 2015 Mittwoch", "updated"),
        ("26 juin 2012 | Mis à jour à 09:15", "updated"),
        ("Artikel drucken | Artikel versenden", "chrome"),
        ("Reportagem de Global Voices; edição de Redação", "credits"),
        ("[Traduction : la rédaction]", "credits"),
        ("Über die Autorin: Lena Vogt schreibt über Asien.", "credits"),
        ("Leia mais:", "related"),
        ("Compartilhe: Facebook Twitter WhatsApp E-mail", "chrome"),
        ("Teilen: Facebook · X · E-Mail · Link kopieren", "chrome"),
        ("Podijeli: VK Telegram Viber", "chrome"),
        ("Russia: Facebook and Twitter ban", "text"),
        ("Brasil: Lula Vence Outra Vez", "text"),
        ("Facebook, Twitter and the Kremlin’s critics", "text"),
    ],
)
def test_local_chrome_and_dates_have_their_role(text: str, role: str) -> None:
    assert classify(Line(text)).role == role


def test_a_local_date_line_keeps_its_label() -> None:
    assert classify(Line("Aggiornato il 30/01/2023 alle 20:33")).meta == (
        ("updated", "Aggiornato il 30/01/2023 alle 20:33"),
    )


def test_a_long_read_also_teaser_and_a_long_dek_stay_out_of_the_body() -> None:
    lead = (
        "Le gouvernement a présenté mardi un plan de rénovation des écoles qui doit "
        "concerner plus de deux mille établissements dans tout le pays d'ici à la fin de "
        "la décennie, avec un budget de quatre milliards d'euros réparti entre l'État, "
        "les régions et les communes, et une priorité donnée aux bâtiments les plus anciens."
    )
    text = (
        "Accueil > France\n"
        "France : un plan pour rénover les écoles\n\n"
        f"{lead}\n\n"
        "Publié le 21 juin 2012 à 10:03\n\n"
        f"21 juin 2012. - {lead} Les syndicats ont salué l'annonce.\n\n"
        "Lire aussi :\n"
        "Québec : les chef-d'œuvres impressionnistes du Sterling & Francine Clark Art "
        "Institute exposés au Musée des beaux-arts\n"
    )
    (article,) = split_text(text)
    assert article.body.startswith("21 juin 2012. - ")
    assert article.body.endswith("Les syndicats ont salué l'annonce.")
    assert article.meta["summary"] == lead


def test_a_site_name_over_a_breadcrumb_is_no_title() -> None:
    text = (
        "Global Voices em Português\n"
        "Início › África › Moçambique\n"
        "Homossexualidade vai deixar de ser crime em Moçambique\n\n"
        "Publicado em 02/06/2015 às 09h41\n"
        "14 comentários\n\n"
        "A Homossexualidade tem sido um dos assuntos mais controversos em Moçambique.\n"
    )
    [article] = split_text(text)
    assert article.title == "Homossexualidade vai deixar de ser crime em Moçambique"
    assert (
        article.body
        == "A Homossexualidade tem sido um dos assuntos mais controversos em Moçambique."
    )


def test_a_spanish_question_headline_is_the_title() -> None:
    text = (
        "Global Voices en Español\n"
        "Portada > Internacional\n"
        "¿Qué hacían los lectores la última semana de febrero?\n\n"
        "Publicado el 4 de marzo de 2018, 10:32\n\n"
        "En Global Voices, nuestra comunidad investiga, escribe, edita y traduce historias.\n"
    )
    [article] = split_text(text)
    assert article.title == "¿Qué hacían los lectores la última semana de febrero?"


def test_image_text_over_its_caption_is_no_title() -> None:
    text = (
        "EUROPA\n"
        "Präsentation der Balkanminderheiten\n\n"
        "Stand: 25.01.2013 09:12 Uhr\n\n"
        "Face the Balkans subjects of stories\n"
        "Screenshot der Website “Face the Balkans”.\n\n"
        "Fünfzehn junge Journalisten haben eine Reihe persönlicher Geschichten produziert.\n"
    )
    [article] = split_text(text)
    assert article.title == "Präsentation der Balkanminderheiten"
    assert article.body.startswith("Fünfzehn junge Journalisten")


NEWSLETTER = """From: La Lettre <lettre@example.org>
Objet : l'essentiel du jour

Bonjour à toutes et à tous,

Voici notre sélection du jour.

▶ CUBA
Depuis Cuba, par VPN
Global Voices en français · 2 min de lecture

Lors d'une apparition télévisée, le président s'est emporté contre les réseaux sociaux.

• • •

▶ AFRIQUE
Des musiciens roms s'interrogent sur leur intégration
Global Voices en français

En Tchéquie, les musiciens roms sont-ils victimes de préjugés en raison de leur origine ?

Lire la suite : https://example.org/roms

Vous recevez cet e-mail car vous êtes inscrit(e) à La Lettre.
Se désinscrire : https://example.org/desinscription
"""


def test_a_newsletter_with_single_gaps_keeps_its_header_and_footer_apart() -> None:
    first, second = split_text(NEWSLETTER)
    assert (first.title, second.title) == (
        "Depuis Cuba, par VPN",
        "Des musiciens roms s'interrogent sur leur intégration",
    )
    assert second.body.startswith("En Tchéquie") and second.body.endswith("origine ?")
    assert "Voici notre sélection" in first.meta["dump_front_matter"]
    assert "Se désinscrire" in second.meta["dump_back_matter"]


def test_an_ad_slogan_under_its_label_and_a_sign_off_stay_out_of_the_body() -> None:
    text = (
        "Asunto: Lo mejor de la semana\n\nHola,\n\n[MEDIOS]\nUn titular sobre los medios\n\n"
        "El primer párrafo de la noticia cuenta lo que pasó durante la semana en la ciudad.\n\n"
        "SPONSORED\nTry our weekend edition free for a month.\n\n"
        "El segundo párrafo de la noticia cuenta lo que dijeron los vecinos del barrio.\n\n"
        "Un saludo,\nEl equipo del Boletín\n\n"
        "Si no quieres recibir más correos, puedes darte de baja aquí: https://example.org/baja\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("los vecinos del barrio.")
    assert "weekend edition" not in article.body and "saludo" not in article.body


_PAGE_ONE = (
    "Accueil › Europe\n"
    "Portugal : les trains de nuit vont-ils revenir ?\n"
    "Par La rédaction\n"
    "Publié le 3 mars 2021\n\n"
    "Le gouvernement portugais veut rouvrir deux lignes de nuit vers Madrid et Paris d'ici "
    "deux ans, selon le ministre des Transports, qui a présenté le projet lundi.\n\n"
    "Partager : Facebook · X · E-mail · Copier le lien\n\n"
    "À lire aussi\n"
    "Espagne : la ligne côtière rouvre\n\n\n\n"
)
_PAGE_TWO = (
    "SUD-OUEST\n"
    "Espagne : la ligne côtière rouvre\n"
    "Publié le 1er mars 2021\n\n"
    "La ligne côtière entre Valence et Barcelone rouvre après deux ans de travaux, a "
    "annoncé la compagnie ferroviaire espagnole mercredi.\n"
)


def test_a_page_with_a_share_bar_and_read_also_keeps_its_one_paragraph_body() -> None:
    first, second = split_text(_PAGE_ONE + _PAGE_TWO)
    assert first.title == "Portugal : les trains de nuit vont-ils revenir ?"
    assert first.body.startswith("Le gouvernement portugais veut rouvrir")
    assert "Partager : Facebook · X · E-mail · Copier le lien" in first.meta["chrome"]
    assert second.title == "Espagne : la ligne côtière rouvre"
    assert second.body.startswith("La ligne côtière entre Valence et Barcelone")
    assert "SUD-OUEST" in str(second.meta)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Od: Głosy Świata <newsletter@example.pl>", "field"),
        ("De : breves@veille.example.fr", "field"),
        ("À : Condensé des destinataires <groupe@example.fr>", "field"),
        ("Contact: press@example.org", "chrome"),
        ("Write to the desk: news@example.org or call us", "text"),
    ],
)
def test_a_mail_header_line_in_any_language_is_a_field(text: str, role: str) -> None:
    assert classify(Line(text)).role == role


_PAGE_BODY = (
    "El ayuntamiento aprobó el martes cuatro nuevos carriles para bicicletas en el centro.\n\n"
    "Las obras empezarán en primavera y durarán dos años, según el consistorio.\n\n"
)


@pytest.mark.parametrize(
    "label", ["Lee además:", "Czytaj także:", "Weitere Beiträge", "関連記事", "Sigue leyendo"]
)
def test_a_label_over_headlines_closing_the_article_is_a_read_also_list(label: str) -> None:
    """A page's "read also" list in any language, under its share bar: a short label of its
    own, then headlines with no stop, in the article's last block. The list is meta, not
    the body's last paragraphs, whatever the label's words."""
    listed = "Vecinos piden más árboles en la plaza mayor\nLa biblioteca abrirá los domingos"
    text = (
        "Nuevos carriles para bicicletas en el centro\n\n"
        + _PAGE_BODY
        + f"Compartir: Facebook / X / WhatsApp / LINE\n{label}\n{listed}\n"
    )
    (article,) = split_text(text)
    assert article.body.endswith("según el consistorio.")
    assert label in str(article.meta) and "biblioteca" in str(article.meta)


def test_a_closing_block_of_sentences_stays_in_the_body() -> None:
    """A last block of a short line and sentences under it is text, not a list."""
    tail = "Lo dijo así:\nNo habrá más retrasos.\nLas obras están pagadas."
    (article,) = split_text("Nuevos carriles para bicicletas en el centro\n\n" + _PAGE_BODY + tail)
    assert article.body.endswith("Las obras están pagadas.")


def test_a_share_bar_is_no_trail_over_a_headline() -> None:
    """Slashes part a share bar's buttons as they part a breadcrumb's steps: the bar is no
    label standing over the line under it (which would then be scored as a headline from
    the bar's gap); the trail is."""
    assert not _label(
        classify(Line("この記事をシェアする: X / Facebook / はてなブックマーク / LINE"))
    )
    assert not _label(classify(Line("Compartir: Facebook / X / WhatsApp")))
    assert _label(classify(Line("Inicio / Noticias / Ciudad")))
