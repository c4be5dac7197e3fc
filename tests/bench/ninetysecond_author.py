#!/usr/bin/env python3
"""Dictation test set "author92": one speaker, four slices, 400 lines.

Writes assets/training/bash/author92.jsonl, one JSON object a line:
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author92"}
100 lines per slice, in the order clean, fuzzy, natural, chaotic.
Standard library only.  One random.Random(92), consumed in a fixed order
(first the shuffle that picks the commands, then line by line), so a rerun
writes a byte-identical file.

Source credit
-------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/pages_dev53_commands.jsonl
(snapshot tldr-pages@08e345f42639; placeholders were filled in upstream of
this script).  Command text is used exactly as it appears in that pool.

Command choice
--------------
Only 0-based pool lines n with n % 4 == 2.  Dropped: non-ASCII, tabs,
double spaces, over 64 characters, over 48 spoken words in the clean
rendering.  The eligible list is shuffled with the seeded generator and
walked in order; a command is taken unless its text was already taken or
its first word already has two commands.  The first 100 taken are clean,
then fuzzy, natural, chaotic.

=====================================================================
STYLE GUIDE
=====================================================================

1. The speaker
--------------
Wanjiku "Shiku" Mwangi, backend engineer at a payments start-up in
Nairobi (Kilimani).  She pairs remotely all day -- Zoom with a teammate in
Lagos, another in Berlin -- and dictates commands into the terminal while
she reads pull requests.  Quick, warm, a bit teasing; Kenyan English with
Swahili sprinkled in.  She learned to spell letters the British way, so
she says "zed" for z and "double u" for w (the careful transcript still
writes the letter itself).  Her life leaks into the recordings: rain on the
mabati roof, KPLC power blinks, matatus hooting on Argwings Kodhek Road,
Slack pings, her cat Simba.

Her words (used in every loose slice, never in clean or fuzzy):
  * openers: "Sasa," "Basi," "Niaje, let's do" "Okay boss," "Kwanza, run"
    "Sawa, next one:" "For this PR, run" "Si we try" "Eeh, put"
    "Quickly quickly," "Alright, the command is" ...
  * fillers (only between whole tokens): eeh, aah, yaani, ile, like,
    you know
  * sign-offs: "Asante." "Poa." "Sawa sawa." "That's it, enter." "Fire it."
  * correction phrases -- word scope: "hapana," "sorry, I mean" "no no,"
    "si hiyo,"; token/flag scope: "wacha, make that" "pole, that should be"
    "si hiyo, I meant"; whole command: "aah wacha, scratch that. Tuanze
    upya:" "hapana, let me start again." "sorry, from the top:"
  * asides: "sorry, the rain on this mabati is loud" "ngoja, Slack is
    pinging me" "KPLC just blinked, we're fine" "pole, Simba is on my desk"
    "a matatu is hooting outside, sorry" ...
  * restarts/partials: "ngoja... where was I, after <last bit>," then the
    rest; a stuttered first word with an ellipsis ("git... git push").

2. The protocol as Shiku uses it (the clean slice)
-------------------------------------------------
A command is split on its single spaces into tokens.  She says the tokens
in order with the word "space" between them.  Inside one token everything
she says is glued together with no gaps: words, spelled letters, numbers
and symbol names all concatenate.  So splitting a word or spelling it is
harmless ("r sync" = "rsync", "c h mod" = "chmod", "sys c t l" = "sysctl").

Words vs letters.  A lower-case run of letters she can pronounce is said as
a word ("grep", "docs", "verbose", "yaml", "json", "sudo").  What she cannot
pronounce she spells letter by letter ("ls" = "l s", "src" = "s r c",
"tmp" = "t m p").  Mixed tool names are split the way she says them:
pronounceable part as a word, the rest spelled ("mkdir" = "m k dir",
"systemctl" = "system c t l", "ffmpeg" = "f f m peg", "pgrep" = "p grep").
Common acronyms are always spelled (api, aws, dns, pdf, iso, etc, usr, env,
ssh, ...).  The careful transcript writes a spelled letter as the bare
lower-case letter.

Case.  Everything is lower case unless she says so:
  * "capital x" -> X ; "capital" also capitalises the next word:
    "capital full capital screen" -> FullScreen.
  * "all caps readme" -> README (the next word only).  Upper-case runs of
    4+ pronounceable letters (and a few short words: OLD, NEW, KEY, ALL,
    OUT, TAB, TOP, MAX, MIN) get "all caps"; shorter or unpronounceable
    ones are spelled "capital a capital e capital o".
  * Case runs: when a whole letter run is made of 2+ pronounceable humps she
    says "pascal case the island" -> TheIsland or "camel case dry run" ->
    dryRun.  The run covers the following plain words up to the next
    symbol, number or "space".  She never uses snake/kebab/screaming case
    runs: underscores and dashes are always said out loud.

Symbols (one name each, always the same in clean):
  -  dash            --  dash dash       .  dot         ..  dot dot
  /  slash           \\  backslash       ~  tilde       _  underscore
  "  quote           '   single quote    `  backtick    =  equals
  :  colon           ;   semicolon       ,  comma       |  pipe
  >  redirect        >>  append          <  less than   &  ampersand
  && and and         @   at              +  plus        *  star
  #  hash            $   dollar          %  percent     ^  caret
  !  bang            ?   question mark   ( ) open paren / close paren
  [ ] open bracket / close bracket       { } open brace / close brace
  "2>" is simply "two redirect", "2>&1" "two redirect ampersand one".

Numbers (a maximal digit run, said by these rules):
  * one digit: its name ("zero" .. "nine"; she says "zero", never "oh").
  * two digits: the English compound ("ten", "fifteen", "thirty",
    "forty two").
  * x00 / x000 / xy000: "three hundred", "eight thousand", "ten thousand".
  * four digits that split into two compounds with no zero starting the
    second half: pairs ("ten twenty four" 1024, "eighty eighty" 8080,
    "twenty twenty four" 2024); xy00 is "nineteen hundred".
  * anything else, and any run with a leading zero: digit by digit
    ("one two seven", "four four three", "zero zero seven").
  The listener joins number groups by concatenation; a tens word followed
  by a unit word makes one compound, "hundred" appends 00, "thousand" 000.
  Dotted numbers are just numbers and dots: "one nine two dot one six eight
  dot one dot ten".

Collisions.  If a literal word in the command is one of her protocol words
she says "word" before it: "dash dash word all" -> --all, "word one" ->
one, "mount underscore word point" -> mount_point.  "word word" is the
literal word "word".  The protocol words are: space word capital all caps
camel pascal case; every symbol name and every word of a two-word name
(dash dot slash backslash tilde quote single backtick redirect append less
than underscore equals colon semicolon comma pipe ampersand and at plus
star hash dollar percent caret bang question mark open close paren bracket
brace); zero..nineteen, twenty..ninety, hundred, thousand; and, because
Whisper and her loose speech use them, minus hyphen period point forward
asterisk greater double sign equal curly angle parenthesis tick back under
semi.  A word made only of letters she spells is never escaped (single
letters are not protocol words).

The clean line is the careful transcript of that: all lower case, words
only, no punctuation, nothing but the command.  decode() below is the
listener for it and is asserted on every command.

3. Natural-speech habits (natural, chaotic)
-------------------------------------------
When she is not being careful she drops "space" entirely; the listener
infers spacing from bash sense.  Symbol names loosen: dash / minus /
hyphen, "double dash" for --, dot / period (and "point" between digits),
slash / forward slash, tilde, "greater than" or "redirect", "equal sign",
"at sign", "asterisk".  She still says "capital" and "all caps" for case,
still spells what she cannot pronounce, still says numbers her way.  A
colliding literal becomes "the word X" (sometimes just "word X").  One
opener, maybe a sign-off, fillers only between tokens.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
  * sentence case, commas at pauses, a final full stop; sometimes it cuts
    a sentence at "space" ("... space. Dash dash ...").
  * numerals: "1024", "10 24", "3,000", "forty-two", "8080", "127";
    natural speech of IPs/versions comes out as "10.0.0.5", "1.0".
  * spelled letters in capitals, spaced or glued ("L S", "LS", "E N V"),
    occasionally as letter homophones (see, are, why, you, tea, eye, ex,
    zed, double you, ...); Whisper's capitals mean nothing -- only the
    spoken "capital"/"all caps" set case.
  * glued/split words: dash-dash, semi-colon, back slash, under score,
    all-caps, "local host" for localhost, "pseudo" for sudo, "said" for
    sed.
  * in loose speech, Whisper often writes a simple file or path token in
    glyphs ("main.py", "/tmp/logs", "example.com") and "--verbose".

5. The four slices
------------------
  clean   -- section 2 exactly; decode(input) == command, asserted.
  fuzzy   -- the same protocol ("space" said) as Whisper writes it:
             capitals, commas, full stops, numerals, glued/split words,
             letter homophones, symbol synonyms.  No framing, no fillers.
             A second listener (fuzzy_listen) normalises and decodes it,
             and is asserted too.
  natural -- section 3 with Whisper: opener, maybe sign-off, fillers,
             loose symbol names, numerals, glyph paths.
  chaotic -- natural plus trouble; every line has at least one
             self-correction (word, flag/token or whole-command scope) and
             may add a stuttered restart, an aside, or a partial answer
             resumed with "where was I, after X,".  The last thing she
             settles on is the command, exactly.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev53_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author92.jsonl")
AUTHOR = "author92"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}


def compound(s):
    """Two-digit string without a leading zero -> spoken compound."""
    n = int(s)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def say_groups(s):
    """Digit run -> list of spoken groups (each group a string)."""
    n = len(s)
    if n > 1 and s[0] == "0":
        return [UNITS[int(c)] for c in s]
    if n == 1:
        return [UNITS[int(s)]]
    if n == 2:
        return [compound(s)]
    if n == 3 and s[1:] == "00":
        return [UNITS[int(s[0])] + " hundred"]
    if n == 4:
        if s[1:] == "000":
            return [UNITS[int(s[0])] + " thousand"]
        if s[2:] == "00":
            return [compound(s[:2]) + " hundred"]
        if s[2] != "0":
            return [compound(s[:2]), compound(s[2:])]
    if n == 5 and s[2:] == "000":
        return [compound(s[:2]) + " thousand"]
    return [UNITS[int(c)] for c in s]


def group_numeral(g):
    """Spoken group -> digits (used by Whisper renderings)."""
    return decode_numbers(g.split())


def decode_numbers(words):
    out = ""
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS:
            out += str(UNITS.index(w))
        elif w in TEENS:
            out += str(10 + TEENS.index(w))
        elif w in TENS.values():
            t = [k for k, v in TENS.items() if v == w][0]
            if i + 1 < len(words) and words[i + 1] in UNITS[1:]:
                out += str(t * 10 + UNITS.index(words[i + 1]))
                i += 1
            else:
                out += str(t * 10)
        elif w == "hundred":
            out += "00"
        elif w == "thousand":
            out += "000"
        else:
            raise ValueError(w)
        i += 1
    return out


NUMWORDS = set(UNITS) | set(TEENS) | set(TENS.values()) | {"hundred", "thousand"}

# ---------------------------------------------------------------- symbols
SYM_CLEAN = {
    "-": "dash", "--": "dash dash", ".": "dot", "..": "dot dot", "/": "slash",
    "\\": "backslash", "~": "tilde", '"': "quote", "'": "single quote",
    "`": "backtick", ">": "redirect", ">>": "append", "<": "less than",
    "_": "underscore", "=": "equals", ":": "colon", ";": "semicolon",
    ",": "comma", "|": "pipe", "&": "ampersand", "&&": "and and", "@": "at",
    "+": "plus", "*": "star", "#": "hash", "$": "dollar", "%": "percent",
    "^": "caret", "!": "bang", "?": "question mark", "(": "open paren",
    ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open brace", "}": "close brace",
}
# decoder tables
SYM1 = {"dash": "-", "dot": ".", "slash": "/", "backslash": "\\", "tilde": "~",
        "quote": '"', "backtick": "`", "redirect": ">", "append": ">>",
        "underscore": "_", "equals": "=", "colon": ":", "semicolon": ";",
        "comma": ",", "pipe": "|", "ampersand": "&", "at": "@", "plus": "+",
        "star": "*", "hash": "#", "dollar": "$", "percent": "%", "caret": "^",
        "bang": "!"}
SYM2 = {"single quote": "'", "less than": "<", "and and": "&&",
        "question mark": "?", "open paren": "(", "close paren": ")",
        "open bracket": "[", "close bracket": "]", "open brace": "{",
        "close brace": "}"}
CONTROL = {"space", "word", "capital", "all", "caps", "camel", "pascal", "case"}
SYNONYM_WORDS = {"minus", "hyphen", "period", "point", "forward", "asterisk",
                 "greater", "double", "sign", "equal", "and", "single", "question",
                 "mark", "open", "close", "paren", "bracket", "brace", "less", "than",
                 "curly", "angle", "parenthesis", "tick", "back", "under", "semi"}
VOCAB = (CONTROL | NUMWORDS | set(SYM1) | SYNONYM_WORDS
         | {w for k in SYM2 for w in k.split()})


def decode(text):
    """The listener for Shiku's clean protocol (section 2 of the guide)."""
    w = text.split()
    tokens, cur = [], ""
    cap = allcaps = False
    run, run_first = None, True
    i = 0
    while i < len(w):
        x = w[i]
        pair = " ".join(w[i:i + 2])
        if x == "space":
            tokens.append(cur)
            cur, run = "", None
            i += 1
            continue
        if pair in ("camel case", "pascal case"):
            run, run_first = x, True
            i += 2
            continue
        if pair == "all caps":
            allcaps = True
            i += 2
            continue
        if x == "capital":
            cap = True
            i += 1
            continue
        if pair in SYM2:
            cur += SYM2[pair]
            run = None
            i += 2
            continue
        if x in SYM1:
            cur += SYM1[x]
            run = None
            i += 1
            continue
        if x in NUMWORDS:
            j = i
            while j < len(w) and w[j] in NUMWORDS:
                j += 1
            cur += decode_numbers(w[i:j])
            run = None
            i = j
            continue
        if x.isdigit():  # numerals only reach here through fuzzy_listen
            cur += x
            run = None
            i += 1
            continue
        if x == "word":
            lit = w[i + 1]
            i += 2
        else:
            lit = x
            i += 1
        if run:
            if not (run == "camel" and run_first):
                lit = lit[0].upper() + lit[1:]
            run_first = False
        if allcaps:
            lit, allcaps = lit.upper(), False
        if cap:
            lit, cap = lit[0].upper() + lit[1:], False
        cur += lit
    tokens.append(cur)
    return " ".join(tokens)


