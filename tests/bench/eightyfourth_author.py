"""Author 84 - "Dmitri": an independent voice-to-bash evaluation set.

Writes assets/training/bash/author84.jsonl: 400 lines, 100 per slice, in the
order clean, fuzzy, natural, chaotic.  Each line is a JSON object
{"input": <what Whisper wrote>, "command": <the exact command>,
 "slice": <clean|fuzzy|natural|chaotic>, "author": "author84"}.

Source commands: assets/training/bash/pages_dev50_commands.jsonl, which is
drawn from tldr-pages (https://github.com/tldr-pages/tldr), licensed under
CC BY 4.0; credit to the tldr-pages authors and contributors.  Only pool lines
whose 0-based line number % 4 == 1 are used, at most 2 commands per first
word, and commands that cannot sensibly be dictated (non-ASCII, keystroke
notation, long hex hashes, more than 48 spoken words) are skipped.  Every slice
uses different commands (400 distinct commands).  The command text is kept
exactly as in the pool.

Run:  cd /work/main && python3 tests/bench/eightyfourth_author.py
Standard library only; one random.Random(8408) is consumed in a fixed order,
so reruns are byte-identical.  The script asserts decode(input) == command for
every clean line.

=============================================================================
STYLE GUIDE - how Dmitri dictates a shell command
=============================================================================

PERSONA
  Dmitri is a Ukrainian backend developer living in Krakow.  He works in
  English but keeps the habits of a Russian/Ukrainian speaker: he names
  symbols the way Slavic programmers do ("dog" for @, from "sobaka";
  "lattice" for #, from "reshotka"; "point" for the full stop; "point with
  comma" for the semicolon; "big" for a capital letter, from "bolshaya
  bukva"; "more than" / "less than" for > and <), he drops articles ("make
  please command", "it is for staging box"), and he frames requests with
  "make please" or "run please".  He spells abbreviations letter by letter,
  reads short numbers as numbers and long numbers digit by digit.

THE CLEAN PROTOCOL (what a careful Dmitri says; the clean slice is exactly
this, lower case, no punctuation, nothing but the command)

  1. Glue and "space".  Everything Dmitri says is glued together with NO
     space, except where he says the word "space": that is one space
     character.  He says "space" exactly where the command has a space and
     nowhere else.  So "docs slash config point seven z" is docs/config.7z,
     and "age minus keygen space minus o" is age-keygen -o.

  2. Words.  A run of letters that can be pronounced (a real word, a name,
     or a pronounceable tool name: config, backup, lodash, localhost,
     tailscale) is said as a word.  A glued compound may be said in its
     parts, still with no "space" between them (kiterunner = "kite runner",
     pamflip = "pam flip", pnmtorle = "p n m to r l e"); the listener simply
     glues the parts.

  3. Spelled letters.  Abbreviations and consonant clusters are spelled one
     letter at a time, each letter a separate word: ssh = "s s h",
     pnm = "p n m", html = "h t m l", mkdir = "m k dir", src = "s r c",
     tmp = "t m p".  Two-letter pieces are spelled (ls = "l s", rm = "r m")
     unless they are ordinary English words (go, do, in, on, up, to, no, my,
     me, so, pi ...).  A single letter is always just the letter.

  4. Casing.  Everything is lower case unless marked:
       big X        X is a single letter -> that letter in upper case
                    ("big g" = G, "big h big s" = HS)
       big WORD     the word with a capital first letter
                    ("big hello" = Hello, "the big harvester" = theHarvester,
                    "big file big check" = FileCheck)
       caps WORD    the whole word in upper case, only for pronounceable
                    upper-case words ("caps readme" = README, "caps todo",
                    "caps path", "caps head"); unpronounceable upper-case
                    runs are spelled with "big" on every letter
                    ("big e big p big s big g" = EPSG).

  5. Numbers.  A number of one or two digits is said as an English number
     ("seven", "ten", "forty two" = 42, "twenty four" = 24).  A number of
     three or more digits, or one that starts with zero (other than plain
     0), is said digit by digit: "eight zero eight zero" = 8080,
     "one zero two four" = 1024, "zero five" = 05.  Digits glue to
     neighbouring letters like anything else: "hunter two" = hunter2,
     "seven d" = 7d, "one big m" = 1M.  Version numbers and IP addresses are
     numbers joined by "point": "one nine two point one six eight point one
     point ten" = 192.168.1.10.

  6. Symbols (Dmitri's names):
       -  minus                  .  point
       /  slash                  \\  backslash
       _  underline              @  dog
       #  lattice (or sharp)     '  tick
       "  quotes                 `  backtick
       ^  roof                   ~  tilde (now and then: tail)
       |  stick                  &  and sign
       :  colon                  ;  point with comma
       ,  comma                  =  equals
       >  more than              <  less than
       *  star                   $  dollar
       %  percent                +  plus
       !  exclamation sign       ?  question sign
       (  open bracket           )  close bracket
       {  open figure bracket    }  close figure bracket
       [  open square bracket    ]  close square bracket
     Two identical symbols in a row are "double" + the name: -- is
     "double minus", // is "double slash", .. is "double point", :: is
     "double colon", && is "double and sign", ++ is "double plus".  Three
     in a row are "double X X".

  7. "as word".  If a piece of the command is itself one of the keywords
     above (a symbol name, a number word, space, big, caps, double), Dmitri
     says "as word" in front of it: /dev/zero is "slash dev slash as word
     zero", --space-limit is "double minus as word space minus limit".
     Plain words that only begin a keyword phrase (open, close, and, more,
     less) are said normally when the phrase is not completed.

  LISTENER RULES (decode): read left to right; "space" -> one space;
  "as word X" -> X literally; "double" + symbol name -> that symbol twice;
  a symbol name (longest phrase first) -> the symbol; "big X" -> X with its
  first letter upper-cased; "caps X" -> X upper-cased; number words ->
  digits ("twenty"/"thirty"/... followed by a unit word make one two-digit
  number, every other number word is its own digits); any other word is
  written as it is.  Glue all pieces with no separator.

NATURAL-SPEECH HABITS (natural and chaotic slices)
  - Framing: "Make please ...", "Run please ...", "Can you run ...",
    "Okay so ...", "Write me command ...", "Next one: ...", "Please type ...",
    articles dropped ("make please command", "it is for staging box").
  - Fillers: "uh", "eh", "um", "so", "well", "how to say", "let me see".
  - Sign-offs: "Thanks.", "That's all.", "Enter.", "And press enter.",
    "Thank you.", "Okay?".
  - Loose symbol names when not careful: minus -> dash; double minus ->
    "minus minus", "two minus", "double dash"; point -> dot; underline ->
    underscore; dog -> "at"; lattice -> sharp / hash; tick -> "single
    quote"; quotes -> "double quotes"; stick -> pipe; tilde <-> tail;
    more than -> "greater than"; and sign -> ampersand; star -> asterisk;
    big -> "capital" / "big letter"; caps WORD -> "WORD in big letters",
    "all caps WORD".  He still says "space" between tokens.
  - Chaotic only: corrections ("no wait, I mean ...", "no, no, sorry, ..."
    then he repeats the piece correctly from the start of that token),
    restarts ("sorry, from beginning"), asides ("it is for staging box"),
    a word said twice ("config, config"), long framing about his day.

SLICES
  clean    the strict protocol above, lower case, no punctuation, only the
           command; decode() below rebuilds it exactly.
  fuzzy    the same protocol as Whisper writes it: capitals and punctuation,
           numbers as digits (8080, 42, 192.168.1.10), spelled letters run
           together (PNM, S-S-H), words joined or split (local host,
           and-sign), homophones (for/four, to/two, see/c, tic/tick, tilda),
           and a symbol said by a variant name now and then (dash, dot,
           underscore, at, hash, pipe).
  natural  how Dmitri really says it when not careful, as Whisper writes it:
           framing, fillers, loose symbol names, digits, sentences with
           punctuation, sign-offs.  A careful human can still rebuild it.
  chaotic  natural plus corrections, restarts, asides, a doubled word and
           long framing; still recoverable by a careful human.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev50_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author84.jsonl"
AUTHOR = "author84"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_SPOKEN = 48

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------

SYMBOL_NAME = {
    "-": "minus", ".": "point", "/": "slash", "\\": "backslash",
    "_": "underline", "@": "dog", "#": "lattice", "'": "tick",
    '"': "quotes", "`": "backtick", "^": "roof", "~": "tilde", "|": "stick",
    "&": "and sign", ":": "colon", ";": "point with comma", ",": "comma",
    "=": "equals", ">": "more than", "<": "less than", "*": "star",
    "$": "dollar", "%": "percent", "+": "plus", "!": "exclamation sign",
    "?": "question sign", "(": "open bracket", ")": "close bracket",
    "{": "open figure bracket", "}": "close figure bracket",
    "[": "open square bracket", "]": "close square bracket",
}
# synonyms Dmitri uses in the clean protocol too
SYMBOL_SYNONYM = {"#": "sharp", "~": "tail"}

PHRASES = {}
for _ch, _name in SYMBOL_NAME.items():
    PHRASES[tuple(_name.split())] = _ch
for _ch, _name in SYMBOL_SYNONYM.items():
    PHRASES[(_name,)] = _ch
MAX_PHRASE = max(len(k) for k in PHRASES)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY_DIGIT = {v: k for k, v in TENS.items()}

KEYWORDS = ({"space", "big", "caps", "double"} | set(UNITS) | set(TEENS)
            | set(TENS) | {k[0] for k in PHRASES if len(k) == 1})

# ---------------------------------------------------------------------------
# decode: the listener rules for the clean slice
# ---------------------------------------------------------------------------


def _symbol_at(toks, i):
    for n in range(MAX_PHRASE, 0, -1):
        key = tuple(toks[i:i + n])
        if len(key) == n and key in PHRASES:
            return PHRASES[key], n
    return None, 0


def decode(text):
    """Rebuild a command from a clean-slice line (the listener rules)."""
    toks = text.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "space":
            out.append(" ")
            i += 1
            continue
        if t == "as" and i + 2 < len(toks) and toks[i + 1] == "word":
            out.append(toks[i + 2])
            i += 3
            continue
        if t == "double":
            sym, n = _symbol_at(toks, i + 1)
            if sym:
                out.append(sym * 2)
                i += 1 + n
                continue
        sym, n = _symbol_at(toks, i)
        if sym:
            out.append(sym)
            i += n
            continue
        if t == "big" and i + 1 < len(toks):
            nxt = toks[i + 1]
            out.append(nxt[0].upper() + nxt[1:])
            i += 2
            continue
        if t == "caps" and i + 1 < len(toks):
            out.append(toks[i + 1].upper())
            i += 2
            continue
        if t in TENS:
            tens = TENS[t]
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(tens * 10 + UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(tens * 10))
                i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in UNITS:
            out.append(str(UNITS.index(t)))
            i += 1
            continue
        out.append(t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# how Dmitri says a run of lower-case letters
# ---------------------------------------------------------------------------

TWO_LETTER_WORDS = {"go", "do", "in", "on", "up", "to", "no", "my", "me",
                    "so", "pi", "of", "if", "is", "it", "at", "by", "or",
                    "an", "am", "we", "as"}

# pronounceable-looking runs that he still spells
SPELL = {
    "adb", "acm", "aks", "apk", "api", "asc", "atk", "aws", "bsd", "cli",
    "cpio", "cpp", "ctan", "efi", "eix", "etc", "eth", "ethb", "exe", "ietf",
    "ifd", "img", "iso", "ips", "kde", "lbu", "lxi", "msi", "ncu", "osm",
    "pem", "pid", "pio", "qoi", "rle", "sif", "spu", "sui", "tga", "uki",
    "url", "uts", "viu", "wpa", "xed", "yii", "zuc", "idv", "tvf", "scic",
    "qgis", "epsi", "ilbm", "uuid", "ocr", "yuv", "usb", "gui", "ami",
    "nxcdb", "msb", "aa", "cue", "udp", "yyyy", "tty", "enp", "rsu", "ogr",
    "elv", "arn", "ldap",
}

# glued words he says in parts (single letters are spelled letters)
SAY = {
    "acpipowerbutton": "a c p i power button", "anytopnm": "any to p n m",
    "asciitopgm": "ascii to p g m", "atktopbm": "a t k to p b m",
    "bcanalyzer": "b c analyzer", "bcftools": "b c f tools",
    "bchunk": "b chunk", "bpftool": "b p f tool", "byengine": "by engine",
    "bzip": "b zip", "certinfo": "cert info", "certutil": "cert util",
    "chainctl": "chain c t l", "checksec": "check sec",
    "chkfont": "c h k font", "chpasswd": "c h passwd", "cmake": "c make",
    "compgen": "comp gen", "copyq": "copy q", "createdb": "create d b",
    "createpub": "create pub", "createrepo": "create repo",
    "createuser": "create user", "cryptsetup": "crypt setup",
    "cuninstall": "c uninstall", "cupsctl": "cups c t l",
    "cyclonedx": "cyclone d x", "dbeaver": "d beaver", "dbname": "d b name",
    "dconf": "d conf", "depmod": "dep mod", "depotdownloader":
    "depot downloader", "dexdump": "dex dump", "dircolors": "dir colors",
    "dismod": "dis mod", "doctl": "doc t l", "docx": "doc x",
    "dumpcap": "dump cap", "duperemove": "dupe remove", "ebuild": "e build",
    "emacsclient": "emacs client", "erlc": "erl c", "etcdctl":
    "e t c d c t l", "exiftool": "exif tool", "exfat": "ex fat",
    "fclones": "f clones", "fgconsole": "f g console",
    "fiascorc": "fiasco r c", "figlist": "fig list",
    "fmtutil": "f m t util", "fsadm": "f s a d m", "fswebcam":
    "f s webcam", "funzip": "f unzip", "gcloud": "g cloud", "gcov": "g cov",
    "gcrane": "g crane", "gdalwarp": "gdal warp", "gemtopnm": "gem to p n m",
    "getfattr": "get f attr", "getopts": "get opts", "gfortran": "g fortran",
    "ghcid": "g h c i d", "gitleaks": "git leaks", "gksudo": "g k sudo",
    "glab": "g lab", "gmssl": "g m s s l", "gnmic": "g n m i c",
    "gnuplot": "gnu plot", "gocr": "g o c r", "gotelemetry": "go telemetry",
    "gphoto": "g photo", "gvmap": "g v map", "gzexe": "g z e x e",
    "hcitool": "h c i tool", "helmfile": "helm file", "hexdump": "hex dump",
    "hipstopgm": "hips to p g m", "hledger": "h ledger", "htop": "h top",
    "hostonlyifs": "host only i f s", "hwinfo": "h w info",
    "ibmcloud": "i b m cloud", "idevicebackup": "i device backup",
    "idevicescreenshot": "i device screenshot", "ilbmtoppm":
    "i l b m to p p m", "importctl": "import c t l",
    "ipaggcreate": "i p agg create", "ipcrm": "i p c r m",
    "ipinfo": "i p info", "ipsumdump": "i p sum dump", "javadoc": "java doc",
    "jcal": "j cal", "jdupes": "j dupes", "jless": "j less",
    "jobname": "job name", "kcadm": "k c a d m",
    "kdeconnect": "k d e connect", "keybase": "key base",
    "kiterunner": "kite runner", "ksvgtopng": "k s v g to p n g",
    "kwriteconfig": "k write config", "loadkeys": "load keys",
    "lockfile": "lock file", "lsinitcpio": "l s init c p i o",
    "lsof": "l s o f", "ltrace": "l trace", "lualatex": "lua latex",
    "lvmthin": "l v m thin", "lvresize": "l v resize",
    "matchpathcon": "match path con", "maxplanes": "max planes",
    "minidlna": "mini d l n a", "mirrord": "mirror d", "mkdir": "m k dir",
    "mkisofs": "m k i s o f s", "mkrescue": "m k rescue",
    "mkvpropedit": "m k v prop edit", "modinfo": "mod info",
    "mongorestore": "mongo restore", "mplayer": "m player",
    "msgunfmt": "m s g un f m t", "mycli": "my c l i", "mydb": "my d b",
    "mysql": "my s q l", "myapp": "my app", "nmcli": "n m c l i",
    "noantialias": "no anti alias", "noshell": "no shell",
    "nping": "n ping", "nsenter": "n s enter", "nslookup": "n s lookup",
    "nspawn": "n spawn", "numlockx": "num lock x", "ocamlc": "o caml c",
    "olevba": "ole v b a", "openfortivpn": "open forti v p n",
    "openssl": "open s s l", "outfile": "out file",
    "outputfile": "output file", "oxipng": "oxi p n g",
    "pacdiff": "pac diff", "pacsift": "pac sift", "pactree": "pac tree",
    "pcapfix": "p cap fix", "pcap": "p cap", "pcapng": "p cap n g",
    "pcrread": "p c r read", "pdffonts": "p d f fonts",
    "pdfjam": "p d f jam", "pdfposter": "p d f poster",
    "pgdata": "p g data", "pgrep": "p grep", "phploc": "p h p loc",
    "picgo": "pic go", "pidfile": "p i d file", "pihole": "pi hole",
    "pkgctl": "p k g c t l", "pmap": "p map",
    "portageq": "portage q", "presenterm": "presenter m",
    "protontricks": "proton tricks", "pveam": "p v e a m",
    "pvesm": "p v e s m", "pyats": "p y ats", "pygbag": "p y g bag",
    "qutebrowser": "qute browser", "rclone": "r clone",
    "rcsmerge": "r c s merge", "repoid": "repo i d",
    "reposync": "repo sync", "rhash": "r hash", "rmlint": "r m lint",
    "rpicam": "r pi cam", "rpmbuild": "r p m build",
    "rrevision": "r revision", "rspamc": "r spam c",
    "rustfmt": "rust f m t", "rustup": "rust up", "salloc": "s alloc",
    "sbuild": "s build", "scalafmt": "scala f m t",
    "sdkmanager": "s d k manager", "servername": "server name",
    "setcap": "set cap", "signmessage": "sign message",
    "smbclient": "s m b client", "snmpgetnext": "s n m p get next",
    "snmpwalk": "s n m p walk", "solcjs": "sol c j s",
    "sshpass": "s s h pass", "stderr": "s t d err", "sublist": "sub list",
    "substr": "sub s t r", "swaymsg": "sway m s g", "sysdig": "sys dig",
    "systemctl": "system c t l", "tcpreplay": "t c p replay",
    "texlive": "tex live", "tgcloud": "t g cloud", "thinpool": "thin pool",
    "tlnet": "t l net", "transfersh": "transfer s h",
    "trufflehog": "truffle hog", "tunelp": "tune l p",
    "typeorm": "type o r m", "udiskie": "u diskie", "ufraw": "u f raw",
    "unrtf": "un r t f", "updpkgsums": "u p d p k g sums",
    "uuencode": "u u encode", "uuidd": "u u i d d",
    "uvcdynctrl": "u v c d y n c t r l", "vgname": "v g name",
    "vncviewer": "v n c viewer", "wacli": "wa c l i", "wavfile": "wav file",
    "wfuzz": "w fuzz", "whatis": "what is", "widthtype": "width type",
    "wlan": "w lan", "wsgifunc": "w s g i func", "xclip": "x clip",
    "xinput": "x input", "xlsclients": "x l s clients",
    "xmllint": "x m l lint", "xpath": "x path", "xterm": "x term",
    "yamllint": "yaml lint", "ykman": "y k man", "zformat": "z format",
    "zinit": "z init", "zipalign": "zip align", "zipsplit": "zip split",
    "zmap": "z map", "csproj": "c s proj", "sqlite": "s q lite",
    "gpgv": "g p g v", "dpkg": "d p k g", "pkgz": "p k g z",
    "hsw": "h s w", "wordlist": "word list", "username": "user name",
    "filetype": "file type", "filename": "file name",
    "hostname": "host name",
    "readonly": "read only", "symlinks": "sym links", "readable": "readable",
    "webstorm": "web storm", "elasticsearch": "elastic search",
    "sputoppm": "s p u to p p m", "xwdtopnm": "x w d to p n m",
    "rletopnm": "r l e to p n m", "qoitopam": "q o i to pam",
    "yuvtoppm": "y u v to p p m", "rawtoppm": "raw to p p m",
    "pstopnm": "p s to p n m", "pngtopam": "p n g to pam",
    "topbm": "to p b m", "pcxtoppm": "p c x to p p m",
    "pdftoppm": "p d f to p p m", "pgmtofs": "p g m to f s",
    "pnmtotiffcmyk": "p n m to tiff c m y k",
    "ppmtoyuvsplit": "p p m to y u v split", "pbmtextps": "p b m text p s",
    "pamshadedrelief": "pam shaded relief",
    "pamdeinterlace": "pam deinterlace", "pnmhistmap": "p n m hist map",
    "warmup": "warm up", "cget": "c get", "cbus": "c bus",
    "verifybackup": "verify backup", "noseyparker": "nosey parker",
    "datastore": "data store", "whatsapp": "whats app",
    "newline": "new line", "bluetoothctl": "bluetooth c t l",
    "burpsuite": "burp suite", "aurpublish": "a u r publish",
    "checkupdates": "check updates", "arpaname": "arpa name",
    "hashcat": "hash cat", "speedtest": "speed test",
    "typefind": "type find", "oldcolor": "old color",
    "patfile": "pat file", "binwalk": "bin walk",
    "kubectl": "kube c t l", "controlvm": "control v m",
    "esearch": "e search", "ffsend": "f f send", "pocount": "po count",
    "reflac": "re flac", "timg": "t i m g", "tload": "t load",
    "geotags": "geo tags", "instaloader": "insta loader",
    "edgepaint": "edge paint", "initramfs": "init ram f s",
    "volid": "vol i d", "runlim": "run lim", "steghide": "steg hide",
    "apkid": "a p k i d", "azcopy": "a z copy", "basedir": "base dir",
    "appid": "app i d", "ostype": "o s type",
    "wallpaperimage": "wallpaper image", "changeme": "change me",
    "asnmap": "a s n map", "opencode": "open code",
    "openclaw": "open claw", "dnsx": "d n s x",
}

FORMAT_SAY = {"pnm": "p n m", "ppm": "p p m", "pbm": "p b m",
              "pgm": "p g m", "pam": "pam", "gif": "gif", "tga": "t g a",
              "lj": "l j", "wbmp": "w b m p", "bmp": "b m p",
              "epsi": "e p s i", "fs": "f s", "ilbm": "i l b m",
              "mitsu": "mitsu", "pj": "p j", "pclxl": "p c l x l",
              "rle": "r l e", "fiasco": "fiasco", "png": "p n g"}
NETPBM_PREFIX = re.compile(r"(pnm|ppm|pbm|pgm|pam)([a-z]+)")

VOWEL = re.compile(r"[aeiouy]")


def say_lower(run):
    """Spoken pieces for a lower-case run: list of ('w', word) / ('l', c)."""
    if run in SAY:
        spoken = SAY[run]
    else:
        m = NETPBM_PREFIX.fullmatch(run)
        if m and m.group(2).startswith("to") and m.group(2)[2:] in FORMAT_SAY:
            spoken = f"{FORMAT_SAY[m.group(1)]} to {FORMAT_SAY[m.group(2)[2:]]}"
        elif m and len(m.group(2)) >= 3:
            spoken = f"{FORMAT_SAY[m.group(1)]} {m.group(2)}"
        elif len(run) == 1:
            spoken = run
        elif len(run) == 2:
            spoken = run if run in TWO_LETTER_WORDS else " ".join(run)
        elif run in SPELL or not VOWEL.search(run):
            spoken = " ".join(run)
        else:
            spoken = run
    return [("l", p) if len(p) == 1 else ("w", p) for p in spoken.split()]


# pronounceable upper-case words said with "caps"
CAPS_WORDS = {"readme", "todo", "path", "head", "get", "fuzz", "select",
              "from", "editor", "videos", "optarg", "model"}

PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")

# ---------------------------------------------------------------------------
# encoding a command into units
# ---------------------------------------------------------------------------
# A unit is a dict: kind in {space, sym, word, letter, num}
#   sym:    ch (the symbol), n (1 or 2 = double), name (spoken name)
#   word:   w (lower-case word), case (lower/title/upper), esc (as word)
#   letter: c (lower-case letter), up (bool)
#   num:    d (digit string)
#   every unit also has token (index of the space-separated command token)


def num_words(d):
    if len(d) <= 2 and not (len(d) == 2 and d[0] == "0"):
        v = int(d)
        if v < 10:
            return [UNITS[v]]
        if v < 20:
            return [TEENS[v - 10]]
        w = [TENS_BY_DIGIT[v // 10]]
        if v % 10:
            w.append(UNITS[v % 10])
        return w
    return [UNITS[int(c)] for c in d]


def unit_words(u):
    k = u["kind"]
    if k == "space":
        return ["space"]
    if k == "sym":
        return (["double"] if u["n"] == 2 else []) + u["name"].split()
    if k == "word":
        pre = {"lower": [], "title": ["big"], "upper": ["caps"]}[u["case"]]
        return (["as", "word"] if u["esc"] else []) + pre + [u["w"]]
    if k == "letter":
        return (["big"] if u["up"] else []) + [u["c"]]
    return num_words(u["d"])


def encode(cmd, rng):
    units = []
    for ti, tok in enumerate(cmd.split(" ")):
        if ti:
            units.append({"kind": "space", "token": ti})
        pieces = PIECE.findall(tok)
        j = 0
        while j < len(pieces):
            p = pieces[j]
            if p.isdigit():
                units.append({"kind": "num", "d": p, "token": ti})
            elif p.isalpha():
                if p.islower():
                    sp, first_up = say_lower(p), None
                elif p[0].isupper() and p[1:].islower():
                    sp, first_up = say_lower(p.lower()), "title"
                elif len(p) == 1:
                    sp, first_up = [("l", p.lower())], "title"
                elif p.lower() in CAPS_WORDS:
                    sp, first_up = [("w", p.lower())], "upper"
                else:
                    sp, first_up = [("l", c.lower()) for c in p], "all"
                for n, (kind, val) in enumerate(sp):
                    up = first_up == "all" or (first_up in ("title", "upper")
                                               and n == 0)
                    if kind == "l":
                        units.append({"kind": "letter", "c": val, "up": up,
                                      "token": ti})
                    else:
                        case = "lower"
                        if up:
                            case = "upper" if first_up == "upper" else "title"
                        units.append({"kind": "word", "w": val, "case": case,
                                      "esc": val in KEYWORDS, "token": ti})
            else:
                n = 2 if j + 1 < len(pieces) and pieces[j + 1] == p else 1
                name = SYMBOL_NAME[p]
                if p in SYMBOL_SYNONYM and rng.random() < 0.3:
                    name = SYMBOL_SYNONYM[p]
                units.append({"kind": "sym", "ch": p, "n": n, "name": name,
                              "token": ti})
                j += n - 1
            j += 1
    return units


def clean_text(units):
    return " ".join(w for u in units for w in unit_words(u))


# ---------------------------------------------------------------------------
# Whisper-style rendering helpers
# ---------------------------------------------------------------------------

LETTER_SOUND = {"c": "see", "u": "you", "r": "are", "y": "why", "i": "I",
                "b": "be", "t": "tea", "o": "oh", "q": "queue", "x": "ex",
                "j": "jay", "k": "kay", "p": "pee", "g": "gee", "d": "dee",
                "v": "vee", "z": "zed", "l": "el", "m": "em", "n": "en",
                "s": "es", "f": "ef", "e": "E", "a": "A", "h": "H", "w": "W"}

NUMBER_HOMOPHONE = {"two": "to", "four": "for", "eight": "ate",
                    "one": "won"}

WORD_HOMOPHONE = {"sync": "sink", "cache": "cash", "root": "route",
                  "new": "knew", "ark": "arc", "nix": "nicks",
                  "write": "right", "made": "maid",
                  "pull": "pool", "seq": "seek", "sleep": "slip",
                  "sum": "some", "sudo": "pseudo",
                  "piece": "peace", "rename": "re-name", "whoami": "who am I",
                  "uptime": "up time", "localhost": "local host",
                  "keygen": "key gen", "lodash": "low dash",
                  "backend": "back end", "checkout": "check out",
                  "database": "data base", "website": "web site",
                  "upstream": "up stream", "hunter": "Hunter",
                  "github": "GitHub", "json": "JSON", "yaml": "YAML",
                  "ubuntu": "Ubuntu", "postgres": "Postgres",
                  "python": "Python", "numpy": "NumPy", "alice": "Alice",
                  "bob": "Bob", "firefox": "Firefox", "docker": "Docker",
                  "redis": "Redis", "nginx": "engine x"}

# how Whisper writes some plain words in casual speech
NATURAL_WORD = {"json": "JSON", "yaml": "YAML", "github": "GitHub",
                "ubuntu": "Ubuntu", "python": "Python", "docker": "Docker",
                "postgres": "Postgres", "numpy": "NumPy",
                "firefox": "Firefox", "alice": "Alice", "bob": "Bob",
                "redis": "Redis", "nginx": "Nginx", "localhost": "local host",
                "uptime": "up time", "whoami": "who am I", "sudo": "Sudo",
                "html": "HTML", "vim": "Vim", "git": "Git",
                "kubectl": "kube control", "website": "web site"}

FUZZY_SYMBOL = {
    "-": ["dash", "hyphen", "minus"], ".": ["dot", "point"],
    "_": ["underscore", "under line"], "@": ["at", "dog"],
    "#": ["hash", "sharp", "lattice"], "'": ["apostrophe", "tic"],
    '"': ["quote", "quotes"], "~": ["tilda", "tail"], "|": ["pipe"],
    "&": ["ampersand", "and-sign"], ">": ["greater than", "more-than"],
    "<": ["less-than"], "*": ["asterisk", "star"], "=": ["equal", "equals"],
    "/": ["slash", "forward slash"], ":": ["colon", "Colon"],
    ";": ["point-with-comma", "semicolon"], "$": ["Dollar", "dollar"],
    "+": ["plus"], ",": ["coma"], "(": ["open-bracket"],
    ")": ["close-bracket"], "^": ["ruf"], "%": ["per cent"],
    "!": ["exclamation-sign"], "?": ["question-sign"],
    "{": ["open figure-bracket"], "}": ["close figure-bracket"],
}

NATURAL_SYMBOL = {
    "-": ["dash", "minus", "minus", "minus"],
    ".": ["dot", "point", "point"], "/": ["slash"],
    "_": ["underscore", "underline"], "@": ["at", "dog", "dog"],
    "#": ["hash sign", "sharp", "lattice"], "'": ["single quote", "tick"],
    '"': ["double quotes", "quotes"], "~": ["tilde", "tail", "tilda"],
    "|": ["pipe", "stick", "vertical stick"], "&": ["ampersand", "and sign"],
    ">": ["greater than", "more than"], "<": ["less than", "smaller than"],
    "*": ["asterisk", "star"], "=": ["equals", "equal sign", "equals"],
    ":": ["colon"], ";": ["semicolon", "point with comma"],
    "$": ["dollar", "dollar sign"], "+": ["plus"], ",": ["comma"],
    "(": ["open bracket", "open round bracket"],
    ")": ["close bracket", "close round bracket"], "^": ["roof"],
    "%": ["percent"], "!": ["exclamation sign", "exclamation mark"],
    "?": ["question sign", "question mark"],
    "{": ["open figure bracket", "open curly bracket"],
    "}": ["close figure bracket", "close curly bracket"],
    "\\": ["backslash"], "`": ["backtick"],
    "[": ["open square bracket"], "]": ["close square bracket"],
}

DOUBLE_NATURAL = {"-": ["minus minus", "two minus", "double minus",
                        "double dash"],
                  "/": ["double slash", "two slashes", "slash slash"],
                  ".": ["two points", "double point", "dot dot"],
                  ":": ["double colon", "colon colon"],
                  "&": ["double ampersand", "two ampersands",
                        "double and sign"],
                  "+": ["double plus", "plus plus"]}


def letters_joined(letters, rng):
    """How Whisper writes a run of spelled letters."""
    r = rng.random()
    if r < 0.45:
        return ["".join(c.upper() for c in letters)]
    if r < 0.7:
        return [c.upper() for c in letters]
    if r < 0.85:
        return ["-".join(c.upper() for c in letters)]
    return [c for c in letters]


def digits_text(u, rng, spaced_p):
    d = u["d"]
    if len(d) >= 3 and rng.random() < spaced_p:
        return [" ".join(d)]
    return [d]


def group_runs(units):
    """Group consecutive plain lower-case letters (so Whisper can join)."""
    out = []
    for u in units:
        if (u["kind"] == "letter" and not u["up"] and out
                and out[-1]["kind"] == "letters"):
            out[-1]["cs"].append(u["c"])
        elif u["kind"] == "letter" and not u["up"]:
            out.append({"kind": "letters", "cs": [u["c"]],
                        "token": u["token"]})
        else:
            out.append(u)
    return out


def merge_dotted_numbers(groups, rng, p):
    """num point num (point num...) -> one '1.2.3' token with probability p."""
    out = []
    i = 0
    while i < len(groups):
        g = groups[i]
        if g["kind"] == "num":
            j = i
            parts = [g["d"]]
            while (j + 2 < len(groups) and groups[j + 1]["kind"] == "sym"
                   and groups[j + 1]["ch"] == "." and groups[j + 1]["n"] == 1
                   and groups[j + 2]["kind"] == "num"):
                parts.append(groups[j + 2]["d"])
                j += 2
            if j > i and rng.random() < p:
                out.append({"kind": "raw", "text": ".".join(parts),
                            "token": g["token"]})
                i = j + 1
                continue
        out.append(g)
        i += 1
    return out


def finish(words):
    """Join words; '<,>' '<.>' '<?>' markers attach punctuation; capitalise."""
    text = ""
    cap = True
    for w in words:
        if w in ("<,>", "<.>", "<?>", "<:>", "<...>", "<!>"):
            mark = w[1:-1]
            text = text.rstrip(",.:?!")
            if text and not text.endswith(("-", " ")):
                text += mark
            if mark in (".", "?", "!"):
                cap = True
            continue
        if not w:
            continue
        if cap and w[0].isalpha():
            w = w[0].upper() + w[1:]
        cap = False
        text = (text + " " + w) if text else w
    return text.strip()


# ---------------------------------------------------------------------------
# fuzzy slice
# ---------------------------------------------------------------------------


def fuzzy_text(units, rng):
    groups = merge_dotted_numbers(group_runs(units), rng, 0.5)
    words = []
    for g in groups:
        k = g["kind"]
        if k == "space":
            words.append("space")
            if rng.random() < 0.1:
                words.append("<,>")
        elif k == "raw":
            words.append(g["text"])
        elif k == "sym":
            name = g["name"]
            if rng.random() < 0.2 and g["ch"] in FUZZY_SYMBOL:
                name = rng.choice(FUZZY_SYMBOL[g["ch"]])
            if g["n"] == 2:
                name = rng.choice(["double " + name, "double-" + name,
                                   "double " + name])
            words.append(name)
        elif k == "num":
            if rng.random() < 0.8:
                words.extend(digits_text(g, rng, 0.3))
            else:
                nw = num_words(g["d"])
                if rng.random() < 0.4:
                    nw = [NUMBER_HOMOPHONE.get(w, w) for w in nw]
                words.extend(nw)
        elif k == "letters":
            cs = g["cs"]
            if len(cs) == 1 and rng.random() < 0.3:
                words.append(LETTER_SOUND.get(cs[0], cs[0].upper()))
            else:
                words.extend(letters_joined(cs, rng))
        elif k == "letter":
            big = rng.choice(["big", "Big", "big", "capital"])
            words.extend([big, g["c"].upper()])
        else:
            w = g["w"]
            if g["case"] == "lower" and rng.random() < 0.35:
                w = WORD_HOMOPHONE.get(w, w)
            if g["case"] == "title":
                w = rng.choice(["big " + w.capitalize(), "Big " + w,
                                "big " + w, "capital " + w.capitalize()])
            elif g["case"] == "upper":
                w = rng.choice(["caps " + w.upper(), "Caps " + w,
                                "caps " + w, "all caps " + w.upper()])
            if g["esc"]:
                w = rng.choice(["as word " + w, "as word, " + w,
                                "as-word " + w])
            words.append(w)
        if rng.random() < 0.04:
            words.append("<,>")
    r = rng.random()
    if r < 0.45:
        words.append("<.>")
    elif r < 0.5:
        words.append("<...>")
    return finish(words)


# ---------------------------------------------------------------------------
# natural / chaotic
# ---------------------------------------------------------------------------

FRAMES = [
    ["Make", "please", "<:>"], ["Make", "please", "command", "<:>"],
    ["Run", "please", "<,>"], ["Can", "you", "run"],
    ["Okay", "<,>", "so", "<,>"], ["Okay", "so"], ["Please", "type"],
    ["Write", "me", "command", "<:>"], ["Next", "one", "<:>"],
    ["So", "<,>", "I", "need", "<,>"], ["Let's", "do"],
    ["Execute", "please", "<:>"], ["Now", "make", "please"],
    ["Type", "please", "<:>"], ["Okay", "<,>", "command", "is", "<:>"],
]
FILLERS = [["uh", "<,>"], ["eh", "<,>"], ["um", "<,>"], ["so", "<,>"],
           ["well", "<,>"], ["how", "to", "say", "<,>"],
           ["let", "me", "see", "<,>"], ["uh"], ["eh"]]
SIGNOFFS = [["Thanks", "<.>"], ["That's", "all", "<.>"], ["Enter", "<.>"],
            ["And", "press", "enter", "<.>"], ["Thank", "you", "<.>"],
            ["Okay", "<?>"], ["Done", "<.>"]]
LONG_FRAMES = [
    "Okay, so, listen, I am fighting with this build since morning and now "
    "I need one more command. Make please:",
    "So, eh, it is for the ticket from yesterday, the one with staging "
    "box. Run please:",
    "Good morning. Coffee is not working yet, so be patient with me. "
    "Command is:",
    "Okay, we are on the call with Oleksandr and he asks me to check "
    "something. Can you run",
    "Right, so, how to say, I want to try one thing on my laptop first. "
    "Make please:",
    "Hmm, okay, last thing before lunch, I promise. Type please:",
]
ASIDES = [
    "it is for staging box", "I think so", "yes, yes", "wait, where was I",
    "this is from the wiki", "Oleksandr told me this one",
    "I hope it works", "not production, don't worry",
]
CORRECT = [["no", "wait", "<,>", "I", "mean"],
           ["no", "<,>", "no", "<,>", "sorry", "<,>"],
           ["ah", "<,>", "not", "this", "<.>", "I", "mean"],
           ["sorry", "<,>", "mistake", "<.>", "Again", "<:>"],
           ["no", "<,>", "wrong", "<,>"]]
RESTART = [["sorry", "<,>", "from", "beginning", "<.>"],
           ["no", "<,>", "let", "me", "start", "again", "<.>"],
           ["wait", "<,>", "again", "from", "start", "<.>"]]

WRONG_WORDS = ["config", "backup", "output", "input", "main", "data",
               "report", "notes", "build", "test", "server", "install",
               "update", "docs", "src", "photo", "index", "file"]
WRONG_SYMBOL = {"-": "_", "_": "-", ".": ",", "/": "\\", ":": ";",
                "@": "#", ">": "<", "~": "/", "=": "-", "|": "/",
                "'": '"', '"': "'"}


def natural_unit_words(g, rng, loose):
    """Words for one group in casual speech (Whisper writes digits)."""
    k = g["kind"]
    if k == "space":
        return ["space"] + (["<,>"] if rng.random() < 0.25 else [])
    if k == "raw":
        return [g["text"]]
    if k == "sym":
        ch = g["ch"]
        if g["n"] == 2 and ch in DOUBLE_NATURAL and rng.random() < loose:
            return rng.choice(DOUBLE_NATURAL[ch]).split()
        if rng.random() < loose and ch in NATURAL_SYMBOL:
            name = rng.choice(NATURAL_SYMBOL[ch])
        else:
            name = g["name"]
        return (["double"] if g["n"] == 2 else []) + name.split()
    if k == "num":
        return digits_text(g, rng, 0.25)
    if k == "letters":
        return letters_joined(g["cs"], rng)
    if k == "letter":
        big = rng.choice(["big", "capital", "big letter", "big"])
        return big.split() + [g["c"].upper()]
    w = g["w"]
    if g["case"] == "title":
        out = [rng.choice(["big", "capital", "big"]), w.capitalize()]
    elif g["case"] == "upper":
        r = rng.random()
        if r < 0.35:
            out = [w.upper(), "<,>", "in", "big", "letters", "<,>"]
        elif r < 0.7:
            out = ["all", "caps", w.upper()]
        else:
            out = ["caps", w.upper()]
    elif w in NATURAL_WORD and rng.random() < 0.4:
        out = [NATURAL_WORD[w]]
    else:
        out = [w]
    if g["esc"]:
        out = ["as", "word"] + out
    return out


def natural_core(groups, rng, loose, filler_p):
    """List of per-group word lists for the command itself."""
    per = []
    fillers = 0
    for n, g in enumerate(groups):
        ws = natural_unit_words(g, rng, loose)
        if (n and g["kind"] == "space" and fillers < 2
                and rng.random() < filler_p):
            ws = ws + rng.choice(FILLERS)
            fillers += 1
        per.append(ws)
    return per


def frame_words(rng):
    return list(rng.choice(FRAMES))


def natural_text(units, rng):
    groups = merge_dotted_numbers(group_runs(units), rng, 0.8)
    words = []
    if rng.random() < 0.85:
        words += frame_words(rng)
    if rng.random() < 0.2:
        words += rng.choice(FILLERS)
    for ws in natural_core(groups, rng, 0.4, 0.12):
        words += ws
    words += [end_mark(words)]
    if rng.random() < 0.4:
        words += rng.choice(SIGNOFFS)
    return finish(words)


def end_mark(words):
    """A question gets a question mark, everything else a full stop."""
    return "<?>" if words and words[0] == "Can" else "<.>"


def can_slip(g):
    if g["kind"] in ("word", "num", "raw", "letters"):
        return True
    return g["kind"] == "sym" and g["ch"] in WRONG_SYMBOL


def wrong_words(g, rng, loose):
    """A plausible slip for group g (what he says before correcting)."""
    k = g["kind"]
    if k == "word":
        choices = [w for w in WRONG_WORDS if w != g["w"]]
        return [rng.choice(choices)]
    if k == "num":
        v = int(g["d"]) if len(g["d"]) < 6 else 7
        return [str(v + rng.choice([1, 2, 10]))]
    if k == "raw":
        return [g["text"] + ".1"]
    if k == "sym" and g["ch"] in WRONG_SYMBOL:
        fake = dict(g, ch=WRONG_SYMBOL[g["ch"]],
                    name=SYMBOL_NAME[WRONG_SYMBOL[g["ch"]]])
        return natural_unit_words(fake, rng, loose)
    if k == "letters":
        cs = list(g["cs"])
        cs[-1] = "x" if cs[-1] != "x" else "z"
        return letters_joined(cs, rng)
    return None


def chaotic_text(units, rng):
    groups = merge_dotted_numbers(group_runs(units), rng, 0.8)
    per = natural_core(groups, rng, 0.5, 0.15)
    # token start index for every group
    starts = []
    cur = 0
    for n, g in enumerate(groups):
        if g["kind"] == "space":
            cur = n + 1
        starts.append(cur)
    # choose disturbances (at least one; always in the same rng order)
    kinds = ["correct", "restart", "aside", "twice", "long"]
    chosen = [k for k in kinds if rng.random() < 0.35]
    if not chosen:
        chosen = [rng.choice(kinds)]
    prefix = []
    if "long" in chosen:
        prefix = LONG_FRAMES[rng.randrange(len(LONG_FRAMES))].split()
    else:
        prefix = frame_words(rng)
    if "restart" in chosen and len(groups) > 2:
        cut = rng.randrange(1, len(groups))
        head = [w for ws in per[:cut] for w in ws]
        prefix += head + ["<...>"] + rng.choice(RESTART)
    body = [list(ws) for ws in per]
    if "twice" in chosen:
        cands = [n for n, g in enumerate(groups) if g["kind"] == "word"]
        if cands:
            n = rng.choice(cands)
            body[n] = body[n] + ["<,>"] + body[n]
    if "aside" in chosen:
        cands = [n for n, g in enumerate(groups) if g["kind"] == "space"]
        if cands:
            n = rng.choice(cands)
            body[n] = (["<...>"] + rng.choice(ASIDES).split() + ["<...>"]
                       + body[n])
    if "correct" in chosen:
        cands = [n for n, g in enumerate(groups) if can_slip(g)]
        if cands:
            n = rng.choice(cands)
            bad = wrong_words(groups[n], rng, 0.5)
            s = starts[n]
            slip = [w for ws in body[s:n] for w in ws] + bad
            fix = rng.choice(CORRECT)
            body[s] = slip + ["<,>"] + fix + body[s]
    words = prefix + [w for ws in body for w in ws]
    words += [end_mark(words)]
    if rng.random() < 0.5:
        words += rng.choice(SIGNOFFS)
    return finish(words)


# ---------------------------------------------------------------------------
# selection and main
# ---------------------------------------------------------------------------

SKIP_EXACT = {"i<Enter>update<Ctrl c>"}
HEXISH = re.compile(r"[0-9a-f]{12,}")


def dictatable(cmd):
    if not cmd or not cmd.isascii() or not cmd.isprintable():
        return False
    if cmd in SKIP_EXACT or HEXISH.search(cmd):
        return False
    if "  " in cmd or cmd != cmd.strip():
        return False
    return all(ch.isalnum() or ch == " " or ch in SYMBOL_NAME for ch in cmd)


def load_candidates():
    seen = set()
    per_first = Counter()
    out = []
    with POOL.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 4 != 1:
                continue
            cmd = json.loads(line)["command"]
            if cmd in seen or not dictatable(cmd):
                continue
            probe = clean_text(encode(cmd, random.Random(0)))
            if len(probe.split()) > MAX_SPOKEN or decode(probe) != cmd:
                continue
            first = cmd.split()[0]
            if per_first[first] >= 2:
                continue
            per_first[first] += 1
            seen.add(cmd)
            out.append(cmd)
    return out


def main():
    rng = random.Random(8408)
    cands = load_candidates()
    rng.shuffle(cands)
    assert len(cands) >= PER_SLICE * len(SLICES), len(cands)
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in cands[s * PER_SLICE:(s + 1) * PER_SLICE]:
            units = encode(cmd, rng)
            if name == "clean":
                text = clean_text(units)
                assert decode(text) == cmd, (text, cmd)
            elif name == "fuzzy":
                text = fuzzy_text(units, rng)
            elif name == "natural":
                text = natural_text(units, rng)
            else:
                text = chaotic_text(units, rng)
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows) == 400
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
