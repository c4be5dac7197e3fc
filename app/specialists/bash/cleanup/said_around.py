"""What is said around the command, taken out of the transcript's text before its
words are read: Whisper's noise tags and subtitles, wake words, pauses and the asides between
them, hedges, the command wrapped in an idiom ("give X a go"), a chat message's mentions and
emoji, tag words, where and what for, a tail clause, a step's number, labels with a colon and
small talk."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.context import (
    _MATERIAL,
    FREE_TEXT_AFTER,
    _free_text_before,
    _has_correction,
    _has_material,
    _is_command,
    _quote_open,
    _users_text,
)
from app.specialists.bash.cleanup.words import (
    CLOSING_STARTS,
    CORRECTIONS,
    FIX_WORDS,
    HESITATIONS,
    LEAD_VERBS,
    LITERAL_AFTER,
    NUMBER_WORDS,
    PROSE_BEFORE,
    PROTOCOL_WORDS,
    QUOTES,
    REMARK_KEEPS,
    RESTARTS,
    SYMBOL_NEIGHBOURS,
)
from app.specialists.bash.vocabulary import COMMANDS, SYMBOL_WORDS

DESCRIPTION_LABELS = {"purpose", "note", "notes", "description", "why", "reason", "comment",
                      "explanation", "context", "summary", "goal", "aim", "what", "does"}
_LABEL = re.compile(r"^\W*(?:(?:(?:[^\W\d_]|')+ ){0,4}(?:[^\W\d_]|')+,\s+)*"
                    r"((?:(?:[^\W\d_]|')+ ){0,16}(?:[^\W\d_]|')+):\s+(?=\S)")
CORRECTION_LABELS = {"correction", "sorry", "actually", "wait", "instead", "rather", "mean",
                     "meant", "no", "edit", "poprawka", "nowa"}  # Polish: "correction", "anew"
_SENTENCE_END = re.compile(r"(?<=[a-zA-Z0-9)\"'][.!?])\s+(?=[A-Z\"'])")


def labels_off(text: str, removed: list[str] | None = None) -> str:
    """Sentences Whisper wrote with a label and a colon: a description ("Purpose: show the
    version.", "Notes say: …") goes whole; any other label ("Message reads:", "Type as
    follows:", "Send this:", "Note it down:") goes and what it introduces stays. A
    correction's label ("Correction:") and a colon inside a word ("nginx:v2") are left
    alone. A sentence of small talk ("Sorry, bit of noise on my end.", "Hang on, the
    kettle's going.") goes."""
    sentences = _SENTENCE_END.split(text)
    out, described = [], []
    gone = removed if removed is not None else []
    for sentence in sentences:
        m = _LABEL.match(sentence)
        words = set(m.group(1).lower().split()) if m else set()
        if len(sentences) > 1 and _small_talk(sentence):
            gone.append(sentence)
            continue
        spoken = len(words & PROSE_BEFORE) >= 2
        if m and len(m.group(1).split()[-1]) == 1:  # "mcopy A: docs/": a drive, no label
            m = None
        if not m or words >= {"whole", "again"} or words & (  # "Siis, the whole thing again:"
                CORRECTION_LABELS | set(SYMBOL_WORDS) | LITERAL_AFTER | QUOTES |
                (set() if spoken else COMMANDS | (FREE_TEXT_AFTER - {"say"}))):
            out.append(sentence)
        elif not words & DESCRIPTION_LABELS or len(sentences) == 1 or "down" in words or \
                words >= {"to", "self"}:  # "Note to self: X" introduces X
            out.append(sentence[m.end():])
            gone.append(m.group(0).strip())
        else:
            described.append((sentence, m.end()))
    if described and not out:  # "Ticket note: … run X. Purpose: …": the first holds it
        sentence, at = described.pop(0)
        out.append(sentence[at:])
        gone.append(sentence[:at].strip())
    gone.extend(sentence for sentence, _ in described)
    return " ".join(out) if out else text


SMALL_TALK_OPENERS = {"sorry", "bear", "hang", "right", "okay", "oh", "um", "uh", "hold"}
SMALL_TALK_WORDS = {"my", "the", "in", "on", "of", "is", "this", "a", "our", "its", "i'm",
                    "it's", "bit", "where", "was"}


_ABOUT_IT = re.compile(r"(?:[\w']+ ){1,3}(?:wants?|needs?|asked for) (?:this|it)\b|"
                       r"this (?:one )?is for\b|(?:it's |this is )?same as\b")
"""A sentence about the command ("Marek wants this on the board.", "This is for the Yocto
image.", "Same as on the dev kit.")."""


def _small_talk(sentence: str) -> bool:
    """A sentence about the speaker's situation or about the command, not the command: it
    opens like an aside or speaks of the command, names no symbol, quote nor number, and is
    mostly small words ("Right, where was I.")."""
    low = [re.sub(r"[,.!?;:]+$", "", w) for w in sentence.lower().split()]
    about = bool(_ABOUT_IT.match(" ".join(low)))
    return 3 <= len(low) <= 12 and (low[0] in SMALL_TALK_OPENERS or about) and not set(low) & (
        SYMBOL_NEIGHBOURS | QUOTES | set(SYMBOL_WORDS) | NUMBER_WORDS | {"not", "mean",
        "meant", "make", "that", "instead", "wait", "no", "mistake", "run", "type",
        "program", "command", "enter", "execute", "write", "sudo"}) and \
        (about or sum(w in SMALL_TALK_WORDS for w in low) >= 2) and not any(
            re.search(r"[0-9/_=]", w) for w in low)


_SET_OFF = re.compile(r"(?i),\s+(?:means|negative)\b,?|,\s*(?:wait\s+)?(?:just\s+)?one "
                      r"(?:minute|second)\b,?")


_PAUSED_SIGN_OFF = re.compile(r"(?i)(?<=[,.!?])\s+(?:(?:ta|lovely|brilliant|over|roger|cheers|"
                              r"over and out|how copy)\b[,.!?]?\s*)+$")


def _set_off_markers(text: str, removed: list[str]) -> str:
    """Words that correct, pause or sign off only when set off by a comma, outside the
    user's own text: ", means," and ", negative," are "I mean"; ", one minute," is a pause;
    ", brilliant, ta." and ". Over." at the end sign off ("game over" stays)."""
    def swap(m: re.Match) -> str:
        if _users_text(text[:m.start()].split()):
            return m.group(0)
        return ", I mean," if re.search(r"(?i)means|negative", m.group(0)) else ","
    text = _SET_OFF.sub(swap, text)
    m = _PAUSED_SIGN_OFF.search(text)
    if m:
        removed.append(m.group(0).strip())
    return text[:m.start()] if m else text
_SUDO_AFTER = re.compile(
    r"(?i)[,.!?]?\s*(?:oh,?\s*)?(?:wait,?\s*)?(?:and\s+)?(?:(?:put|add|with|use)\s+)?sudo\s+"
    r"(?:in front|at the (?:front|start|beginning))(?:\s+of\s+(?:that|it))?[.!]?\s*$")


_WHERE = re.compile(r"(?i)(?:,?\s+on (?:the|that|this|my|your|our|her|his|their) "
                    r"(?:[a-z-]+ ){0,2}"
                    r"(?:server|box|machine|host|cluster|node|laptop|vm|macbook|mac|loaner|"
                    r"computer|phone|device|pc)(?:\s+and\s+[a-z' ]+)?|"
                    r",?\s+in (?:an? |the |your )?(?:(?:(?:admin|elevated|new|root)\s+)+"
                    r"(?:terminal|shell)|(?:(?:admin|elevated|new|root)\s+)*"
                    r"(?:command prompt|powershell|cmd|console)|terminal on the mac)(?: window)?)"
                    r"(?=[?.!,]*\s*$)")


_MENTIONS = re.compile(r"^(?:(?i:hey|hi|ok|okay|fyi|psa)[,\s]+)?(?:(?:@[A-Za-z][\w.-]*|"
                       r"at\s+[A-Z][a-z]+)[,:]?\s+){1,3}")  # a name: not `at now`
_EMOJI = re.compile(r"(?i)[,.!]?\s*\b(?:[a-z]+ )?(?:[a-z]+ )?emoji\b[.!]?|"
                    r"(?<=[.!?])\s+thumbs up[.!]?")
_CODE_SPAN = re.compile(r"(?i)(?:`|\bbacktick\b)\s*(.+?)\s*(?:`|\bbacktick\b)")


def _message_off(text: str, removed: list[str], tools: frozenset[str]) -> str:
    """A chat message around the command: mentions that open it ("hey @Marco, …", "at Nadia
    …"), emoji said as words ("rocket emoji", ". Thumbs up."), and a code span ("backtick
    jc alpha backtick", "`…`") that holds the command while no command is said before it
    (not "echo backtick date backtick")."""
    removed.extend(m.group(0).strip(" ,.!") for m in _EMOJI.finditer(text))
    out = _EMOJI.sub("", text)
    m = _MENTIONS.match(out)
    if m and not (_is_command(m.group(0).split()[-1].strip("@,:").lower())):
        removed.append(m.group(0).strip(" ,:"))
        out = out[m.end():]
    span = _CODE_SPAN.search(out)
    if span:
        before = [w.strip(",.:;!?").lower() for w in out[:span.start()].split()]
        if not any((_is_command(w) or w in tools) and w not in PROSE_BEFORE and
                   nxt not in ("this", "that", "it")  # "can you paste this, backtick …"
                   for w, nxt in zip(before, [*before[1:], ""], strict=False)) and \
                not _has_material(out[:span.start()].split()):
            removed.extend(x.strip(" ,.!?") for x in (out[:span.start()], out[span.end():])
                           if x.strip(" ,.!?"))
            out = span.group(1)
    return out


_COMMA_TAG = re.compile(r"(?i)(?:,\s*|\.{3})(?:(?:ja|easy|sharp|simple|exactly|y'all|so it is|"
                        r"sure look|grand|deadly|over|sawa|si|ama|isn't it|tidy|lush|boom|"
                        r"(?:tidy|lush|boom|nice), isn't it)[.!?]?|no\?)\s*$")


def _comma_tag_off(text: str, removed: list[str]) -> str:
    """A tag word after the last comma ("…, ja.", "…, exactly.", "…, no?"): not the command
    (not inside quotes or after echo; "npm install sharp" has no comma)."""
    tag = _COMMA_TAG.search(text)
    if not tag or _quote_open(text[:tag.start()]) or _free_text_before(text[:tag.start()]):
        return text
    removed.append(tag.group(0).strip(" ,.!?"))
    return text[:tag.start()]


_LIKE_THAT = re.compile(r"(?i)(?<=,)\s+like that,(?=\s)")


def _like_that_off(text: str, removed: list[str]) -> str:
    """ "…, er, like that, dash dash host …": a pause between two parts of the command, not
    the trail-off that ends it (some dictated word follows)."""
    def cut(m: re.Match[str]) -> str:
        if not _DICTATED.search(text[m.end():]) or _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append("like that")
        return ""
    return _LIKE_THAT.sub(cut, text)


def _where_off(text: str, removed: list[str]) -> str:
    """Where to run it, said last ("Can you run box info on the build server?", "… in an
    elevated command prompt."): not the command (not inside quotes or after echo)."""
    m = _WHERE.search(text)
    if not m or _quote_open(text[:m.start()]) or _free_text_before(text[:m.start()]):
        return text  # "echo hello on the server": the user's text
    removed.append(m.group(0).strip(" ,"))
    return text[:m.start()] + text[m.end():]


_WHAT_FOR = re.compile(r"(?i),\s+(?:for|before|after|during)\s+(?:the|a|an|my|our|your|"
                       r"[a-z]+'s)\s+[a-z' ]{1,40}[.!?]?\s*$")


def _what_for_off(text: str, removed: list[str]) -> str:
    """What it is for or when, said last after a comma (", for the postmortem.", ", before
    the deploy", ", for Luca's ticket"): not the command (not inside quotes or after echo)."""
    m = _WHAT_FOR.search(text)
    if not m or _quote_open(text[:m.start()]) or _free_text_before(text[:m.start()]) or \
            set(m.group(0).lower().split()) & (LEAD_VERBS | {"command", "one", "flag"}):
        return text  # ", for this one the command is X": what comes, not what for
    removed.append(m.group(0).strip(" ,.!?"))
    return text[:m.start()]


_TAIL_CLAUSE = re.compile(
    r"(?i),\s+(?:and|then)\s+(?:tell|send|let|watch|show|give|ping|call|wait|paste|copy|"
    r"hit|press|check|we|you|it|it'll|that|that'll|this|he|she|they|i|i'll|we'll|you'll)"
    r"\b(?P<rest>[a-z' ]*)[.!?]?\s*$")


def _tail_clause_off(text: str, removed: list[str]) -> str:
    """A clause of plain words said last after a comma that goes on about the command ("…,
    and watch what it prints", "…, then tell me what you see", "…, it will create the
    file"): not the command (not a correction, inside quotes or after echo)."""
    m = _TAIL_CLAUSE.search(text)
    if not m or _quote_open(text[:m.start()]) or _free_text_before(text[:m.start()]):
        return text
    words = re.findall(r"[a-z']+", m.group(0).lower())
    sentence = re.split(r"(?<=[.!?])\s+", text[:m.start()])[-1]
    if len(words) < 3 or set(words) & (PROTOCOL_WORDS | REMARK_KEEPS - {"and", "then"}) or \
            _has_correction(f" {' '.join(words)} ") or not _MATERIAL.search(sentence):
        return text
    removed.append(m.group(0).strip(" ,.!?"))
    return text[:m.start()]


def _sudo_afterwards(text: str) -> tuple[str, bool]:
    """ "…, please. Oh wait, with sudo in front.": (the text before it, True); the command
    gets sudo in front once cleaned."""
    m = _SUDO_AFTER.search(text)
    return (text[:m.start()], True) if m and m.start() > 0 else (text, False)


_STEP = re.compile(
    r"(?i)^(?:(?:copy|roger|okay|ok|so|right|executing|runbook|per the runbook|next)[,.]?\s+)*"
    r"(?:step\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+of\s+the\s+runbook(?:\s+is)?)?[:.,]?|(?:example|section|exercise|chapter|part)\s+"
    r"(?:\d+(?:\.\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[:.])"
    r"\s+(?=\S)")  # a handbook's "Example 4." read before it


def _step_off(text: str, removed: list[str]) -> str:
    """ "Step 4: …", "Copy, step 6. …", "Step 6 of the runbook is …", "Example 4. …": a
    runbook's step or a handbook's example number read out before the command."""
    m = _STEP.match(text)
    if m:
        removed.append(m.group(0).strip())
        return text[m.end():]
    return text


_SOUND = (r"(?:music|audio|typing|clicking|clicks?|cough(?:s|ing)?|laugh(?:s|ter|ing)?|sighs?|"
          r"silence|applause|inaudible|noise|static|beep(?:s|ing)?|ringing|breathing|sneez\w*|"
          r"throat|tapping|chimes?|whistling|buzzing|humming|mumbling|crosstalk|blank_audio)")
_NOISE = re.compile(rf"(?i)(?<!\$)(?:\[[a-z _]*{_SOUND}\]|\([a-z ]*{_SOUND}\)|"
                    rf"\*[a-z ]*{_SOUND}\*)|[♪♫]+")
_HALLUCINATED = re.compile(  # what Whisper writes over silence, learnt from subtitles
    r"(?i)(?:^|(?<=\s))(?:subtitles by the amara\.org community|"
    r"thanks? (?:you )?(?:so much )?for watching|please subscribe|(?:please )?like and "
    r"subscribe)[.!]?(?=\s*$|\s+[A-Z])")


_WAKE_WORD = re.compile(  # "Hey Jarvis,", "Computer.", "Okay terminal," and ", Computer, no,"
    r"(?i)^(?:(?:um|uh|erm|hmm|okay|ok|so)[,.]?\s+)*(?:(?:hey|hi|ok|okay)[,.]?\s+)?"
    r"(?:computer|jarvis|mycroft|terminal|siri|alexa|assistant)[,.:!]\s+|"
    r"(?<=[,.])\s+(?:computer|jarvis|mycroft|terminal)[,.]?\s+(?=no\b|correction\b)")


_EM = re.compile(r"(?i)(?<![\w-])(?<!dash )(?<!hyphen )(?<!minus )(?<!capital )(?<!letter )"
                 r"em,(?=\s|$)|(?<![\w-])ope[,.](?=\s|$)|"  # the Midwest's "ope," too
                 r"(?<=,) (?:like|ile|ne),(?=\s)|(?<![\w-])ano ne,(?=\s)|"  # ", like,"
                 # between commas (Swahili "ile", Japanese "ne", "ano ne")
                 r"(?<![\w-])how (?:to|do you) say,(?=\s)|"  # a Slavic "how to say,"
                 r"(?<=[\w.]) sure,(?=\s)|"  # an Irish "…, sure, …" mid-command
                 r"(?<![\w-])(?<!na )(?:ag|ja),(?=\s|$)|^ja (?=(?:okay|ok|so|run)\b)")  # Afrikaans


_SENTENCE = re.compile(r".+?(?:[.!?]+(?=\s|$)|$)", re.S)  # not at "machdep.cpu"
_ANYWAY = re.compile(r"(?i)\s*anyway\b[,.]?\s*")
_DICTATED = re.compile(r"(?i)\b(?:space|dash|minus|hyphen|slash|dot|point|underscore|quotes?|"
                       r"pipe|equals|colon|tilde)\b|\d")


def _anyway_off(text: str, removed: list[str]) -> str:
    """Sentences said between two parts of a command and ended by "Anyway," ("… add space.
    Sorry, Declan's talking to me. Okay. Anyway, vim …"): an aside, left out with its
    "Anyway", when they hold nothing dictated and something dictated came before them (not
    a closing "Anyway, that's me.")."""
    sentences = _SENTENCE.findall(text)
    out: list[str] = []
    for s in sentences:
        lead = _ANYWAY.match(s)
        rest = s[lead.end():].split() if lead else []
        if rest and out and rest[0].lower() not in CLOSING_STARTS | {"where"}:
            k = len(out)
            while k > 1 and len(out) - k < 3 and not _DICTATED.search(out[k - 1]):
                k -= 1
            if k < len(out) and _DICTATED.search(" ".join(out[:k])):
                removed.extend(x.strip() for x in out[k:])
                removed.append("Anyway")
                out[k:] = []
                s = " " + s[lead.end():]
        out.append(s)
    return "".join(out).strip() if out != sentences else text


_TAKE_BACK = FIX_WORDS | HESITATIONS | {"no", "wait", "sorry", "mean", "again", "oops",
                                        "rudia", "scratch", "start", "hmm"}
_FIX_SAID = re.compile(r"(?i)(?<![\w'])(?:" + "|".join(
    re.escape(p).replace(r"\ ", r"[\s,.]+") for p in sorted({*CORRECTIONS, *RESTARTS},
                                                           key=lambda p: -len(p))) + r")(?![\w'])")
"""A correction or restart said in any of the speakers' languages ("όχι όχι", "não"): in a
remark in another script, a sign that it is no aside (English ones have their own tests)."""
_DASHED = re.compile(r"\s*[—–]\s*([^—–]{1,80}?)\s*[—–]\s*")


def _dashed_aside_off(text: str, removed: list[str]) -> str:
    """A remark Whisper set off with dashes ("pdfbook 2 dash P — le pager sonne encore — A 4
    paper", "— hani the thing from yesterday —"): two words or more, nothing dictated in it,
    no digit."""
    def cut(m: re.Match) -> str:
        aside = m.group(1)
        if _DICTATED.search(aside) or len(aside.split()) < 2:
            return m.group(0)
        removed.append(aside.strip(" ,."))
        return " "
    return _DASHED.sub(cut, text).strip()


_SLIP = re.compile(  # another language's name for the symbol, caught: "tiret, euh, dash"
    r"(?i)\b(?:tiret|barre oblique|barre verticale|arobase|égal|guillemets?|étoile|dièse|"
    r"souligné|esperluette|virgule|majuscule|tire|tireh|tyre|nokta|knock ta|alt çizgi|eğik çizgi|"
    r"eik chizgi|punt|streepje streepje|streepje|schuine streep|dubbele punt|apenstaartje|"
    r"sterretje|liggend streepje|aanhalingsteken|is-teken|groter dan|pijp|spatie)"
    r"(?:[,.…]+|\s)+(?:(?:euh|pardon|non|je veux dire|oups|wait|par don|eh|ik bedoel)\b"
    r"(?:[,.…]+|\s)+)*(?=(?:" +
    "|".join(sorted((re.escape(w) for w in (*SYMBOL_WORDS, "capital", "single", "double",
                                              "forward", "at sign", "equal", "space")), key=len,
                    reverse=True)) + r")\b)")


_HANI = re.compile(r"(?i)(?<=\w) honey,(?=\s)")  # Whisper's Turkish "hani," ("you know")
_FRENCH_NO = re.compile(r"(?i)(?:^|(?<=[,.…!?]))(\s*)non(?=,\s(?!pas\b))")  # "…, non, projects"
_MEMORY = re.compile(r"(?i),?\s*(?:euh,?\s*)?c'est quoi déjà\W+ah oui\b[,.]?")


def _slip_off(text: str, removed: list[str]) -> str:
    """A symbol's name said in the speaker's first language and caught at once ("tiret, euh,
    dash", "barre oblique... Non, slash", "majuscule, euh, capital S"): the English name
    stands, with whatever took the slip back. A French "non," set off by commas is "no,";
    "c'est quoi déjà... ah oui," ("what's it again... oh yes") and a Turkish "hani," as
    Whisper writes it ("honey,") go."""
    def cut(m: re.Match) -> str:
        removed.append(m.group(0).strip(" ,.…"))
        return ""
    return _FRENCH_NO.sub(r"\1no", _MEMORY.sub(cut, _HANI.sub("", _SLIP.sub(cut, text))))


_BETWEEN_PAUSES = re.compile(r"(?<=\w)\s*(?:\.\.\.|…)\s*([^.…]{1,80}?)\s*(?:\.\.\.|…)\s*(?=\w)"
                             r"(?P<anyway>(?i:anyway|(?:ok\s+)?tiếp(?:\s+nhé)?|(?:seri,?\s+)?"
                             r"where was i|apdiye continue|(?:okay,?\s+)?continuing|"
                             r"seri,?\s+after that),\s*)?")
# "… PAOK lost again... anyway,", the Vietnamese "… đợi tí, đèn đỏ... ok tiếp," ("go on")


def _paused_aside_off(text: str, removed: list[str]) -> str:
    """A remark said between two pauses inside the dictation ("M K I S O F S... I hope it
    works... space …", "… graph point G V... not production, don't worry... space"): an
    aside when it is three plain words or more, no command or lead verb in it, nothing
    dictated and nothing taken back ("pac... uh... pacini" is a false start); the dictation
    goes on where it stopped."""
    def cut(m: re.Match) -> str:
        words = re.findall(r"[\w'-]+", m.group(1).lower())
        closed = m.group("anyway")
        if len(words) < 3 or not all(re.fullmatch(r"(?:[^\W\d_]|')+", w) for w in words) or \
                _DICTATED.search(m.group(1)) or not closed and _TAKE_BACK & set(words) or \
                not m.group(1).isascii() and _FIX_SAID.search(m.group(1)) or not closed and \
                any(_is_command(w) or w in LEAD_VERBS for w in words) or \
                _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(1))
        if closed:
            return " "
        before, after = text[:m.start()].split()[-1:], text[m.end():].split()[:1]
        return "... " if before and before[0].lower() == after[0].lower() else " "  # said
        #      again after it ("U... what's it now... U V"): a false start, for trailed_off

    return _BETWEEN_PAUSES.sub(cut, text)


_BREAK = re.compile(
    r"(?i)(?:,?\s+(?:and then|and,? (?:ehm|em|erm|um)|and)\b)?\s*(?:\.\.\.|…|,)\s*"
    r"(?:sorry,?\s+)?(?:one sec|hold on|hang on|sorry)\b[,.]?\s+(?P<aside>[^…]{0,120}?)"
    r"[.?!,]\s+(?:(?:sorry|okay|ok|right|anyway|so|d'you know|em|ehm|erm|um),?\s+)*"
    r"(?:back to it|carrying on|where was i\??(?:,?\s+(?:oh )?yeah)?|oh yeah)[,.:?]?\s+")


def _break_off(text: str, removed: list[str]) -> str:
    """A break and the words that pick the command up again ("… watchman and, ehm...
    sorry, hold on, silencing an alert. Okay, carrying on, trigger dash list …", "… and
    then... one sec, I'm wrecked tonight. Sorry, back to it, …"): the break goes, the
    command goes on where it stopped; not when the break holds anything dictated."""
    def cut(m: re.Match) -> str:
        if re.search(r"[0-9/_=~]", m.group("aside")) or _DICTATED.search(m.group("aside")) or \
                _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(0).strip(" ,.…"))
        return " "
    return _BREAK.sub(cut, text)


