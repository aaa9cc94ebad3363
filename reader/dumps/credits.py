"""Who, when, where and what picture: bylines, timestamps, captions, datelines, credits.

These lines carry facts about an article rather than its text; the assembler
moves them to `meta`. Patterns describe the common shapes across publishers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.dumps._patterns import lazy
from reader.dumps.chrome import EMPHASIS_MAX, strip_emphasis
from reader.dumps.cues import Cues, lowers_plainly, unnamed
from reader.dumps.line_features import has_digit
from reader.dumps.measure import word_count

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_UPDATED = lazy(
    r"^(?:this (?:post|article|page|story) was\s+)?(?:last\s+)?(?P<kind>updated|published"
    r"|posted|modified|edited|first published|updated on|published on|posted on|edited on|date"
    r"|created|created on)\b\s*[:\-–—]?\s*(?P<value>.{0,80})$",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_LABEL_GOES_ON = lazy(rf"(?!(?:{_MONTHS}|{_WEEKDAY})\b)[^\W\d_]+(?: [^\W\d_]+){{0,3}} *\t", re.I)
"""Words, then a tab, after a timestamp's kind: the kind opened a longer label, a row of an
export's search summary ("Date searched<TAB>12 March 2024", `roles` reads it as a field),
whose date is the search's, not the article's. A date after its kind opens with a digit, a
month or a weekday, a tab maybe after it ("Updated Monday<TAB>12 March 2024")."""
_TIME_AGO = r"\d+\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s+ago"
_DATE_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
"""The weekday a bare date may open with ("Tuesday, 12 March 2025")."""
_DATE_ONLY = lazy(
    rf"^{_DATE_WEEKDAY}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?"
    rf"(?:z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_TIME_AGO})"
    rf"(?:,?\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)?"
    rf"(?:\s*(?:at\s+)?[,|•·\-–—]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?"
    rf"(?:\s+[a-z]{{2,5}}(?:[+-]\d{{1,2}})?)?)?"
    r"\s*$",
    re.IGNORECASE,
)
_BYLINE_VERBS = (
    r"written|words|story|text|ein beitrag|ein artikel|edited|translated|escrito|escrita"
    r"|traducido|traducida|traduzido|traduzida|geschreven|vertaald|écrit|écrite|traduit|traduite"
    r"|geschrieben|übersetzt"
)
"""The words a byline's marker may follow ("Written by", "Ein Beitrag von")."""
_BYLINE_MARKERS = "by|par|von|por|door"
_BYLINE = lazy(
    rf"^(?:(?:{_BYLINE_VERBS})\s+)?(?P<marker>{_BYLINE_MARKERS})\s+(?P<who>[^\s].{{1,120}})$",
    re.IGNORECASE,
)
_AGENCIES = (
    r"(?:afp|ap|reuters|dpa|efe|ansa|lusa|agences?|agências|agencias|agenzie|agenturen|agencies)"
)
_DESK_LINE = lazy(
    r"^(?:(?:la|le|die|el|a|the|de)\s+)?(?:rédaction|redaktion|redacción|redação|redazione"
    r"|newsroom|staff|redactie)(?:\s+[\w'’-]+){0,2}(?:,?\s+(?:avec|com|con|mit|with)\s+"
    + _AGENCIES
    + r")?$"
    r"|^[^\W\d_][\w .'’&-]{1,40},?\s+(?:avec|com|con|mit|with)\s+" + _AGENCIES + r"$",
    re.IGNORECASE,
)
"""A desk or a paper with its agencies standing for a byline ("La rédaction", "Redazione
ANSA", "Redação, com agências", "Le Quotidien avec AFP")."""
_DESK_WORDS = frozenset(
    "rédaction redaktion redacción redação redazione redactie newsroom staff afp ap reuters dpa"
    " efe ansa anp belga"
    " lusa agence agences agências agencias agenzie agenturen agencies".split()
)


def _desk_line(text: str) -> bool:
    """`_DESK_LINE`, tried only when the first, second or last word names a desk or an
    agency."""
    words = text.lower().replace(",", " ").split()
    if not words or not {words[0], words[1 if len(words) > 1 else 0], words[-1]} & _DESK_WORDS:
        return False
    return bool(_DESK_LINE.match(text))


_STAFF_BYLINE = lazy(
    r"^(?:by|par|von|por|di|de|da|door|dal|del)\s+(?:the\s+|la\s+|le\s+|unserer\s+|der\s+"
    r"|nuestra\s+|la\s+|a\s+|nossa\s+|redazione\s+|onze\s+|de\s+)?(?:staff|newsroom"
    r"|editors?|editorial staff|rédaction|redaktion|redacción|redação|redazione|redaccion|redacao"
    r"|redactie|(?:our|notre|unserem|unserer|nuestro|nuestra|nosso|nossa|nostro|nostra|onze)"
    r"\s+(?:own\s+)?(?:correspondents?|correspondant(?:e|s)?|korrespondent(?:in|en)?"
    r"|corresponsal(?:es)?|correspondentes?|corrispondent[ei]|correspondent(?:e|en)?))"
    r"\b[\w .,'’&-]{0,40}$",
    re.IGNORECASE,
)
"""A staff byline in the languages dumps come in ("Par la rédaction", "Por Redação",
"Von unserer Redaktion", "di Redazione Esteri", "De notre correspondant à Kaboul"): a
byline with no person's name."""
_CREDIT_GERUNDS = "reporting|writing|editing|compiled|contributing|additional reporting"
_DESK_VERBS = (
    r"reportage|reportaje|reportagem|berichterstattung|bearbeitet|redigiert|zusammengestellt"
    r"|compilé|compilée|compilado|compilada|compilato|compilata|samengesteld|édité|éditée"
    r"|editado|editada"
)
"""The words a desk's trailer opens with ("Reportage par …", "Zusammengestellt von …")."""
_CREDITS_OPENING = r"[(\[_*]?\s*"
_CREDITS = lazy(
    rf"^{_CREDITS_OPENING}(?:[—–-]\s*)?(?:(?:\(?additional\s+)?(?:{_CREDIT_GERUNDS})"
    r"\b.{0,300}\bby\b.{0,300}"
    rf"|(?:{_DESK_VERBS})\b.{{0,300}}\b(?:par|von|por|de|di|da|door|dal|del|dalla)\b.{{0,300}}"
    r"|with assistance from\b.{0,200}|reporting from\b.{0,120}"
    r"|[\w .,'’&-]{3,80}\breported from\b.{0,160}"
    r"|.{0,80}\bcontributed (?:to )?(?:this )?report(?:ing)?\b.{0,60}"
    r"|-- ?[A-Z]{3,}|— ?(?:compiled from )?staff reports?\.?"
    r"|[—–] ?(?:press office|pressestelle|ufficio stampa|service de presse|bureau de presse"
    r"|oficina de prensa|gabinete de prensa|assessoria de imprensa|persdienst)"
    r" (?:of|der|des|de|di|della|del|da|do|du|van|(?-i:[A-Z]))[^:]{0,60}"
    r"|[—–] ?[^\W\d_][\w.'’&-]*(?: [^\W\d_][\w.'’&-]*){0,3}"
    r"(?:,? (?:avec|with|mit|con|com|and|et|und|y|e) [\w/&. -]{2,30})?)$",
    re.IGNORECASE,
)
_CAPTION_LABELS = r"image caption|caption|photo|picture|pictured|image|file photo|file"
_SCREENSHOT_WORDS = (
    r"screenshot|bildschirmfoto|capture d'écran|capture d’écran|captura de pantalla"
    r"|captura de tela|schermata"
)
_CAPTION_START = lazy(
    rf"^(?:(?:{_CAPTION_LABELS})\s*[:,\-–—]\s*\S|(?:{_SCREENSHOT_WORDS})\b.{{0,120}}$)",
    re.IGNORECASE,
)
_CREDIT_WORDS = (
    r"reuters|afp|ap|associated press|getty(?: images)?|epa|bloomberg|shutterstock|xinhua"
    r"|anadolu|pa|pa media|ani|dpa|efe|kyodo|yonhap|handout|supplied|file|file photo"
)
_PERMISSION = (
    r"used with permission|usada com permissão|usado com permissão|usada con permiso"
    r"|utilisée avec permission|utilisée avec autorisation|mit genehmigung|usata con permesso"
)
"""The permission notes sites put where a photo credit goes ("(Used with permission)")."""
_CAPTION_END = lazy(
    rf"(?:\((?:{_CREDIT_WORDS}|(?:ap|afp|reuters|getty|epa)?\s*photo[^)]*|[^)]*"
    rf"\b(?:photo|image|credit|pictures?|foto|fotos|bild|imagem|imagen|immagine)\b[^)]*"
    rf"|{_PERMISSION})\)"
    rf"|[|/]\s*(?:{_CREDIT_WORDS}|photo:?[^|/]*))\s*\.?$",
    re.IGNORECASE,
)