# ---------------------------------------------------------------- letters vs words
ONSETS = set("b c d f g h j k l m n p q r s t v w x y z".split()) | set(
    "bl br ch cl cr dr fl fr gl gr kl kn kr ph pl pr sc sh sk sl sm sn sp st sw th "
    "tr tw wh wr spr str scr sch shr thr spl sq".split())
CODAS = set("b c d f g h k l m n p r s t v w x z".split()) | set(
    "y w bb dd gg ll mm nn pp rr tt zz cs nf mpt wl rsh ns rld gh nc ys "
    "bs ck cks ct cts ds ff ft gs ght ks ld lds lf lk ll lls lm lp ls lt mb mp mps ms "
    "nd nds ng ngs nk nks ns nt nts ps pt rb rc rch rd rds rf rg rk rks rl rm rn rp rs "
    "rst rt rts sh sk sp ss st sts th ts tch wn ws xt ch nch lth rth cht".split())
TWO_WORDS = {"go", "on", "up", "in", "to", "of", "is", "it", "no", "me", "my", "do",
             "so", "we", "he", "be", "by", "an", "or", "if", "as", "us", "am", "hi",
             "ok"}
SPELL = set("""api aws cpu gpu dns html http https ssl tls url usb iso oci uid gid pid
tcp udp ssd sql ui io os dvd ide efi uefi acl etc usr env svg obj cue rpm deb lvm
nfs vnc ftp ssh sshd gcc ldd xml csv pdf png jpg gif mp txt tar gz bz xz tgz img
deb dev2 gpg pem crt rsa lsof dpkg apt npm npx pnpm pip nvm rvm gem sbt jdk jre
qemu kvm ipmi btrfs lvs pvs vgs zfs ntfs exfat fat ext adb avd sdk cli gui ini cfg
conf2 tsv yml mkv mov wav ogg flac aac avi wmv sys2 ps pwd eth ip yq jq vm vms uci deu
cbt""".split())
SAY = set("""yaml json sudo bash grep cat kube sys kill ping curl docker git vim nano
tmux less more sort uniq head tail find make cargo rustc node yarn brew conda bun vue
alpine ubuntu python perl ruby java maven gradle toml yacc ocaml algorithm background
benchmark""".split())
# how she actually says some tool names (pieces concatenate; "~" = spelled)
SPLITS = {
    "systemctl": "system ~ctl", "journalctl": "journal ~ctl", "sysctl": "sys ~ctl",
    "kubectl": "kube ~ctl", "hostnamectl": "hostname ~ctl", "chmod": "~ch mod",
    "chown": "~ch own", "chgrp": "~ch ~grp", "mkdir": "~mk dir", "rmdir": "~rm dir",
    "ffmpeg": "~ff ~m peg", "ffplay": "~ff play", "ffprobe": "~ff probe",
    "ipmitool": "~ipmi tool", "pgrep": "~p grep", "pkill": "~p kill",
    "rsync": "~r sync", "wget": "~w get", "gzip": "~g zip", "gunzip": "~g unzip",
    "ldconfig": "~ld config", "mkfs": "~mk ~fs", "dmesg": "~d mesg",
    "fsck": "~fsck", "xargs": "~x args", "ifconfig": "~if config",
    "vncviewer": "~vnc viewer", "smbclient": "~smb client", "smbmap": "~smb map",
    "rpcinfo": "~rpc info", "pvesm": "~pve ~sm", "lsinitcpio": "~ls init ~cpio",
    "xfce": "~xfce", "dtrx": "~dtrx", "difft": "diff ~t", "namei": "name ~i",
    "czkawka": "~cz kawka", "dvc": "~dvc", "bq": "~bq", "qm": "~qm",
    "doctl": "~do ~ctl", "csvstat": "~csv stat",
    "mosquitto": "mosquitto", "numlockx": "num lock ~x", "setsid": "set ~sid",
    "pactrans": "~pac trans", "pngtopam": "~png to ~pam", "pnmtopalm": "~pnm to palm",
    "asciitopgm": "ascii to ~pgm", "ppmhist": "~ppm hist", "pamvalidate": "~pam validate",
    "checkinstall": "check install", "timeshift": "time shift",
    "localhost": "localhost", "filefrag": "file frag", "airpaste": "air paste",
    "clamdscan": "clam ~d scan", "espeak": "~e speak", "streamlink": "stream link",
    "colima": "colima", "powerstat": "power stat", "sockstat": "sock stat",
    "secretsdump": "secrets dump", "scrot": "scrot", "fc": "~fc",
    "exenv": "~ex env", "wpaclean": "~wpa clean", "stegsnow": "steg snow",
    "xteddy": "~x teddy", "biber": "biber", "bvnc": "~b ~vnc", "zathura": "zathura",
    "pamditherbw": "pam dither ~bw", "getfacl": "get ~facl", "agentd": "agent ~d",
    "ppmtopj": "~ppm to ~pj", "apkeep": "~ap keep", "pdfunite": "~pdf unite",
    "idevicebackup": "~i device backup", "pyenv": "py ~env", "virtualenv": "virtual ~env",
    "mkvirtualenv": "~mk virtual ~env", "woeusb": "woe ~usb", "plantuml": "plant ~uml",
    "puml": "~p ~uml", "virsh": "vir ~sh", "initramfs": "init ram ~fs", "mydb": "my ~db",
    "gofmt": "go ~fmt", "pcdovtoppm": "~pcd ~ov to ~ppm", "systemd": "system ~d",
    "pbmtoepsi": "~pbm to ~epsi", "ppmtoicr": "~ppm to ~icr", "lsof": "~ls of",
    "pamdeinterlace": "pam deinterlace", "pbmtopgm": "~pbm to ~pgm",
    "beanstalkd": "beanstalk ~d", "snmpgetnext": "~snmp get next", "ppmtobmp": "~ppm to ~bmp",
    "stdin": "~std in", "giftopnm": "gif to ~pnm", "qemu": "~qemu", "venv": "~v ~env",
    "ipcalc": "~ip calc", "pvesubscription": "~pve subscription", "ppmtosixel": "~ppm to sixel",
    "pnmtosir": "~pnm to ~sir", "regexp": "regex ~p", "bcanalyzer": "~bc analyzer",
    "zipalign": "zip align", "msgunfmt": "~msg un ~fmt", "cpus": "~cpus",
    "hipstopgm": "hips to ~pgm", "zeisstopnm": "zeiss to ~pnm", "vnstati": "~vn stat ~i",
    "pstopnm": "~ps to ~pnm", "xbmtopbm": "~xbm to ~pbm", "mmdblookup": "~mmdb lookup",
    "openssl": "open ~ssl", "pstoedit": "~ps to edit", "gnuplot": "~gnu plot",
    "mkisofs": "~mk ~iso ~fs", "pbmtoybm": "~pbm to ~ybm", "ybmtopbm": "~ybm to ~pbm",
    "pbmtomacp": "~pbm to ~macp", "gsutil": "~gs util", "sqlite": "~sq lite",
    "cifs": "~cifs", "optipng": "opti ~png", "ttyd": "~tty ~d", "mitmweb": "~mitm web",
    "waldump": "wal dump", "dutree": "~du tree", "pamtopng": "pam to ~png",
    "pgmkernel": "~pgm kernel", "pamslice": "pam slice", "pambrighten": "pam brighten",
    "termusic": "ter music", "syncthing": "sync thing", "createcd": "create ~cd",
    "createdb": "create ~db", "reindexdb": "reindex ~db", "chdman": "~chd man",
    "gocr": "~gocr", "wacli": "~wa ~cli", "deplist": "dep list", "ppmspread": "~ppm spread",
    "pnmcolormap": "~pnm color map", "pnmrotate": "~pnm rotate", "pnmmargin": "~pnm margin",
    "pbmmake": "~pbm make", "randomseed": "random seed", "ignorekeyboard": "ignore keyboard",
    "noantialias": "no anti alias", "nocolor": "no color", "skiplock": "skip lock",
    "outfile": "out file", "outdir": "out dir", "keyfile": "key file", "pidfile": "pid file",
    "authfile": "auth file", "basefolder": "base folder", "onefile": "one file",
    "rewritemeta": "rewrite meta", "nomail": "no mail", "esbuild": "~es build",
}