_INTERRUPTED = re.compile(r"(?i)\b(?P<opener>(?:sorry,\s+)?(?:hold on|hang on|one sec|just a sec|"
                         r"wait a sec(?:ond)?)|sorry),\s+([a-z][a-z' ]{2,70}?)\s*(?:, ignore me)?,"
                         r"(?=\s)")


_SITUATION = re.compile(r"(?i)(?<=[,.])\s+(?:my|the|our|your|this) [a-z']+ (?:is|are) "
                        r"((?:[a-z']+ ){0,3}[a-z']+ing(?: [a-z']+){0,2})[,.]"
                        r"(?:\s+(?:later|bebakhshid|sorry|excuse me|one sec)[,.])?(?=\s|$)")
"""What is going on around the speaker, said between commas ("…, my phone is ringing, …",
"the chai is getting cold,", "my colleague is asking something, bebakhshid,")."""


def _situation_off(text: str) -> tuple[str, list[str]]:
    """``text`` less the asides :data:`_SITUATION` finds that hold nothing dictated."""
    cut: list[str] = []

    def drop(m: re.Match[str]) -> str:
        words = m.group(0).lower().strip(" ,.").split()
        if any(_is_command(w) or w in LEAD_VERBS - {"is", "are"} for w in words) or \
                _DICTATED.search(m.group(0)) or _quote_open(text[:m.start()]):
            return m.group(0)
        cut.append(m.group(0).strip(" ,."))
        return ""
    return _SITUATION.sub(drop, text), cut