_FIELD_KEY_MAX = 24
"""A labelled field's colon comes within this many characters."""
_STAMP_INITIALS = frozenset("UuPpMmFfDdLlCcEeTt")
"""First letters of updated, published, posted, modified, first published, date, last,
created, edited, and "This post was …"."""
_CAPTION_INITIALS = frozenset("IiCcPpFfSsBb[")
"""First letters of image caption, caption, photo, picture, file photo, and "[1/2]"."""
_LABEL_MAX = 60

_CAPTION_TAIL = 120
"""A photo credit ends a caption: only this many last characters are searched."""
_CAPTION_MARKS = lazy(
    r"\[[^\[\]]{2,60}/[^\[\]]{2,40}\]$|purchase licensing rights"
    r"|\b(?:REUTERS|AFP|AP|EPA|GETTY IMAGES)/[A-Z]"
    r"|\bPhoto(?:graph)?:\s*\S[^.]{0,60}$|\bCredit:\s*\S[^.]{0,60}$"
    r"|(?:^|[.!?]\s|\()\s*(?:foto|bild)(?::| de| di| von)\s+\S[^.]{0,80}\.?$"
    r"|\bCC[ -]BY(?:[ -](?:SA|ND|NC))*[ -]\d\.\d\b[^.]{0,20}\.?$",
    re.IGNORECASE,
)
_GLUED_CREDIT = lazy(
    r"(?:[a-zà-ÿ] [A-ZÀ-Ý][a-zà-ÿ]+ |[a-zà-ÿ\d%])[A-ZÀ-Ý][a-zà-ÿ]+/[A-ZÀ-Ý][a-zà-ÿ]+"
    r"(?: [A-ZÀ-Ý][a-zà-ÿ]+)?$"
)
"""A photographer's and an agency's names glued on at a caption's end, a slash between them
("… esculturas Valter Campanato/Agência Brasil", "… 11,4%Emater/Divulgação")."""
_GLUED_NAME = 40
"""How far before the slash `_GLUED_CREDIT` is read: a word and a name or two."""
_GALLERY_MARK = lazy(r"^\[\d+/\d+\]")
_PHOTO_CREDIT = lazy(
    rf"^(?:image source\s*[,:]?\s*)?(?:{_CREDIT_WORDS}|getty images(?: for \w+)?)\s*$", re.I
)
_CREDIT_LINE = lazy(
    r"^(?:credit|photograph|photo|image|picture|foto|bild|bildquelle|fotoquelle|bildnachweis"
    r"|beeld|fotografie|afbeelding"
    r"|image credit|photo credit|crédito da imagem|crédito de la imagen|crédit image"
    r"|credito immagine|crédito da foto|crédito de la foto"
    r"|fotografía|fotografia|crédit photo|crédits photo|crédito|immagine|imagem|imagen"
    r"|фото|зображення|изображение|zdjęcie|写真|画像|图片|圖片|사진)"
    r"\s?(?:\.{2,3}|…|:|：)\s*\S.{0,100}$",
    re.I,
)
_CREDIT_MAX_WORDS = 10
"""A credit names a photographer and an agency; a longer "Fotos: …" line is a headline."""
_CAPTION_LEAD = lazy(r"^(?:image caption|media caption|caption)\s*[,:]?\s*$", re.I)
_DATELINE = lazy(
    r"^(?P<place>[^\W\d_][\w.'’\-]*(?:\s[^\W\d_][\w.'’\-]*){0,3})"
    r"(?P<region>,\s*[^\W\d_][\w.'’\-]*(?:\s[^\W\d_][\w.'’\-]*){0,2})?"
    r"(?:,?\s+(?P<date>(?i:" + _MONTHS + r")\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[^\W\d_][^()]{0,40})\))?"
    r"\s*(?:[:\-–—]{1,2})\s+(?=\S)",
)
_DATELINE_HEAD = 240
"""A dateline fits well inside this many characters; looking further only lets the first
word's greedy match run (and back off) over a whole paragraph, a second per 10 MB line."""
_GLUED_UPDATED = lazy(r"^(?P<date>.+?)\s*(?P<kind>updated|modified)\s*(?P<value>.+)$", re.I)
_TERMINAL = lazy(r"[.!?…;]['\"”’)\]]*$")
_BYLINE_SPLIT = lazy(r"\s+(?:[—–|•·]|-)\s+|,\s+(?=\S+\s+\d|\d)")


_LOCAL_FIELD_KEYS = {
    "section": "sectie rubriek rubrique rubrik sección seção secção sezione",
    "length": "lengte longueur länge longitud comprimento lunghezza",
    "language": "taal langue sprache idioma lingua",
    "load_date": "laaddatum ladedatum",
    "publication_type": "publicatietype",
    "subject": "onderwerp",
    "geographic": "geografisch",
    "byline": "auteur autor autore",
    "title": "betreff objet sujet asunto oggetto assunto titolo titre título titulo тема temat",
    "published": "datum fecha дата",
    "mail": "von da de",
}
"""Export field labels in the languages of the interfaces exports are made in (Nexis Uni in
Dutch writes "Lengte: 139 woorden"), each with the key its English label has; and the
header fields a mailing list's digest sets over each message in the languages reader meets
("Datum: 01.08.2022", "Von: Redaktion", "Betreff: …", whose subject is the message's title,
as under French Thunderbird's "Sujet :" and Outlook's "Objet :"; English "Subject:" stays an
export's index terms); a clipper's front matter names the title so too ("titolo:", "titre:",
"título:"; German "Titel:" is left out, a line of a review)."""
_LOCAL_KEYS = {
    label: key for key, labels in _LOCAL_FIELD_KEYS.items() for label in labels.split()
} | {
    "date de chargement": "load_date",
    "fecha de carga": "load_date",
    "data de carregamento": "load_date",
    "data di caricamento": "load_date",
}
_FIELD_LABELS = (
    r"byline|author|authors|length|section|load-date|language|publication-type|document-type"
    r"|subject|geographic|company|organization|person|industry|highlight|dateline|edition"
    r"|journal-code|graphic|correction-date|notes|date|headline|title|published|updated"
    r"|created|tags|description|type|category|publication|newspaper|source-name|"
    + "|".join(sorted(_LOCAL_KEYS, key=len, reverse=True))
)
"""The labels of the fields `field` reads, as a pattern's alternatives."""
_FIELD = lazy(
    rf"^(?P<key>{_FIELD_LABELS})(?:\s*:\s*|\t\s*| {{3,}})(?P<value>\S.{{0,400}})$", re.IGNORECASE
)
"""A label, then its colon, or the tab or run of spaces that sets its value in a column
("Title                     Change of default", as `eselect news read` aligns an item's
fields), then the value."""
_FIELD_KEYS = {
    "author": "byline",
    "authors": "byline",
    "date": "published",
    "created": "published",
    "headline": "title",
    "highlight": "summary",
    "description": "summary",
    **_LOCAL_KEYS,
}
FACTIVA_CODES = {
    "HD": "title",
    "BY": "byline",
    "WC": "length",
    "PD": "published",
    "ET": "time",
    "SN": "publication",
    "SC": "source_code",
    "ED": "edition",
    "PG": "page",
    "LA": "language",
    "CY": "copyright",
    "SE": "section",
    "CLM": "column",
    "ART": "caption",
    "CR": "credit",
    "CT": "contact",
    "CX": "correction",
    "RF": "notes",
    "VOL": "volume",
    "CO": "company",
    "IN": "industry",
    "NS": "subject",
    "RE": "region",
    "IPC": "codes",
    "IPD": "descriptors",
    "PUB": "publisher",
    "AN": "accession",
}
"""Factiva's field codes (each line of a document in its field-coded layout starts with
one, or stands alone over its value), and the key each gives in `meta`. LP and TD, the
lead paragraphs and the rest of the text, are not here: the body is under them."""
TEXT_CODES = frozenset({"LP", "TD"})
"""Factiva's codes over the body's paragraphs (the lead, the text)."""
CODE_MAX = 3
"""Factiva's field codes have two or three letters."""