def _vowel_mask(w):
    return "".join("V" if (c in "aeiou" or (c == "y" and i > 0 and w[i - 1] not in "aeiou"))
                   else "C" for i, c in enumerate(w))


def pronounceable(w):
    if not (w.isalpha() and w.islower()):
        return False
    if w in SPELL:
        return False
    if w in SAY:
        return True
    if len(w) < 3:
        return w in TWO_WORDS
    m = _vowel_mask(w)
    if "V" not in m:
        return False
    runs = re.findall(r"C+|V+", m)
    pos = 0
    parts = []
    for r_ in runs:
        parts.append((r_[0], w[pos:pos + len(r_)]))
        pos += len(r_)
    if parts[0][0] == "C" and parts[0][1] not in ONSETS:
        return False
    if parts[-1][0] == "C" and len(parts) > 1 and parts[-1][1] not in CODAS:
        return False
    for kind, s in parts[1:-1]:
        if kind == "C" and len(s) > 3:
            return False
        if kind == "V" and len(s) > 3:
            return False
    return True


class U:
    """One spoken unit inside a token."""
    __slots__ = ("kind", "text", "words", "extra")

    def __init__(self, kind, text, words, extra=None):
        self.kind, self.text, self.words, self.extra = kind, text, words, extra

    def __repr__(self):
        return f"U({self.kind},{self.text!r},{self.words!r})"