def _interruption_off(text: str, removed: list[str]) -> str:
    """What interrupted the speaker, said after "hold on," or "sorry," and set off by commas
    ("hold on, the scope is beeping, test …", "sorry, me tea's gone cold,"): plain words
    with a word in "-ing", "'s", "'m" or "'re" in them, no command or lead verb, nothing
    dictated (after "sorry," four words or more: "sorry, dash a" is a fix); "hold on"
    stays for the asides pass. So does what is going on around the speaker (see
    :data:`_SITUATION`)."""
    def cut(m: re.Match) -> str:
        words = m.group(2).lower().split()
        if not (2 if m.group("opener").lower() != "sorry" else 4) <= len(words) <= 10 or \
                not any(w.endswith(("ing", "'s", "'m", "'re")) for w in words) or \
                words[0] in ("it's", "that's", "it", "that") or \
                any(len(w) == 1 and w not in ("a", "i") for w in words) or \
                any(_is_command(w) or w in LEAD_VERBS - {"is"} for w in words) or \
                _DICTATED.search(m.group(2)) or _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(0)[m.start(2) - m.start():].strip(" ,"))
        return m.group(0)[:m.start(2) - m.start()] if m.group("opener").lower() != "sorry" \
            else ""  # "hold on" stays for the asides pass; a lone "sorry," goes with it
    text, situations = _situation_off(_INTERRUPTED.sub(cut, text))
    removed.extend(situations)
    return text


