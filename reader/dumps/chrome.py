"""Site furniture and layout marks: lines that are never an article's running text.

Websites wrap articles in chrome (share buttons, "Read more", related-story
lists); wire services add slugs; Markdown adds headings and link lines. These are
publisher-independent patterns: each says what a line looks like, never which
site it came from. Bylines, timestamps, captions and datelines are in `credits`.
"""

from __future__ import annotations

import re
import unicodedata

from reader.dumps._patterns import lazy
from reader.dumps.cues import Cues

_CHROME_WORDS = (
    "share|share this|share this article|share this story|share on facebook|share on twitter"
    "|share on x|share on whatsapp|share via email|copy link|link copied|follow|follow us"
    "|unfollow|short url|shorturl|advertisement|advertising|ad|sponsored|sponsored content"
    "|read more|read more:|read next|see also|related|related articles|related stories"
    "|related topics|related content|more on this story|more from|most read|most popular"
    "|top stories|trending|recommended|recommended for you|you may also like"
    "|listen|listen to this article|play|watch|watch:|print|email|save|saved|bookmark"
    "|comments|comment|view comments|show comments|facebook|twitter|x|linkedin|whatsapp"
    "|telegram|reddit|pinterest|subscribe|subscribe now|sign up|sign in|log in|register"
    "|newsletter|skip to content|skip to main content|menu|search|home|close|back to top"
    "|continue reading|click here|loading|loading…|loading...|image|photo|video|gallery"
    "|image source|image caption|media caption|getty images|reuters|ap|afp|file photo"
    "|our standards: the thomson reuters trust principles.|thomson reuters trust principles"
    "|purchase licensing rights|opens new tab|report an error|editorial standards"
    "|gift article|gift this article|translate|font size|text size|audio|podcast"
    "|associated press|the associated press|agence france-presse|press association"
    "|sign up here|save article|share this page|share page|open in app|view in browser"
    "|save articles|share full article|skip advertisement|ad feedback|print this page"
    "|jump to comments section|reuse this content|leer en español|end of list|learn more"
    "|after newsletter promotion|free weekly newsletter|free daily newsletter|unsubscribe"
    "|stay informed with free updates|link copied!|open original|view original|(end)|end"
    "|order reprints|today's paper|today’s paper|story continues below advertisement"
    "|article continues below|continue reading below|supported by|listen to article"
    "|body|classification|end of document|live|live reporting|get involved|key events"
    "|partager|réagir|commenter|commentaires|imprimer|envoyer|s'abonner|abonnez-vous"
    "|teilen|drucken|kommentieren|kommentare|merken|compartir|imprimir|comentar|comentarios"
    "|compartilhar|partilhar|comentários|condividi|stampa|commenta|commenti|iscriviti"
    "|compartilhe|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|annuncio"
    "|zur startseite|retour à l'accueil|volver a la portada|voltar à página inicial"
    "|torna alla home|back to home|escuchar|escuchar noticia|ouvir|ouvir notícia|ouvir matéria"
    "|hören|artikel anhören|écouter|écouter l'article|ascolta|ascolta l'articolo"
    "|zur merkliste hinzufügen|merkliste|ajouter à vos sélections|offrir cet article"
    "|article réservé aux abonnés|réservé aux abonnés|réagir à cet article|partagez cet article"
    "|artikel drucken|artikel versenden|imprimer l'article|envoyer l'article|stampa l'articolo"
    "|invia l'articolo|imprimir artículo|enviar artículo|imprimir notícia|enviar notícia"
    "|siga o canal no whatsapp|receba as notícias no seu e-mail|sponsored|sponsorisé|patrocinado"
    "|sponsorizzato|gesponsert|in partnership with|presented by"
    "|all rights reserved|some rights reserved|web edition|online edition|print edition"
    "|delen|deel|deel dit artikel|deel dit bericht|reageer|reacties|bewaar|bewaren|opslaan"
    "|printen|afdrukken|advertentie|terug naar boven|naar boven|lees voor|voorlezen|beluister"
    "|nieuwsbrief|hoofdtekst|volgen|volg ons|meer nieuws"
    "|view this email in your browser|view this email in a browser|view this email online"
    "|view online|view email in browser|bekijk deze e-mail in uw browser|bekijk online"
    "|bekijk deze e-mail in je browser|bekijk in browser|ver en el navegador|ver no navegador"
    "|ver este correo en el navegador|voir dans le navigateur|voir la version en ligne"
    "|im browser ansehen|im browser anzeigen|visualizza nel browser|afmelden|uitschrijven"
    "|update your preferences|manage preferences|manage your preferences|voorkeuren wijzigen"
    "|view original post|view original|read the original|ver artículo original|ver original"
    "|ver o original|ver post original|voir l'original|voir l'article original|original lesen"
    "|originalartikel|vedi l'originale|leggi l'originale|lees het origineel|origineel bericht"
    "|listen to this content|ouvir este conteúdo|escuchar este contenido|écouter ce contenu"
    "|ascolta questo contenuto|diesen inhalt anhören|luister naar dit artikel|a- a+|a+ a-|a a a"
    "|comment on this article|reageer op dit artikel|comente esta notícia|comenta esta noticia"
    "|commentez cet article|commenta questo articolo|kommentieren sie diesen artikel"
    "|comparte esta noticia|compartilhe esta notícia|partilhe esta notícia|partagez cet article"
    "|teilen sie diesen artikel|condividi questo articolo|share this post|deel dit nieuws"
)
_CHROME_WORD_SET = frozenset(word.rstrip(".,:! ") for word in _CHROME_WORDS.split("|"))
"""The chrome words as a set: a line that is one of them (and trailing punctuation) costs
one lookup, not a try of each of some 170 alternatives."""
_TRAILING = frozenset(".,:!")
_LOCAL_LABELS = lazy(
    r"^(?:(?:artikel |article )?(?:partager|teilen|compartir|compartilhar|compartilhe|partilhar"
    r"|condividi|share|deel|delen)(?: (?:l'article|cet article|den artikel|diesen artikel"
    r"|el artículo|este artículo|o artigo|este artigo|esta notícia|esta noticia|l'articolo"
    r"|questo articolo|this article|this story|dit artikel|dit bericht))?"
    r"(?: (?:sur|auf|en|no|na|su|on|via) [\w ]{1,20})?\s*:?"
    r"|[^\w\s]{0,2}\s*\d+\s*(?:min\.?|minutes?|minuten|minutos|minuti|minuto)"
    r"|(?:temps de |tempo di |tiempo de |tempo de )?(?:lecture|lesezeit|lectura|leitura|lettura"
    r"|leestijd|reading time|read time)"
    r"\s*:?\s*\d+\s*min\.?(?:utes?|uten|utos?|uti)?"
    r"|\d+\s*min(?:\.|utes?|uten|utos|uti)?\s+(?:de lecture|lesezeit|de lectura|de leitura"
    r"|di lettura|czytania|čtení)"
    r"|(?:この記事は)?約?\d+分で読めます|\d+\s*分钟阅读|\d+\s*분\s*(?:읽기|소요)"
    r"|(?:阅读时间|閱讀時間)[:：]?\s*\d+\s*分钟?"
    r"|\d+\s*(?:мин|хв)\.?\s+(?:чтения|на чтение|читання)"
    r"|(?:время чтения|час читання)\s*:?\s*\d+\s*(?:мин|хв)\.?"
    r"|\d[\d .,\u202f\xa0]*\s+(?:vues|lectures|aufrufe|visitas|lecturas|visualizzazioni"
    r"|letture|visualizações|leituras|views|reads|mal gelesen|comments?|commentaires?"
    r"|kommentare?|comentarios?|comentários?|commenti|commento|reações|reacciones|reacties"
    r"|keer gelezen|weergaven)"
    r"|(?:comments|commentaires|kommentare|comentarios|comentários|commenti|réagir|reagieren"
    r"|comentar|commenta|comment|reacties|reageer)(?:\s+(?:anzeigen|ansehen|lesen|afficher"
    r"|voir|ver|mostra|bekijken"
    r"|show|view))?\s*\(\d+\)"
    r"|(?:vues|views|aufrufe|visualizzazioni|visualizações|visitas|lecturas|letture|leituras"
    r"|lectures|weergaven)\s*:?\s*\d[\d .,\u202f\xa0]*"
    r"|(?:lu|letto|gelesen|leído|lido|read)\s+\d[\d .,\u202f\xa0]*\s*(?:fois|volte|mal|veces"
    r"|vezes|times)?"
    r")$",
    re.IGNORECASE,
)
"""Short page labels in the languages dumps come in: share buttons, reading times, view
counters. Only lines up to `_LABEL_MAX` are tried."""
_CRUMB_MARKS = "›»>|•·/"
_CRUMBS = lazy(
    r"^(?:(?:you are here|vous êtes ici|sie sind hier|usted está aquí|estás aquí|você está em"
    r"|sei in|ti trovi in|u bent hier|je bent hier|jij bent hier)\s*:\s*)?"
    r"(?:[^\W\d_][\w'’-]*(?: &?[\w'’-]+){0,2}"
    r"(?:\s+[›»>|•·]\s+[^\W\d_][\w'’-]*(?: &?[\w'’-]+){0,2}){1,3}"
    r"|[^\W\d_][\w'’-]*(?: / [^\W\d_][\w'’-]*){1,3}"
    r"|[^\W\d_][\w'’-]*(?: &?[\w'’-]+){0,2}(?: / [^\W\d_][\w'’-]*(?: &?[\w'’-]+){0,2}){2,3})$",
    re.IGNORECASE,
)
"""Breadcrumbs ("Accueil › Monde", "Sie sind hier: Home / Panorama"), tried only on short
lines that hold one of `_CRUMB_MARKS`."""
_LABEL_MAX = 60
_RELATED_TEASER_MAX = 200
_CHROME_PREFIX = (
    r"^(?:read more|also read|related|see also|see more on|watch|listen|more|image source|"
    r"image caption|media caption|photo credit|sign up for|subscribe to|follow us on|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|mehr zum thema|"
    r"lee también|leer también|lea también|ver también|leia também|veja também|leggi anche|"
    r"vedi anche|lees ook|lees meer|lees verder|zie ook|bekijk ook|meer over|"
    r"click here|download the|get the|join our|privacy notice|source|previous post|next post"
    r"|previous article|next article|article précédent|article suivant|vorheriger artikel"
    r"|nächster artikel|artículo anterior|artículo siguiente|post anterior|próximo post"
    r"|articolo precedente|articolo successivo|tags?|mots-clés|mots clés|schlagw[öo]rter"
    r"|stichwörter|etiquetas|palavras-chave|parole chiave|topics|themen|thèmes|trefwoorden"
    r"|onderwerpen|archivado en|archivada en|arquivado em|bron|categories|category|categorías"
    r"|categoría|categorias|categoria|catégories|catégorie|kategorien|kategorie|categorie"
    r"|categorieën|rubriken|rubrieken|filed under|posted in|posted under|publié dans|classé dans"
    r"|veröffentlicht in|abgelegt unter|publicado en|publicado em|pubblicato in|archiviato in"
    r"|geplaatst in|gearchiveerd onder)\b\s*[:\-–—|→]"
    r"|^(?:contact|kontakt|contacto|contato|contatto|e-?mail)\s*:\s*[\w.+-]+@[\w-]+\.[\w.]+$"
    r"|^(?:follow|folgen sie|folge|suivez|síguenos|siga|segui|seguici)\b.{0,60}\b(?:twitter"
    r"|facebook|instagram|mastodon|bluesky|tiktok|youtube|telegram|whatsapp|linkedin)\b.{0,40}$"
    r"|^(?:abonnez-vous|inscrivez-vous|subscribe|sign up|abonnieren sie|melden sie sich"
    r"|suscríbete|suscribite|assine|inscreva-se|iscriviti|abbonati|schrijf je in|meld je aan"
    r"|abonneer je|abonneer)\b[^.!?]{0,60}$"
    r"|^a version of this article appears in print\b"
    r"|^(?:unsubscribe|abmelden|se désabonner|désabonnement|darse de baja|descadastrar"
    r"|cancelar inscrição|annulla iscrizione|disiscriviti|afmelden|uitschrijven)\b.{0,200}$"
    r"|^\d{1,5} [\w .'’-]{2,40}\b(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.|lane"
    r"|straße|strasse|rue|via|calle|rua|straat|laan)\b[^.!?]{0,80}$"
)
_SHARE_TARGETS = frozenset(
    "facebook twitter x whatsapp linkedin telegram email e-mail mail reddit pinterest threads"
    " bluesky mastodon flipboard instagram tumblr xing viber weibo wechat vk vkontakte"
    " вконтакте odnoklassniki одноклассники imprimir drucken imprimer stampa print commenta"
    " commenter line".split()
)
"""Share targets: the social networks of every country a dump comes from (LINE is Japan's),
mail and print buttons. A line of them ("Facebook · Twitter · WhatsApp", "Сподели: Facebook
Twitter") is a share bar."""
_SHARE_MARKS = "·|•,/"
_SHARE_LABEL = lazy(r"[\w ]{1,20}")
_SHARE_MAX = 100
_WORD_COUNT = r"\d[\d,.]*\s+(?:words|mots|wörter|palabras|palavras|parole)"
"""An export's word count ("256 words", as Factiva sets it under the headline)."""
_WORD_COUNT_LINE = lazy(rf"{_WORD_COUNT}$", re.IGNORECASE)