def is_field_code(text: str) -> bool:
    """A Factiva field code alone on its line ("HD", "LP", "AN"): the line reader joins
    to the value under it, and otherwise chrome."""
    return len(text) <= CODE_MAX and (text in FACTIVA_CODES or text in TEXT_CODES)


_FACTIVA_FIELD = lazy(
    r"^(?P<code>" + "|".join(FACTIVA_CODES) + r")(?:\t+|\t* {2,}\t*)(?P<value>\S.{0,400})$"
)
"""A Factiva field code and its value beside it, after a tab or a run of spaces."""


_MAIL_FIELD = lazy(
    r"^[^\W\d_][\w.-]{0,15}\s*:\s*(?:[^<>@]{0,60}<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>"
    r"|[^\s<>@]+@[^\s<>@]+\.\w[\w.]*)$"
)
_MAIL_FIELD_MAX = 120


_FORWARD_MARK = lazy(
    r"^(?:-{2,}\s*(?:forwarded message|original message"
    r"|weitergeleitete nachricht|ursprüngliche nachricht|original-nachricht|message transféré"
    r"|message d'origine|mensaje (?:reenviado|original)|mensagem (?:encaminhada|original)"
    r"|messaggio (?:inoltrato|originale)|(?:doorgestuurd|oorspronkelijk) bericht"
    r"|(?:пересылаемое|исходное) сообщение|(?:przekazana|oryginalna) wiadomość)\s*-{2,}"
    r"|(?:begin forwarded message|anfang der weitergeleiteten nachricht"
    r"|début du message réexpédié|(?:inicio|comienzo) del mensaje reenviado"
    r"|inizio (?:del )?messaggio inoltrato|in[íi]cio da mensagem (?:re)?encaminhada"
    r"|begin doorgestuurd bericht)\s*:)(?:\b|$)",
    re.IGNORECASE,
)
_FORWARD_MARK_MAX = 80
"""Every mark `_FORWARD_MARK` reads is short, and opens with dashes or ends on a colon."""


def is_forward_mark(text: str) -> bool:
    """The line a mail client sets over a forwarded mail's header (Gmail's and Thunderbird's
    dashed "---------- Forwarded message ---------", Outlook's "-----Original Message-----",
    Apple Mail's "Begin forwarded message:"), each as the client writes it in its language
    ("-------- Пересылаемое сообщение --------"): the forwarded mail opens under it."""
    return (
        len(text) <= _FORWARD_MARK_MAX
        and (text[:2] == "--" or text[-1:] == ":")
        and bool(_FORWARD_MARK.match(text))
    )


MAIL_FIELD_CUES: tuple[Cues, ...] = (Cues(marks="@", longest=_MAIL_FIELD_MAX),)
"""`mail_field` reads an address in a short line."""


def mail_field(text: str) -> bool:
    """A mail header's line in any language: a one-word label and an address, bare or in
    angle brackets after a name ("Od: Głosy Świata <newsletter@…>", "De : breves@…"). A
    digest pastes one over each message; it is never a headline, nor the tail of a wrapped
    paragraph (`reader.dumps.lines`)."""
    return len(text) <= _MAIL_FIELD_MAX and "@" in text and bool(_MAIL_FIELD.match(text))


FIELD_CUES: tuple[Cues, ...] = (
    Cues(head="(?:" + "|".join(code.lower() for code in FACTIVA_CODES) + ")(?:\t|  )"),
    Cues(head=rf"(?:{_FIELD_LABELS})(?:\s*:|\t| {{3}})"),
)
"""`field` reads a Factiva code before a tab or two spaces, or a label and its colon."""


def field(line: str) -> tuple[str, str] | None:
    """(key, value) of a labelled metadata line ("Byline: Jane Doe", "Length: 612 words"),
    as database exports and clipper front matter write them."""
    text = line.strip()
    if text[:3].rstrip() in FACTIVA_CODES:
        coded = _FACTIVA_FIELD.match(text)
        if coded:
            return FACTIVA_CODES[coded.group("code")], coded.group("value").strip()
    if ":" not in text[:_FIELD_KEY_MAX] and "\t" not in text and "   " not in text:
        return None
    match = _FIELD.match(text)
    if not match:
        return None
    key = match.group("key").lower()
    value = _unquoted(match.group("value").strip()).replace("[[", "").replace("]]", "").strip()
    return _FIELD_KEYS.get(key, key.replace("-", "_").replace(" ", "_")), value


def _unquoted(value: str) -> str:
    """A field's value without the quotes around it, or a stray one at either end; a quote
    that closes a quotation inside it stays (`Diretora diz que "há sinais"`)."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value.strip('"') if value.count('"') == 1 else value


_MESSAGE_NUMBER = lazy(
    r"^(?:message|nachricht|messaggio|mensaje|mensagem|bericht|wiadomość|сообщение)"
    r"\s*:\s*\d{1,4}$",
    re.IGNORECASE,
)
_MESSAGE_NUMBER_MAX = 20


_PRESS_CONTACT = lazy(
    r"^(?:press(?:e)?kontakte?|medienkontakte?|kontakt für (?:die )?(?:presse|medien)"
    r"|press contacts?|media contacts?|media (?:enquiries|inquiries)|for media enquiries"
    r"|contacts? (?:presse|médias|pour la presse)|contacto(?:s)? (?:de|para) (?:prensa|medios)"
    r"|contatt[oi] (?:stampa|per la stampa)|contatos? (?:de|para) (?:imprensa)"
    r"|perscontact|contact voor de pers)\s*:",
    re.IGNORECASE,
)
_PRESS_CONTACT_MAX = 200
_PRESS_LABEL_MAX = 40
"""A press contact's label and its colon come within this many characters."""
CONTACT_LINE_WORDS = 8
"""The most words of a line under a press contact's label (a name, an organisation, a
phone number, an address): a longer line is text again."""


def is_press_contact(text: str) -> bool:
    """The label a press release prints over the contact for journalists ("Pressekontakt:",
    "Media contact:", "Contact presse :"), alone or with the contact after it: the release's
    own text, and so are the short lines under it (name, phone, mail), where a press
    office's sign-off ("— Pressestelle der OKF DE") is a trailer the site adds."""
    if len(text) > _PRESS_CONTACT_MAX or ":" not in text[:_PRESS_LABEL_MAX]:
        return False  # every body line is asked: most have no colon near their start
    return bool(_PRESS_CONTACT.match(text.strip()))


def is_message_number(text: str) -> bool:
    """A mailing list digest's number over each message's header ("Message: 3", Mailman's;
    "Nachricht: 3"): under it, the header's "Subject:" is the message's headline, where an
    export's "SUBJECT:" lists index terms."""
    return len(text) <= _MESSAGE_NUMBER_MAX and bool(_MESSAGE_NUMBER.match(text.strip()))


_DATE_OPENING = rf"{_DATE_WEEKDAY}(?:\d|{_MONTHS})"
"""What every form of `_DATE_ONLY` opens with: a digit or a month, maybe after a weekday."""
TIMESTAMP_CUES: tuple[Cues, ...] = (
    Cues(head=f"{unnamed(_UPDATED.pattern)}|{_DATE_OPENING}", marks="*_"),
)
"""`timestamps` reads a labelled stamp, or a date at the line's start (a bare date, or one
with its update glued on: `_DATE_ONLY` opens both); emphasis sends a line through."""