_PREVIEW = re.compile(
    r"(?i)^(?:(?:yo|okay|ok|so|right|alright|gimme)[,.]?\s+)*(the\s+)?(usual\s+)?"
    r"([a-z][\w.+-]*)(\s+(?:one|thing))?(?:,?\s*real quick)?[.!?,:]\s+")


def _preview_off(text: str, removed: list[str]) -> str:
    """The command named first as a sentence of its own ("The usual pio. Pio space check",
    "Yo, lsinitcpio thing, real quick. L S init cpio space …"): only when what follows
    starts with that name, said whole or in parts."""
    m = _PREVIEW.match(text)
    if not m or not (m.group(1) or m.group(2) or m.group(4)):
        return text
    name = re.sub(r"[^a-z0-9]", "", m.group(3).lower())
    if not name or not re.sub(r"[^a-z0-9]", "", text[m.end():m.end() + 4 * len(name)]
                              .lower()).startswith(name):
        return text
    removed.append(m.group(0).strip(" ,.!?:"))
    return text[m.end():]


_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_SPACE_SAID = re.compile(r"(?i)\bspace\b")


def spelled_out(text: str) -> bool:
    """Spoken protocol: "space" said two or more times."""
    return len(_SPACE_SAID.findall(text)) >= 2


_WHERE_WAS_I = re.compile(r"(?i)[.!?]\s+(?:where was i|waar was ik)\b[,.?]?"
                          r"(?:\s+(?:eh|uh|um|ehm),)?\s*")