def is_word_count(line: str) -> bool:
    """Whether the line is an article's word count alone: a database export sets it right
    under the headline, so the line over it is the headline, never a label over one."""
    return _WORD_COUNT_LINE.match(line.strip()) is not None


_OPEN_SHAPES = (
    r"listen\s*\(\d+\s*mins?\)|listen to this article\b.{0,40}"
    r"|list(?: \d+)? of \d+(?: items)?|\d[\d,.]*k?|[=\-]{2}\s*[A-Z][\w ]{1,30}"
    r"|sign up to [\w ’'&]{1,40}|simply sign up to .{0,120}|have a confidential tip\b.{0,160}"
    r"|before it’s here, it’s on the .{0,60}|\d+\s*min(?:ute)?s?\s+read"
    r"|continued (?:on|from) page \w+"
    r"|(?:document|article|item|story|result) \d+ of \d+"
    r"|\((?:updates|adds|corrects|recasts|repeats|changes|fixes|rewrites|refiles)\b[^)]{0,160}\)"
    r"|\(\s*(?:sources?|quellen?|fuentes?|fontes?)\s*:[^()]{1,120}\)"
    rf"|{_WORD_COUNT}"
)
"""The chrome shapes a line's start tells."""
_MARKED_SHAPES = (
    r"(?=[^@]*@)[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?=[^/]*/)[a-z]{2,4}(?:/[a-z]{2,4}){1,4}"
    r"|(?=[^|]*\|)[^|]{1,30}(?:\s\|\s[^|]{1,30}){2,}"
)
_SHAPE_MARKS = "@/|"
"""The chrome shapes that need a mark later in the line (`_SHAPE_MARKS`: an at sign, a
slash, a bar), each looking ahead for it first: most lines have none, and then the branch
costs one scan instead of a match tried and taken back at every length of its first run."""
_CHROME_SHAPES = f"^(?:{_OPEN_SHAPES}|{_MARKED_SHAPES})$"
_END_OF_DOCUMENT = (
    r"end of document|einde (?:van )?(?:het )?document|fin du document|ende des dokuments"
    r"|fin del documento|fim do documento|fine del documento"
    r"|end of [\w .'’-]{1,30}? digest\b.{0,30}|ende der digest-ausgabe\b.{0,40}"
    r"|fin (?:du|del) digest\b.{0,40}|fine del digest\b.{0,40}|fim do digest\b.{0,40}"
    r"|(?:fin del? resumen de|fim d[eo] resumo d[aeo]) \S{1,40},? vol(?:umen|ume|\.)? ?\d.{0,30}"
)
"""Nexis Uni's closing mark in the languages of its interface, and a mailing list digest's
("End of okf-news Digest, Vol 38, Issue 1", "Ende der Digest-Ausgabe …", and where the
list's software calls a digest a summary, "Fin del resumen de lista, volumen 3, número 17",
"Fim do resumo de lista, volume 3, número 17")."""
_ACCESSION = r"(?:an\s+)?document (?=[a-z]*\d)[a-z0-9]{16,40}"
"""Factiva's accession number, alone or after its field code (`AN`)."""
_RECORD_MARK = lazy(
    r"^(?:(?:document|article|item) \d+ of \d+|\d+ of \d+ documents?"
    r"|\[\s*\d{1,4}\s*/\s*\d{1,4}\s*\]|\(\s*\d{1,4}\s*/\s*\d{1,4}\s*\)"
    rf"|{_END_OF_DOCUMENT}|{_ACCESSION})$",
    re.IGNORECASE,
)
_CLOSING_MARK = lazy(rf"^(?:{_END_OF_DOCUMENT}|{_ACCESSION})$", re.IGNORECASE)
"""The marks an export closes each record with: Nexis Uni's "End of Document", Factiva's
"Document" and the record's accession number."""
CLOSER_HEADS = frozenset("DdEeFfAa-=_~*#+•·§◆")
_CLOSER_STARTS = frozenset({"do", "en", "ei", "fi", "an"})
"""First two letters (folded) of the closing marks that are words: most lines starting with
one of their first letters stop there, before the pattern."""
RECORD_STARTS = _CLOSER_STARTS | {"ar", "it"}
"""The same for the record marks that are words ("Article 2 of 5", "Item 3 of 9"): a line
opening with no digit, no separator mark and none of these is no separator."""
"""First characters of the marks `closes_record` knows."""
CLOSER_MAX = 60
"""Those marks are shorter than this."""
_CALLOUT = lazy(r"^>\s*\[![\w-]+\]")
_WIRE_SLUG = r"^[A-Z]{2,}(?:-[A-Z0-9]{2,}){1,5}$"
_COPYRIGHT = r"^(?:©|\(c\)|copyright\b(?=\s*[:©(]|.*?(?:\d{4}|rights reserved)))"
"""A copyright notice: the sign, or the word with the sign, "(c)", a colon before the holder,
a year or "rights reserved" after it; a headline or a sentence opening with the word
("Copyright Censorship: …", "Copyright law must …") is text."""
_NEW_TAB = lazy(r",?\s*opens new (?:tab|window)\s*$", re.IGNORECASE)
_SLUG = r"^(?:BC|AM|PM|APNewsAlert)-[A-Za-z0-9]+(?:-[\w.]+)*(?: [\w.\-]+){0,4}$"
_LINK_LINE = r"^!?\[[^\]]*\]\([^)\s]+\)\s*$"
_WORD_MAX = 80
"""Longer than any chrome word or phrase with its trailing punctuation."""
_CHROME_MAX = 300
_SHORT_MAX = 200
_SHORT_CHROME = lazy(
    "|".join(
        f"(?:{pattern})" for pattern in (_CHROME_PREFIX, _COPYRIGHT, _LINK_LINE, _CHROME_SHAPES)
    )
    + f"|(?-i:{_SLUG})|(?-i:{_WIRE_SLUG})",
    re.IGNORECASE,
)
"""Every chrome pattern but the words in one, so a line costs one match (they are all
anchored at its start), and the patterns are compiled once, as this one."""
_SHORT_CHROME_FOLDED = lazy(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            _CHROME_PREFIX,
            _COPYRIGHT,
            _LINK_LINE,
            _CHROME_SHAPES.replace("[A-Z]", "[a-z]"),
        )
    )
)
"""The patterns of `_SHORT_CHROME` that ignore case, minding it, for an ASCII line in
lower case: the same matches (their letters are all lower case and none of their other
letters folds to ASCII), in a fraction of the time, since a pattern that minds case
skips a branch on its first letter instead of entering it."""
_SHORT_CHROME_CASED = lazy(f"{_SLUG}|{_WIRE_SLUG}")
"""The patterns of `_SHORT_CHROME` that mind case."""
_LONG_CHROME = lazy(f"(?:{_COPYRIGHT})|(?:{_LINK_LINE})|(?-i:{_SLUG})", re.IGNORECASE)
_RELATED_PHRASES = (
    r"(?:related(?: topics| articles| stories| content| coverage| links| reading)?"
    r"|more on this story|more from [\w .]{1,30}|suggested topics|you may also like"
    r"|you might also like|most read|most popular|top stories|recommended(?: for you)?"
    r"|read next|see also|trending(?: now)?|more stories|further reading|explore more"
    r"|latest news|more news|topics|explore more on these topics|most viewed"
    r"|recommended stories|related content|more in [\w .]{1,30}|list of \d+ items"
    r"|in other news|elsewhere|popular now|editors'? picks"
    r"|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|articles liés"
    r"|dans la même rubrique|lesen sie auch|mehr zum thema|auch interessant|ähnliche artikel"
    r"|lee también|leer también|ver también|artículos relacionados|noticias relacionadas"
    r"|leia também|veja também|artigos relacionados|notícias relacionadas|leggi anche"
    r"|vedi anche|articoli correlati|notizie correlate|das könnte sie auch interessieren"
    r"|weitere artikel(?: zum thema)?|autres articles|otros artículos|outros artigos"
    r"|altri articoli|more articles|potrebbe interessarti(?: anche)?|vous aimerez aussi"
    r"|(?:también )?te puede interesar|você (?:também )?pode gostar|les plus lus|meistgelesen"
    r"|lo más leído|mais lidas|i più letti|à lire également|a lire également|empfohlene artikel"
    r"|pour aller plus loin|aller plus loin|sur le même thème|para saber más|saiba mais"
    r"|per approfondire|zum weiterlesen|te recomendamos|recomendados|lees ook|lea también"
    r"|meer over dit onderwerp|meer over|gerelateerde artikelen|gerelateerd|meest gelezen"
    r"|ook interessant|bekijk ook|zie ook|meer nieuws|mais sobre|más sobre|plus sur"
    r"|читайте также|читайте по теме|смотрите также|материалы по теме|похожие статьи"
    r"|читайте також|дивіться також|схожі статті|прочетете още|вижте още|още по темата"
    r"|czytaj także|czytaj też|przeczytaj także|przeczytaj też|zobacz także|zobacz też"
    r"|čtěte také|čtěte též|přečtěte si také|související články|čítajte aj|súvisiace články"
    r"|olvassa el ezt is|ezt is ajánljuk|kapcsolódó cikkek|llegiu també|vegeu també"
    r"|baca juga|berita terkait|artikel terkait"
    r"|läs också|läs även|læs også|les også|soma pia|habari zinazohusiana"
    r"|اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً|مواضيع ذات صلة|相关阅读|延伸阅读|相关文章|相關閱讀"
    r"|관련 기사|관련기사|あわせて読みたい)"
)
"""What a "read also" list is headed by: in the languages of the issue and Dutch, and in
those other dumps come in (Russian, Ukrainian, Bulgarian, Polish, Czech, Slovak, Hungarian,
Catalan, Indonesian, the Scandinavian languages, Swahili, Arabic, Chinese, Korean,
Japanese)."""
_RELATED_HEADER = lazy(
    r"^(?:read more|leia mais|lea más|lee más|lire plus|mehr lesen|leggi di più)\s*:$"
    rf"|^(?:{_RELATED_PHRASES})\s*[:：]?$",
    re.IGNORECASE,
)
_RELATED_TEASER = lazy(rf"^(?:{_RELATED_PHRASES})\s*[:：]\s*\S", re.IGNORECASE)
"""A "read also" label with the other story's headline after it on its line ("Te puede
interesar: …", "Lesen Sie auch: …")."""
_MORE_FROM = lazy(
    r"^(?:more (?:news|stories|articles)|más noticias|más artículos|mais notícias|mais artigos"
    r"|plus d'(?:actualités|articles)|autres articles|weitere (?:nachrichten|artikel)"
    r"|mehr nachrichten|altre notizie|altri articoli|meer nieuws|meer artikelen)"
    r" (?:from|on|about|in|de|del|da|do|dos|das|sur|en|zu|aus|über|su|di|dal|della|over|uit)"
    r" [\w .'’-]{1,30}\s*:?$",
    re.IGNORECASE,
)
"""A header over more stories of a place or topic ("Más noticias de Japón")."""
_MORE_WORDS = frozenset("more más mais plus autres weitere mehr altre altri meer".split())
_MORE_INITIALS = frozenset("MmPpAaWw")
_EMPHASIS_MARKS = ("*", "_")
_EMPHASIS = lazy(r"^(\*\*|__|\*|_)(?P<text>\S(?:.*\S)?)\1$")
EMPHASIS_MAX = 4
"""The most characters `strip_emphasis` takes off a line: two marks at each end."""