def timestamps(line: str) -> list[tuple[str, str]]:
    """(kind, value) pairs of a timestamp line: "updated", "published"; [] if not one."""
    text = strip_emphasis(line.strip())
    match = _UPDATED.match(text) if text[:1] in _STAMP_INITIALS else None
    if match and _LABEL_GOES_ON.match(match.group("value")):
        return []  # "Date searched<TAB>…": a label naming another date
    if match and (not match.group("value") or _looks_dated(match.group("value"))):
        kind = match.group("kind").lower().split()[-1]
        kind = {
            "posted": "published",
            "modified": "updated",
            "date": "published",
            "created": "published",
            "edited": "updated",
        }.get(kind, kind)
        value = _ON.sub("", match.group("value").strip())
        return [(kind, _without_full_stop(value))]
    if not has_digit(text):
        return []  # bare dates and glued ones all hold a digit
    if _DATE_ONLY.match(text):
        return [("published", text)]
    glued = _GLUED_UPDATED.match(text) if "pdated" in text or "odified" in text else None
    if glued and _DATE_ONLY.match(glued.group("date")) and _looks_dated(glued.group("value")):
        updated = _without_full_stop(glued.group("value"))
        return [("published", glued.group("date").strip()), ("updated", updated)]
    return []


_ABBREVIATED = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc mär okt dez"
    " mon tue tues wed thu thur thurs fri sat sun".split()
)
"""Short forms of months and weekdays, whose full stop is the date's own ("5 Dec.")."""


def _without_full_stop(value: str) -> str:
    """A stamp's value without the full stop that closed the line's sentence ("6 juin 2020"
    from "This post was last edited on 6 juin 2020."): the date a user copies carries none.
    The line stays whole in `meta.as_written`. A stop after a digit or a whole word goes; one
    closing an abbreviation ("5 Dec.", "6 p.m.", "18:20 h.") is the date's own and stays."""
    if not value.endswith(".") or value.endswith(".."):
        return value
    words = value[:-1].split()
    last = words[-1] if words else ""
    digit = last[-1:].isdigit()
    if digit or (len(last) > 1 and last.isalpha() and last.casefold() not in _ABBREVIATED):
        return value[:-1]
    return value


_LOCAL_MONTHS = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|januar|jänner|februar|märz|april|juni|juli|august"
    r"|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
    r"|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|" + _MONTHS[3:-4] + r")"
)
_AT_WORDS = r"(?:[^\W\d_]{1,4}\.?(?:\s[^\W\d_]{1,4})?\s)?"
"""The short words a date line sets before its time, in any language ("às", "um", "a las",
"klo", "godz.", "saat"): told by their length, not listed, since each new language brought its
own. (A unit or zone after the time, told the same way, cost a heldout body: "Uhr" and "uur"
stay the only ones.)"""
_SOURCE_DATE = lazy(
    r"^(?:[^\W\d_][\w.'’&-]*(?:\s[^\W\d_][\w.'’&-]*){0,4}\s*[,·|•–—-]\s*)?"
    r"(?:(?:le|am|il|el|em|on|den|op)\s+)?(?:[\w-]+\.?,?\s+)?"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?{_LOCAL_MONTHS}"
    r"(?:\s+(?:de\s+)?\d{4})?"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"  # "September 15, 2022"
    rf"(?:\s*(?:[,|•·–—-]\s*)?{_AT_WORDS}\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:uhr|uur))?)?"
    r"(?:,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira"
    r"|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?\s*$",
    re.IGNORECASE,
)


_LOCAL_STAMP = lazy(
    r"^(?:(?P<published>publié|publiée|mis en ligne|mise en ligne|article créé|créé|posté"
    r"|veröffentlicht|erstellt|erschienen|publicado|publicada|pubblicato|pubblicata|postato"
    r"|gepubliceerd|geplaatst|verschenen|creado|creada|criado|criada|aangemaakt|creato|creata)"
    r"|(?P<updated>mis à jour|mise à jour|modifié|actualisé|dernière mise à jour"
    r"|aktualisiert|zuletzt aktualisiert|geändert|stand|actualizado|actualizada"
    r"|última actualización|atualizado|atualizada|última atualização|aggiornato|aggiornata"
    r"|ultimo aggiornamento|modificato|bijgewerkt|laatst bijgewerkt|gewijzigd|aangepast))"
    r"(?:\s+(?:le|am|el|em|il|on|à|a las|alle|às|um|op))?\s*[:\-–—]?\s*.{1,80}$",
    re.IGNORECASE,
)
"""A publication or update line in the languages dumps come in ("Publié le 27 août 2012 à
7:39", "Zuletzt aktualisiert: 01.07.2015", "Aggiornato il 30/01/2023 alle 20:33")."""


_LOCAL_STAMP_MAX = 100
LOCAL_TIMESTAMP_CUES: tuple[Cues, ...] = (
    Cues(digit=True, longest=_LOCAL_STAMP_MAX + EMPHASIS_MAX),
)
"""`local_timestamp` reads a digit in a short line."""


def local_timestamp(line: str) -> tuple[str, str] | None:
    """(kind, line) of a publication or update line in French, German, Spanish,
    Portuguese or Italian, or None; it must hold a digit (a date or time). The line is
    kept as written, label and all, since local date formats vary too much to parse."""
    text = strip_emphasis(line.strip())
    if len(text) > _LOCAL_STAMP_MAX or not has_digit(text):
        return None
    match = _LOCAL_STAMP.match(text)
    if not match:
        return None
    return ("published" if match.group("published") else "updated", text)


_DATED_HEAD = 60
"""A dated dateline's date comes within this many characters."""
_DATED_LINE = lazy(
    r"^(?:[^\W\d_][\w.'’\-]*(?:\s[^\W\d_][\w.'’\-]*){0,3}(?:\s*\([^()]{1,40}\))?,\s*)?"
    rf"(?:\d{{1,2}}(?:er|\.|º)?\s+(?:de\s+)?{_LOCAL_MONTHS}\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    r"(?:,\s*[^\W\d_][\w.'’\-]*(?:\s[^\W\d_][\w.'’\-]*){0,2})?"
    r"\.?\s*[\-–—]{1,2}\s+(?=\S)",
    re.IGNORECASE,
)
"""A dateline that gives the date ("17 octobre 2012. - ", "Leipzig (Deutschland),
14.06.2015 – ", "PARIS, 3 mars 2024 — "), as wikis and many sites open their articles."""


_SOURCE_DATE_MAX = 80
"""A date line in a local format is no longer than this."""
SOURCE_DATE_CUES: tuple[Cues, ...] = (Cues(digit=True, longest=_SOURCE_DATE_MAX + EMPHASIS_MAX),)
"""`source_date` reads a digit in a short line (emphasis taken off)."""


def source_date(line: str) -> str | None:
    """A date line in a local format ("4 juillet 2012", "Wikinews, 4/07/2012",
    "am 3. März 2012 um 10:04") or in ISO 8601's, as feeds and list mails date their items
    ("Example News, 2024-05-16"): the date as written, or None."""
    text = strip_emphasis(line.strip())
    if len(text) > _SOURCE_DATE_MAX or not has_digit(text):
        return None
    return text if _SOURCE_DATE.match(text) else None


_MARKED_DATE = lazy(
    r"(?<!\d)\d{4}\s?[年년]\s?\d{1,2}\s?[月월](?:\s?\d{1,2}\s?[日일])?"
    r"(?:\s?[(（][^\W\d_]{1,3}[)）])?"  # a weekday in brackets, as Japanese pages add: (月)
)
"""A date written with the year, month and day marks of Chinese and Japanese (年 月 日) or
Korean (년 월 일): "2024年6月20日", "2025年3月24日(月)", "2024년 6월 20일"."""
_CLOCK = lazy(r"(?<!\d)\d{1,2}[:h.]\d{2}(?!\d)")
_DATE_LABEL_WORDS = 4
"""A date line's label and time ("作成日：", "9:00 公開") run to this many words besides the
date; a sentence around a date is longer."""


MARKED_DATE_CUES: tuple[Cues, ...] = (Cues(digit=True, longest=_LABEL_MAX + EMPHASIS_MAX),)
"""`marked_date_line` reads a digit (of the year) in a short line (emphasis taken off)."""