_BARE_WORDS = re.compile(r"[^\w\s']")


def _where_was_i_off(text: str, removed: list[str]) -> str:
    """A remark that broke into the dictation, then "Where was I," ("fold dash My coffee
    went cold. Waar was ik, dash B …"): plain words from a capital to the sentence's end,
    nothing dictated; the dictation goes on where it stopped."""
    for m in _WHERE_WAS_I.finditer(text):
        words = list(re.finditer(r"\S+", text[:m.start()]))
        plain = 0
        while plain < min(10, len(words)) and not _DICTATED.search(words[-1 - plain].group(0)):
            plain += 1
        first = next((k for k in range(len(words) - plain, len(words) - 1)
                      if words[k].group(0)[:1].isupper()), None)
        aside = text[words[first].start():m.start()] if first is not None else ""
        if first is None or text[m.start() - 1:m.start()] == "." or len(aside.split()) < 2 or \
                not _DICTATED.search(text[:words[first].start()]) or \
                _has_correction(" " + _BARE_WORDS.sub("", aside.lower()) + " ") or \
                _quote_open(text[:words[first].start()]):
            continue
        removed.append(aside.strip())
        head, rest = text[:words[first].start()], text[m.end():]
        said, again = head.lower().split(), rest.lower().split()
        n = next((n for n in (3, 2, 1) if said[-n:] == again[:n] and len(said) > n), 0)
        if n:  # "fold dash My coffee went cold. Waar was ik, dash B": the token said again
            head = " ".join(head.split()[:-n]) + " "
        return _where_was_i_off(head + rest, removed)
    return text