_BULLET_MARKS = frozenset("•·▪‣◦●○■□➢➤►▸-–—*+")
RULE_MARKS = "─━═┄┅┈┉╌╍▬—–＝－＿～＊―"
"""Box-drawing and dash rules that mail clients and newsletters draw between items, and
the full-width signs a Chinese or Japanese mail draws them with (＝＝＝, －－－)."""
ORNAMENTS = "◆◇❖✦✧⁂※◊♦❦❧★☆✱✳"
"""Ornaments a writer sets alone on a line between items (a dinkus: ◇ ◇ ◇, ❖, ⁂)."""
_SEPARATOR_MARKS = frozenset("-=_~*#+•·§" + ORNAMENTS + RULE_MARKS)
_BULLET = lazy(r"^\s*(?P<mark>[•·▪‣◦●○■□➢➤►▸\-–—*+]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_SEPARATOR = lazy(
    rf"^\s*(?:(?:[-=_~*#+•·{RULE_MARKS}]\s*){{3,}}|§+|(?:[{ORNAMENTS}]\s*){{1,5}}|"
    r"(?:-{2,}|={2,})\s*(?:end|next|article|story)[^a-z]{0,20}(?:-{2,}|={2,})?)\s*$",
    re.IGNORECASE,
)
_MARKDOWN_HEADING = lazy(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?\s*$")
"""An ATX heading; a closing run of `#` only after a space (so "# Learn C#" keeps its `#`)."""
_HIGHLIGHTS_HEADER = lazy(
    r"^(?:highlights|key points|key takeaways|takeaways|at a glance|in brief|in short"
    r"|summary|the big picture|what we know|what you need to know|quick read|tl;?dr)"
    r"\s*:?$",
    re.IGNORECASE,
)


_FOLD_QUOTES = (
    ("‘", "'"),
    ("’", "'"),
    ("`", "'"),
    ("´", "'"),
    ("“", '"'),
    ("”", '"'),
    ("«", '"'),
    ("»", '"'),
    ("„", '"'),
)
"""Each quotation mark and the plain one it folds to. No plain mark is folded again, so
replacing them one after another is `str.translate` with them, and costs a scan for each
instead of a table lookup for each character of a line that is not ASCII."""


def line_key(line: str) -> str:
    """A line reduced for comparison: case, quotes and spacing folded."""
    text = unicodedata.normalize("NFKC", line).casefold()
    if not text.isascii() or "`" in text:
        for mark, plain in _FOLD_QUOTES:
            if mark in text:
                text = text.replace(mark, plain)
    return " ".join(text.split()).strip(" #*_")


_ITEM_NUMBER = lazy(r"^\d{1,2} ?[|.):–-] ")


def unnumbered(key: str) -> str:
    """A folded headline (`line_key`) without the number a digest sets before it, as its
    contents list numbers it ("1 | headline", "2. headline"): the key the list names it by."""
    return _ITEM_NUMBER.sub("", key, count=1) if key[:1].isdigit() else key


CHROME_CUES: tuple[Cues, ...] = (
    Cues(
        head="|".join(
            f"(?:{pattern})"
            for pattern in (
                _CHROME_PREFIX,
                _COPYRIGHT,
                _LINK_LINE,
                _OPEN_SHAPES.replace("[A-Z]", "[a-z]"),
            )
        )
        + r"|(?:bc|am|pm|apnewsalert)-|[a-z]{2,}-[a-z0-9]{2}",  # the slugs, lowered
        words=("opens new",),
        marks=_SHAPE_MARKS,
        longest=_CHROME_MAX - 1,
    ),
    Cues(lines=_CHROME_WORD_SET, longest=_WORD_MAX),
    Cues(marks=_SHARE_MARKS + ":", longest=_SHARE_MAX),  # a share bar, maybe labelled
    Cues(head=_LOCAL_LABELS.pattern, marks=_CRUMB_MARKS, longest=_LABEL_MAX),
    Cues(head=r"[^\w\s]", longest=_LABEL_MAX),  # a label after an icon
)
"""`is_chrome` reads its patterns at the start of a line (those of the longer lines among
them) and a link's "opens new" tab; in shorter lines, a whole line of its words, a share
bar's label or marks, a local label, a breadcrumb's marks, an icon."""


def is_chrome(line: str) -> bool:
    """Site furniture that is never article text: buttons, nav, ads, share links, slugs."""
    text = line.strip()
    if len(text) >= _CHROME_MAX:
        return False
    if "opens new" in text and _NEW_TAB.search(text):
        return True
    if len(text) >= _SHORT_MAX:
        return bool(_LONG_CHROME.match(text))
    if _is_chrome_word(text):
        return True
    if text.isascii():
        if _SHORT_CHROME_FOLDED.match(text.lower()) or _SHORT_CHROME_CASED.match(text):
            return True
    elif _SHORT_CHROME.match(text):
        return True
    if len(text) <= _SHARE_MAX and is_share_bar(text):
        return True
    if len(text) > _LABEL_MAX:
        return False
    if _LOCAL_LABELS.match(text):
        return True
    if is_breadcrumb(text):
        return True
    if text[:1] == "#" and _TAGS.match(text):
        return True
    label = _after_icon(text)
    return label is not None and (_is_chrome_word(label) or bool(_LOCAL_LABELS.match(label)))


_TAGS = lazy(r"#[^\W_][\w-]*(?:[ ,]+#[^\W_][\w-]*)+$")
"""A line of a post's hashtags ("#opentelemetry #observability #cncf"), two at least: its
tags, which no headline is made of alone."""


def is_share_bar(line: str) -> bool:
    """A row of share buttons, maybe after a label in the page's language ("Condividi:
    Facebook Twitter WhatsApp", "Partager : Facebook · X · E-mail · Copier le lien"): most
    of its parts, and two at least, are share targets. Parts run between bars or dots, or
    between spaces after a label; then each is one word, capitalised, so that a headline
    ("Russia: Facebook and Twitter ban") is not read as one."""
    text = line.strip()
    label, colon, rest = text.partition(":")
    if colon and not _SHARE_LABEL.fullmatch(label):
        return False
    body = rest if colon else text
    if any(map(body.__contains__, _SHARE_MARKS)):
        parts = share_parts(body)
    elif colon:
        parts = body.split()
        if not all(part[:1].isupper() for part in parts):
            return False
    else:
        return False
    known = sum(1 for part in parts if part.lower() in _SHARE_TARGETS)
    return known >= 2 and 2 * known > len(parts)


def share_parts(body: str) -> list[str]:
    """The parts of a share bar: `body` cut at each of `_SHARE_MARKS` and the spacing
    around it, empty parts left out (what splitting it at `\\s*[·|•,/]\\s*` gives), by
    string methods: a title with a comma is asked too, and the pattern's split tried each
    of its characters at some ninety instructions apiece."""
    for mark in _SHARE_MARKS:
        if mark != "," and mark in body:
            body = body.replace(mark, ",")
    return [part for part in map(str.strip, body.split(",")) if part]


def is_breadcrumb(line: str) -> bool:
    """A page's trail ("Início › Tecnologia", "Home / Mondo / Europa"): navigation, which
    stands over the headline of its page."""
    text = line.strip()
    return (
        len(text) <= _LABEL_MAX
        and any(map(text.__contains__, _CRUMB_MARKS))
        and (bool(_CRUMBS.match(text)) or _pointed_trail(text))
    )


_TRAIL_STEPS = lazy(r"\s+[›»]\s+")
_TRAIL_PARTS = 5
_STEP_WORDS = 5
_QUOTE_MARKS = "«‹"


def _pointed_trail(text: str) -> bool:
    """A trail whose steps are parted by marks that point on (›, », >, spaced): navigation
    whatever its steps' words and however many ("Agência Brasil en español › Política"),
    since no headline strings its words on them. Each step is a few words, none a sentence
    or a label; a line that opens a quotation with « or ‹ uses the other mark to close it."""
    if any(map(text.__contains__, _QUOTE_MARKS)):
        return False
    steps = _TRAIL_STEPS.split(text)
    return 2 <= len(steps) <= _TRAIL_PARTS and all(
        0 < len(step.split()) <= _STEP_WORDS
        and step[-1:] not in ".:;!?,"
        and any(map(str.isalpha, step))
        for step in steps
    )


def _after_icon(text: str) -> str | None:
    """A label without the icon a page sets before it ("👁 418 keer gelezen", "⏱ 1 min de
    lectura", "🔊 Listen"): the icon's glyph comes along when the page is copied. None
    for a line that does not open with a symbol (most lines: one test of one character)."""
    if text.isascii() or unicodedata.category(text[0])[0] != "S":
        return None
    at = 0
    while at < len(text) and (
        text[at].isspace() or text[at] in "\ufe0f\u200d" or unicodedata.category(text[at])[0] == "S"
    ):
        at += 1
    return text[at:] if 0 < at < len(text) else None


def _is_chrome_word(text: str) -> bool:
    """A line that is one chrome word or phrase ("Share", "Read more:", "Advertisement")."""
    if len(text) > _WORD_MAX:
        return False
    end = len(text)
    while end and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    return text[:end].lower() in _CHROME_WORD_SET


_LABEL_DECORATION = "▶►▸▪•◆■→»›◀◄«‹|/:·=*#[]-–— ━─═"
"""Marks that dress a label, box-drawing rules ("━━ ÁFRICA ━━") among them."""
_LABEL_PARTS = lazy(r"\s+(?:[|/·•–—-]|[|/·•:]{2})\s+|\s*[|/·•]{1,2}\s*")
_LABEL_WORD = lazy(r"\(?[^\W\d_]+(?:['’&.\-][^\W\d_]+)*&?\)?")
_SECTION_MAX = 48
_SECTION_WORDS = 3


SECTION_LABEL_CUES: tuple[Cues, ...] = (
    Cues(
        head="[" + "".join(map(re.escape, _LABEL_DECORATION)) + "]",
        marks="|/·•*",
        ends=_LABEL_DECORATION.replace("*", "").replace(" ", ""),
        longest=_SECTION_MAX,
    ),
)
"""`section_label` reads short lines that are dressed (a mark of `_LABEL_DECORATION` first
or last) or parted by one of its marks. The gate reads a line's last character with its
emphasis taken off: `*` dresses a label too, so it is a mark anywhere."""


def section_label(line: str) -> str | None:
    """The label of a section marker set in capitals and dressed up as newsletters and
    sites set them ("▶ CULTURE", "— NAHER OSTEN —", "ÁFRICA | MOÇAMBIQUE"), a word of it
    perhaps in parentheses ("▸ SICHERHEIT (ENGLISCH)"), or None. A bare line in capitals
    is left alone: it may be a wire headline."""
    text = line.strip()
    if len(text) > _SECTION_MAX or not text:
        return None
    dressed = text[0] in _LABEL_DECORATION or text[-1] in _LABEL_DECORATION
    if not dressed and not any(map(text.__contains__, "|/·•")):
        return None  # neither dressed nor parted: most lines stop here
    core = text.strip(_LABEL_DECORATION)
    parts = _LABEL_PARTS.split(core)
    if core == text and len(parts) < 2:
        return None
    for part in parts:
        words = part.split()
        if not 0 < len(words) <= _SECTION_WORDS or not part.isupper():
            return None
        if not all(_LABEL_WORD.fullmatch(word) for word in words):
            return None
    return core


_AD_LABELS = frozenset(
    "advertisement advertising ad sponsored sponsorisé patrocinado sponsorizzato gesponsert"
    " anzeige werbung publicité publicidad publicidade pubblicità annuncio".split()
)


_AD_LABEL_MAX = 20


def is_ad_label(line: str) -> bool:
    """A label over an advertisement ("SPONSORED", "Anzeige"): the lines right under it, in
    the same block, are the ad's copy."""
    return len(line) <= _AD_LABEL_MAX and line.strip().rstrip(":").lower() in _AD_LABELS


_RELATED_HEADER_MAX = 50
RELATED_HEADER_CUES: tuple[Cues, ...] = (
    Cues(head=f"{_RELATED_HEADER.pattern}|{_MORE_FROM.pattern}", longest=_RELATED_HEADER_MAX - 1),
)
"""`is_related_header` reads short lines that open with its patterns' words."""


def is_related_header(line: str) -> bool:
    """A header over a list of links to other stories ("Related topics", "More on this
    story"): what follows it, up to the next real paragraph, is chrome too."""
    if len(line) >= _RELATED_HEADER_MAX:
        return False
    text = line.strip()
    if _RELATED_HEADER.match(text):
        return True
    if text[:1] not in _MORE_INITIALS:
        return False
    return text.split(" ", 1)[0].lower() in _MORE_WORDS and bool(_MORE_FROM.match(text))


RELATED_TEASER_CUES: tuple[Cues, ...] = (
    Cues(head=_RELATED_TEASER.pattern, longest=_RELATED_TEASER_MAX),
)
"""`is_related_teaser` reads its label and colon at the start."""


def is_related_teaser(line: str) -> bool:
    """A "read also" label and another story's headline on one line, inside an article:
    a link to elsewhere, never its text nor its start."""
    return len(line) <= _RELATED_TEASER_MAX and bool(_RELATED_TEASER.match(line.strip()))


def is_callout(line: str) -> bool:
    """An Obsidian/GitHub callout (`> [!note] …`): the clipper's own note, not the article."""
    return line.startswith(">") and bool(_CALLOUT.match(line))


def strip_emphasis(text: str) -> str:
    """`**By Jane Doe**` or `*caption*` without the Markdown emphasis around it."""
    if text[:1] not in _EMPHASIS_MARKS:
        return text
    match = _EMPHASIS.match(text)
    return match.group("text").strip() if match else text


def bullet_text(line: str) -> str | None:
    """The text of a bulleted or numbered line, without its mark."""
    head = line.lstrip()[:1]
    if not head or not (head in _BULLET_MARKS or head.isdigit()):
        return None
    match = _BULLET.match(line)
    return match.group("text").strip() if match else None


_NUMBERING_HEADS = "[("
"""What a mark numbering a dump's items opens with ("[1/4]", "(2/4)")."""


def is_separator(line: str) -> bool:
    """A line that only divides: `-----`, `* * *`, `=====`, `- - -`, `§`, "--- END ---",
    and the record marks of database exports ("Document 3 of 12", "End of Document")."""
    head = line.lstrip()[:1]
    worded = head in "DdEeAaIiFf" and line.lstrip()[:2].lower() in RECORD_STARTS
    if (head.isdigit() or worded or head in _NUMBERING_HEADS) and _RECORD_MARK.match(line.strip()):
        return True
    if not head or head not in _SEPARATOR_MARKS:
        return False
    return bool(_SEPARATOR.match(line)) and not line.strip().startswith(("# ", "## "))


def record_mark(line: str) -> str:
    """The text of a database export's record mark ("1 of 3 DOCUMENTS", "Document 2 of 5");
    "" for others (and for "End of Document", which closes a record)."""
    text = line.strip()
    return text if _RECORD_MARK.match(text) and not closes_record(text) else ""


def closes_record(line: str) -> bool:
    """A mark that closes the record above rather than opening the next ("End of
    Document", Factiva's "Document WIKNWS0020120522edce70005p", "--- END ---", a press
    release's "###"): a line of that record, kept as written (chrome), and a divide before
    the next."""
    text = line.strip()
    if len(text) > CLOSER_MAX or text[:1] not in CLOSER_HEADS:
        return False
    if text[:1] in "DdEeFfAa":
        return text[:2].lower() in _CLOSER_STARTS and bool(_CLOSING_MARK.match(text))
    if text[:3] == "###" and text == "#" * len(text):
        return True
    return any(ch.isalnum() for ch in text) and bool(_SEPARATOR.match(text))


def closes_export_record(line: str) -> bool:
    """A database export's closing mark ("End of Document", Factiva's accession number) or a
    digest's ("End of … Digest"): a record ends there, whatever its lines look like."""
    text = line.strip()
    return (
        len(text) <= CLOSER_MAX
        and text[:2].lower() in _CLOSER_STARTS
        and bool(_CLOSING_MARK.match(text))
    )


def markdown_heading(line: str) -> tuple[int, str] | None:
    """(level, text) for a Markdown ATX heading such as `## Subhead`."""
    match = _MARKDOWN_HEADING.match(line.strip()) if line.lstrip()[:1] == "#" else None
    if not match or (match.group("hashes") == "#" and _shell_command(match.group("text"))):
        return None
    return len(match.group("hashes")), match.group("text")


def _shell_command(text: str) -> bool:
    """A command typed at a root shell's `#` prompt, pasted from a code block ("# emerge
    --ask @world", "# grep -R consolekit /etc"): a lowercase command with an option after
    it, or an option alone. No headline reads so, and a dump of plain text whose only `#`
    lines are such commands was cut at each as at a title heading."""
    words = text.split()
    return words[0][:1] == "-" or (
        words[0][:1].islower()
        and words[0].isascii()
        and any(word[:1] == "-" and word.lstrip("-")[:1].isalpha() for word in words[1:])
    )


_HIGHLIGHTS_MAX = 40
HIGHLIGHTS_HEADER_CUES: tuple[Cues, ...] = (
    Cues(head=_HIGHLIGHTS_HEADER.pattern, longest=_HIGHLIGHTS_MAX - 1),
)
"""`is_highlights_header` reads short lines that open with its pattern's words."""


def is_highlights_header(line: str) -> bool:
    """A header that opens a block of key points ("HIGHLIGHTS", "Key points")."""
    return len(line) < _HIGHLIGHTS_MAX and bool(_HIGHLIGHTS_HEADER.match(line.strip()))