def marked_date_line(line: str) -> str | None:
    """A short line that holds a date written with year, month and day marks and a label of
    a few words at most ("2024年6月20日", "作成日：2024年6月20日", "2025年3月24日(月) 9:00
    公開"): a Chinese, Japanese or Korean page's publication line. The line as written, or
    None. (Dates written in figures alone, 31.12.2025, were tried too: they lost a heldout
    body, so `source_date`'s own forms keep them.)"""
    text = strip_emphasis(line.strip())
    if len(text) > _LABEL_MAX or "://" in text:
        return None
    found = _MARKED_DATE.search(text)
    if found is None:
        return None
    rest = _CLOCK.sub(" ", text[: found.start()] + " " + text[found.end() :]).strip(" ,·|•–—-")
    if not rest:
        return text
    if word_count(rest, _DATE_LABEL_WORDS) > _DATE_LABEL_WORDS or _TERMINAL.search(rest):
        return None
    return text


_WORD_MONTH = r"[^\W\d_]{3,12}\.?"
"""A month's name or its abbreviation in any language and script: a word of letters alone
("января", "listopada", "ago.")."""
_YEAR = r"(?:1[89]|20)\d{2}(?:\s?[^\W\d_]{1,2}\.)?"
"""A year of the last two centuries, maybe with the abbreviation some languages set after
it ("2014 г.", "2024 р.", "2023 r.")."""
_CENTURIES = ("18", "19", "20")
"""How every year `_YEAR` reads opens."""
_DAY = r"\d{1,2}(?:\.|º|er)?"
_JOIN = r"[^\W\d_]{1,2}\s+"
"""A short word that joins a date's parts, before the month and again before the year ("15
de setembro de 2025"); one before the year alone joins a count to it ("25 Photos of 2023",
"3 Killed in 2024")."""
_WORDED_DATE = lazy(
    rf"(?<!\w)(?:{_DAY}\s+(?:{_JOIN}{_WORD_MONTH},?\s+{_JOIN}|{_WORD_MONTH},?\s+){_YEAR}"
    rf"|{_YEAR}\.?\s+{_WORD_MONTH}\s+{_DAY})(?!\w)"
)
"""A day, a month's word and a year, in the orders languages write them ("12 января 2014",
"2014. január 12."). The month first ("September 15, 2022") is English, whose months are
known; read from any word it made "Windows 10, 2015" a date (review24)."""
_MONTH_WORD = lazy(r"[^\W\d_]{3,}")
"""The month's word in a worded date: its first word of three letters or more (the joining
words are shorter)."""
_AFTER_DATE = lazy(
    r"^\s*(?:[,·|•–—-]?\s*(?:[^\W\d_]{1,3}\s+)?\d{1,2}[:h.]\d{2}(?:\s*[^\W\d_]{1,4}\.?)?)?\s*$"
)
"""What may follow such a date on its line: a time, maybe with its zone or unit ("10:30 Uhr",
"às 10h05"), or nothing. Words after it make it a headline ("9 Domande per 2000 Risposte") or
a timeline's item ("3 April 2024 – Beta released"); a date with a counter or a byline beside
it is a composite line (`roles`), whose parts are read one by one."""


_LABEL_ENDS = ","
"""What ends a label before such a date: a place's comma ("Ελλάδα, 12 Μαρτίου 2024"). Words that
run into the date ("Elections set for March 3, 2024", "Top 10 Tips 2024") are a headline's; a
label and a colon ("Kiedy: 12 listopada 2025") may be an event's details in its text."""
WORDED_DATE_CUES: tuple[Cues, ...] = (Cues(digit=True, longest=_LABEL_MAX + EMPHASIS_MAX),)
"""`worded_date_line` reads a digit (of the day and year) in a short line."""


def worded_date_line(line: str) -> str | None:
    """A short line whose date is written with the month's word in any language, maybe after
    a place and with a time ("10 сентября 2014, 09:17", "Warszawa, 12 listopada 2025", "2014.
    január 12."): the page's publication line, told by its shape, not by a list of months in
    the languages seen so far, which every new language outran. The line as written, or
    None."""
    text = strip_emphasis(line.strip())
    if len(text) > _LABEL_MAX or "://" in text or not any(map(text.__contains__, _CENTURIES)):
        return None  # no year of the two centuries `_YEAR` reads: most lines stop here
    found = _WORDED_DATE.search(text)
    if found is None or not _AFTER_DATE.match(text[found.end() :]):
        return None
    month = _MONTH_WORD.search(found.group())
    if month is None or _counted_noun(month.group()):
        return None  # "25 Photos 2023", "24 Hours 2023": a count of things, and a year
    label = text[: found.start()].rstrip()
    if not label:
        return text
    if label[-1] not in _LABEL_ENDS or _TERMINAL.search(label[:-1]):
        return None
    return text if word_count(label, _DATE_LABEL_WORDS) < _DATE_LABEL_WORDS else None


_PARTS = lazy(r"\s+[·•|]\s+")
"""What parts a page's meta line into its pieces ("Global Voices · April 2008", "12 March
2024, 13:30 · Views: 2,217")."""
_MONTH_YEAR = lazy(rf"^{_LOCAL_MONTHS}\s+\d{{4}}$", re.IGNORECASE)


def dated_parts(line: str) -> bool:
    """A line of parts set apart by dots or bars, one of them a date: a page's publication
    or date line with its site, author or counter beside the date ("Global Voices auf Deutsch
    · April 2008", "12 березня 2024, 13:30 · Переглядів: 2,217"), which no headline is."""
    parts = _PARTS.split(line.strip())
    return len(parts) > 1 and any(map(_dated, parts))


def _dated(part: str) -> bool:
    """A part of a line that is a date alone, in any of the forms the splitter reads."""
    return bool(
        is_date(part)
        or worded_date_line(part)
        or source_date(part)
        or marked_date_line(part)
        or _MONTH_YEAR.match(part.strip())
    )


def _counted_noun(word: str) -> bool:
    """A capitalised plural in plain letters ("Photos", "Hours", "Fotos"): what a headline
    counts before a year, in the languages whose plurals end in s; no month is written so
    (a month in capitals and plain letters that ends in s, Indonesian "Agustus", is lost)."""
    return word.isascii() and word[:1].isupper() and word[-1:] == "s"


def is_date(text: str) -> bool:
    """A bare date or time ("12 March 2025", "3 hours ago")."""
    return bool(_DATE_ONLY.match(text.strip()))


_DATED = lazy(r"(?<!\d)\d{1,4}(?!\d)|ago|yesterday|today|just now", re.IGNORECASE)
"""What dates the value of an "Updated …" line: a number of at most four digits (a day, a
month, a year, an hour), or a relative word. "Updated 28054 existing packages" counts things,
as release notes do between "Added …" and "Removed …": no part of a date is that long."""
_ON = lazy(r"^on\s+", re.IGNORECASE)


def _looks_dated(value: str) -> bool:
    return bool(_DATED.search(value))


_ITALIAN_BYLINE = lazy(r"^di [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,3}(?:,\s*[^.!?]{1,80})?$")
"""An Italian byline, "di" in lower case as bylines set it ("di Giulia Bianchi,
corrispondente da San Paolo"); "Di Maio …" opens a sentence."""


BYLINE_CUES: tuple[Cues, ...] = (
    Cues(
        head=rf"[*_]{{0,2}}(?:di |(?:(?:{_BYLINE_VERBS})\s+)?(?:{_BYLINE_MARKERS})\s)",
        marks="*",
    ),
    Cues(head=_STAFF_BYLINE.pattern, marks="*_", longest=_LABEL_MAX),
    Cues(head=_DESK_LINE.pattern, marks="*_", longest=_LABEL_MAX),
)
"""`byline` reads a marker ("By", "par", "di") at the start, emphasis aside, in a line
with no inner emphasis (which it takes out first: a mark); in a short line, a staff or
desk byline as its patterns have them (emphasis sends the line through)."""