def word_unit(w):
    if w in VOCAB:
        return U("word", w, ["word", w], extra="escaped")
    return U("word", w, [w])


def lower_units(w):
    if w in SPLITS:
        out = []
        for part in SPLITS[w].split():
            if part.startswith("~"):
                out.append(U("letters", part[1:], list(part[1:])))
            else:
                out.append(word_unit(part))
        assert "".join(u.text for u in out) == w, w
        return out
    if pronounceable(w):
        return [word_unit(w)]
    if w.endswith("ctl") and len(w) > 3:  # the "-ctl" tools: "login c t l"
        return lower_units(w[:-3]) + [U("letters", "ctl", list("ctl"))]
    # a compound of two sayable words ("highstate" -> "high state")
    for k in sorted(range(3, len(w) - 2), key=lambda k: abs(len(w) - 2 * k)):
        if (pronounceable(w[:k]) and pronounceable(w[k:])
                and w[:k] not in VOCAB and w[k:] not in VOCAB):
            return [word_unit(w[:k]), word_unit(w[k:])]
    for k in (1, 2, 3):
        pre, suf = w[:k], w[k:]
        if len(suf) >= 3 and pronounceable(suf) and not pronounceable(pre):
            return [U("letters", pre, list(pre)), word_unit(suf)]
    for k in (2, 1, 3):
        pre, suf = w[:-k], w[-k:]
        if len(pre) >= 3 and pronounceable(pre):
            return [word_unit(pre), U("letters", suf, list(suf))]
    return [U("letters", w, list(w))]