def _protocol_asides_off(text: str, removed: list[str]) -> str:
    """A sentence between two others (in spoken protocol two words or more; otherwise three
    or more, between two with dictation in them), with no protocol word, letter, digit,
    program's name or correction in it, is said between the pieces, not part of them ("…
    space. The fan, hmm. Minus v …", "The network is slow today."; a name in capitals or a
    contraction keeps it)."""
    protocol = spelled_out(text)
    kept: list[str] = []
    sentences = _SENTENCES.split(text)
    for k, sentence in enumerate(sentences):
        words = [w for w in re.split(r"[\s,;:]+", sentence.lower().strip(" .!?")) if w]
        said = f" {' '.join(words)} "
        between = 0 < k < len(sentences) - 1 and (protocol and len(words) >= 2 or len(words) >= 3
                                                   and set(words) & SMALL_TALK_WORDS
                                                   and _DICTATED.search(sentences[k - 1])
                                                   and _DICTATED.search(sentences[k + 1]))
        if between and not re.search(
                r"\b[A-Z]{2,}\b", sentence) and not any(
                f" {m} " in said for m in CORRECTIONS) and not any(
                w in PROTOCOL_WORDS or w == "space" or len(w) == 1 or
                re.search(r"[0-9\-/._\"'~]", w.strip("'")) or _is_command(w) or w in COMMANDS
                or w in FIX_WORDS or w in REMARK_KEEPS for w in words) and \
                not _quote_open(" ".join(kept)):
            removed.append(sentence.strip(" .!?"))
            continue
        kept.append(sentence)
    return " ".join(kept) if len(kept) < len(sentences) else text


_RESUMED = re.compile(r"(?i)(?:^|(?<=[.!?,]))\s*(?:(?:okay|ok|right),?\s+)?(?:so,?\s+)?"
                      r"(?:(?P<where>where was i)[,.?]?\s+)?(?:so,?\s+)?after\s+"
                      r"(?P<anchor>(?:[^,.!?]|\.(?=\S)){1,80}?),\s+")
_RESUMED_SAU = re.compile(r"(?i)(?:^|(?<=[.!?,…]))\s*(?:(?:ok|okay|rồi|roi),?\s+)?sau\s+"
                          r"(?P<anchor>(?:[^,.!?]|\.(?=\S)){1,80}?)\s+(?:là|la),?\s+")
"""The Vietnamese "sau X là …" ("after X comes …"): picking up after a break."""
_BARE = re.compile(r"[^\w~/]+")


def _resumed_off(text: str, removed: list[str]) -> str:
    """Picking up after a break by naming where the command had got to ("… payment dash
    create... eeh, Slack is pinging me. So after payment dash create, dash dash CVV …",
    "… minus O filename.iso... Okay, where was I, after filename.iso, dash allow …", "…
    R M... đợi tí, đèn đỏ... sau R M là main"): what
    was said between the anchor's first saying and its repeat goes, the anchor once."""
    for m in [*_RESUMED.finditer(text), *_RESUMED_SAU.finditer(text)]:
        said = [_BARE.sub("", w).lower() for w in m.group("anchor").split()]
        before = list(re.finditer(r"\S+", text[:m.start()]))
        words = [_BARE.sub("", w.group(0)).lower() for w in before]
        if not all(said) or len(said) > len(words) or not (
                m.re is _RESUMED_SAU or m.group("where") or
                re.match(r"(?i)\s*(?:(?:okay|ok|right),?\s+)?so\b", m.group(0))):
            continue
        for j in range(len(words) - len(said), -1, -1):
            if words[j:j + len(said)] == said:
                end = before[j + len(said) - 1]
                cut = end.start() + len(end.group(0).rstrip(".,!?\u2026"))
                removed.append(text[cut:m.end()].strip(" ,.\u2026"))
                return _resumed_off(f"{text[:cut]} {text[m.end():]}", removed)
    return text


def _em_off(text: str, removed: list[str]) -> str:
    """An Irish or Scottish "em," (or a Midwestern "ope,", or ", like,") is a hesitation, as
    Whisper writes it with its comma ("set space em, profile"); the letter m after a dash or a
    capital stays."""
    out = _EM.sub("", text)
    if out != text:
        removed.extend(dict.fromkeys(m.group(0).strip(" ,.").lower() for m in _EM.finditer(text)))
    return re.sub(r"\s{2,}", " ", out).strip()


_INDONESIAN = re.compile(r"(?i)\b(?:tolong|ketik|jalanin|makasih|permisi|gitu|udah|aja|boleh|"
                         r"coba|yang|terus|bentar|dong|sih|maksudnya|bukan|sekarang)\b")
_PARTICLES = re.compile(r"(?i)(?<=[^\s,])\s+nah,(?=\s)|(?<=,)\s+ya,(?=\s)")


_SWEDISH = re.compile(r"(?i)\b(?:okej|tack|alltså|liksom|kör|förlåt|menar|vänta|klart)\b")
_TYP = re.compile(r"(?i)(?<=\s)typ,?(?=\s)|(?:^|(?<=[\s.]))ja,(?=\s)")  # Swedish "like",
# not the start of typst; "yes," (not Japanese after --lang)
_NO_NIIN = re.compile(r"(?i)\bno,? niin\b|\bniin ku\b(?=,)")  # Finnish "there we go", "like"
_SINGLISH_TAIL = re.compile(r"(?i),\s*(?:ok(?:ay)?,? can|can or not|(?:like that )?can already)"
                            r"[.?!]*\s*$")  # Singlish sign-offs: "…, ok can.", "can or not?"
_SINGLISH_REMARK = re.compile(r"(?i)(?<=,)\s+((?:[a-z']+ ){2,7})(?:lei|sia|leh)[,.](?=\s|$)|"
                             r"(?<=,)\s+((?:the|this|that|my) (?:[a-z']+ ){1,5})one,(?=\s)")
"""A remark between commas closed by a particle ("eh this chair wobbly lei,", "aircon here
so cold sia,") or by Singlish "one" ("the boss say must put one,", "this flag important
one,")."""
_SINGLISH_PARTICLE = re.compile(r"(?:^|(?<=\s))(?:la|lei|sia)[,.!?]+")  # not Spanish "la junta"
_NOT_A_PARTICLE = re.compile(r"(?i)(?:\bla|\blenh|lệnh|\by|ý|\bvamos)[,.]?$")  # "la la", "lệnh là",
# "ý là", Portuguese "vamos lá"
_SYMBOL_BEFORE = re.compile(r"(?i)(?:dash|minus|hyphen|dot|period|point|slash|-)$")
_NA_NOT = re.compile(r"(?i)(?:^|(?<=\s))na,\s+(?=not\s)")
_NA = re.compile(r"(?i)\b(the (?:flag|option|value|name|file|path)) na\b")
_MANDARIN = re.compile(r"(?i)\b(?:nage|jiushi|suoyi|xiegang|jianhao|dian|kongge|lian qilai|"
                       r"hao le|xie xie|deng yixia|wo shuo|bu dui|zhege|denghao|maohao|daxie|"
                       r"xiahuaxian)\b")