def byline(line: str) -> list[tuple[str, str]]:
    """("byline", who) and maybe ("published", date) for a "By …" line; [] if not one."""
    text = strip_emphasis(line.strip()).replace("**", "")
    if text[:3] == "di " and _ITALIAN_BYLINE.match(text):
        return [("byline", text)]
    if len(text) <= _LABEL_MAX and (_STAFF_BYLINE.match(text) or _desk_line(text)):
        return [("byline", text)]
    match = _BYLINE.match(text) if text[:1] in _BYLINE_INITIALS else None
    if not match or word_count(text, 20) > 20 or ";" in text:
        return []
    who, *rest = _BYLINE_SPLIT.split(match.group("who").strip(), maxsplit=1)
    who = who.strip(" ,")
    if not who[:1].isupper() or _TERMINAL.search(who) or _asks_why(match, who):
        return []
    found = [("byline", who if match.group("marker").lower() == "by" else text)]
    if rest and is_date(rest[0].strip(" *_")):
        found.append(("published", rest[0].strip(" *_")))
    return found


_WHY = frozenset({"que", "qué", "quê"})
"""What follows "por" when a Spanish or Portuguese line asks why ("Por qué …", "Por que …")."""


def _asks_why(match: re.Match[str], who: str) -> bool:
    """ "POR QUE ALGUMAS PESSOAS …": a question in capitals or title case, not "Por" and a
    name."""
    first = who.split(None, 1)[0].rstrip("?!¿¡").lower()
    return match.group("marker").lower() == "por" and first in _WHY


_BYLINE_INITIALS = frozenset("BbWwSsTtPpVvEeDdGgÉéÜü")
"""First letters of the words a byline opens with ("By", "Escrito por", "Geschreven door")."""
_AGENCY_LINE = lazy(r"^\((?:[^\W\d_][\w.&'’-]*)(?:(?: | ?[/,] ?| ?- )[^\W\d_][\w.&'’-]*){0,3}\)$")
"""A source or agency credited on a line of its own, in parentheses ("(Wikinews)", "(AFP)",
"(dpa/AFP)", "(Agência Brasil)"): up to four names, nothing else."""


AGENCY_LINE_CUES: tuple[Cues, ...] = (Cues(head=_AGENCY_LINE.pattern, longest=_LABEL_MAX),)
"""`is_agency_line` reads its pattern in a short line."""


def is_agency_line(line: str) -> bool:
    """An agency or source credit standing alone in parentheses: a trailer of the article
    above, never a headline."""
    text = line.strip()
    return text[:1] == "(" and len(text) <= _LABEL_MAX and bool(_AGENCY_LINE.match(text))


_SHORT_CUES = ("compil", "zusammengestellt", "bearbeit", "redigiert", "édité", "editad")
"""Cues of the desk trailers in other languages, looked for in short lines only."""
_CUED_MAX = 160
CREDITS_CUES: tuple[Cues, ...] = (
    Cues(
        head=rf"{_CREDITS_OPENING}(?:[—–-]|\(?additional\s|{_CREDIT_GERUNDS}|{_DESK_VERBS}"
        r"|with assistance from)",
        words=("reported from", "contributed "),
    ),
)
"""`is_credits` reads its pattern's openings, or the two forms that name the reporter first
("… reported from", "… contributed to this report")."""


def is_credits(line: str) -> bool:
    """A wire trailer such as "(Reporting by A; Editing by B)"."""
    if not _has_credits_cue(line):
        return False
    return bool(_CREDITS.match(line.strip()))


def _has_credits_cue(line: str) -> bool:
    """Every credits pattern holds one of these or opens with a dash: a cheap test before
    the pattern (not "by", which running text is full of)."""
    folded = line.casefold()
    return (
        "report" in folded
        or "contribut" in folded
        or "writing" in folded
        or "editing" in folded
        or "assistance" in folded
        or "staff" in folded
        or "--" in folded
        or folded[:1] in ("—", "–")
        or (len(folded) <= _CUED_MAX and any(map(folded.__contains__, _SHORT_CUES)))
    )


_SOURCE_NOTE_FORMS = (
    (
        r"(?:source|sources|quelle|quellen|fonte|fontes|fuente|fuentes|text|texto|texte"
        r"|testo|edição|edición|edizione|édition|editing|redaktion|rédaction|redazione|redacción"
        r"|redação|traduction|translation|übersetzung|tradução|traducción|traduzione|bron|vertaling"
        r"|redactie|eindredactie|tekst)\s*:",
        r"\s*\S[^:]{0,60}(?:;[^;]{1,40})?",
    ),
    (
        r"(?:mit material von|con información de|com informações d[aeo]s?|con informazioni d[ai]"
        r"|with material from|met medewerking van|in samenwerking met|met informatie van"
        r"|colaborou|colaboraram|com colaboração de|con la colaboración de|colaboración de)\s",
        r"\s*\S.{0,80}",
    ),
    (r"estagi[aá]ri[oa]s? sob ", r"(?:a )?supervisão d[eao]\s+\S.{0,80}"),
    (
        r"(?:reportagem|reportaje|edição|edición|edizione|editado|editada|traduzione|traducción"
        r"|tradução|traduit|traduction|übersetzung|übersetzt|translated|vertaald|vertaling|edited"
        r"|proofread|reviewed)\s+(?:de|di|von|par|por|by|da|del|door)\s",
        r"\s*\S[^.]{0,80}",
    ),
    (r"(?:avec|with|mit|con|com)\s+" + _AGENCIES, r"[\w /,-]{0,20}"),
    (
        r"(?:über den autor|über die autorin|about the author|à propos de l'auteur|sobre el autor"
        r"|sobre la autora|sobre o autor|sobre a autora|sull'autore|sull'autrice)\s*:",
        r"\s*\S.{0,200}",
    ),
    (
        r"(?:correction|korrektur|corrección|correção|correzione|rectificatif)\s*:",
        r"\s*\S.{0,200}",
    ),
    (
        r"(?:this (?:article|story|post) (?:was|is) (?:originally|first) published"
        r"|originally published|cet article a été (?:publié|initialement publié|d'abord publié)"
        r"|publié initialement"
        r"|dieser (?:artikel|beitrag) (?:erschien|wurde) (?:zuerst|ursprünglich)"
        r"|zuerst erschienen|este (?:artículo|texto) (?:fue publicado|se publicó) originalmente"
        r"|publicado originalmente|este (?:artigo|texto) foi (?:publicado|originalmente)"
        r"|questo articolo è stato (?:pubblicato|originariamente)|pubblicato originariamente"
        r"|dit (?:artikel|bericht|stuk) (?:verscheen|is) (?:eerder|oorspronkelijk|eerst)"
        r"|oorspronkelijk (?:gepubliceerd|verschenen))",
        r"\b.{0,160}",
    ),
)
"""The forms of a source note: what each opens with (in lower case, as `SOURCE_NOTE_CUES`
reads it too) and what must follow."""
_SOURCE_NOTE_OPENING = r"[(\[*]?\s*"
_SOURCE_NOTE = lazy(
    rf"^{_SOURCE_NOTE_OPENING}(?:"
    + "|".join(head + tail for head, tail in _SOURCE_NOTE_FORMS)
    + r")[)\]]?$",
    re.IGNORECASE,
)
"""A source or translation note that closes an article ("Fonte: Global Voices", "(Text:
Global Voices; Redaktion: ib)", "Cet article a été publié initialement sur …")."""
_SOURCE_NOTE_MAX = 240
_SOURCE_NOTE_WORDS = frozenset(
    "source sources quelle quellen fonte fontes fuente fuentes text texto texte testo edição"
    " edición edizione édition editing redaktion rédaction redazione redacción redação"
    " traduction translation übersetzung tradução traducción traduzione mit con com with"
    " reportagem reportaje editado editada traduit übersetzt translated avec über about à"
    " sobre sull'autore sull'autrice correction korrektur corrección correção correzione"
    " rectificatif this originally cet publié dieser zuerst este publicado questo"
    " pubblicato"
    " bron vertaling redactie eindredactie tekst met in estagiário estagiária estagiários"
    " estagiárias estagiario estagiaria vertaald edited proofread reviewed dit"
    " oorspronkelijk colaborou colaboraram colaboración".split()
)
"""The first words `_SOURCE_NOTE` can start with: a set lookup spares most lines the
pattern."""