CAPS_WORDS = {"old", "new", "key", "all", "out", "tab", "top", "max", "min"}


def hump_units(h):
    if h.islower():
        return lower_units(h)
    lw = h.lower()
    if h.isupper():
        if len(h) == 1:
            return [U("capletter", h, ["capital", lw])]
        if (len(h) >= 4 and pronounceable(lw)) or lw in CAPS_WORDS:
            return [U("allcaps", h, ["all", "caps"] + word_unit(lw).words)]
        return [U("capletter", c, ["capital", c.lower()]) for c in h]
    parts = lower_units(lw)
    first = parts[0]
    if first.kind == "word":
        head = [U("capword", first.text[0].upper() + first.text[1:],
                  ["capital"] + first.words)]
    else:
        head = [U("capletter", first.text[0].upper(), ["capital", first.text[0]])]
        if len(first.text) > 1:
            head.append(U("letters", first.text[1:], list(first.text[1:])))
    return head + parts[1:]


def alpha_units(seg):
    humps = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", seg)
    assert "".join(humps) == seg, seg
    if (len(humps) >= 2 and all(len(h) >= 2 for h in humps)
            and all(pronounceable(h.lower()) and h.lower() not in VOCAB
                    and h.lower() not in SPLITS for h in humps)):
        tail_ok = all(h[0].isupper() and h[1:].islower() for h in humps[1:])
        if tail_ok and humps[0][0].isupper() and humps[0][1:].islower():
            return [U("run", seg, ["pascal", "case"] + [h.lower() for h in humps], "pascal")]
        if tail_ok and humps[0].islower():
            return [U("run", seg, ["camel", "case"] + [h.lower() for h in humps], "camel")]
    out = []
    for h in humps:
        out.extend(hump_units(h))
    return out