_DONE_NHE = re.compile(r"(?i),?\s*\bdone,?\s+nh[ée]\b[.!]?\s*$")
_ASKED = re.compile(r"¿[^¿?]{1,40}\?(?=\s+(?:[a-z]|[A-HJ-XZ]\s))")  # more dictated after it
# (a word, or a letter spelled; not the sentences "Y ya …", "I …")
_MANDARIN_PAUSES = re.compile(  # Mandarin "um,", "that is,", "so,", "ah,", "done"
    r"(?i)(?:^|(?<=[\s.]))en,(?=\s)|(?<=,)\s+(?:en|jiushi|suoyi|nage|zhege),(?=\s)|"
    r"(?<=\S)\s+ai,(?=\s)|\bhao le\b[.!]?")
_MANDARIN_DIGIT = {"ling": "0", "yi": "1", "er": "2", "san": "3", "si": "4", "wu": "5",
                   "liu": "6", "qi": "7", "ba": "8", "jiu": "9"}
_MANDARIN_RUN = re.compile(r"(?i)(?<![\w'-])(?:(?:" + "|".join(_MANDARIN_DIGIT) + r")\s+)+(?:" +
                           "|".join(_MANDARIN_DIGIT) + r")(?![\w'-])")


def _mandarin_digits(m: re.Match) -> str:
    """ "ba ling ba ling": 8080, digits said in Mandarin (two or more, one of them not also
    a word elsewhere: "si" is Spanish "yes", "ba" a Tagalog particle, "er" a hesitation)."""
    said = m.group(0).lower().split()
    if not set(said) - {"si", "ba", "er", "qi"}:
        return m.group(0)
    return "".join(_MANDARIN_DIGIT[w] for w in said)


def _particles_off(text: str, removed: list[str]) -> str:
    """Small words whose sense depends on the speaker's language: Pidgin's "the flag na X"
    is "the flag is X"; where the speaker speaks Mandarin, "en," goes and digits said in it
    are digits; where the speaker speaks Swedish, "typ" ("like") and "ja," go; where
    Indonesian, "nah" ("so", "there") and "ya" said between words of the command ("minus U
    ubuntu nah, double dash password", "dash d eh, ya, single-quote") are pauses, not the
    English "nah" that corrects what came before."""
    text = _singlish_off(_NO_NIIN.sub("noniin", _NA.sub(r"\1 is", text)), removed)
    text = _NA_NOT.sub("", text)  # Persian "na, not log, TXT": "no," before the "not X, Y"
    removed.extend(m.group(0).strip(" ,.") for m in _DONE_NHE.finditer(text))
    text = _DONE_NHE.sub("", text)  # Vietnamese "done, OK?": the speaker's sign-off
    removed.extend(m.group(0) for m in _ASKED.finditer(text))
    text = _ASKED.sub(" ", text)  # "¿no?", "¿cómo era?": a Spanish question, no command
    if _MANDARIN.search(text):  # where the speaker speaks Mandarin: "en," is "um,"; "ai," "ah,"
        removed.extend(m.group(0).strip(" ,") for m in _MANDARIN_PAUSES.finditer(text))
        text = _MANDARIN_RUN.sub(_mandarin_digits, _MANDARIN_PAUSES.sub("", text))
    if _SWEDISH.search(text) and _TYP.search(text):
        removed.extend(m.group(0).strip(" ,") for m in _TYP.finditer(text))
        text = _TYP.sub("", text)
    if not _INDONESIAN.search(text):
        return text
    out = _PARTICLES.sub("", text)
    if out != text:
        removed.extend(m.group(0).strip(" ,") for m in _PARTICLES.finditer(text))
    return out


def _singlish_off(text: str, removed: list[str]) -> str:
    """Singlish sign-offs ("…, ok can.", "can or not?") and the particles la, lei and sia
    with a comma or a stop after them ("no la, 1234", "this chair wobbly lei,"), not a
    flag's letters after a dash ("dash la.")."""
    def particle(m: re.Match[str]) -> str:
        before, after = text[:m.start()].rstrip(), text[m.end():m.end() + 4].lstrip(" ,")
        if _SYMBOL_BEFORE.search(before) or _NOT_A_PARTICLE.search(before) \
                or after.startswith("la"):  # Arabic "la la" (no, no); Vietnamese "lệnh là"
            return m.group(0)
        removed.append(m.group(0).rstrip(",.!? "))
        return "," if m.group(0)[-1] == "," else ""

    def remark(m: re.Match[str]) -> str:
        said = m.group(1) or m.group(2)
        if _DICTATED.search(m.group(0)) or any(_is_command(w) for w in said.split()) or \
                re.search(r"\d", m.group(0)) or _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(0).strip(" ,."))
        return ""

    removed.extend(m.group(0).strip(" ,.?!") for m in _SINGLISH_TAIL.finditer(text))
    text = _SINGLISH_REMARK.sub(remark, _SINGLISH_TAIL.sub("", text))
    return _SINGLISH_PARTICLE.sub(particle, text)


_IN_PARENS = re.compile(r"(?:(?<=\s)|^)\(([^()]{1,80})\)(?=[\s,.!?]|$)")


def _parenthetical_off(text: str, removed: list[str]) -> str:
    """A remark Whisper put in brackets of its own, set apart by spaces ("… localhost (ồn
    quá) dash N", "(sorry, xe buýt bấm còi)"): only words, none dictated; what the shell
    brackets ("(cd src && make)", "$(date)") is written with symbols or joined to a word."""
    def cut(m: re.Match) -> str:
        words = re.findall(r"[\w'-]+", m.group(1).lower())
        if not words or not all(re.fullmatch(r"(?:[^\W\d_]|')+", w) for w in words) or \
                re.search(r"[^\w\s,.'!?-]", m.group(1)) or _DICTATED.search(m.group(1)) or \
                _is_command(words[0]):
            return m.group(0)
        removed.append(m.group(1))
        return " "

    out = _IN_PARENS.sub(cut, text) if "(" in text else text
    if out == text:
        return text
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.!?])", r"\1", out)).strip()


def _noise_off(text: str, removed: list[str]) -> str:
    """What Whisper writes for sounds and silence: tags ("[Music]", "(keyboard clicking)",
    "*cough*", "[BLANK_AUDIO]", "♪") and the sign-offs it learnt from subtitles ("Thanks for
    watching!", "Subtitles by the Amara.org community") are not what was said; nor is a
    voice assistant's wake word ("Hey Jarvis,", "Computer, no, …")."""
    out = _WAKE_WORD.sub(" ", _HALLUCINATED.sub(" ", _NOISE.sub(" ", text)))
    if out == text:
        return text
    removed.extend(m.group(0) for rx in (_NOISE, _HALLUCINATED, _WAKE_WORD)
                   for m in rx.finditer(text))
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.!?])", r"\1", out)).strip()