def is_source_note(line: str) -> bool:
    """A line crediting where the article (or its translation) came from."""
    text = strip_emphasis(line.strip())
    if len(text) > _SOURCE_NOTE_MAX:  # emphasis taken off: `SOURCE_NOTE_CUES` allows for it
        return False
    if text[:1] in "([" and text[-1:] not in ")]":
        return False
    first = text.lstrip("([* ").split(None, 1)[0].lower().rstrip(":") if text.strip("([* ") else ""
    if first in _AUTHOR_NOTE_FIRST and _AUTHOR_WORD.search(text[:_AUTHOR_HEAD].lower()):
        return bool(_AUTHOR_NOTE.match(text))
    if first not in _SOURCE_NOTE_WORDS:
        return False  # most lines stop here, before the pattern
    return bool(_SOURCE_NOTE.match(text))


_AUTHOR_NOTE_HEAD = (
    r"(?:der autor|die autorin|the author|l'auteur|l'autrice|l'autore|el autor|la autora"
    r"|o autor|a autora|de auteur|de schrijver)\s+(?:ist|is|est|è|es|é|was|war|fue|foi)\s"
)
"""What a note on the author opens with, in lower case."""
_AUTHOR_NOTE = lazy(rf"^{_AUTHOR_NOTE_HEAD}.{{0,200}}$", re.IGNORECASE)
"""A note on the author closing an article ("Die Autorin ist freie Journalistin …")."""
_AUTHOR_NOTE_FIRST = frozenset("der die the l'auteur l'autrice l'autore el la o a de".split())
_AUTHOR_WORD = lazy(r"aut|schrijver")
SOURCE_NOTE_CUES: tuple[Cues, ...] = (
    Cues(
        head=rf"[*_]{{0,2}}(?:{_SOURCE_NOTE_OPENING}(?:"
        + "|".join(head for head, _ in _SOURCE_NOTE_FORMS)
        + rf")|{_AUTHOR_NOTE_HEAD})",
        longest=_SOURCE_NOTE_MAX + EMPHASIS_MAX,
    ),
)
"""`is_source_note` reads what its forms or an author's note open with (emphasis aside), on
lines not too long."""
_AUTHOR_HEAD = 20
"""The author's word stands in the note's first characters."""


CAPTION_CUES: tuple[Cues, ...] = (
    Cues(
        head=rf"[*_]{{0,2}}(?:{_CAPTION_LABELS}|{_SCREENSHOT_WORDS}|\[\d)",
        words=("photo", "credit", "foto", "bild", "cc by", "cc-by", "purchase licensing rights"),
        marks="/|",
        ends=")]",
    ),
)
"""`is_caption` reads an image's label at the start, a credit's words or marks, or a
credit in brackets closing the line."""


def is_caption(line: str) -> bool:
    """A photo caption: it names an image or carries a photo credit such as "(Reuters)"."""
    text = strip_emphasis(line.strip())
    if text[:1] in _CAPTION_INITIALS and (_CAPTION_START.match(text) or _GALLERY_MARK.match(text)):
        return True
    tail = text[-_CAPTION_TAIL:]
    if not ("(" in tail or "/" in tail or "|" in tail or "]" in tail):
        folded = tail.casefold()
        if not (
            "photo" in folded
            or "cc by" in folded
            or "cc-by" in folded
            or "credit" in folded
            or "licensing" in folded
            or "foto" in folded
            or "bild" in folded
        ):
            return False
    if _may_mark_caption(tail) and _CAPTION_MARKS.search(tail):
        return True
    slash = tail.rfind("/")
    if (
        slash > 0
        and tail[slash + 1 : slash + 2].isupper()
        and _GLUED_CREDIT.search(tail, max(0, slash - _GLUED_NAME)) is not None
    ):
        return True
    return ("(" in tail or "|" in tail or "/" in tail) and bool(_CAPTION_END.search(tail))


def _may_mark_caption(tail: str) -> bool:
    """Whether `tail` shows what each of `_CAPTION_MARKS`' alternatives holds: a slash (a
    bracketed count, an agency's "REUTERS/"), a colon ("Photo:", "Credit:"), or one of
    `_CAPTION_MARK_WORDS` (read in the tail lowered where lowering reads as the pattern
    ignoring case does, `cues.lowers_plainly`). A tail without them is no caption's by that
    pattern, and string searches tell it in a fraction of the alternation's search."""
    if "/" in tail or ":" in tail or not lowers_plainly(tail):
        return True
    lowered = tail.lower()
    return any(map(lowered.__contains__, _CAPTION_MARK_WORDS))


_CAPTION_MARK_WORDS = ("licensing", "foto", "bild", "cc")
"""What `_CAPTION_MARKS`' alternatives with neither a slash nor a colon hold: "purchase
licensing rights", "foto de …", "bild von …", "CC BY 2.0"."""


PHOTO_CREDIT_CUES: tuple[Cues, ...] = (
    Cues(head=_PHOTO_CREDIT.pattern, longest=_LABEL_MAX - 1),
    Cues(head=_CAPTION_LEAD.pattern, longest=_LABEL_MAX - 1),
)
"""`is_photo_credit` and `opens_caption` read their patterns in a short line."""


def is_photo_credit(line: str) -> bool:
    """A credit line standing over a caption ("Getty Images", "Image source, Reuters")."""
    return len(line) < _LABEL_MAX and bool(_PHOTO_CREDIT.match(line.strip()))


CREDIT_LINE_CUES: tuple[Cues, ...] = (Cues(head=_CREDIT_LINE.pattern, longest=2 * _LABEL_MAX - 1),)
"""`is_credit_line` reads its pattern in a short line."""


def is_credit_line(line: str) -> bool:
    """A photo credit under its caption ("Credit...Jane Doe for The Times",
    "Photograph: Jane Doe/Reuters"): the line above it is the caption."""
    text = line.strip()
    return (
        len(text) < 2 * _LABEL_MAX
        and bool(_CREDIT_LINE.match(text))
        and word_count(text) <= _CREDIT_MAX_WORDS
    )


def opens_caption(line: str) -> bool:
    """A bare "Image caption," label whose caption is on the next line."""
    return len(line) < _LABEL_MAX and bool(_CAPTION_LEAD.match(line.strip()))


def caption_text(line: str) -> str:
    """A caption without its label, credit markers or licensing suffix."""
    text = strip_emphasis(line.strip())
    text = re.sub(r"^(?:image caption|media caption|caption)\s*[,:]\s*", "", text, flags=re.I)
    text = re.sub(r"^\[\d+/\d+\]\s*", "", text)
    return re.sub(r"\s*purchase licensing rights.*$", "", text, flags=re.I).strip()


def dated_dateline(paragraph: str) -> bool:
    """Whether a paragraph opens with a dateline that gives the date ("17 octobre 2012. - ")."""
    head = paragraph[:_DATELINE_HEAD]
    if not _has_dash(head):
        return False
    return bool(has_digit(head[:_DATED_HEAD]) and _DATED_LINE.match(head))


def dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph ("SEOUL: ", "LONDON (Reuters) - ", "17 octobre
    2012. - ", "Leipzig (Deutschland), 14.06.2015 – "), if any."""
    head = paragraph[:_DATELINE_HEAD]
    if ":" not in head and not _has_dash(head):
        return None  # both patterns end in a colon or a dash: most paragraphs stop here
    return _head_dateline(head)


_DATELINES_KEPT = 64
"""Paragraph heads whose dateline `_head_dateline` remembers (the least recently asked go
first)."""


@lru_cache(maxsize=_DATELINES_KEPT)
def _head_dateline(head: str) -> str | None:
    """`dateline` of a paragraph's head, remembered: the scan asks it of an article's first
    paragraph for every candidate line above it, and assembling asks it again (four in ten
    of its calls on the `bench` dump repeat one asked before)."""
    if has_digit(head[:_DATED_HEAD]):
        dated = _DATED_LINE.match(head)
        if dated:
            return dated.group(0).rstrip(" :-–—").strip()
    match = _DATELINE.match(head)
    if not match:
        return None
    place = match.group("place")
    dashed = match.group(0).rstrip()[-1] in "–—"
    if not (
        place.isupper()
        or match.group("agency")
        or match.group("date")
        or (match.group("region") and dashed)
    ):
        return None
    if place.isupper() and len(place) < 2:
        return None
    return match.group(0).rstrip(" :-–—").strip()


def _has_dash(head: str) -> bool:
    """A hyphen or dash, which every dateline ends in (a plain one may end in a colon)."""
    return "-" in head or "–" in head or "—" in head


_TRANSLATED = frozenset(
    "traduit traduite translated übersetzt tradotto tradotta traducido traducida traduzido"
    " traduzida vertaald переведено tłum преведе".split()
)
"""First words of a line that says who translated an article, however it goes on."""
_CREDIT_LABELS = frozenset(
    "traduction translation übersetzung traduzione traducción tradução vertaling перевод"
    " tłumaczenie превод source sources quelle quellen fonte fontes fuente fuentes bron"
    " źródło источник източник licence license licenza lizenz licencia licença".split()
)
"""Labels of a translator's or a source's credit ("Źródło: Global Voices"): a credit only
with their colon or in brackets, since as a sentence's first word they open news ("Sources
close to the council said …")."""
_ORIGINALLY = frozenset(
    "originally d'abord initialement originariamente originalmente ursprünglich zuerst"
    " oorspronkelijk pierwotnie первоначально впервые първоначално".split()
)
_PUBLISHED = frozenset(
    "published publié publiée pubblicato pubblicata publicado publicada veröffentlicht"
    " erschienen gepubliceerd verschenen opublikowany opublikowana опубликован опубликована"
    " публикуван публикувана".split()
)
_LICENCE = lazy(r"\bCC[ -]BY(?:[ -](?:SA|ND|NC))*\s+\d\.\d\b")
"""A licence with its version ("CC BY 3.0", "CC BY-SA 4.0"), not a mention of one."""
_SUBSCRIBE_CALL = lazy(
    r"\b(?:subscribe (?:for free|now|to (?:our|the|my) (?:newsletter|blog|channel|podcast))"
    r"|jetzt abonnieren|newsletter abonnieren|abonnez-vous|inscrivez-vous à (?:notre|la) "
    r"newsletter|suscr[íi]bete|suscr[íi]base|assine (?:já|nossa|a nossa)|inscreva-se"
    r"|iscriviti (?:alla|gratis)|abonneer (?:je|nu))"
)
"""A newsletter's call to subscribe under each post ("Thanks for reading! Subscribe for free
to receive new posts", "Abonnez-vous à notre newsletter"): the platform's, not the writer's."""
_SIGN_OFF_MAX_WORDS = 25
_EDITED_BY = ("a cura d",)
"""Italian's "edited by" ("A cura della redazione esteri")."""


_VALEDICTION_WORDS = 4
"""A valediction runs to this many words ("Till next time,", "Cordiali saluti,")."""
VALEDICTION_MOST = _VALEDICTION_WORDS + 6
"""The most words of a valediction with the names that sign it on its own line, after a
dash."""
_SIGNED_ON_LINE = lazy(r"^[^\W\d_][\w'’]*(?: [\w'’]+){0,3},\s*(?:--?|[–—])\s*[^\W\d_]")
_SIGNING_DASHES = ("-", "–", "—")
"""What `_SIGNED_ON_LINE` reads after its comma and spacing."""
_GREETING = lazy(r"^[^\W\d_][\w'’]*, [^.!?]*[^\W\d_]!$")
"""A short farewell closed by an exclamation mark, its first word before a comma ("Grazie,
saluti e buon Linux Day!", "Thanks, and see you soon!"): a valediction the names sign."""
_GREETING_WORDS = 6


def valediction(text: str) -> bool:
    """A letter's or a post's close: a short line closed by a comma ("In service,", "Un
    saludo,", "Till next time,") or a farewell by an exclamation mark ("Grazie, saluti e
    buon Linux Day!") over the names that sign it, or with the names on its own line after
    a dash ("Signed, -- Instructor Development Committee", "Saludos, — el
    equipo"). It ends the text above it: what stands over it is that text's, not a story's
    opening."""
    if text[-1:] == ",":
        return word_count(text, _VALEDICTION_WORDS + 1) <= _VALEDICTION_WORDS
    if text[-1:] == "!":
        return _GREETING.match(text) is not None and word_count(text, 7) <= _GREETING_WORDS
    return signed_valediction(text)


def signed_valediction(text: str) -> bool:
    """A valediction with the names that sign it on its own line, after a dash ("Signed, --
    Instructor Development Committee"): nothing under it is its. The pattern's comma is the
    line's first (none stands in the words before it), a dash after its spacing: a line
    without them is told by a string search, not the pattern's backtracking."""
    comma = text.find(",")
    if comma < 1 or text[comma + 1 :].lstrip()[:1] not in _SIGNING_DASHES:
        return False
    if _SIGNED_ON_LINE.match(text) is None:
        return False
    return word_count(text, VALEDICTION_MOST + 1) <= VALEDICTION_MOST


def signs_off(line: str) -> bool:
    """A line that closes an article by saying where it came from: a translator's or a
    source's credit ("Traduit de l'anglais par la rédaction.", "Źródło: Global Voices"),
    a first publication elsewhere ("Ce billet a d'abord été publié sur …"), a licence
    ("Licenza CC BY 3.0 – …"). Read only under the last paragraph, where a sentence
    saying so is the trailer and not the story."""
    if len(line.split(None, _SIGN_OFF_MAX_WORDS)) > _SIGN_OFF_MAX_WORDS:
        return False  # a paragraph, by its spaced words before the copy below is made (the
        # emphasis, the case and the spacing around it change none of them)
    text = strip_emphasis(line.strip()).lower()
    if word_count(text, _SIGN_OFF_MAX_WORDS) > _SIGN_OFF_MAX_WORDS:
        return False  # a paragraph is told by its length
    words = text.split(None, _SIGN_OFF_MAX_WORDS)
    if not words:
        return False
    head = words[0].strip("([.:,")
    if head in _TRANSLATED or (head in _CREDIT_LABELS and _labelled(words)):
        return True
    if line.lower().startswith(_EDITED_BY):
        return True
    folded = {word.strip('()[].,:;«»"“”') for word in words}
    if folded & _ORIGINALLY and folded & _PUBLISHED:
        return True
    licence = "CC" in line and _LICENCE.search(line)
    if licence or _SENT_FROM.match(text):
        return True
    return bool(_calls_to_subscribe(text) and _SUBSCRIBE_CALL.search(text))


_SENT_FROM = lazy(
    r"^(?:sent (?:from|with|via|using)|envoyé (?:de|depuis|avec|à partir)"
    r"|enviado (?:desde|de|do|com|con)|inviato (?:da|con)|verzonden (?:vanaf|met|van)"
    r"|gesendet (?:von|mit)|von meinem \S+(?: \S+)? gesendet|отправлено (?:с|со|из|через)"
    r"|wysłane (?:z|ze|przez|przy)|get outlook for)\s\S"
)
"""The line a mail or phone app sets under what it sends ("Sent from my iPhone", "Von meinem
iPhone gesendet", "Отправлено из мобильной Почты Mail.ru", "Get Outlook for Android"): the
mail's text ended above it. Read lowered, under the last paragraph only (`signs_off`)."""


def _calls_to_subscribe(text: str) -> bool:
    """What every call `_SUBSCRIBE_CALL` knows holds ("subscribe", "inscrivez", "suscríbete",
    "iscriviti" hold "scr"; "abonnez", "abonnieren", "abonneer" hold "abonn"): a line with none
    of them is told by three string searches, not the alternation tried at every word."""
    return "scr" in text or "abonn" in text or "assine" in text


def _labelled(words: list[str]) -> bool:
    """Whether a line's first word is a label: its colon follows it ("Source: …", "Source
    : …"), or the line opens a bracket ("(Translation by the desk)")."""
    return words[0].endswith(":") or words[1:2] == [":"] or words[0][0] in "(["