def analyze(tok):
    units, i = [], 0
    while i < len(tok):
        c = tok[i]
        if c.isdigit():
            j = i
            while j < len(tok) and tok[j].isdigit():
                j += 1
            s = tok[i:j]
            units.append(U("num", s, " ".join(say_groups(s)).split(), say_groups(s)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(tok) and tok[j].isalpha():
                j += 1
            units.extend(alpha_units(tok[i:j]))
            i = j
        else:
            for g in ("&&", ">>", "--", ".."):
                if tok.startswith(g, i):
                    break
            else:
                g = c
            units.append(U("sym", g, SYM_CLEAN[g].split()))
            i += len(g)
    return units


def analyze_cmd(cmd):
    return [analyze(t) for t in cmd.split(" ")]


def render_clean(cmd):
    out = []
    for k, units in enumerate(analyze_cmd(cmd)):
        if k:
            out.append("space")
        for u in units:
            out.extend(u.words)
    return " ".join(out)


# ---------------------------------------------------------------- Whisper helpers
LETTER_HOMO = {"c": "see", "r": "are", "y": "why", "u": "you", "t": "tea", "i": "eye",
               "x": "ex", "z": "zed", "q": "queue", "b": "bee", "j": "jay", "k": "kay",
               "w": "double you", "o": "oh", "g": "gee", "p": "pee"}
WORD_HOMO = {"sudo": "pseudo", "sed": "said", "perl": "pearl"}
WORD_SPLIT = {"localhost": "local host", "hostname": "host name", "username": "user name",
              "filename": "file name", "keyboard": "key board", "database": "data base",
              "inventory": "in ventory",
              "timeshift": "time shift", "checkinstall": "check install",
              "uninstall": "un install", "screenshot": "screen shot"}
TOOL_CAPS = {"docker": "Docker", "git": "Git", "python": "Python", "ubuntu": "Ubuntu",
             "cargo": "Cargo", "brew": "Brew", "vim": "Vim", "conda": "Conda",
             "alpine": "Alpine", "java": "Java", "node": "Node", "vue": "Vue",
             "wine": "Wine", "make": "Make", "yarn": "Yarn", "ruby": "Ruby"}


def wchoice(r, pairs):
    tot = sum(p for _, p in pairs)
    x = r.random() * tot
    for v, p in pairs:
        x -= p
        if x < 0:
            return v
    return pairs[-1][0]


FZ_SYM = {
    "-": [("dash", 6), ("minus", 2), ("hyphen", 2), ("Dash", 1)],
    "--": [("dash dash", 5), ("dash-dash", 2), ("minus minus", 1), ("Dash dash", 1),
           ("hyphen hyphen", 1)],
    ".": [("dot", 6), ("period", 2), ("point", 1), ("Dot", 1)],
    "..": [("dot dot", 5), ("dot-dot", 2), ("period period", 1)],
    "/": [("slash", 6), ("forward slash", 3), ("forward-slash", 1)],
    "\\": [("backslash", 3), ("back slash", 2)],
    "~": [("tilde", 5), ("tilda", 3), ("Tilde", 1)],
    '"': [("quote", 5), ("Quote", 1)],
    "'": [("single quote", 4), ("single-quote", 2)],
    "`": [("backtick", 2), ("back tick", 2)],
    ">": [("redirect", 4), ("greater than", 3), ("greater-than", 1)],
    ">>": [("append", 4), ("double greater than", 2)],
    "<": [("less than", 4), ("less-than", 1)],
    "_": [("underscore", 5), ("under score", 2), ("Underscore", 1)],
    "=": [("equals", 4), ("equal sign", 2), ("equals sign", 2), ("equal", 1)],
    ":": [("colon", 5), ("Colon", 1)],
    ";": [("semicolon", 3), ("semi colon", 2), ("semi-colon", 2)],
    ",": [("comma", 1)],
    "|": [("pipe", 5), ("Pipe", 1)],
    "&": [("ampersand", 1)],
    "&&": [("and and", 3), ("and-and", 1), ("ampersand ampersand", 1)],
    "@": [("at", 3), ("at sign", 3)],
    "+": [("plus", 4), ("Plus", 1)],
    "*": [("star", 3), ("asterisk", 3)],
    "#": [("hash", 1)],
    "$": [("dollar", 2), ("dollar sign", 3)],
    "%": [("percent", 3), ("per cent", 1)],
    "^": [("caret", 2), ("carrot", 2)],
    "!": [("bang", 1)],
    "?": [("question mark", 3), ("question-mark", 1)],
    "(": [("open paren", 2), ("open parenthesis", 1)],
    ")": [("close paren", 2), ("close parenthesis", 1)],
    "[": [("open bracket", 1)],
    "]": [("close bracket", 1)],
    "{": [("open brace", 2), ("open curly brace", 1)],
    "}": [("close brace", 2), ("close curly brace", 1)],
}
NAT_SYM = dict(FZ_SYM)
NAT_SYM.update({
    "-": [("dash", 7), ("minus", 2), ("hyphen", 2)],
    "--": [("dash dash", 5), ("double dash", 4), ("dash-dash", 1)],
    ".": [("dot", 8), ("period", 1)],
    "/": [("slash", 8), ("forward slash", 2)],
    ">": [("greater than", 4), ("redirect", 4)],
    "=": [("equals", 5), ("equal sign", 2)],
    "@": [("at", 4), ("at sign", 3)],
})


def fz_letters(text, r, banned):
    x = r.random()
    if len(text) == 1 and x < 0.15 and LETTER_HOMO.get(text) and LETTER_HOMO[text] not in banned:
        return LETTER_HOMO[text]
    if x < 0.45 or len(text) > 4:
        return " ".join(text.upper())
    if x < 0.8:
        return text.upper()
    return " ".join(text)


def fz_word(u, r, banned):
    w = u.text
    if u.extra == "escaped":
        return wchoice(r, [("word " + w, 6), ("Word " + w, 1), ("word, " + w, 2)])
    x = r.random()
    if w in WORD_HOMO and x < 0.5:
        return WORD_HOMO[w]
    if w in WORD_SPLIT and x < 0.6:
        return WORD_SPLIT[w]
    if w in TOOL_CAPS and x < 0.5:
        return TOOL_CAPS[w]
    if x > 0.93:
        return w.capitalize()
    return w


def fz_num(u, r):
    groups = u.extra
    x = r.random()
    if x < 0.5:
        return u.text
    if x < 0.68 and len(groups) > 1 and len(groups) < 5:
        return " ".join(group_numeral(g) for g in groups)
    if x < 0.8 and len(u.text) >= 4 and u.text.endswith("000"):
        return f"{int(u.text):,}"
    return " ".join(g if "hundred" in g or "thousand" in g else g.replace(" ", "-")
                    for g in groups)


def fz_unit(u, r, banned):
    k = u.kind
    if k == "sym":
        return wchoice(r, FZ_SYM[u.text])
    if k == "num":
        return fz_num(u, r)
    if k == "letters":
        return fz_letters(u.text, r, banned)
    if k == "word":
        return fz_word(u, r, banned)
    if k == "capletter":
        return wchoice(r, [("capital " + u.text, 6), ("Capital " + u.text, 2),
                           ("capital " + u.text.lower(), 1), ("capital-" + u.text, 1)])
    if k == "capword":
        rest = " ".join(u.words[1:])
        return wchoice(r, [("capital " + rest, 4), ("Capital " + rest.capitalize(), 2),
                           ("capital " + rest.capitalize(), 2)])
    if k == "allcaps":
        rest = " ".join(u.words[2:])
        return wchoice(r, [("all caps " + rest.upper(), 4), ("all-caps " + rest, 2),
                           ("All caps, " + rest, 1), ("all caps " + rest, 2)])
    if k == "run":
        style, rest = u.words[0], " ".join(u.words[2:])
        return wchoice(r, [(style + " case " + rest, 4),
                           (style.capitalize() + " case " + rest, 2),
                           (style + "-case " + rest, 1),
                           (style.capitalize() + "Case " + rest, 1)])
    raise ValueError(k)


def literal_words(cmd):
    return {u.text for units in analyze_cmd(cmd) for u in units if u.kind == "word"}


def sentence_case(s):
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
    return s


def render_fuzzy(cmd, r):
    banned = literal_words(cmd)
    toks = []
    for units in analyze_cmd(cmd):
        toks.append(" ".join(fz_unit(u, r, banned) for u in units))
    out = toks[0]
    for t in toks[1:]:
        sep = wchoice(r, [(" space ", 12), (", space, ", 3), (" space, ", 2),
                          (". Space. ", 1), (" Space ", 1), ("... space ", 1)])
        if sep.endswith(". "):
            t = sentence_case(t)
        out += sep + t
    out = sentence_case(out)
    out += wchoice(r, [(".", 7), ("", 3)])
    return out


FZ_MULTI = [
    ("double greater than", "append"), ("open parenthesis", "open paren"),
    ("close parenthesis", "close paren"), ("open curly brace", "open brace"),
    ("close curly brace", "close brace"), ("forward slash", "slash"),
    ("back slash", "backslash"), ("back tick", "backtick"), ("under score", "underscore"),
    ("semi colon", "semicolon"), ("equal sign", "equals"), ("equals sign", "equals"),
    ("at sign", "at"), ("dollar sign", "dollar"), ("greater than", "redirect"),
    ("per cent", "percent"), ("ampersand ampersand", "and and"),
    ("pascalcase", "pascal case"), ("camelcase", "camel case"),
    ("double you", "w"),
]
FZ_SINGLE = {"minus": "dash", "hyphen": "dash", "period": "dot", "point": "dot",
             "asterisk": "star", "tilda": "tilde", "carrot": "caret", "equal": "equals"}


def fuzzy_listen(text):
    """A second listener: normalise Whisper's fuzzy protocol, then decode()."""
    s = re.sub(r"(\d),(\d{3})", r"\1\2", text).lower()
    s = s.replace(",", " ").replace(".", " ").replace("-", " ")
    w = s.split()
    rev_letter = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
    rev_word = {v: k for k, v in WORD_HOMO.items()}
    out, i = [], 0
    while i < len(w):
        if w[i] == "word":
            out += w[i:i + 2]
            i += 2
            continue
        hit = False
        for src, dst in FZ_MULTI:
            n = len(src.split())
            if " ".join(w[i:i + n]) == src:
                out += dst.split()
                i += n
                hit = True
                break
        if hit:
            continue
        x = w[i]
        x = FZ_SINGLE.get(x, rev_letter.get(x, rev_word.get(x, x)))
        if re.fullmatch(r"[a-z]+", x) and x not in VOCAB:
            # glued capitals ("LS") or split words ("local host") both just concatenate
            pass
        out.append(x)
        i += 1
    return decode(" ".join(out))


# ---------------------------------------------------------------- natural speech
OPENERS = ["Sasa,", "Basi,", "Niaje, let's do", "Okay boss,", "Kwanza, run",
           "Sawa, next one:", "For this PR, run", "Si we try", "Eeh, put",
           "Quickly quickly,", "Alright, the command is", "Okay, so", "Sasa, type",
           "Next one, run", "Let's do"]
SIGNOFFS = ["Asante.", "Poa.", "Sawa sawa.", "That's it, enter.", "Fire it.",
            "Asante sana.", "Poa, thanks."]
FILLERS = ["eeh", "aah", "yaani", "ile", "like", "you know"]
ASIDES = ["sorry, the rain on this mabati is loud", "ngoja, Slack is pinging me",
          "KPLC just blinked, we're fine", "pole, Simba is on my desk",
          "a matatu is hooting outside, sorry", "wait, let me scroll the diff",
          "eeh, this PR is long kabisa", "sorry, my headset is acting up",
          "hold on, the reviewer is typing", "ngoja, let me unmute Lagos"]
WORD_FIX = [", hapana, ", ", sorry, I mean ", ", no no, ", ", si hiyo, "]
TOKEN_FIX = [", wacha, make that ", ", pole, that should be ", ", si hiyo, I meant "]
WHOLE_FIX = ["... aah wacha, scratch that. Tuanze upya: ",
             "... hapana, let me start again. ", "... sorry, from the top: "]
PARTIAL = ["... ngoja. Okay, where was I, after {x}, ", "... eeh, {aside}. So after {x}, "]
DISTRACT = ["data", "docs", "main", "test", "backup", "notes", "report", "config",
            "alpha", "demo", "logs", "build", "cache", "staging", "prod"]
FLAG_DISTRACT = ["force", "verbose", "quiet", "all", "recursive", "help", "debug",
                 "output", "name"]


def nat_unit(u, r, banned):
    k = u.kind
    if k == "sym":
        return wchoice(r, NAT_SYM[u.text])
    if k == "num":
        if len(u.text) == 1 and r.random() < 0.35:
            return UNITS[int(u.text)]
        if r.random() < 0.12 and len(u.extra) == 1 and " " in u.extra[0]:
            return u.extra[0]
        return u.text
    if k == "letters":
        x = r.random()
        if len(u.text) == 1 and x < 0.1 and LETTER_HOMO.get(u.text) and \
                LETTER_HOMO[u.text] not in banned:
            return LETTER_HOMO[u.text]
        if len(u.text) <= 4 and x < 0.6:
            return u.text.upper()
        return " ".join(u.text.upper())
    if k == "word":
        w = u.text
        if u.extra == "escaped":
            return wchoice(r, [("the word " + w, 3), ("word " + w, 1)])
        x = r.random()
        if w in WORD_HOMO and x < 0.4:
            return WORD_HOMO[w]
        if w in TOOL_CAPS and x < 0.5:
            return TOOL_CAPS[w]
        return w
    if k == "capletter":
        return "capital " + u.text
    if k == "capword":
        return "capital " + " ".join(u.words[1:])
    if k == "allcaps":
        return "all caps " + u.words[-1].upper()
    if k == "run":
        return u.words[0] + " case " + " ".join(u.words[2:])
    raise ValueError(k)


GLYPH_OK = re.compile(r"[a-z0-9~][a-z0-9._/~:@-]*|/[a-z0-9._/~:@-]+")


def render_token_natural(tok, r, banned, glyph=True):
    units = analyze(tok)
    if glyph and GLYPH_OK.fullmatch(tok) and not any(
            u.kind == "word" and u.extra == "escaped" for u in units):
        if re.fullmatch(r"[0-9.]+", tok) and "." in tok:
            if r.random() < 0.85:
                return tok
        elif ("." in tok or "/" in tok) and r.random() < 0.3:
            return tok
        elif re.fullmatch(r"--[a-z]+(-[a-z]+)*", tok) and r.random() < 0.2:
            return tok
    parts = []
    i = 0
    while i < len(units):
        u = units[i]
        # Whisper writes a simple "name dot ext" at the end of a token in glyphs
        if (glyph and u.kind == "word" and u.extra is None
                and i + 3 == len(units) and units[i + 1].kind == "sym"
                and units[i + 1].text == "." and units[i + 2].kind in ("letters", "word")
                and units[i + 2].extra is None and len(units[i + 2].text) <= 4
                and r.random() < 0.35):
            parts.append(u.text + "." + units[i + 2].text)
            i += 3
            continue
        parts.append(nat_unit(u, r, banned))
        i += 1
    return " ".join(parts)


def pick_opener(r, first):
    while True:
        o = r.choice(OPENERS)
        if o.rstrip(":,").split()[-1].lower() != first.lower():
            return o


def natural_body(cmd, r, banned, fillers=True):
    toks = cmd.split(" ")
    segs = [render_token_natural(t, r, banned) for t in toks]
    out = segs[0]
    used = 0
    for s in segs[1:]:
        x = r.random()
        if fillers and used < 2 and x < 0.1:
            out += ", " + r.choice(FILLERS) + ", " + s
            used += 1
        elif x < 0.18:
            out += ", " + s
        else:
            out += " " + s
    return out


def finish(opener, body, signoff):
    text = opener + " " + body
    text = text.rstrip(" ,")
    if signoff:
        text += ". " + signoff
    return sentence_case(text)


def render_natural(cmd, r):
    banned = literal_words(cmd)
    opener = pick_opener(r, cmd.split(" ")[0])
    body = natural_body(cmd, r, banned)
    signoff = r.choice(SIGNOFFS) if r.random() < 0.5 else None
    return finish(opener, body, signoff)


# ---------------------------------------------------------------- chaotic
def mutate_token(tok, r):
    m = re.fullmatch(r"-([a-zA-Z])", tok)
    if m:
        c = m.group(1)
        pool = [x for x in "abcdefhilmnoqrstuvx" if x != c.lower()]
        n = r.choice(pool)
        return "-" + (n.upper() if c.isupper() else n)
    m = re.match(r"--([a-z]+)", tok)
    if m:
        pool = [w for w in FLAG_DISTRACT if w != m.group(1)]
        return "--" + r.choice(pool) + tok[m.end():]
    spans = [mm.span() for mm in re.finditer(r"[a-z]{2,}|[0-9]+", tok)]
    if not spans:
        spans = [mm.span() for mm in re.finditer(r"[A-Za-z]", tok)]
    a, b = r.choice(spans)
    s = tok[a:b]
    if s.isdigit():
        new = str((int(s) + r.randint(1, 8)) % (10 ** len(s))).zfill(len(s))
        if len(s) > 1 and s[0] != "0" and new[0] == "0":
            new = str(r.randint(1, 9)) + new[1:]
    elif len(s) == 1:
        new = r.choice([x for x in "abcdefghklmnprstvx" if x != s.lower()])
        new = new.upper() if s.isupper() else new
    else:
        new = r.choice([w for w in DISTRACT if w != s])
    out = tok[:a] + new + tok[b:]
    return out if out != tok else tok + "x"


def wrong_unit(u, r):
    if u.kind == "word":
        return r.choice([w for w in DISTRACT if w != u.text and w not in VOCAB])
    if u.kind == "letters":
        while True:
            s = "".join(r.choice("bcdfghklmnprstvxz") for _ in u.text)
            if s != u.text:
                return s.upper()
    if u.kind == "num":
        s = u.text
        while True:
            n = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in s[1:])
            if n != s:
                return n
    raise ValueError(u.kind)


def render_chaotic(cmd, r):
    banned = literal_words(cmd)
    toks = cmd.split(" ")
    segs = [render_token_natural(t, r, banned) for t in toks]
    right = list(segs)          # how each token was finally (correctly) said
    touched = set()
    primary = wchoice(r, [("word", 4), ("token", 4), ("whole", 3)])
    prefix = ""
    if primary == "word":
        cands = [k for k, t in enumerate(toks)
                 if analyze(t)[-1].kind in ("word", "letters", "num")
                 and analyze(t)[-1].extra != "escaped"]
        if not cands:
            primary = "token"
        else:
            k = r.choice(cands)
            units = analyze(toks[k])
            head = " ".join(nat_unit(u, r, banned) for u in units[:-1])
            last = units[-1]
            wrong = wrong_unit(last, r)
            good = nat_unit(last, r, banned)
            segs[k] = (head + " " if head else "") + wrong + r.choice(WORD_FIX) + good
            right[k] = (head + " " if head else "") + good
            touched.add(k)
    alnum = [k for k, t in enumerate(toks) if re.search(r"[A-Za-z0-9]", t)]
    if primary == "token":
        later = [k for k in alnum if k > 0] or alnum
        k = r.choice(later)
        wrong = mutate_token(toks[k], r)
        right[k] = render_token_natural(toks[k], r, banned, glyph=False)
        segs[k] = (render_token_natural(wrong, r, banned, glyph=False) + r.choice(TOKEN_FIX)
                   + right[k])
        touched.add(k)
    if primary == "whole":
        k = 1 + r.choice([a for a in alnum if a < 3] or alnum[:1])
        bad = [render_token_natural(t, r, banned) for t in toks[:k - 1]]
        bad.append(render_token_natural(mutate_token(toks[k - 1], r), r, banned, glyph=False))
        prefix = " ".join(bad) + r.choice(WHOLE_FIX)
    # extra trouble: a stuttered restart of the first word, an aside, a partial answer
    if 0 not in touched and r.random() < 0.3:
        segs[0] = segs[0] + "... " + segs[0]
    extras = {}
    if len(toks) > 1 and r.random() < 0.4:
        extras[r.randrange(1, len(toks))] = ", " + r.choice(ASIDES) + ", "
    if len(toks) > 2 and r.random() < 0.3:
        g = r.randrange(1, len(toks))
        if g not in extras and toks.count(toks[g - 1]) == 1:
            tmpl = r.choice(PARTIAL)
            extras[g] = tmpl.format(x=right[g - 1],
                                    aside=r.choice([x for x in ASIDES if not x.startswith("eeh")]))
    if len(toks) > 1 and r.random() < 0.3:
        g = r.randrange(1, len(toks))
        if g not in extras:
            extras[g] = ", " + r.choice(FILLERS) + ", "
    body = segs[0]
    for k in range(1, len(toks)):
        body += extras.get(k, " ") + segs[k]
    opener = pick_opener(r, toks[0])
    signoff = r.choice(SIGNOFFS) if r.random() < 0.4 else None
    text = finish(opener, prefix + body, signoff)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"  +", " ", text)
    return text