_HEDGES = re.compile(
    r"(?i)(?:,?\s*\bbut\s+)?\bdon't quote me(?: on (?:that|this))?\b(?:,\s*but\b)?[.,!]?|"
    r"(?:,\s*|(?<=[.!?])\s+)at least I think so\b[.,!]?|"
    r"(?<=[.!?])\s+(?:and\s+)?[A-Z][a-z]+ (?:will know for sure|can correct me)[.!]?|"
    r",\s*and\s+[A-Z][a-z]+ can correct me[.!]?|"
    r"(?<=[.!?])\s+I remember because\b[^.!?]*[.!?]?|"
    r"(?<=[.!?])\s+If that doesn't\b[^.!?]*,\s*I don't know what will[.!]?|"
    r"(?<=[\w/])\s+there now\b(?=[,.?!]|\s+and\b|$)|"  # Irish "…, there now"
    r"(?:,\s*|(?<=[.!?])\s+)(?:inshallah|wallahi)\b[^.!?:]*(?:[.!?]|$)|"  # "…, inshallah it works"
    r"(?:,\s*|(?<=[.!?])\s+)sorry (?:about|for) (?:the|this|that|my|all)\b[a-z' ]{0,30}?"
    r"(?:[.!?]|(?=,)|$)")  # "…, sorry about the line, …", "… Sorry for the noise."


_PAUSED_ASIDE = re.compile(r"(?<=\S)\s+(?:\.\.\.|\u2026)\s+([a-zA-Z',\s]{1,60}?)"
                           r"(?:\.\.\.|\u2026)(?=\s)")
_LONE_PAUSE = re.compile(r"(?<=\S)\s+(?:\.\.\.|\u2026)(?=\s+\S)")


_RESUMED_AFTER = re.compile(r"(?i)\s*(?:\.\.\.|…)\s*(?:(?:misó|miso|μισό|ehm|em|erm|uh|um|eh)"
                            r"[,.]?\s*(?:\.\.\.|…)?\s*)+(?:okay|ok),\s+")  # "... miso... okay,"


_PAUSE_SENTENCE = re.compile(r"(?<=\w)(?:\.\.\.|…)\s+([A-Z][^.!?…]{2,80}[.!?])\s+(?=[a-z])")


def _pause_sentence_off(text: str, removed: list[str]) -> str:
    """A sentence said after a pause and before the dictation goes on in lower case ("JRNL...
    Sebentar, ada yang lewat. minus from …"): a remark, when nothing in it is dictated."""
    def cut(m: re.Match) -> str:
        said = _BARE_WORDS.sub("", m.group(1).lower()).split()
        if _DICTATED.search(m.group(1)) or _quote_open(text[:m.start()]) or len(said) < 2 or \
                (_TAKE_BACK - HESITATIONS) & set(said) or _has_correction(f" {' '.join(said)} "):
            return m.group(0)  # "... Let me say it again. crane …": a restart
        removed.append(m.group(1).strip(" .!?"))
        return " "
    return _PAUSE_SENTENCE.sub(cut, text)


def _pauses_off(text: str, removed: list[str]) -> str:
    """Whisper's pauses inside the dictation: words said between two "..." that are no part
    of the protocol ("valkey-cli ... one sec, someone's at the door... -a changeme", "brew
    ... uh... space outdated") go, and a "..." standing alone is a pause, not a symbol; so
    does a pause with only hesitations in it, ended by "okay," ("... μισό μισό... okay,")."""
    def resumed(m: re.Match) -> str:
        removed.append(m.group(0).strip(" ,.…"))
        return " "
    text = _RESUMED_AFTER.sub(resumed, text)

    def aside(m: re.Match) -> str:
        words = re.findall(r"[a-z']+", m.group(1).lower())
        if not words or len(words) > 8 or set(words) & PROTOCOL_WORDS - {"at", "one"} or \
                _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(1).strip(" ,"))
        return " "
    out = _LONE_PAUSE.sub(" ", _PAUSED_ASIDE.sub(aside, text))
    return re.sub(r"\s{2,}", " ", out) if out != text else text


_SAID = r"(?:[^.!?,]|[.!?,](?=\S))+?"  # words up to a sentence's end or a comma (not "a.sif")
_WRAPPED = re.compile(  # the command said inside an idiom: "give X a go", "chuck X in"
    r"(?i)(?:^|(?<=[.!?]\s)|(?<=,\s))(?:(?:just|so|then|now|mate,?)\s+)*"
    rf"(?:give (?P<give>{_SAID}) a (?:go|burl|try|shot|whirl|bash)(?: and [^.!?]*)?"
    rf"|(?:chuck|pop|whack|stick|bung) (?P<put>{_SAID}) in(?: the (?:terminal|ticket|shell|chat))?"
    r"(?:,? cheers)?"
    rf"|(?:reckon |maybe )?(?P<will>{_SAID})(?<!that)(?<!this)(?<!\bit)'ll (?:do it|do the trick|"
    r"sort it))(?=[.!?]|$)")


def _wrapped_off(text: str, removed: list[str]) -> str:
    """The command said inside an idiom around it ("Give mako -v a burl.", "Just chuck pio
    update in.", "Reckon hugo'll do it."): the idiom goes (not inside quotes)."""
    out, last = [], 0
    for m in _WRAPPED.finditer(text):
        if _quote_open(text[:m.start()]):
            continue
        said = m.group("give") or m.group("put") or m.group("will")
        removed.append(m.group(0).replace(said, "…"))
        out += [text[last:m.start()], said]
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _hedges_off(text: str, removed: list[str]) -> str:
    """A speaker's hedges and apologies around the command ("but don't quote me", "At least I
    think so.", "Kofi will know for sure.", "I remember because …", "sorry for the noise"):
    not part of it (not inside quotes)."""
    out, last = [], 0
    for m in _HEDGES.finditer(text):
        if _quote_open(text[:m.start()]):
            continue
        out.append(text[last:m.start()])
        removed.append(m.group(0).strip(" ,.!?"))
        last = m.end()
    return re.sub(r"\s{2,}", " ", "".join(out) + text[last:]).strip() if out else text
