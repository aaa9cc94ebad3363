"""A newsletter footer's words (why you receive the mail, how to stop it) in the languages
reader meets most: the loader finds a digest's footer by them (`load`), and the splitter's
learned start model overturns no "no start" of the rules under them (`boundaries`): the
mail has ended there, and what follows is its back matter."""

from __future__ import annotations

import re

from reader.dumps._patterns import lazy
from reader.dumps.cues import lowers_plainly

UNSUBSCRIBE_WORDS = (
    r"unsubscribe|d[ée]sinscri|d[ée]sabonn|abmelden|abbestellen|disiscri|cancella(?:re)? "
    r"l'iscrizione|dar(?:se|te) de baja|cancelar (?:la )?suscripci|descadastr|manage (?:your )?"
    r"(?:preferences|subscription)|g[ée]rer vos pr[ée]f[ée]rences|you are receiving|"
    r"vous recevez ce|view in (?:your )?browser|voir dans le navigateur|im browser ansehen"
    r"|sie erhalten diese|voc[êe] recebeu|cancelar (?:a )?assinatura|ricevi questa"
    r"|want to change how you receive|our mailing address is|you(?:'|’)re (?:currently )?a free"
    r" subscriber|you(?:'|’)re receiving this|hai ricevuto|recibes este|has recibido|afmelden"
    r"|uitschrijven|u ontvangt deze"
    r"|je ontvangt deze|view (?:this )?e-?mail in (?:your )?browser"
    r"|(?:bekommst|erh[äa]ltst) diese|(?:liste|verteiler|newsletter) austragen"
    r"|vous avez re[çc]u ce|recibiste este|recebendo este|otrzymujesz t"
    r"|(?:zrezygnowa[ćc]|zrezygnuj|anuluj|zarz[ąa]dzaj)\w* (?:z )?subskrypcj|wypisz si[ęe]"
    r"|odhl[áa]sit (?:se|odb[ěe]r)|odhl[áa][šs]en[íi] (?:z )?odb[ěe]ru|abonelikten [çc][ıi]k"
)
"""Words of a newsletter footer (why you receive it, how to stop), in the languages reader
meets most, in lower case: with a footer's place and shape (short lines after the last
article, or a run of them after a rule with no headline of its own) they tell it from an
article."""
UNSUBSCRIBE = lazy(UNSUBSCRIBE_WORDS, re.IGNORECASE)
_LOWERED = lazy(UNSUBSCRIBE_WORDS)
FOOTER_PIECES = (
    "scri",
    "sabonn",
    "melden",
    "bestellen",
    "de baja",
    "descadastr",
    "manage ",
    "rer vos pr",
    "receiv",
    "recevez",
    "browser",
    "navigateur",
    "diese",
    "recebeu",
    "assinatura",
    "ricev",
    "mailing address",
    "recib",
    "uitschrijven",
    "ontvangt",
    "austragen",
    "vous avez re",
    "recebendo",
    "otrzymujesz",
    "subskrypcj",
    "wypisz si",
    "odhl",
    "abonelikten",
)
"""A piece of each of `UNSUBSCRIBE_WORDS`' alternatives, as written there ("scri" of
"unsubscribe", "désinscri", "iscrizione", "suscripci", "a free subscriber"; "receiv" of
"you are receiving" and "how you receive" ...): a line lowered that holds none holds no
footer word, and string searches, which skip, tell it in half the time of the alternation
tried at every letter (a test finds a piece in whatever each alternative matches)."""


def unsubscribes(text: str) -> bool:
    """Whether `text` holds a footer's words (`UNSUBSCRIBE_WORDS`, any case). Read in the
    line lowered where lowering reads it right (`cues.lowers_plainly`): the alternation
    matching case costs a third of the one ignoring case, and a dump's last article is
    searched line by line for them (8% of a real dump's split)."""
    if lowers_plainly(text):
        lowered = text.lower()
        return any(map(lowered.__contains__, FOOTER_PIECES)) and bool(_LOWERED.search(lowered))
    return bool(UNSUBSCRIBE.search(text))