# ---------------------------------------------------------------- selection & output
def eligible(lines):
    out = []
    for n, line in enumerate(lines):
        if n % 4 != 2:
            continue
        cmd = json.loads(line)["command"]
        if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
            continue
        if cmd != cmd.strip() or not cmd:
            continue
        if len(render_clean(cmd).split()) > 48:
            continue
        out.append(cmd)
    return out


def main():
    r = random.Random(92)
    with open(POOL, encoding="utf-8") as f:
        lines = f.read().splitlines()
    pool = eligible(lines)
    r.shuffle(pool)
    chosen, seen, per_first = [], set(), {}
    for cmd in pool:
        first = cmd.split(" ")[0]
        if cmd in seen or per_first.get(first, 0) >= 2:
            continue
        seen.add(cmd)
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == 4 * PER_SLICE:
            break
    assert len(chosen) == 4 * PER_SLICE, len(chosen)

    rows = []
    for i, cmd in enumerate(chosen):
        clean = render_clean(cmd)
        assert decode(clean) == cmd, (cmd, clean, decode(clean))
        assert re.fullmatch(r"[a-z]+( [a-z]+)*", clean), clean
        sl = SLICES[i // PER_SLICE]
        if sl == "clean":
            text = clean
        elif sl == "fuzzy":
            text = render_fuzzy(cmd, r)
            assert fuzzy_listen(text) == cmd, (cmd, text, fuzzy_listen(text))
        elif sl == "natural":
            text = render_natural(cmd, r)
        else:
            text = render_chaotic(cmd, r)
        rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
