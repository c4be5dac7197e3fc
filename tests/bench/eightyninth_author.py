#!/usr/bin/env python3
"""Author set 89: dictated shell commands, as Whisper wrote them down.

Source
------
Commands come from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0, via the pool assets/training/bash/pages_dev51_commands.jsonl
(fields command, description, page, source).  Only pool lines whose 0-based
line number % 4 == 3 are used, at most 2 commands per first word, skipping
commands nobody would sensibly dictate (over 80 characters, unbalanced
quotes, editor keystrokes, odd numeric ranges).  The command text is kept
exactly as in the pool.  Output: assets/training/bash/author89.jsonl, 400
lines, 100 per slice in the order clean, fuzzy, natural, chaotic, each slice
on its own commands.  One random.Random(89) is consumed in a fixed order, so
reruns are byte-identical.

STYLE GUIDE
===========

Speaker
-------
An airline first officer, British, who keeps a small home lab and dictates
commands to it from a phone, often in a crew room or on a layover.  Twenty
years of radiotelephony show in everything: she spells with the ICAO
alphabet, says digits one at a time with the ICAO forms ("tree", "fife",
"niner"), says "decimal" for a point inside a number, uses "hundred" and
"thousand" only for round figures, and separates the words of a command with
the procedure word "break".  Her symbol names are old British ones: "stroke"
for a slash, "twiddle" for a tilde, "bracket" for a parenthesis, "hash".
When careless she frames the command like a radio call ("ready to copy?",
"request you run", "over", "how copy?"), fixes mistakes with "correction" or
"disregard", and repeats awkward parts with "I say again".

Listener rules (the clean protocol; decode() below implements them)
-----------------------------------------------------------------
* "break" separates the words of the command.  Everything said between two
  breaks is glued together with no spaces: "pam to gif" is pamtogif and
  "data stroke report" is data/report.
* Any ordinary spoken word is written down as it is (lower case).
* ICAO letters stand for one letter each: alpha bravo charlie delta echo
  foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec
  romeo sierra tango uniform victor whiskey xray yankee zulu.
* Digits, one word per digit: zero one two tree four fife six seven eight
  niner.  "hundred" adds 00 and "thousand" adds 000 to the digit before it;
  she uses them only for round figures (100, 500, 1000), never mixed
  ("1500" is "one fife zero zero").
* Casing: everything is lower case unless she says so.  "capital" makes the
  next item upper case at its first letter (capital delta = D, capital
  release = Release).  "all caps" makes the next spoken word entirely upper
  case (all caps path = PATH), or, when letters follow, the whole run of ICAO
  letters that follows (all caps tango delta = TD).
* Symbols:
    -  dash                 .  dot (decimal between two digits)
    /  stroke               _  underscore
    ~  twiddle              |  pipe
    >  greater than         <  less than
    &  ampersand            ;  semicolon
    :  colon                ,  comma
    =  equals               +  plus
    *  star                 @  at
    #  hash                 $  dollar
    %  percent              !  bang
    ?  question mark        \\  backslash
    ^  caret                `  backtick
    "  quote (opening) and unquote (closing)
    '  single quote (opening and closing)
    ( )  open bracket / close bracket
    [ ]  open square / close square
    { }  open brace / close brace
  Double symbols are said twice ("dash dash verbose" = --verbose, "twiddle
  stroke" = ~/).

When a word is said as a word and when it is spelled
--------------------------------------------------
She says a piece as a word when it is an English word, a name, or a tool
name she can pronounce (docker, nginx, json, yaml, kubernetes, lodash).
Long tool names are said in the chunks she hears, and any chunk that is an
abbreviation is spelled (pnmtorle = "papa november mike to romeo lima
echo").  Abbreviations, extensions, and consonant clusters (src, txt, pdf,
ctl, the letters of a flag such as -la) are spelled with ICAO letters.  Any
word that is itself one of her code words (alpha, echo, one, zero, dash,
all, hash, less, open, at ...) is spelled letter by letter so it cannot be
taken for the code word.  Because a listener glues everything between
breaks, they never need to know how a name was chunked.

Slices
------
clean    the strict protocol above, lower case, no punctuation, nothing but
         the command.  decode(input) == command holds for every clean line.
fuzzy    the same protocol as Whisper slips on it: capitals and commas,
         full stops, digits written as figures ("1 9 2" or "192"), homophones
         ("three", "five", "brake", "capitol", "to", "for"), words joined or
         split ("under score", "x-ray", "dash-dash", "makefile"), and now and
         then a symbol by a more common name (slash, tilde, hyphen, point,
         full stop, asterisk).
natural  how she really says it off-guard: radio-style framing and sign-offs,
         fillers ("erm", "uh", "right"), symbols named loosely (minus, slash,
         tilde, squiggle, double dash, into for a redirect), "V for Victor",
         numbers in figures, sentences with punctuation.  She may drop the
         break between the program name and a following flag.
chaotic  natural plus corrections ("correction", "negative, make that",
         "no wait, I mean", each replacing the word just said), restarts
         ("disregard, from the top"), asides about the crew room or the
         radio, a word repeated with "I say again", and longer framing.
         Every line stays recoverable by a careful human.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev51_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author89.jsonl"
AUTHOR = "author89"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

LETTERS = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
    "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
    "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
    "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
    "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
    "z": "zulu",
}
DIGITS = {
    "0": "zero", "1": "one", "2": "two", "3": "tree", "4": "four",
    "5": "fife", "6": "six", "7": "seven", "8": "eight", "9": "niner",
}
SYMBOLS = {
    "-": "dash", "/": "stroke", "_": "underscore", "~": "twiddle",
    "|": "pipe", ">": "greater than", "<": "less than", "&": "ampersand",
    ";": "semicolon", ":": "colon", ",": "comma", "=": "equals", "+": "plus",
    "*": "star", "@": "at", "#": "hash", "$": "dollar", "%": "percent",
    "!": "bang", "?": "question mark", "\\": "backslash", "^": "caret",
    "`": "backtick", "'": "single quote", "(": "open bracket",
    ")": "close bracket", "[": "open square", "]": "close square",
    "{": "open brace", "}": "close brace",
}

# Listener's table: spoken phrase -> text.  Two-word phrases are matched first.
PHRASES = {v: k for k, v in SYMBOLS.items()}
PHRASES.update({"dot": ".", "decimal": ".", "quote": '"', "unquote": '"'})
LETTER_OF = {v: k for k, v in LETTERS.items()}
DIGIT_OF = {v: k for k, v in DIGITS.items()}

# Words she will never say as plain words (they would read as code words).
RESERVED = (
    set(LETTER_OF) | set(DIGIT_OF)
    | {w for p in PHRASES for w in p.split()}
    | {"break", "capital", "all", "caps", "hundred", "thousand",
       "three", "five", "nine", "alfa", "juliett"}
)


def decode(text):
    """Rebuild a command from a clean-slice line (the listener rules)."""
    words = text.lower().split()
    tokens, cur = [], []
    cap = allcaps = False
    i = 0
    while i < len(words):
        w = words[i]
        pair = " ".join(words[i:i + 2])
        if w == "break":
            tokens.append("".join(cur))
            cur = []
            i += 1
            continue
        if pair == "all caps":
            allcaps = True
            i += 2
            continue
        if w == "capital":
            cap = True
            i += 1
            continue
        if pair in PHRASES:
            cur.append(PHRASES[pair])
            i += 2
            continue
        if w in PHRASES:
            cur.append(PHRASES[w])
        elif w in LETTER_OF:
            if allcaps:
                run = ""
                while i < len(words) and words[i] in LETTER_OF:
                    run += LETTER_OF[words[i]].upper()
                    i += 1
                cur.append(run)
                allcaps = False
                continue
            ch = LETTER_OF[w]
            cur.append(ch.upper() if cap else ch)
            cap = False
        elif w in DIGIT_OF:
            cur.append(DIGIT_OF[w])
        elif w == "hundred":
            cur.append("00")
        elif w == "thousand":
            cur.append("000")
        else:
            if allcaps:
                w = w.upper()
            elif cap:
                w = w[:1].upper() + w[1:]
            cur.append(w)
            cap = allcaps = False
        i += 1
    tokens.append("".join(cur))
    return " ".join(tokens)


# Pieces she says as words.  "key" alone: said as one word.  "key=a+b": said
# in chunks a, b; a chunk starting with # is spelled with ICAO letters.
# Anything not listed is spelled.
SAID_TEXT = """
abandon absolute access account act action activate active add address
admin adoc=#a+doc age agetty=#a+getty alacritty ali alias alice allow alter
amass amplify analyze annotate ansible anytopnm=any+to+#pnm
apiroutes=#api+routes app append apply apptainer=app+tainer apropos arch
archive arduino arg argument arm arp ascii asciidoctor=ascii+doctor
asnmap=#asn+map audiobook=audio+book audiotestsrc=audio+test+#src auth
auto autoload=auto+load avahi awk azure backend=back+end backup backups bar
base bash batch bazel bcanalyzer=#bc+analyzer bchunk=#b+chunk
bcomps=#b+comps beanstalkd=bean+stalk+#d before behat=be+hat
betterlockscreen=better+lock+screen bin binary bind biome bisect
bitcoind=bitcoin+#d blahaj bluebuild=blue+build bob bookmark bore box brew
bridge brotli browse bruteforce=brute+force btop=#b+top bucket bug build
builder bun bundle bundletool=bundle+tool burst cache caja calibre call
camera cancel cargo cariddi cat catalog chain changeme=change+me channel
chatgpt=chat+#gpt chcon=#ch+con check checksec=check+sec
checksums=check+sums chisel chpasswd=#ch+#passwd chroot=#ch+root
clamscan=clam+scan class clean clone cluster cmake cockpit code coffee
collection color colormap=color+map com combine command commit compare
compile complete completion compute conda conf config configuration
configurations connect connections console consul container context contour
cop copy correction cosign=co+sign cost count crane create
createdb=create+#db createpub=create+pub crush cryptsetup=crypt+setup
csvsql=#csv+#sql curl current daemon dart data database dataset date
dbclient=#db+client dbdir=#db+dir dconf=#d+conf ddcutil=#ddc+util deb
debman=deb+man debug debugfs=debug+#fs decrypt definition delete
deluged=deluge+#d demo depgraph=dep+graph deploy
depotdownloader=depot+downloader descendants description desktop
desktoptheme=desktop+theme destination detach dev developers device
devpod=dev+pod diagram diff difft=diff+#t dir dirbuster=dir+buster
directories directory disable disconnect distro distrobox=distro+box
dnsrecon=#dns+recon docencoding=doc+encoding docker docs doctl=doc+#tl
document dolt domain done dosbox=dos+box dotnet download dpkg=#d+#pkg
drill drop drupal dump duration edit ego elasticsearch=elastic+search elm
enable enroll env environment equery=#e+query eselect=#e+select
eslint=#es+lint etcdctl=#etcd+#ctl europe eval events evince example
exclude exec executable exfat=ex+fat exo explain export express extension
extpack=ext+pack extra extract factorio fakedata=fake+data
fakeroot=fake+root fallback=fall+back fallocate=#f+allocate false
fastboot=fast+boot fastdeploy=fast+deploy fav fdupes=#f+dupes
ffsend=#ff+send file fileio=file+#io filename=file+name files
filestatus=file+status filter find findfs=find+#fs finger first fish fix
flac flags flash flatest flox flux fold foo force format fossil
fprintd=#f+print+#d fpsync=#fp+sync frame frames framework from
fscrypt=#fs+crypt fswebcam=#fs+webcam full func gamescope=game+scope
gateway gcloud=#g+cloud gdal gdaldem=gdal+dem gdown=#g+down generate genie
get getfattr=get+#fattr getopts=get+opts gif git gitea github
gitlint=git+lint glab=#g+lab gnatmake=gnat+make gnome gnomon
gnucash=#gnu+cash go godoc=go+doc golangci=golang+#ci good gops=go+#ps gox
gpclient=#gp+client gprbuild=#gpr+build grant graph grep groff grotty group
grub guacd=guac+#d gvedit=#gv+edit gzip=#g+zip hardinfo=hard+info hashes
hddtemp=#hdd+temp header headers height hello helm help hide
hillshade=hill+shade hledger=#h+ledger homeserver=home+server
homeshick=home+shick host htop=#h+top httpbin=#http+bin
httpflow=#http+flow human hunspell=hun+spell hunter hwinfo=#hw+info hydra
ibmcloud=#ibm+cloud icon iconv=icon+#v identify
idevicebackup=#i+device+backup ids if iface=#i+face ignore image
imgcat=#img+cat import in index info init initial inkscape=ink+scape
integer intel interdiff=inter+diff internal invoke ionice=#io+nice is
issue issuer items iverilog=#i+verilog jar java javadoc=java+doc
jcal=#j+cal jello jira job joe jpeg json just jxlinfo=#jxl+info kaggle keep
keepassxc=kee+pass+#xc key keyfile=key+file keystore=key+store
kioclient=#kio+client kiterunner=kite+runner koji kool
kreadconfig=#k+read+config kubectl=kube+#ctl kubernetes kustomization
kwriteconfig=#k+write+config lang laravel last latest launch length lerna
level libfile=lib+file library license lid lilypond=lily+pond limit lines
linode lint linux liquidctl=liquid+#ctl lispm=lisp+#m list listen llama
loc local localhost=local+host locate lodash log logical login
loginctl=login+#ctl logout logs look lrztar=#lrz+tar lscpu=#ls+#cpu
lslogins=#ls+logins ludusavi lvmthin=#lvm+thin mac machine maestral
magick mailbox=mail+box mailcap=mail+cap main make makoctl=mako+#ctl mamba
man manager manifest manpage=man+page map match matches
matchpathcon=match+path+con matrix maxdepth=max+depth mcat=#m+cat
mdatopbm=#mda+to+#pbm medium medusa melt memstats=mem+stats message
messages metadata=meta+data metaflac=meta+flac metric midi
minidlna=mini+#dlna mirrord=mirror+#d missing mkdir=#mk+dir
mkvmerge=#mkv+merge mkvpropedit=#mkv+prop+edit mode model models modulate
module modutil=mod+util mogrify monitor mount mountpoint=mount+point
mpirun=#mpi+run mpremote=#mp+remote msbuild=#ms+build msgcat=#msg+cat
mssqlclient=#ms+#sql+client mumble my myapp=my+app mycli=my+#cli
mydb=my+#db myenv=my+env mysql=my+#sql mysqld=my+#sql+#d mytop=my+top
nagbar=nag+bar namcap=nam+cap name neato nested net netstat=net+stat
network new newrole=new+role news newtext=new+text nextclade=next+clade
nginx ninja nix nmcli=#nm+#cli no node nodebalancers=node+balancers
nohup=no+hup nometadata=no+meta+data norun=no+run notes notify now numbat
number numeric numpy=num+py nvim=#n+vim obabel=#o+babel objdump=obj+dump
ocaml=#o+caml ocrmypdf=#ocr+my+#pdf octave office offset oh
onionsearch=onion+search only openclaw opencode openssl openstack openttd
option options opts orca osarch=os+arch out outdated outfile=out+file
output overlay overwrite owner oxipng=oxi+#png paccache=pac+cache package
packer pacman page pageres=page+res pairs palm pam pamcomp=pam+comp
pamdepth=pam+depth pamenlarge=pam+enlarge pamflip=pam+flip
pamslice=pam+slice pamtogif=pam+to+gif pamtouil=pam+to+#uil parallel
partition pass passphrase password paste patch patchwork path patool=pa+tool
pbmreduce=#pbm+reduce pbmtoepsi=#pbm+to+#epsi pbmtogem=#pbm+to+gem
pbmtomda=#pbm+to+#mda pbmtoxbm=#pbm+to+#xbm pcap=#p+cap pcapfix=#p+cap+fix
pdfbook=#pdf+book pdfdetach=#pdf+detach pdftk=#pdf+#tk pdfxup=#pdf+#x+up
perl perlbrew=perl+brew pgmhist=#pgm+hist pgmtolispm=#pgm+to+lisp+#m phone
photo phpbu=#php+#bu phploc=#php+loc piactl=#pia+#ctl pig pigz=pig+#z
pihole=pi+hole pinning pip pipenv=pip+env pipewire pixi plane
plantuml=plant+#uml plasma platform play plugin pmain=#p+main pmap=#p+map
pngtopam=#png+to+pam pnmcolormap=#pnm+color+map pnmmargin=#pnm+margin
pnmpad=#pnm+pad pnmshear=#pnm+shear pnmtopalm=#pnm+to+palm
pnmtorle=#pnm+to+#rle pnmtoxwd=#pnm+to+#xwd pocount=po+count pod
podman=pod+man poetry polybar=poly+bar pool port ports posh post power
ppmcie=#ppm+#cie ppmflash=#ppm+flash ppmshadow=#ppm+shadow
ppmtoascii=#ppm+to+ascii ppmtompeg=#ppm+to+#mpeg ppmtopjxl=#ppm+to+#pjxl
ppmtosixel=#ppm+to+sixel prefix preview primary print printf=print+#f pro
proctl=proc+#tl profile progress project projects prompt
propelauth=propel+auth prowler pseudodepth=pseudo+depth psql=#p+#sql pub
publish pueue pull pulse purge put python quality quartile query queue
quiet rabbitmqctl=rabbit+#mq+#ctl raco rails range ranges rate raw
rawtoppm=raw+to+#ppm readable readelf=read+elf realpath=real+path recipe
record redis reflac=re+flac region register registervm=register+#vm
rekey=re+key release reload remove rename repaired repo
repoquery=repo+query report repren=rep+ren requires reset resolve resource
resources restore reuse reverse revert rletopnm=#rle+to+#pnm
rlogin=#r+login rlwrap=#rl+wrap rmlint=#rm+lint roff root routel=route+#l
rpicam=#rpi+cam rspec=#r+spec rubocop=rubo+cop run rustfmt=rust+#fmt
rustup=rust+up sam samba sars satis save scalafmt=scala+#fmt
sccmap=#scc+map scontrol=#s+control screenshot=screen+shot
screentime=screen+time script scrot secretsdump=secrets+dump secret section
security seed select send serve server service setfattr=set+#fattr
setup=set+up sgitopnm=#sgi+to+#pnm shell sherlock shmem=#sh+mem show
showmount=show+mount siege sign signing silent simple sixel size skicka
skip slackcat=slack+cat slocate=#s+locate slurmctld=slurm+#ctld
smbclient=#smb+client snap snapshot snmptest=#snmp+test socks sol
solcjs=sol+#cjs sort sound source space speak sphinx split sprof=#s+prof
sqlite sslstrip=#ssl+strip staff standard starship status stdin=#std+in
step stop storage stormlock=storm+lock stressapptest=stress+app+test
strings style stylesheet=style+sheet sublist=sub+list submit subscription
sudo suffix suite sum sunicontopnm=sun+icon+to+#pnm surfraw=surf+raw
swaybg=sway+#bg switch synctex=sync+tex sysbench=sys+bench
systemctl=system+#ctl systemd=system+#d systemsettings=system+settings
table tag tags tailscale=tail+scale takeout=take+out tape tar target
tarsnap=tar+snap tectonic template terraform test tex text
tgatoppm=#tga+to+#ppm tgutil=#tg+util then thinpool=thin+pool tiff
tifftopnm=tiff+to+#pnm time timedatectl=time+date+#ctl
timestamp=time+stamp tip title tmux=#t+mux to toml tofu tokens tool
toolbox=tool+box toolchain=tool+chain toolsversion=tools+version top
topgrade=top+grade toto touch trace tracediff=trace+diff
tracepath=trace+path transcode transcrypt translation transmission trigger
troff=#t+roff trunk tslint=#ts+lint tune tuxi typeinc=type+inc typo ubuntu
udevmon=#u+dev+mon undefine underlay unexpand uninstall uniq unit unix
unrtf=un+#rtf unsetopt=unset+opt untag=un+tag unzip=un+zip up update
upgrade upload upstream uptime=up+time urls use user username=user+name
users usql=#u+#sql vagrant vala validate validator value vault
vbox=#v+box verbose verifybackup=verify+backup verilator version
versionlock=version+lock versions vet vgname=#vg+name vim vipe
virsh=vir+#sh virt vulkan wacli=wa+#cli waifu wait wajig=wa+jig wall
walsummary=wal+summary warning warts watchman wave web webpack=web+pack
website west wezterm=wez+term whiptail=whip+tail whoami=who+am+i
whoneeds=who+needs width wikit win with wondershaper=wonder+shaper
wordlist=word+list words workgroup=work+group working write wtype=#w+type
xfreerdp=#x+free+#rdp xgettext=#x+get+text xlsclients=#xls+clients
xmount=#x+mount xteddy=#x+teddy xvid=#x+vid xzdiff=#xz+diff yaml yank yes
yesno=yes+no youtube=you+tube yuvsplittoppm=#yuv+split+to+#ppm zabbix
zapier zeroclaw zformat=#z+format zip zipalign=zip+align zipnote=zip+note
zipsplit=zip+split zones zopflipng=zopfli+#png zrun=#z+run zstyle=#z+style
ark ascended balance condition enter guard home island makefile=make+file
manage sheet the this what ad error input read reactor search set video
view apt mat mongoexport=mongo+export pygbag=pyg+bag qmake=#q+make
sesearch=#se+search secon=#se+con pkgdiff=#pkg+diff sfill=#s+fill
vnstati=#vn+stat+#i ipaggmanip=#ip+agg+manip iwad=#i+wad
"""
# Upper-case words she says as a word after "all caps"; others are spelled.
ALLCAPS_SAID = set("""
build chars cmake control head home label mail mount optarg pass path raw
readme todo type
""".split())


def _said():
    table = {}
    for entry in SAID_TEXT.split():
        key, _, spec = entry.partition("=")
        chunks = spec.split("+") if spec else [key]
        assert "".join(c.lstrip("#") for c in chunks) == key, entry
        for c in chunks:
            assert c.startswith("#") or c not in RESERVED, entry
        assert key not in table, entry
        table[key] = chunks
    return table


SAID = _said()
assert not ALLCAPS_SAID & RESERVED

# ---------------------------------------------------------------- encoding
# An item is (kind, spoken, text): kind is one of word, letter, digit,
# round, dot, sym, quote, cap, allcaps.


def _letters(run):
    return [("letter", LETTERS[c], c) for c in run]


def _say_lower(run):
    chunks = SAID.get(run)
    if chunks is None:
        return _letters(run)
    items = []
    for c in chunks:
        if c.startswith("#"):
            items += _letters(c[1:])
        else:
            items.append(("word", c, c))
    return items


def _alpha(run):
    if run.islower():
        return _say_lower(run)
    if len(run) == 1:
        return [("cap", "capital", ""), ("letter", LETTERS[run.lower()], run)]
    low = run.lower()
    if run[0].isupper() and run[1:].islower():
        if low in SAID:
            return [("cap", "capital", "")] + _say_lower(low)
        return ([("cap", "capital", ""), ("letter", LETTERS[low[0]], run[0])]
                + _say_lower(low[1:]))
    assert run.isupper(), run
    if low in ALLCAPS_SAID:
        return [("allcaps", "all caps", ""), ("word", low, run)]
    return [("allcaps", "all caps", "")] + _letters(low)


def _number(run):
    if re.fullmatch(r"[1-9]00", run):
        return [("round", DIGITS[run[0]] + " hundred", run)]
    if re.fullmatch(r"[1-9]000", run):
        return [("round", DIGITS[run[0]] + " thousand", run)]
    return [("digit", DIGITS[c], c) for c in run]


def encode(command):
    """Command -> list of tokens, each a list of spoken items."""
    tokens = []
    quote_open = False
    for tok in command.split(" "):
        items = []
        for m in re.finditer(r"[A-Za-z]+|[0-9]+|.", tok):
            piece, at = m.group(), m.start()
            if piece[0].isalpha():
                for run in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", piece):
                    items += _alpha(run)
            elif piece[0].isdigit():
                items += _number(piece)
            elif piece == ".":
                between = (0 < at < len(tok) - 1 and tok[at - 1].isdigit()
                           and tok[at + 1].isdigit())
                items.append(("dot", "decimal" if between else "dot", "."))
            elif piece == '"':
                items.append(("quote", "unquote" if quote_open else "quote", '"'))
                quote_open = not quote_open
            else:
                items.append(("sym", SYMBOLS[piece], piece))
        tokens.append(items)
    return tokens


def render_clean(tokens):
    return " break ".join(" ".join(it[1] for it in tok) for tok in tokens)


# ---------------------------------------------------------------- fuzzy

FUZZY_SYM = {
    "stroke": ["slash", "forward slash"], "twiddle": ["tilde"],
    "dash": ["hyphen", "minus"], "dot": ["full stop", "point"],
    "decimal": ["point"], "star": ["asterisk"], "pipe": ["bar"],
    "equals": ["equal", "equal sign"], "bang": ["exclamation mark"],
    "underscore": ["under score"], "semicolon": ["semi colon"],
    "backslash": ["back slash"], "greater than": ["greater-than"],
    "at": ["at sign"], "hash": ["hash sign"],
}
FUZZY_HOMOPHONE = {
    "tree": ["three", "three"], "fife": ["five", "five"],
    "niner": ["nine", "niner"], "two": ["to", "too"], "four": ["for"],
    "capital": ["capitol", "Capital"], "break": ["brake"],
}
FUZZY_LETTER = {"xray": ["X-ray", "x-ray", "X ray"], "whiskey": ["whisky"],
                "alpha": ["Alfa", "alpha"], "juliet": ["Juliett", "Juliet"]}


def _cap(s):
    return s[:1].upper() + s[1:]


def render_fuzzy(tokens, rng):
    digit_style = rng.choice(["words", "spaced", "joined", "mixed"])
    out_tokens = []
    for tok in tokens:
        words = []
        i = 0
        while i < len(tok):
            kind, spoken, text = tok[i]
            if kind in ("digit", "round"):
                j = i
                while j < len(tok) and tok[j][0] in ("digit", "round"):
                    j += 1
                run = tok[i:j]
                style = digit_style
                if style == "mixed":
                    style = rng.choice(["words", "spaced", "joined"])
                if style == "joined":
                    words.append("".join(t[2] for t in run))
                elif style == "spaced":
                    for t in run:
                        if t[0] == "round":
                            words.append(t[2][0] + " " + t[1].split()[1])
                        else:
                            words.append(t[2])
                else:
                    for t in run:
                        w = t[1]
                        if w in FUZZY_HOMOPHONE and rng.random() < 0.35:
                            w = rng.choice(FUZZY_HOMOPHONE[w])
                        words.append(w)
                i = j
                continue
            if kind == "letter":
                w = spoken
                if w in FUZZY_LETTER and rng.random() < 0.6:
                    w = rng.choice(FUZZY_LETTER[w])
                elif rng.random() < 0.5:
                    w = _cap(w)
                words.append(w)
            elif kind == "sym" and spoken == "dash" and i + 1 < len(tok) \
                    and tok[i + 1][1] == "dash":
                words.append(rng.choice(["dash dash", "dash dash", "dash-dash",
                                         "dash dash", "hyphen hyphen"]))
                i += 1
            elif kind in ("sym", "dot") and spoken in FUZZY_SYM \
                    and rng.random() < 0.12:
                words.append(rng.choice(FUZZY_SYM[spoken]))
            elif kind == "cap":
                w = spoken
                if rng.random() < 0.2:
                    w = rng.choice(FUZZY_HOMOPHONE["capital"])
                words.append(w)
            elif kind == "allcaps":
                words.append(rng.choice(["all caps", "all-caps", "all caps",
                                         "All caps"]))
            elif kind == "word" and i + 1 < len(tok) and tok[i + 1][0] == "word" \
                    and rng.random() < 0.4:
                words.append(spoken + tok[i + 1][1])
                i += 1
            else:
                words.append(spoken)
            i += 1
        out_tokens.append(" ".join(words))
    parts = [out_tokens[0]]
    for tok in out_tokens[1:]:
        sep = "brake" if rng.random() < 0.08 else "break"
        r = rng.random()
        if r < 0.35:
            parts.append(", " + sep + ", " + tok)
        elif r < 0.45:
            parts.append(". " + _cap(sep) + ". " + tok)
        elif r < 0.6:
            parts.append(", " + sep + " " + tok)
        else:
            parts.append(" " + sep + " " + tok)
    text = _cap("".join(parts))
    text = re.sub(r"\. ([a-z])", lambda m: ". " + m.group(1).upper(), text)
    return text + rng.choice([".", ".", "", "."])


# ---------------------------------------------------------------- natural

NAT_SYM = {
    "-": ["dash", "dash", "minus", "hyphen"],
    "/": ["stroke", "slash", "stroke", "forward slash"],
    "~": ["twiddle", "tilde", "squiggle", "twiddle"],
    "_": ["underscore"], "|": ["pipe", "pipe"],
    ">": ["greater than", "greater than sign"], "<": ["less than"],
    "&": ["ampersand", "and sign"], ";": ["semicolon", "semi-colon"],
    ":": ["colon"], ",": ["comma"], "=": ["equals", "equals sign"],
    "+": ["plus"], "*": ["star", "asterisk"], "@": ["at", "at sign"],
    "#": ["hash", "hash sign"], "$": ["dollar", "dollar sign"],
    "%": ["percent"], "!": ["bang", "exclamation mark"],
    "?": ["question mark"], "\\": ["backslash"], "^": ["caret"],
    "`": ["backtick"], "'": ["single quote", "apostrophe"],
    "(": ["open bracket", "left bracket"], ")": ["close bracket"],
    "[": ["open square bracket", "open square"],
    "]": ["close square bracket", "close square"],
    "{": ["open curly bracket", "open brace"],
    "}": ["close curly bracket", "close brace"],
}


def _nat_letter(letter, rng):
    name = LETTERS[letter.lower()]
    name = "X-ray" if name == "xray" else _cap(name)
    r = rng.random()
    if r < 0.12:
        return letter.upper() + " for " + name
    return name


def _quoted(tokens):
    """For each command word: is it inside quotes where it starts?"""
    flags, dq, sq = [], False, False
    for tok in tokens:
        flags.append(dq or sq)
        for kind, _spoken, text in tok:
            if kind == "quote":
                dq = not dq
            elif text == "'":
                sq = not sq
    return flags


def nat_token(tok, rng, quoted=False):
    """One command word as she says it loosely; returns a string."""
    words = []
    joined_numbers = rng.random() < 0.6
    i = 0
    while i < len(tok):
        kind, spoken, text = tok[i]
        if kind in ("digit", "round"):
            buf = ""
            j = i
            while j < len(tok):
                k = tok[j][0]
                if k in ("digit", "round"):
                    buf += tok[j][2]
                elif (k == "dot" and tok[j][1] == "decimal" and joined_numbers
                      and j + 1 < len(tok) and tok[j + 1][0] in ("digit", "round")):
                    buf += "."
                else:
                    break
                j += 1
            words.append(buf)
            i = j
            continue
        if kind == "dot":
            if spoken == "decimal":
                words.append(rng.choice(["decimal", "decimal", "point"]))
            else:
                words.append(rng.choice(["dot", "dot", "dot", "full stop"]))
        elif kind == "letter":
            words.append(_nat_letter(text, rng))
        elif kind == "cap":
            words.append(rng.choice(["capital", "capital", "upper case"]))
        elif kind == "allcaps":
            words.append(rng.choice(["all caps", "all in capitals", "all caps"]))
        elif kind == "quote":
            if spoken == "quote":
                words.append(rng.choice(["quote", "open quote", "quote"]))
            else:
                words.append(rng.choice(["unquote", "close quote", "end quote"]))
        elif kind == "sym":
            if text == "-" and i + 1 < len(tok) and tok[i + 1][2] == "-":
                words.append(rng.choice(["dash dash", "dash dash",
                                         "double dash", "minus minus"]))
                i += 2
                continue
            if text == ">" and len(tok) == 1 and not quoted \
                    and rng.random() < 0.4:
                words.append(rng.choice(["redirect into", "into"]))
            else:
                words.append(rng.choice(NAT_SYM[text]))
        else:
            words.append(spoken)
        i += 1
    return " ".join(words)


NAT_OPEN = [
    "Right, next one for the box.", "Okay, ready to copy?", "Could you run",
    "Request you run the following:", "Go ahead and type", "Okay so,",
    "Right, command follows:", "Can you run", "Pop this in the terminal:",
    "Okay, on the home server please,", "Next one, please:", "Right then,",
    "Stand by... okay, here it is:", "Could you type this for me:", "",
    "Okay, erm,", "Command for the lab box:",
]
NAT_CLOSE = [
    "Over.", "That's it.", "End of command.", "Cheers.", "Thanks.",
    "How copy?", "And enter, please.", "That's the lot.", "", "", "Over.",
    "Thanks very much.", "Then hit return.",
]
FILLERS = ["erm", "uh", "right", "so", "erm", "er"]


def _join_natural(pieces, rng, drop_first_break=True):
    """pieces: list of token strings -> text with break separators."""
    out = pieces[0]
    for n, p in enumerate(pieces[1:], start=1):
        if (n == 1 and drop_first_break and p.lower().startswith(
                ("dash", "minus", "hyphen", "double dash"))
                and rng.random() < 0.3):
            out += " " + p
            continue
        r = rng.random()
        if r < 0.12:
            out += ", " + rng.choice(FILLERS) + ", break, " + p
        elif r < 0.5:
            out += ", break, " + p
        elif r < 0.65:
            out += ". Break. " + _cap(p)
        else:
            out += " break " + p
    return out


def _frame(body, opener, closer):
    text = body
    if opener:
        if opener.endswith((".", "?", ":")):
            text = opener + " " + _cap(body)
        else:
            text = opener + " " + body
    else:
        text = _cap(body)
    text = text.rstrip(".,") + "."
    if closer:
        text += " " + closer
    return text


def render_natural(tokens, rng):
    quoted = _quoted(tokens)
    pieces = [nat_token(t, rng, q) for t, q in zip(tokens, quoted, strict=True)]
    body = _join_natural(pieces, rng)
    return _frame(body, rng.choice(NAT_OPEN), rng.choice(NAT_CLOSE))


# ---------------------------------------------------------------- chaotic

LONG_OPEN = [
    "Okay, this one's for the lab server at home, the little one under the "
    "stairs, ready to copy?",
    "Right, I'm sat in the crew room with about ten minutes before the "
    "briefing, so let's get this one in. Command follows:",
    "Morning. Erm, the thing I was on about yesterday, the backup job, here "
    "it is, request you run",
    "Okay so, bear with me, I'm reading this off my kneeboard, it goes",
    "Right, layover in Glasgow, hotel wifi's rubbish, but let's try. Could "
    "you run",
    "Okay, the, the next one. It's a bit of a long one, so stand by, it's",
    "Hello again. Same box as before, the one in the loft. Here we go:",
    "Right, before the taxi gets here, can you type this for me:",
]
LONG_CLOSE = [
    "That's it. Over.", "End of command, how copy?", "Cheers, that's the lot.",
    "And that's all, thanks. Out.", "Done. Read it back to me if unsure.",
    "That should be it, thanks very much.", "Over.", "Right, that's it.",
]
ASIDES = [
    "sorry, the PA's going off in the crew room",
    "hang on, the captain's asking me something",
    "sorry, ATIS is playing in the background",
    "bear with me, reading it off the kneeboard",
    "sorry, the kettle",
    "hold on, someone's at the door",
    "one second, my phone's on four percent",
    "sorry, hotel room's got terrible signal",
]
CORRECTIONS = [
    "correction,", "correction, correction,", "negative, make that",
    "no wait, I mean", "sorry, correction,", "scratch that,",
]
RESTARTS = [
    "Disregard, from the top:", "Negative, start again.",
    "Hang on, let me start that again.", "Disregard that, I say again:",
]
SWAP_WORDS = ["data", "docs", "backup", "main", "test", "notes", "config",
              "logs", "report", "build"]


def _mutate(tok, rng):
    """A plausible wrong version of a command word (for a correction)."""
    idx = [i for i, it in enumerate(tok) if it[0] in ("digit", "letter", "word")]
    if not idx:
        return None
    i = rng.choice(idx)
    kind, spoken, text = tok[i]
    if kind == "digit":
        d = rng.choice([c for c in "0123456789" if c != text])
        new = ("digit", DIGITS[d], d)
    elif kind == "letter":
        c = rng.choice([c for c in "abcdefghijklmnoprstuvwy" if c != text.lower()])
        c = c.upper() if text.isupper() else c
        new = ("letter", LETTERS[c.lower()], c)
    else:
        w = rng.choice([w for w in SWAP_WORDS if w != spoken])
        new = ("word", w, w)
    return tok[:i] + [new] + tok[i + 1:]


def render_chaotic(tokens, rng):
    quoted = _quoted(tokens)
    pieces = [nat_token(t, rng, q) for t, q in zip(tokens, quoted, strict=True)]
    n = len(tokens)
    fixed = -1
    # correction: say a wrong word first, then fix it
    if rng.random() < 0.7:
        k = rng.randrange(n)
        wrong = _mutate(tokens[k], rng)
        if wrong is not None:
            wrong_text = nat_token(wrong, rng, quoted[k])
            if wrong_text != pieces[k]:
                pieces[k] = (wrong_text + ", " + rng.choice(CORRECTIONS) + " "
                             + pieces[k])
                fixed = k
    # a word repeated for clarity
    if rng.random() < 0.45 and n > 1:
        k = rng.randrange(1, n)
        if k != fixed:
            pieces[k] = pieces[k] + ", I say again, " + pieces[k]
    body = _join_natural(pieces, rng)
    # aside in the middle
    if rng.random() < 0.5 and n > 2:
        cut = body.find(" break", len(body) // 3)
        if cut != -1:
            body = (body[:cut].rstrip(" ,") + "... " + rng.choice(ASIDES)
                    + "... okay," + body[cut:])
    # restart from the top
    if rng.random() < 0.35:
        head = nat_token(tokens[0], rng)
        if n > 1:
            head += ", break, " + nat_token(tokens[1], rng)[:12].rstrip()
        body = head + "... " + rng.choice(RESTARTS) + " " + _cap(body)
    opener = rng.choice(LONG_OPEN) if rng.random() < 0.7 else rng.choice(NAT_OPEN)
    return _frame(body, opener, rng.choice(LONG_CLOSE + NAT_CLOSE))


# ---------------------------------------------------------------- selection

SKIP = {"wq<Enter>"}


def dictatable(cmd):
    if not cmd.isascii() or len(cmd) > 80 or cmd in SKIP:
        return False
    if any(c not in SYMBOLS and c not in ' ."' and not c.isalnum() for c in cmd):
        return False
    if "  " in cmd or cmd != cmd.strip():
        return False
    if cmd.count('"') % 2 or cmd.count("'") % 2:
        return False
    if ".." in cmd and "(" in cmd:
        return False
    return True


def load_pool():
    seen_first = {}
    out = []
    with POOL.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 4 != 3:
                continue
            cmd = json.loads(line)["command"]
            first = cmd.split()[0]
            if seen_first.get(first, 0) >= 2:
                continue
            seen_first[first] = seen_first.get(first, 0) + 1
            if dictatable(cmd) and cmd not in out:
                out.append(cmd)
    return out


def main():
    rng = random.Random(89)
    pool = load_pool()
    rng.shuffle(pool)
    chosen = []
    for cmd in pool:
        tokens = encode(cmd)
        if decode(render_clean(tokens)) != cmd:
            continue
        chosen.append((cmd, tokens))
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    rows = []
    for s, name in enumerate(SLICES):
        for cmd, tokens in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            if name == "clean":
                text = render_clean(tokens)
                assert decode(text) == cmd, (text, cmd)
            elif name == "fuzzy":
                text = render_fuzzy(tokens, rng)
            elif name == "natural":
                text = render_natural(tokens, rng)
            else:
                text = render_chaotic(tokens, rng)
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
