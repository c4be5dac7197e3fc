"""The deterministic processor, rule by rule, in both dictation styles."""

from __future__ import annotations

import pytest

from app.specialists.bash.processor import is_protocol_style, process

PROTOCOL = [
    ("git space status", "git status"),
    ("ls space dash la", "ls -la"),
    ("cd space tilde slash projects", "cd ~/projects"),
    ("git space commit space dash m space quote fix typo quote", 'git commit -m "fix typo"'),
    ("ssh space dash p space two two two two space admin at host", "ssh -p 2222 admin@host"),
    ("curl space localhost colon eight thousand", "curl localhost:8000"),
    ("echo space dollar sign home", "echo $home"),
    ("git space add space dot", "git add ."),
    ("cat space file dot txt space pipe space grep space foo", "cat file.txt | grep foo"),
    ("make space build space and and space make space test", "make build && make test"),
    ("ls space dash dash color equals auto", "ls --color=auto"),
    ("python space dash c space quote print open paren one close paren quote",
     'python -c "print(1)"'),
    ("echo space capital hello", "echo Hello"),
    ("export space all caps path equals dollar all caps path colon tilde slash bin",
     "export PATH=$PATH:~/bin"),
    ("echo space snake case user id", "echo user_id"),
    ("touch space kebab case my new file dot md", "touch my-new-file.md"),
    ("echo space pascal case user service", "echo UserService"),
    ("ls space star dot py", "ls *.py"),
    ("sleep space zero point five", "sleep 0.5"),
    ("ping space one two seven dot zero dot zero dot one", "ping 127.0.0.1"),
    ("echo space forty two", "echo 42"),
    ("echo space two eighty", "echo 280"),
    ("echo space one hundred", "echo 100"),
    ("cmd space two redirect space err dot log", "cmd 2> err.log"),
    ("cmd space two redirect ampersand one", "cmd 2>&1"),
    ("echo space hi space double greater than space log", "echo hi >> log"),
    ("sort space less than space in dot txt", "sort < in.txt"),
    ("echo space hash space comment", "echo # comment"),
    ("cd space dot dot slash dot dot", "cd ../.."),
    ("git space log space pipe pipe space true", "git log || true"),
    ("ls space minus la", "ls -la"),
    ("cat space period env", "cat .env"),
    ("cd space forward slash usr forward slash local", "cd /usr/local"),
    ("cat space file period txt space vertical bar space grep space foo",
     "cat file.txt | grep foo"),
]

NATURAL = [
    ("LS dash LA", "ls -la"),
    ("git commit dash M quote fix typo quote", 'git commit -m "fix typo"'),
    ("cat dot E N V", "cat .env"),
    ("Get status.", "git status"),
    ("rm-rf.next", "rm -rf .next"),
    ("LS-L", "ls -l"),
    ("kubectl logs dash f api dash server", "kubectl logs -f api-server"),
    ("docker run dash dash rm dash it ubuntu", "docker run --rm -it ubuntu"),
    ("npm install dash dash save dash dev jest", "npm install --save-dev jest"),
    ("kubectl get svc dash n prod", "kubectl get svc -n prod"),
    ("cd dot dot", "cd .."),
    ("cd dot dot slash dot dot", "cd ../.."),
    ("find dot dash name quote star dot py quote", 'find . -name "*.py"'),
    ("grep dash r quote todo quote dot", 'grep -r "todo" .'),
    ("tail dash f slash var slash log slash syslog", "tail -f /var/log/syslog"),
    ("ps aux pipe grep python", "ps aux | grep python"),
    ("chmod plus x run dot sh", "chmod +x run.sh"),
    ("du dash sh star", "du -sh *"),
    ("export screaming snake node env equals production", "export NODE_ENV=production"),
    ("ping one two seven dot zero dot zero dot one", "ping 127.0.0.1"),
    ("python three manage dot py migrate", "python3 manage.py migrate"),
    ("head dash n twenty log dot txt", "head -n 20 log.txt"),
    ("git log dash dash oneline", "git log --oneline"),
    ("curl dash s https colon slash slash example dot com", "curl -s https://example.com"),
    ("scp file dot tar user at box colon slash tmp", "scp file.tar user@box:/tmp"),
    ("make build and and make test", "make build && make test"),
    ("python dash m pytest two redirect ampersand one", "python -m pytest 2>&1"),
    ("echo hello redirect out dot txt", "echo hello > out.txt"),
    ("chmod dash capital r seven five five scripts", "chmod -R 755 scripts"),
    ("git checkout dash b feature slash login", "git checkout -b feature/login"),
    ("docker build dash t my dash app dot", "docker build -t my-app ."),
    ("ls dash a tilde", "ls -a ~"),
    ("echo camel case get user name", "echo getUserName"),
    ("cube control get pods", "kubectl get pods"),
    ("sudo apt install curl", "sudo apt install curl"),
    ("ls dot git", "ls .git"),
    ("source dot venv slash bin slash activate", "source .venv/bin/activate"),
    ("git push origin main", "git push origin main"),
    ("docker ps dash a pipe grep web", "docker ps -a | grep web"),
]


@pytest.mark.parametrize(("spoken", "expected"), PROTOCOL)
def test_protocol_style(spoken, expected):
    assert is_protocol_style(spoken)
    assert process(spoken) == expected


@pytest.mark.parametrize(("spoken", "expected"), NATURAL)
def test_natural_style(spoken, expected):
    assert not is_protocol_style(spoken)
    assert process(spoken) == expected


# Another author's reading of the protocol (tests/bench/third_author.py): a first token said
# as several words with one "space" after it, capitals speech recognition writes for
# acronyms, "space" said inside quotes.
OTHER_READING = [
    ("mac two unix space config dot yaml", "mac2unix config.yaml"),
    ("nagios four space dash D", "nagios4 -d"),
    ("crypt set up space open space dash r space slash dev slash sdb one",
     "cryptsetup open -r /dev/sdb1"),
    ("JSON five space dash dash help", "json5 --help"),
    ("cat space SRC slash main dot PY", "cat src/main.py"),
    ("git space reset space HEAD", "git reset HEAD"),
    ("cat space all caps readme dot MD", "cat README.md"),
    ("echo space quote zero X all caps CD space zero X twenty one quote", 'echo "0xCD 0x21"'),
    ("echo space quote hello world quote", 'echo "hello world"'),
    # a number in a quoted name joins it; among quoted words a number keeps its space
    ("cfv space dash t space quote sha two five six quote", 'cfv -t "sha256"'),
    ("nmcli space dash d space quote enp three s zero quote", 'nmcli -d "enp3s0"'),
    ("echo space quote s three cret quote", 'echo "s3cret"'),
    ("echo space quote capital profile one quote", 'echo "Profile1"'),  # one word: its number
    ("echo space quote capital profile space one quote", 'echo "Profile 1"'),
    ("faketime space single quote demo twenty three colon thirty single quote",
     "faketime 'demo 23:30'"),
    ("kill dash nine space one two three four", "kill -9 1234"),  # a separator: natural
    ("git show dash index space notes dot idx", "git show-index notes.idx"),
    # a quote holding code keeps numbers and letters with their words
    ("terraform space plan space dash var space single quote name one equals value one "
     "single quote", "terraform plan -var 'name1=value1'"),
    ("echo space quote all caps get https colon slash slash example dot com quote",
     'echo "GET https://example.com"'),
    # Whisper's acronym capitals glued to lower-case words, URL schemes, long flags
    ("CSV two TSV space input underscore CSV", "csv2tsv input_csv"),
    ("curl space HTTPS colon slash slash example dot com", "curl https://example.com"),
    ("xml space dash dash EXC dash with dash comments", "xml --exc-with-comments"),
    ("git space log space all caps head", "git log HEAD"),
    # a compound head with a symbol: protocol, unless a flag follows a said word
    ("dump dot E X fat space slash dev slash S D B one", "dump.exfat /dev/sdb1"),
    ("unar dash s space notes dot zip", "unar -s notes.zip"),
]


@pytest.mark.parametrize(("spoken", "expected"), OTHER_READING)
def test_another_authors_reading(spoken, expected):
    assert process(spoken) == expected


def test_spelled_names_starting_with_i_or_a_are_not_prose():
    from app.specialists.bash.pipeline import BashPipeline

    run = BashPipeline().run
    assert run("I two C get space I two C B U S space one").output == "i2cget i2cbus 1"
    assert run("A W S space s three space ls").output == "aws s3 ls"
    assert run("I need to run ls dash la").output == "ls -la"


def test_a_closing_sign_off_is_not_the_command():
    from app.specialists.bash.pipeline import BashPipeline

    run = BashPipeline().run
    assert run("Okay, so flake8 SRC slash build slash. That's it.", use_llm=False).output == \
        "flake8 src/build/"
    assert run("Next up, sudo updatedb. Cheers.", use_llm=False).output == "sudo updatedb"
    assert run("echo the build is done", use_llm=False).output == "echo the build is done"
    # a screencaster's and a runbook's sign-offs, and where to type it
    assert run("Alright, let's go ahead and run git stash list. Boom, there it is.",
               use_llm=False).output == "git stash list"
    assert run("I'm gonna type sudo a2ensite db.internal. Let me just hit enter, and boom.",
               use_llm=False).output == "sudo a2ensite db.internal"
    assert run("Open the command prompt and run gc dash question mark, isn't it.",
               use_llm=False).output == "gc -?"
    assert run("Someone remind me, is it nmcli alpha? Aye, it is.",
               use_llm=False).output == "nmcli alpha"
    assert run("Type base64 hyphen I ~/projects/README.md in Terminal on the Mac.",
               use_llm=False).output == "base64 -i ~/projects/README.md"
    assert run("Type Get-Service -Name docker in an elevated PowerShell window.",
               use_llm=False).output == "Get-Service -Name docker"
    assert run("echo space quote there it is quote", use_llm=False).output == \
        'echo "there it is"'
    # an engineer's "we call", "then comes", "for this we take" and what it does after
    assert run("Ja, so, one moment. We call git stash list.", use_llm=False).output == \
        "git stash list"
    assert run("Then comes git log dash dash oneline, genau.", use_llm=False).output == \
        "git log --oneline"
    assert run("For this we take git shortlog. That should list all the authors.",
               use_llm=False).output == "git shortlog"
    assert run("So, the plan is to see the branches. For that we use git branch -a, genau.",
               use_llm=False).output == "git branch -a"
    # a tired on-call engineer's framing
    assert run("Trying git fetch dash dash all next, see if that helps.",
               use_llm=False).output == "git fetch --all"
    assert run("Just a wee git stash, that should park the changes.",
               use_llm=False).output == "git stash"
    assert run("Och, gonna see the branches real quick with git branch -a, then I'm off.",
               use_llm=False).output == "git branch -a"
    # a screencaster's "and that's gonna …" and "X, not X, Y" with written names
    assert run("Go ahead and run git clean -n, and that's gonna show what it would delete.",
               use_llm=False).output == "git clean -n"
    assert run("I'm just gonna type cat notes.txt, not notes.txt, todo.md.",
               use_llm=False).output == "cat todo.md"
    # spelled-out dictation, then talk: the talk goes, a correction said so stays
    assert run("tskill space python. Send me the result when it finish.",
               use_llm=False).output == "tskill python"
    assert run("zola space serev. I misspoke, serve.", use_llm=False).output == "zola serve"
    # the command said inside an idiom, and an Australian's openers and tails
    assert run("Give git log dash dash oneline a burl.", use_llm=False).output == \
        "git log --oneline"
    assert run("Just chuck git stash pop in.", use_llm=False).output == "git stash pop"
    assert run("Reckon git pull'll do it.", use_llm=False).output == "git pull"
    assert run("Have a crack at git fetch.", use_llm=False).output == "git fetch"
    assert run("No worries, git gc should sort it.", use_llm=False).output == "git gc"
    assert run("You just punch in git status, and that'll do it.",
               use_llm=False).output == "git status"
    # an Indian English speaker's tails and openers; "only" said as a word stays
    assert run("Arre, not like that. Type git log na.", use_llm=False).output == "git log"
    assert run("One minute. Put git status itself.", use_llm=False).output == "git status"
    assert run("Just put git stash list only.", use_llm=False).output == "git stash list"
    assert run("Write git push, no need to think too much.", use_llm=False).output == "git push"
    assert run("git space fsck space double hyphen kebab connectivity only",
               use_llm=False).output == "git fsck --connectivity-only"
    # a student's question around the command
    assert run("Would it be git branch dash dash merged?", use_llm=False).output == \
        "git branch --merged"
    assert run("If I want to undo the last commit, is it kind of like git reset HEAD~1?",
               use_llm=False).output == "git reset HEAD~1"
    assert run("I guess it's git tag? I don't know.", use_llm=False).output == "git tag"
    # Whisper's pauses inside the dictation: an aside between two "...", a lone "..."
    assert run("git ... one sec, someone's at the door... stash pop",
               use_llm=False).output == "git stash pop"
    assert run("brew ... uh... space outdated", use_llm=False).output == "brew outdated"
    assert run("git space log ... space dash dash oneline", use_llm=False).output == \
        "git log --oneline"
    # a clause about what comes after it, said last ("…, and send me the screenshot")
    assert run("Just type tail -f app.log, and send me the screenshot.",
               use_llm=False).output == "tail -f app.log"
    assert run("Type git log -p, then tell me what you see.", use_llm=False).output == \
        "git log -p"
    # a teacher's remarks after the command
    assert run("Everyone type git log. Make sure you put everything in lowercase.",
               use_llm=False).output == "git log"
    assert run("Okay class, next one: git stash pop. Got that? Good.",
               use_llm=False).output == "git stash pop"
    assert run("Then type git status, and watch what it prints.",
               use_llm=False).output == "git status"
    assert run("Right, everyone type sudo apt update, sudo because it needs admin rights.",
               use_llm=False).output == "sudo apt update"


def test_prose_before_a_protocol_command_is_left_out():
    from app.specialists.bash.pipeline import BashPipeline

    run = BashPipeline().run
    assert run("I'd run gource space dash dash title space update").output == \
        "gource --title update"
    assert run("To show a variable G O space env space all caps gopath").output == \
        "go env GOPATH"
    assert run("rust up space run space foo space date").output == "rustup run foo date"
    assert run("two to three space dash L").output == "2to3 -l"
    assert run("I device backup two space list").output == "idevicebackup2 list"
    assert run("bun space pm space scan (scan dependencies for vulnerabilities)").output == \
        "bun pm scan"
    assert run("ppmtoilbm space config dot ppm and hit enter").output == "ppmtoilbm config.ppm"


SYMBOL_SYNONYMS_PEOPLE_SAY_CASES = [
    ("cargo space build space two dashes release", "cargo build --release"),
    ("pylint space double hyphen disable space main full stop py", "pylint --disable main.py"),
    ("ls space tilder stroke projects", "ls ~/projects"),
    ("cat space file underline name dot txt", "cat file_name.txt"),
    ("grep spaces quote mark foo quote mark space wildcard dot log", 'grep "foo" *.log'),
]


def test_the_rules_keep_a_reading_with_no_sentence_left_and_the_normalizer_the_rest():
    from app.specialists.bash.pipeline import BashPipeline, prose_left

    asked: list[str] = []

    def normalizer(text: str) -> str:  # records the routing; what it reads is not tested here
        asked.append(text)
        return "who"

    run = BashPipeline(normalizer=normalizer, tools=frozenset({"who"})).run
    assert run("glxgears").output == "glxgears" and run("kebab case wl paste").route == \
        "processor"
    assert run("uv space tree space dash dash no dash dev").output == "uv tree --no-dev"
    assert not asked  # a plain spelled-out reading stays with the rules
    run("uv space tree space dash dash recursive instead dash dash no dash dev")
    run("um so uv space tree space dash dash no dash dev")
    assert asked == ["uv space tree space dash dash recursive instead dash dash no dash dev",
                     "um so uv space tree space dash dash no dash dev"]  # corrected, framed
    asked.clear()
    assert run("uv space tree um space dash dash no dash dev").output == "uv tree --no-dev"
    assert not asked  # only a hesitation taken out: still the rules' reading
    placed = run("who space dash u. Oh, and I missed out the dash a. That goes straight after "
                 "who")
    assert placed.output == "who -a -u" and not asked  # a place named: exact, the rules'
    assert "missed out the dash a" in next(s.note for s in placed.stages if s.name == "cleanup")
    loop = ("for space x space in space a space b semicolon space do space echo space dollar x "
            "semicolon space done")
    assert run(loop).output == "for x in a b; do echo $x; done" and not asked  # a whole
    assert prose_left("if you want it then do this") >= 2  # loop's keywords are no prose
    assert prose_left("who is logged in right now") >= 2
    assert prose_left("docker run --rm -it ubuntu bash") == 0  # a subcommand is no prose
    assert prose_left("ls the files") == 1
    assert run("who is logged in right now").route == "llm" and asked == [
        "who is logged in right now"]


@pytest.mark.parametrize(("spoken", "expected"), [
    ("mongo restore dash dash db space users", "mongorestore --db users"),  # forgot a space
    ("sudo prosody CTL space passwd space alice", "sudo prosodyctl passwd alice"),
    ("bcftools space single quote all caps Q U A L less than two zero single quote",
     "bcftools 'QUAL<20'"),
    ("K Docker space dash F", "kdocker -f"),
    ("twurl space dash dash consumer dash key space API underscore key",
     "twurl --consumer-key api_key"),
    ("echo space single quote return capital O B J close brace single quote",
     "echo 'returnObj}'"),
])
def test_sloppy_protocol(spoken, expected):
    assert process(spoken) == expected


WORDS_WHISPER_AND_THE_PROTOCOL_SHARE_CASES = [
    ("test P A R M space data slash config dot YAML", "testparm data/config.yaml"),
    ("PNM to PS space docs slash report dot PNM", "pnmtops docs/report.pnm"),
    ("gdrive space upload space dash dash parent space three", "gdrive upload --parent 3"),
    ("sudo space audit two allow space dash dash all space dash dash why",
     "sudo audit2allow --all --why"),
    ("pylint space dash dash disable space capital C comma no dash error",
     "pylint --disable C,no-error"),
    ("perl space nikto dot PL space dash H space https://192.168.0.1:443/.",
     "perl nikto.pl -h https://192.168.0.1:443/"),
]


CORRECTIONS_AND_SIGN_OFFS_OTHER_PEOPLE_SAY_CASES = [
    ("tabula space dash R. Correction: dash N space file dot pdf. Okay, done.",
     "tabula -n file.pdf"),
    ("git space AM space dash dash abort", "git am --abort"),
    ("git space push space origin space main. Wait, no. Make that origin space develop",
     "git push origin develop"),
    ("git space log space, uh, how does it go, dash dash oneline, actually dash dash graph",
     "git log --graph"),
    ("gunzip gunzip sorry start again sudo space ufw space enable", "sudo ufw enable"),
    ("Okay, what was it, status, hang on, I mean M I N I S I G N space dash capital V M",
     "minisign -Vm"),
]


def test_a_closing_sentence_about_the_command_is_not_read():
    from app.specialists.bash.cleanup import without_closing
    from app.specialists.bash.pipeline import BashPipeline

    run = BashPipeline().run
    assert run("So basically it's DNF provides date. Thanks. No rush.").output == \
        "dnf provides date"
    assert run("I need the command host localhost. That's for the staging box.").output == \
        "host localhost"
    assert run("This one is to make a pull request. For this one, GH PR alpha.").output == \
        "gh pr alpha"
    assert without_closing("ls dash la. It's for the docs.") == "ls dash la."
    assert without_closing("git log. That's to git status.") == "git log. That's to git status."


def test_a_whole_command_said_again_is_counted_as_a_restart():
    from app.specialists.bash.cleanup import clean

    again = clean("tor dash dash version, scratch that, git space status")
    assert again.text == "git space status" and again.restarts == 1
    word = clean("git push origin main no wait origin develop")
    assert word.corrections == 1 and word.restarts == 0


@pytest.mark.parametrize(("spoken", "expected"), [
    ("W G E T 2 dash capital P docs", "wget2 -P docs"),
    ("B 2 SUM dash C data slash data dot B", "b2sum -c data/data.b"),
    ("I 2 C D E T E C T dash L", "i2cdetect -l"),
    ("head dash N 5 notes dot txt", "head -n 5 notes.txt"),  # a flag's number stays apart
])
def test_a_digit_inside_a_spelled_name(spoken, expected):
    assert process(spoken) == expected


def test_spelled_names_stay_on_the_rules():
    from app.specialists.bash.pipeline import BashPipeline, spelled_letters

    assert spelled_letters("P B Z I P 2 dash P 4") == 5
    asked: list[str] = []
    run = BashPipeline(normalizer=lambda t: asked.append(t) or "ls").run
    assert run("So I want P B Z I P 2 dash P 4 data dot CSV").route == "processor"
    assert not asked


WHAT_A_CORRECTION_TAKES_BACK_CASES = [
    ("Nvidia dash S M I space M I G space not dash dash verbose, dash dash list dash GPU "
     "dash instances.", "nvidia-smi mig --list-gpu-instances"),
    ("echo do not disturb, please", "echo do not disturb"),
    ("So so, sudo space kernel dash install space remove. Correction, add space latest space "
     "kernel underscore image.", "sudo kernel-install add latest kernel_image"),
    ("Protector space master, sorry, main space minus repos", "protector main -repos"),
]


AFTERTHOUGHTS_AND_SENTENCE_CAPITALS_CASES = [
    ("p7zip dash dash keep. Oh, I forgot, it ends with tilde slash projects slash notes dot T X T.",
     "p7zip --keep ~/projects/notes.txt"),
    ("UV space remove space dash dash group space docs", "uv remove --group docs"),
    ("Hmm, okay, status, hang on, I mean Git info, thanks.", "git info"),
]


NATURAL_FRAMING_AND_HYPHENS_CASES = [
    ("Alright, the command is systemd hyphen ask hyphen password dash dash help.",
     "systemd-ask-password --help"),
    ("ab hyphen t sixty notes dot txt", "ab -t 60 notes.txt"),  # a short one is a flag
    ("I'd like Coffee dash dash compile notes dot coffee, if you don't mind.",
     "coffee --compile notes.coffee"),
    ("Give me PW hyphen config dash dash name jack.conf. Thanks again.",
     "pw-config --name jack.conf"),
]


def test_a_filler_word_said_after_a_symbol_is_dictated():
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run("mpv space minus so space main period so").output == \
        "mpv -so main.so"
    assert BashPipeline().run("GST hyphen discoverer hyphen one point zero space notes dot log"
                              ).output == "gst-discoverer-1.0 notes.log"


def test_what_whisper_wrote_as_one_word_is_kept_as_written():
    from app.specialists.bash.pipeline import kept_verbatim

    assert kept_verbatim("whois dash b 8.8.8.8", "whois -b 8.8.8.0") == "whois -b 8.8.8.8"
    assert kept_verbatim("cat notes.PDF", "cat notes.pdf") == "cat notes.pdf"  # casing: read
    assert kept_verbatim("cp a.txt b.txt", "cp a.txt b.txt") == "cp a.txt b.txt"
    assert kept_verbatim("ls docs", "ls -la") == "ls -la"


MORE_OF_HOW_PEOPLE_SAY_SYMBOLS_CASES = [
    ("pct space status space one double zero", "pct status 100"),
    ("D O G space example dot com space at symbol one dot one dot one dot one",
     "dog example.com @1.1.1.1"),
    ("diff space less than open paren sops space notes close paren", "diff <(sops notes)"),
    ("phing dash f build point xml alpha", "phing -f build.xml alpha"),
]


SPACING_HINTS_LEAD_INS_AND_FALSE_STARTS_CASES = [
    ("Type this: echo hi pipe tee out put dot txt, no spaces.", "echo hi | tee output.txt"),
    ("time who am I, no spaces", "time whoami"),
    ("Type this: docker run dash dash rm Ubuntu who am I, no spaces.",
     "docker run --rm ubuntu whoami"),  # at most the last three words
    ("grep dash R to do, no spaces, src", "grep -r todo src"),  # not a correction's "no"
    ("ssh admin at web server two, no spaces", "ssh admin@webserver2"),
    ("git add dot, on its own, please", "git add ."),
    ("Right, next one: cargo build dash dash release.", "cargo build --release"),
    ("Could you put in ls dash L A?", "ls -la"),
    ("system CTL status nginx", "systemctl status nginx"),
    ("P N G to P N M photo dot png", "pngtopnm photo.png"),
    ("Q M list", "qm list"),  # letters then a word: a tool and its subcommand
    ("Prettier, uh, prettier dash dash check src", "prettier --check src"),
    ("sudo npm install, um, npm install dash G yarn", "sudo npm install -g yarn"),
    ("the option should be dash dash quiet", "--quiet"),  # "dash dash" is no false start
    ("git log, sorry, not log, status dash S", "git status -s"),  # "not X" names what goes
    ("cat space notes dot txt. Correction: git space status.", "git status"),  # a new command
    ("ls space src slash. Scratch that. Git space log", "git log"),  # not "slash scratch"
    ("ping space localhost, actually no. Curl space example dot com", "curl example.com"),
    ("dig example dot com and not example dot org,", "dig example.com"),  # said after
    ("uh glx I mean glxgears", "glxgears"),  # the new word extends the first
    ("The command is IMG 2 P N G photo dot jpg", "img2png photo.jpg"),  # initials, a digit
]
WHAT_THOSE_RULES_LEAVE_ALONE_CASES = [  # a reviewer's inputs: each once came out wrong
    ("cd here", "cd here"), ("man man", "man man"), ("xdotool key Enter", "xdotool key enter"),
    ("git commit dash am wip not done", "git commit -am wip not done"),
    ("echo dollar LD underscore LIBRARY underscore PATH", "echo $LD_LIBRARY_PATH"),
    ("curl dash X POST localhost", "curl -X POST localhost"), ("vim Makefile", "vim Makefile"),
    ("cowsay MOO", "cowsay moo"), ("ssh user dash name at host", "ssh user-name@host"),
    ("ls dash la, sorry, tree dash L 2", "tree -l 2"),
    ("echo quote it works on its own quote", 'echo "it works on its own"'),
    ("cat config dot yml, I mean catalog dot yml", "cat catalog.yml"),
]

SECOND_AUTHOR_HABITS_CASES = [  # the second author's set, read at last: its habits, new words
    ("ls slash t m p slash cache", "ls /tmp/cache"),
    ("cd slash tea em pea", "cd /tmp"), ("wget h t tea pea s colon slash slash a dot io",
                                         "wget https://a.io"),
    ("gcc space main dot see space dash o space app", "gcc main.c -o app"),
    ("shnsplit space dash f space main dot cue", "shnsplit -f main.cue"),  # a file type
    ("pamflip space a dot pam space angle bracket space b dot pam", "pamflip a.pam > b.pam"),
    ("echo space open angle bracket foo close angle bracket", "echo <foo>"),
    ("now space login", "now login"), ("write space ubuntu space two zero", "write ubuntu 20"),
    ("now git space status", "git status"),  # "now" said before a command: framing
    ("capital get dash capital history", "Get-History"),  # PowerShell's Verb-Noun
    ("capital set dash capital location space dot dot", "Set-Location .."),
    ("echo quote are you sure quote", 'echo "are you sure"'),
    ("tar space dash x f space a dot tar um b dot txt", "tar -xf a.tar b.txt"),
    ("What I'm after is uptime please", "uptime"),
    ("start with du, then for the options put dash s h", "du -sh"),
    ("The program is df, and the arguments are dash h", "df -h"),
    ("I want ping and after that dash c three localhost", "ping -c 3 localhost"),
    ("ls dash la, oh and add slash etc to the end", "ls -la /etc"),
    ("head dash n five, wait, that's wrong, it's ten", "head -n 10"),
    ("echo quote that's wrong quote", "echo \"that's wrong\""),  # in quotes: the text
    ("fallocate dash l ten capital G disk dot img", "fallocate -l 10G disk.img"),
    ("k d e connect space dash l", "kdeconnect -l"), ("p run x space test", "prunx test"),
    ("lsblk, not dash f but dash m", "lsblk -m"), ("sudo slash usr slash bin slash env",
                                                    "sudo /usr/bin/env"),
    ("okay so k d f, hmm no, free dash h", "free -h"), ("cd d, no wait, docs", "cd docs"),
    ("sleep, and then five after that, almost forgot", "sleep 5"),
    ("truncate hyphen s space zero space app dot log", "truncate -s 0 app.log"),
    ("D N F provides date for me.", "dnf provides date"),  # spelled letters: one word
    ("jhat space hyphen pea space eight zero eight zero", "jhat -p 8080"),
    ("pngquant space dash dash skip hyphen if hyphen larger uhh report dot png",
     "pngquant --skip-if-larger report.png"),
    ("echo quote not now but soon quote", 'echo "not now but soon"'),
]

WHAT_THIS_SESSIONS_RULES_LEAVE_ALONE_CASES = [  # a reviewer's inputs: each once came out wrong
    ("emacs init dot el", "emacs init.el"), ("ar x libfoo dot a", "ar x libfoo.a"),
    ("ls dash l pipe tee x", "ls -l | tee x"),
    ("echo hi jay are you there", "echo hi jay are you there"),
    ("count the C S V rows wc dash l data dot csv", "wc -l data.csv"),
    ("git commit dash m quote fix parser and add tests quote",
     'git commit -m "fix parser and add tests"'),
    ("git commit dash m fix scroll to the end", "git commit -m fix scroll to the end"),
    ("grep quote followed by quote notes dot txt", 'grep "followed by" notes.txt'),
    ("echo that's wrong it's fine", "echo that's wrong it's fine"),
    ("logger not urgent but check disk", "logger not urgent but check disk"),
    ("dot slash deploy dot sh slash var slash www", "./deploy.sh /var/www"),
    ("docker space run space dash dash name space web dash a space nginx",
     "docker run --name web-a nginx"),
    ("feh x no wait y", "feh y"),
]

PROTOCOL_NUMBERS_AND_CAPS_CASES = [  # the dev sets' clean lines that still failed
    ("port space one oh one", "port 101"), ("dash peer space twenty oh one", "-peer 2001"),
    ("chmod space seven oh oh space file", "chmod 700 file"),
    ("sleep five oh wait six", "sleep 6"),  # "oh" before a correction is no zero
    ("sudo space strace space dash p space one two three for", "sudo strace -p 1234"),
    ("crunch space one space argument to", "crunch 1 argument2"),
    ("command one space pipe space wc", "command1 | wc"),
    ("unison space dash ignore space all caps to do", "unison -ignore TODO"),
    ("echo space quote all caps get space all caps from quote", 'echo "GET FROM"'),
    ("lvmconfig space dash dash with spaces", "lvmconfig --withspaces"),
    ("cat space immich dash go slash config", "cat immich-go/config"),  # not "go stash"
]

SLOTS_SPELLING_AND_TRAILING_OFF_CASES = [  # a wordy speaker's habits (author8, a dev set)
    ("svg2png, then minus w, with the number 800, minus minus height, then 600, main dot svg",
     "svg2png -w 800 --height 600 main.svg"),
    ("bzip2, now comes the flag dash dash decompress, um, slash tmp slash photo.bz",
     "bzip2 --decompress /tmp/photo.bz"),
    ("cp notes dot txt into the folder backup", "cp notes.txt backup"),
    ("git commit dash m fix the file name", "git commit -m fix the file name"),
    ("A R P A name space example period com", "arpaname example.com"),  # spelled, no slot
    ("ls dash l of Lorenzo", "ls -l"), ("tar dash x as in xray f", "tar -xf"),
    ("echo a for all", "echo a for all"),
    ("lebab, dash dash... dash dash replace. Oh, I forgot, at the end comes main.",
     "lebab --replace main"),
    ("dump dot exfat, then slash... eh slash dev slash sdb1.", "dump.exfat /dev/sdb1"),
    ("nix-store dash dash tree... Uh, forward slash nix", "nix-store --tree /nix"),
    ("uprecords dash q, no, forget that one, dash d", "uprecords -d"),
    ("Good afternoon. I would like to run sort notes dot txt bigger than out dot txt, and that "
     "is everything. Please execute it.", "sort notes.txt > out.txt"),
    ("dust, then dash... I mean dash d, with the number 3.", "dust -d 3"),
    ("Capital Dump all caps NTLM dot... I mean capital Dump all caps NTLM dot py",
     "DumpNTLM.py"),  # the correction repeats what was said: it starts where that did
    ("dumpe2fs, and then minus b, the file is slash dev slash sdb1", "dumpe2fs -b /dev/sdb1"),
    ("ls dash l and then pwd", "ls -l && pwd"),  # a second command: "and then" is &&
    ("nagios4, one moment, after that dash d. Thank you.", "nagios4 -d"),
    ("psgrep... scratch that. So, again: psgrep dash s", "psgrep -s"),
]

WHISPER_HYPHENS_AND_SCENE_SETTING_CASES = [  # a fast speaker's habits (author7, a dev set)
    ("cargo space clean, space dash-dash release.", "cargo clean --release"),
    ("umount space data forward-slash projects", "umount data/projects"),
    ("swig space minus intgosize space sixty-four", "swig -intgosize 64"),
    ("cat notes dot txt redirect to out dot txt", "cat notes.txt > out.txt"),
    ("echo quote hello unquote pipe into wc", 'echo "hello" | wc'),
    ("grep single quote main end single quote notes.txt", "grep 'main' notes.txt"),
    ("ls home directory slash projects", "ls ~/projects"),
    ("compgen space hyphen capital V space all uppercase compreply", "compgen -V COMPREPLY"),
    ("cd projects double ampersand make", "cd projects && make"),
    ("So before I rerun the pipeline, mkinitcpio dash dash hookhelp demo.",
     "mkinitcpio --hookhelp demo"),
    ("For the feature store thing, slurmd dash H.", "slurmd -h"),
    ("In the notebook env I need lzip dash dash decompress input dot L Z for me",
     "lzip --decompress input.lz"),
    ("Let me do chkconfig dash dash list, before I rerun the notebook.", "chkconfig --list"),
    ("Quick one. Routel test for me", "routel test"),
    ("What I want is top", "top"), ("The command I need is df dash h. Thanks.", "df -h"),
    ("Give me skaffold run dash dash filename data.yaml, sorry, not data.yaml, skaffold.yaml",
     "skaffold run --filename skaffold.yaml"),
    ("mysqlcheck dash dash check events dash dash user foo, wait no, deploy, dash dash "
     "password hunter2", "mysqlcheck --check events --user deploy --password hunter2"),
    ("head dash n 10 test dot P N M, I mean, input dot P N M",
     "head -n 10 input.pnm"),  # a natural-style word replaces one word
    ("eselect release release or rather profile list", "eselect profile list"),
    ("lslocks dash p 7, sorry, I mean 5, dash q, no, forget that one. That is all.",
     "lslocks -p 5"),  # a digit corrects a digit; "forget that one" takes the flag back
    ("Good afternoon. I would like to run sudo. And then arptables dash L.",
     "sudo arptables -l"),  # a sentence that ends in a command is no description
    ("Okay, this one should launch QGIS. qgis", "qgis"),
    ("Um, please, the command goes like this: boltctl, and then forget, wlan0.",
     "boltctl forget wlan0"),
    ("Run dash mailcap space dash dash action equals view", "run-mailcap --action=view"),
    ("ppmmake main 640 1024", "ppmmake main 640 1024"),  # Whisper's numbers stay apart
    ("openssl genrsa 2 0 4 8", "openssl genrsa 2048"),  # digits read one by one: one number
    ("T T Y D space dash capital w space make rather than test,", "ttyd -W make"),
    ("pdftex notes period yaml that should be notes dot tex", "pdftex notes.tex"),
    ("gimme ln dash sf alpha beta", "ln -sf alpha beta"),
    ("nproc double dash ignore twenty three sorry one hundred.", "nproc --ignore 100"),
    ("Toolbox space list space dash V, oops, minus C.", "toolbox list -c"),
    ("monop space capital system dot capital md er make it capital system dot cap string",
     "monop System.String"),  # the restated run replaces all it repeats
    ("mdp dash dash dry hyphen run, sorry, dash dash nofade talk.md", "mdp --nofade talk.md"),
    ("uv space tree space dash dash recursive instead dash dash no dash dev", "uv tree --no-dev"),
    ("git checkout main instead of master", "git checkout main instead of master"),
    ("Git reset-file data.txt, actually notes.txt. Hopefully that works.",
     "git reset-file notes.txt"),
    ("gst-launch-1.0 space test space exclamation space videoconvert",
     "gst-launch-1.0 test ! videoconvert"),
]

PURPOSE_CLAUSES_AND_IN_PLACE_CORRECTIONS_CASES = [  # a casual speaker's habits (author9, dev)
    ("Run w, I need to see who is logged in.", "w"),
    ("Tabula dash n file.pdf, to pull every table out of a PDF.", "tabula -n file.pdf"),
    ("Just do kubectl top pods, that should show resource use.", "kubectl top pods"),
    ("Gc dash e graph.dot. I want to count only edges.", "gc -e graph.dot"),
    ("So, to show the regulatory domain I'd type iw reg get.", "iw reg get"),  # a lead-in
    ("git commit dash m quote done, to be safe quote", 'git commit -m "done to be safe"'),
    ("Can you run conda report export, sorry, not report, env, I want to see the details.",
     "conda env export"),  # the named word, said once earlier, replaced where it stands
    ("bun main trust dash dash all, sorry, not main, pm", "bun pm trust --all"),
    ("Git cat-file dash s all caps head", "git cat-file -s HEAD"),  # a hyphen Whisper wrote
    ("ls-la", "ls -la"), ("sudo rm-rf build", "sudo rm -rf build"),  # at the head: a flag
    ("Type pamslice dash r 100 dash xmgr notes.pam", "pamslice -r 100 -xmgr notes.pam"),
    ("bgpgrep dump.mrt dash peer 10.0.0.1", "bgpgrep dump.mrt -peer 10.0.0.1"),
    ("searchsploit dash dash cve 2021 hyphen 44228", "searchsploit --cve 2021-44228"),
    ("sudo apt-get update", "sudo apt-get update"),  # a known name is no flag
    ("cargo rustdoc dash dash dash dash allow warnings", "cargo rustdoc -- --allow warnings"),
    ("cat notes dot txt greater than slash tmp slash out dot txt", "cat notes.txt > /tmp/out.txt"),
    ("api underscore key-k color", "api_key-k color"),  # past the head: a name (plan-b)
    ("Just scrot-is.", "scrot -is"),
    ("ls tilda/projects slash src", "ls ~/projects/src"),
    ("bcftools filter dash dash soft dash filter capital low capital qual main dot vcf",
     "bcftools filter --soft-filter LowQual main.vcf"),  # a name said part by part
    ("curl dash capital x all caps post localhost", "curl -X POST localhost"),
    ("Wanna set the project version, uv version one dot two dot three.", "uv version 1.2.3"),
    ("I wanna run poetry show, dash capital t.", "poetry show -T"),  # "run": no purpose
    ("top my bad conda lemme think info", "conda info"),
    ("Pamac list double hyphen output pardon dash dash installed.", "pamac list --installed"),
]

BRITISH_SPEECH_CASES = [  # a British sysadmin's habits (author10, a dev set)
    ("Could you pop in rr replay, cheers.", "rr replay"),
    ("Be a love and type vmstat, ta very much.", "vmstat"),
    ("Would you mind typing uptime. Lovely, cheers.", "uptime"),
    ("Sesearch dash dash allow, thanks ever so.", "sesearch --allow"),
    ("grep space inverted commas todo inverted commas space notes dot txt",
     'grep "todo" notes.txt'),
    ("echo space speech marks hi speech marks", 'echo "hi"'),
    ("ls space tilde stroke projects", "ls ~/projects"),
    ("ping space one nought dot nought dot nought dot one", "ping 10.0.0.1"),
    ("sort space hyphen double u", "sort -w"), ("poll space one double naught", "poll 100"),
    ("cat space a dot txt space right angle bracket space b dot txt", "cat a.txt > b.txt"),
    ("echo space dollar left round bracket date right round bracket", "echo $(date)"),
    ("bun space pm space the word hash", "bun pm hash"),  # "the word": not a symbol
    ("Watchexec, sorry, not watchexec, caffeine hyphen hyphen httpx, sorry, not hyphen httpx, "
     "hyphen help.", "caffeine --help"),  # every "not X, Y" in the line
    ("Mkid dash dash, scrap that, mkid dash dash statistics", "mkid --statistics"),
    ("gitstats space block, sorry, I meant src stroke input", "gitstats src/input"),
    ("solo space data slash, where was i, serial underscore port", "solo data/serial_port"),
]


def test_a_long_flag_whisper_wrote_joined_gets_its_space():
    assert process("mongorestore --db space users") == "mongorestore --db users"


@pytest.mark.parametrize(("spoken", "expected"), [
    *SYMBOL_SYNONYMS_PEOPLE_SAY_CASES,
    *WORDS_WHISPER_AND_THE_PROTOCOL_SHARE_CASES,
    *CORRECTIONS_AND_SIGN_OFFS_OTHER_PEOPLE_SAY_CASES,
    *WHAT_A_CORRECTION_TAKES_BACK_CASES,
    *AFTERTHOUGHTS_AND_SENTENCE_CAPITALS_CASES,
    *NATURAL_FRAMING_AND_HYPHENS_CASES,
    *MORE_OF_HOW_PEOPLE_SAY_SYMBOLS_CASES,
    *SPACING_HINTS_LEAD_INS_AND_FALSE_STARTS_CASES,
    *WHAT_THOSE_RULES_LEAVE_ALONE_CASES,
    *SECOND_AUTHOR_HABITS_CASES,
    *WHAT_THIS_SESSIONS_RULES_LEAVE_ALONE_CASES,
    *PROTOCOL_NUMBERS_AND_CAPS_CASES,
    *SLOTS_SPELLING_AND_TRAILING_OFF_CASES,
    *WHISPER_HYPHENS_AND_SCENE_SETTING_CASES,
    *PURPOSE_CLAUSES_AND_IN_PLACE_CORRECTIONS_CASES,
    *BRITISH_SPEECH_CASES,
])
def test_other_speakers_through_the_pipeline(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


def test_an_installed_tool_named_first_survives_a_correction_of_its_argument():
    from app.specialists.bash.pipeline import BashPipeline

    said = "So before I rerun the pipeline, flox alpha, wait no, activate main dot txt."
    assert BashPipeline(tools=frozenset({"flox"})).run(said).output == "flox activate main.txt"
    assert BashPipeline().run(said).output == "activate main.txt"  # more said: a new command


def test_after_an_installed_program_a_dash_starts_a_flag_unless_it_names_another():
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"tcc", "espeak", "espeak-ng", "pnmcrop"})
    read = BashPipeline(tools=tools).run
    assert read("T C C dash run report dot C").output == "tcc -run report.c"
    assert read("espeak hyphen N G dash F README.md").output == "espeak-ng -f README.md"
    assert read("p n m crop dash white data dot p n m").output == "pnmcrop -white data.pnm"
    assert BashPipeline().run("pnmcrop dash white data dot pnm").output == \
        "pnmcrop-white data.pnm"  # not installed: a hyphenated name, as before


def test_a_word_put_back_as_heard_shows_in_the_trace():
    from app.specialists.bash.pipeline import BashPipeline

    def normalizer(text: str) -> str:  # a near miss, as the trained one makes on addresses
        return "whois space dash b space eight dot eight dot eight dot zero"

    result = BashPipeline(normalizer=normalizer).run(
        "whois dash F, no wait, dash B 8.8.8.8 for the owner of it")  # prose: the normalizer
    assert result.output == "whois -b 8.8.8.8" and result.route == "llm"
    assert [s.name for s in result.stages if s.name == "as heard"] == ["as heard"]


def test_installed_tools_are_the_executables_on_the_path(tmp_path):
    from app.specialists.bash.installed import tools_on

    (tmp_path / "bin").mkdir()
    for name, mode in (("lvreduce", 0o755), ("README", 0o644), ("XCowSay", 0o755)):
        (tmp_path / "bin" / name).write_text("#!/bin/sh\n")
        (tmp_path / "bin" / name).chmod(mode)
    (tmp_path / "bin" / "folder.d").mkdir()
    path = f"{tmp_path / 'bin'}:{tmp_path / 'gone'}"
    assert tools_on(path) == {"lvreduce", "xcowsay"}


@pytest.mark.parametrize(("spoken", "tools", "expected"), [
    ("sudo l v reduce dash dash size dash four zero capital G foo", {"lvreduce"},
     "sudo lvreduce --size -40G foo"),
    ("sudo l v reduce dash dash size dash four zero capital G foo", set(),
     "sudo lv reduce --size -40G foo"),
    ("x cow say dash dash image cow dot png", {"xcowsay"}, "xcowsay --image cow.png"),
    ("couch d b dash i", {"couchdb"}, "couchdb -i"),
    ("go env all caps GOPATH", {"goenv"}, "go env GOPATH"),  # a subcommand stays
    ("ls pipe s l d to p p m", {"sldtoppm"}, "ls | sldtoppm"),
    ("echo l v reduce", {"lvreduce"}, "echo lv reduce"),  # only where a command stands
    ("t l p minus stat dash dash p s u p", {"tlp-stat"}, "tlp-stat --psup"),
    ("G S T hyphen inspect", {"gs"}, "gst-inspect"),  # not gs and a T
    ("U sleep five ampersand ampersand whoami", {"usleep"}, "usleep 5 && whoami"),
])
def test_a_name_said_in_parts_joins_only_into_an_installed_program(spoken, tools, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset(tools)).run(spoken).output == expected


def test_the_trace_says_which_name_the_installed_programs_joined():
    from app.specialists.bash.pipeline import BashPipeline

    pipeline = BashPipeline(tools=frozenset({"lvreduce"}))
    joined = pipeline.run("sudo l v reduce dash dash size five capital G foo")
    plain = pipeline.run("l s dash l a")
    assert joined.output == "sudo lvreduce --size 5G foo"
    assert [s.note for s in joined.stages if s.name == "processor"] == [
        "joined as installed: lvreduce"]
    assert [s.note for s in plain.stages if s.name == "processor"] == [""]




@pytest.mark.parametrize(("spoken", "expected"), [
    ("Um, pint, uh, pint. That's it.", "pint"),  # a pause between two sayings: one
    ("Um, G L X gears, uh, G L X gears.", "glxgears"), ("man man", "man man"),
    ("Lsar, no, from the top: lsar dash dash help, please.", "lsar --help"),
    ("Could you put in V G scan, please? Oh wait, with sudo in front.", "sudo vgscan"),
    ("P K G M K dash D, please. Wait, and add dash IM on the end.", "pkgmk -d -im"),
    ("Sudo N T F S fix slash dev slash SDB one.", "sudo ntfsfix /dev/sdb1"),
    ("git tag V one point one", "git tag v1.1"), ("ls dash v two", "ls -v 2"),
    ("wg-quick down enp three s zero", "wg-quick down enp3s0"),
])
def test_false_starts_afterthoughts_and_device_names(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pint", "glxgears", "lsar", "vgscan", "pkgmk", "ntfsfix", "wg-quick"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [
    ("Dotty hyphen l m foo slash t m p slash graph dot g v please", "dotty -lm foo /tmp/graph.gv"),
    ("Tunelp dash i 5 forward slash dev slash lp0.", "tunelp -i 5 /dev/lp0"),
    ("ls data slash tmp", "ls data/tmp"),  # no path after it: a relative one
    ("eksctl create cluster dash dash config hyphen file equal sign tilde slash projects slash "
     "all caps readme period m d", "eksctl create cluster --config-file=~/projects/README.md"),
    ("circo dash capital tea demo", "circo -T demo"),
    ("kubectl get all dash capital hey", "kubectl get all -A"),
])
def test_absolute_paths_flag_values_and_capital_letters_heard_as_words(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [
    ("gst-launch-1.0 test bang queue bang main", "gst-launch-1.0 test ! queue ! main"),
    ("uptime bang star", "uptime !*"), ("sudo bang bang", "sudo !!"),
    ("sc guion bajo ttlexp backup.warts", "sc_ttlexp backup.warts"),  # a Spanish speaker
    ("roll comillas 2d20 comillas", 'roll "2d20"'),
    ("ssh deploy arroba server1", "ssh deploy@server1"),
])
def test_a_bang_between_words_stands_alone_and_spanish_symbol_names(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


def test_an_extension_whisper_wrote_in_capitals_is_lower_case_unless_asked():
    from app.specialists.bash.pipeline import BashPipeline

    read = BashPipeline().run
    assert read("pbmclean space docs slash archive.PBM").output == "pbmclean docs/archive.pbm"
    assert read("cat space all caps readme dot all caps md").output == "cat README.MD"
    assert read("snakefmt space one zero cero").output == "snakefmt 100"  # Spanish zero


@pytest.mark.parametrize(("spoken", "expected"), [
    ("resize2fs dash Q, er, not that, dash P /dev/sdb1", "resize2fs -p /dev/sdb1"),
    ("Git rename hyphen tag latest V 1.0", "git rename-tag latest v1.0"),
    ("MKFS dot E R O F S dash capital U demo", "mkfs.erofs -U demo"),  # an installed name
    ("backup slash slash Factorio dash dash create", "backup//factorio --create"),
    ("ls slash etc", "ls /etc"),  # after a known command the path starts apart
])
def test_not_that_versions_dotted_names_and_paths_at_the_head(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"resize2fs", "git", "mkfs.erofs", "mkfs", "ls"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


RADIO_PROCEDURE_AND_LABELLED_SENTENCES_CASES = [  # a radio officer's habits (author11, dev)
    ("Purpose of this one: show the version. Message reads: aspell dash dash version. Over.",
     "aspell --version"),  # a description's label drops its sentence, another only itself
    ("Send this: ghdl dash s top dot vhdl. Purpose: check the syntax. How copy? Over.",
     "ghdl -s top.vhdl"),
    ("Type as follows: truncate dash s 0 app dot log. Over and out.", "truncate -s 0 app.log"),
    ("Okay, uh, send this: gdalbuildvrt, negative, gdm hyphen restart.", "gdm-restart"),
    ("Please enter dust. Disregard that. I say again, dust dash d three.", "dust -d 3"),
    ("Hang on, the kettle's going. Go ahead and type uptime.", "uptime"),  # small talk
    ("ls dash l. Sorry, bit of noise on my end.", "ls -l"),
    ("ls dash l. Sorry, dash a.", "ls -a"),  # a correction is no small talk
    ("Correction: git status", "git status"),
    ("Message reads: zip, correction, zile.", "zile"),  # one name, then a program's
    ("updatectl dash dash replace, correction, --reboot update", "updatectl --reboot update"),
    ("rvm space remove space three decimal one one", "rvm remove 3.11"),
    ("Please enter zip zip let me correct that zile.", "zile"),  # said twice, then corrected
    ("bun pm trust dash - all", "bun pm trust --all"),  # a dash said, then one written
    ("sue do space apt space update", "sudo apt update"), ("Pop in get abort.", "git abort"),
    ("get blame main config dot yaml", "git blame main config.yaml"),
    ("cp space source forward slash a space b", "cp source/a b"),  # "source" is a name too
    ("echo quote hi unquote pipe into wc, oh and add dash l at the end", 'echo "hi" | wc -l'),
    ("luanti dash dash server, dash dash... I mean dash dash port, 8080.",
     "luanti --server --port 8080"),  # the run that trailed off is said again whole
    ("choose, then double dash exclusive, I hope this is clear, after that 1 colon 4",
     "choose --exclusive 1:4"),
    ("mirrord exec dash n default dash dash, oh, and add date at the end",
     "mirrord exec -n default -- date"),  # an addition after a symbol is a word of its own
    ("docker run nginx:latest", "docker run nginx:latest"),
]


@pytest.mark.parametrize(("spoken", "expected"), RADIO_PROCEDURE_AND_LABELLED_SENTENCES_CASES)
def test_radio_procedure_and_labelled_sentences(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"zile", "zip"})).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # an Indian-English engineer (author12, dev)
    ("Kindly type ls hyphen l, please do the needful.", "ls -l"),
    ("Just type jdeps, one minute, double hyphen config, means, help, please do the needful.",
     "jdeps --help"),  # "means" set off by commas corrects; "echo this means war" does not
    ("echo this means war", "echo this means war"),
    ("Kindly put eix --n... wait, from the starting, eix --not --license main in the terminal.",
     "eix --not --license main"),
    ("ssh deploy at the rate server1", "ssh deploy@server1"),
    ("make space jobs equal to four", "make jobs=4"),
    ("echo space open double quotes hi close double quotes", 'echo "hi"'),
    ("Just type soxi backup.wav, this is to display the metadata.", "soxi backup.wav"),
    ("Rustup self update, this is to update rustup, please do the needful.",
     "rustup self update"),  # the sign-off after the purpose clause
    ("Okay so basically we need to execute a script from a file. Kindly type expect "
     "run.exp", "expect run.exp"),  # "a file": a noun, not the file command
    ("pgmkernel space eight double zero space greater than symbol space out dot pgm",
     "pgmkernel 800 > out.pgm"),
])
def test_indian_english_dictation(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


def test_every_space_said_is_a_command_and_an_installed_program_takes_plain_words():
    from app.specialists.bash.pipeline import BashPipeline

    said = "openstack space flavor space show space 10"  # "show" reads as prose, "space" not
    assert BashPipeline().run(said).output == "openstack flavor show 10"
    assert BashPipeline(tools=frozenset({"pio"})).run("Just pio lib show curl.").output == \
        "pio lib show curl"
    assert BashPipeline().run("Just pio lib show curl.").output == ""  # unknown: a sentence
    assert BashPipeline().run("cd projects slash double ampersand make").output == \
        "cd projects/ && make"


WHAT_THE_NEW_VOCABULARY_LEAVES_ALONE_CASES = [  # a reviewer's inputs: each once came out wrong
    ("Git commit dash m feat: add login page.", "git commit -m feat add login page"),
    ("Echo error: disk full.", "echo error disk full"),  # a colon after a command: no label
    ("Git config dash dash global user dot name quote capital John capital Smith end quote.",
     'git config --global user.name "John Smith"'),  # capitals inside quotes stay apart
    ("Git add src slash dev slash main dot py.", "git add src/dev/main.py"),
    ("rsync dash a backup slash etc slash dest", "rsync -a backup/etc/dest"),
    ("git commit dash m quote handle negative values quote",
     'git commit -m "handle negative values"'),
    ("git commit dash m quote disregard previous commit quote",
     'git commit -m "disregard previous commit"'),
    ("echo quote I say again quote", 'echo "i say again"'),
    ("Date dash d quote one minute ago end quote.", 'date -d "1 minute ago"'),
    ("Sudo passwd roger.", "sudo passwd roger"), ("Echo game over.", "echo game over"),
    ("git checkout plan-b", "git checkout plan-b"), ("Ping server-b.", "ping server-b"),
    ("Pip install decimal.", "pip install decimal"),
    ("Git commit dash m, this is to fix the login bug.",
     "git commit -m this is to fix the login bug"),  # a message is no purpose clause
    ("Echo quote, green, means go, end quote.", 'echo "green means go"'),
    ("git commit dash m quote update the word list quote", 'git commit -m "update the word list"'),
    ("echo the word is out", "echo the word is out"),
    ("export all caps queue underscore size equals five", "export QUEUE_size=5"),
    ("git commit dash m quote capital hey there quote", 'git commit -m "Hey there"'),
]


@pytest.mark.parametrize(("spoken", "expected"), WHAT_THE_NEW_VOCABULARY_LEAVES_ALONE_CASES)
def test_what_the_new_vocabulary_leaves_alone(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected", "tools"), [  # natural speech, session of 11-27
    ("Pueue parallel --group developers twenty.", "pueue parallel --group developers 20", ()),
    ("Gcrane gc demo / 3/myapp pipe xargs -n 1 gcrane delete.",  # a head Whisper wrote stays
     "gcrane gc demo / 3/myapp | xargs -n 1 gcrane delete", ()),
    ("run df dash h to see how much room is left", "df -h", ()),  # a bare purpose clause
    ("hcitool name data to output the name of a device", "hcitool name data", ()),
    ("To display help it's setarch hyphen h.", "setarch -h", ()),
    ("export all caps variable=hello", "export VARIABLE=hello", ()),
    ("Magick identify slash tmp/report dot pdf.", "magick identify /tmp/report.pdf", ()),
    ("Please run lldb dash w dash n quote engine x quote", 'lldb -w -n "nginx"', ()),
    ("Subfinder hyphen silent hyphen d example.com.", "subfinder -silent -d example.com",
     ("subfinder",)),  # after an installed program, "hyphen" starts a flag …
    ("systemd hyphen ask hyphen password", "systemd-ask-password",
     ("systemd", "systemd-ask-password")),  # … unless it goes on into a program's name
    ("Be a love and type vmstat 2 5.", "vmstat 2 5", ()),  # two written digits, two numbers
    ("ping dash c 2 0 4 8 localhost", "ping -c 2048 localhost", ()),  # digit by digit: one
    ("echo space dollar open bracket whoami close bracket space a open bracket x close "
     "bracket", "echo $(whoami) a[x]", ()),  # after a dollar, "bracket" is a command
    # substitution; the next one, an index, is not
])
def test_natural_speech_of_strangers(spoken, expected, tools):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset(tools)).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a sentence before ends in a noun phrase
    ("Okay so basically we need to analyze traffic from a PCAP file. Kindly type zeek double "
     "hyphen readfile src/notes.trace.", "zeek --readfile src/notes.trace"),
    ("Next one for the club box. Send this: lebab dash dash replace main.",
     "lebab --replace main"),
    ("Okay, so now we run the program apachectl. And then configtest, that is it.",
     "apachectl configtest"),  # "the program X.": the command, not a noun
])
def test_a_sentence_that_ends_in_a_noun_phrase_is_not_the_command(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"box", "file", "zeek", "lebab", "apachectl"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # an instructor narrating (author14, dev)
    ("Okay, type along with me: slurmd minus h, that's a lowercase h. Take your time. Any "
     "questions so far?", "slurmd -h"),  # a label with a colon, a note, remarks after
    ("Eyes up here for a second. Let me type this out for you: id dash gn. Everyone got "
     "that?", "id -gn"),
    ("For this one, just type reflector --latest 10, and we hit enter.", "reflector --latest 10"),
    ("Let's go ahead and run eog --slide-show, that's the slide show option, docs/logs.",
     "eog --slide-show docs/logs"),
    ("Hmm, so cal. Oh, and it ends with data.", "cal data"),  # more of it, not a remark
    ("So what we're going to do here is type trawl dash l.", "trawl -l"),  # a lead-in verb
    ("We do that with pwsh -NoExit.", "pwsh -NoExit"),
    ("Now I'm typing velero backup create demo.", "velero backup create demo"),
    ("I wanna run xdotool type dash dash delay 500", "xdotool type --delay 500"),  # its own
    ("echo quote hi, that's the spirit quote", 'echo "hi that\'s the spirit"'),  # user's
])
def test_remarks_around_the_command_go(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"slurmd", "reflector", "eog", "cal", "trawl", "pwsh", "velero", "xdotool"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # German-English (author16, dev)
    ("Ja, so, the command reads dkms status. Genau.", "dkms status"),
    ("Please type xcv x report.pdf, ja?", "xcv x report.pdf"),  # a tag question
    ("Also, etcdctl snapshot save snapshot.db is what you need, it will save a snapshot.",
     "etcdctl snapshot save snapshot.db"),
    ("Next step, please execute claude commit, then we can continue.", "claude commit"),
    ("Ähm, please execute crontab with the option -l, that is it.", "crontab -l"),
    ("translate dash dash lang ja hello", "translate --lang ja hello"),  # "ja" said as a word
])
def test_german_english_dictation(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"dkms", "xcv", "etcdctl", "claude", "crontab", "translate"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # reading a support chat aloud (author15)
    ("It says P-I-P debug --implementation foo.", "pip debug --implementation foo"),
    ("Sorry, I'm not a computer person. The line says uuidgen, --random.", "uuidgen --random"),
    ("He's written adb logcat. I'm just copying what he's got.", "adb logcat"),
    ("It says equery, depgraph then there's vim.", "equery depgraph vim"),
    ("He wants me to type bpytop, because he says it'll start bpytop.", "bpytop"),
    ("Please execute birdc set, sorry, again from the start, please execute birdc show route.",
     "birdc show route"),
    ("It says tailscale file, G-E-T, all one word, data slash projects.",
     "tailscale file get data/projects"),
    ("He wants me to type sbkmanager, whoops, sdkmanager dash dash update.",
     "sdkmanager --update"),
    ("It says to type syztemd-delta, uh, it's actually, systemd-delta", "systemd-delta"),
    ("It says bats space hyphen capital t space docs slash test dot bats",
     "bats -T docs/test.bats"),
    ("It says bitwise 0x563d, so it'll convert from hexadecimal, apparently.", "bitwise 0x563d"),
])
def test_reading_a_command_aloud(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pip", "uuidgen", "adb", "equery", "bpytop", "birdc", "tailscale",
                       "sdkmanager", "systemd-delta", "bats", "bitwise"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # an instructor's slips (author14, chaotic)
    ("Now I'm typing wa-, walker, and there we go.", "walker"),  # a word broken off
    ("Let's go ahead and run gui-, uh, guile script.scm.", "guile script.scm"),
    ("faker space dash dash quiet, not dash dash quiet but dash dash repeat",
     "faker --repeat"),  # "not X but Y": X was just said
    ("We do that with pamstack dash c, not c but t, foo.pam. Let's see if it complains.",
     "pamstack -t foo.pam"),
    ("echo space quote not bad but good quote", 'echo "not bad but good"'),  # the user's text
    ("The command reads hub, not hub, trayer.", "trayer"),  # "X, not X, Y"
    ("blackfire space na ja, run space foo", "blackfire run foo"),  # German-English asides
    ("Please execute rails space wait a second, minus minus bsd, ah no, minus minus version.",
     "rails --version"),
    ("Right, let's do GH help.", "gh help"),
    ("Now I'm typing zrok invite. And, well, you get the idea.", "zrok invite"),
])
def test_an_instructors_slips(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"walker", "guile", "faker", "pamstack", "gh", "zrok", "trayer", "rails"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # symbol names other people use
    ("pg underscore dump space app underscore db space greater than sign space out dot sql",
     "pg_dump app_db > out.sql"),
    ("lxc space snapshot space square bracket open origin double point square bracket close "
     "redis", "lxc snapshot [origin:]redis"),  # the noun first, "double point" for a colon
    ("rpicam dash still space dash o space the squiggle slash backup dot rgb",
     "rpicam-still -o ~/backup.rgb"),  # an article before a symbol's name
])
def test_symbol_names_other_people_use(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline().run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # quotes Whisper wrote
    ('If you want to search a Zip archive, you would type zipgrep "main" /tmp/main.zip.',
     'zipgrep "main" /tmp/main.zip'),  # around an argument: the user's quotes
    ('Okay, type "git status".', "git status"),  # around the whole command: the sentence's
    ("Now I'm typing ppmpat 640 greater than re-, um, ppmpat 640 greater than report.ppm.",
     "ppmpat 640 > report.ppm"),  # a word broken off, then the command again
    ("dtrx space dash dash recursive, oops, let me fix that, dash dash flat", "dtrx --flat"),
])
def test_quotes_whisper_wrote_and_more_slips(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"zipgrep", "ppmpat", "dtrx"})).run(spoken).output \
        == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # French-English (author17, dev)
    ("pacman space minus majuscule f space photo point j p g", "pacman -F photo.jpg"),
    ("git space log space head in capitals tilde two", "git log HEAD~2"),  # casing said after
    ("s s h space alice arobase db", "ssh alice@db"),
    ("Alors, on the server, we launch acme.sh --issue --domain example.com, and it's good.",
     "acme.sh --issue --domain example.com"),
    ("Euh, we do poetry check minus minus lock, like that.", "poetry check --lock"),
])
def test_french_english_dictation(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pacman", "acme.sh", "poetry"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a screen-reader user's habits (author18)
    ("tree space dash cap papa space data", "tree -P data"),  # NATO letters after a dash
    ("golf hotel space repo space fork space deploy slash myapp", "gh repo fork deploy/myapp"),
    ("vnstat space dash dash live space dash india space enp three sierra zero",
     "vnstat --live -i enp3s0"),
    ("stty space dash echo", "stty -echo"),  # a real flag, not the letter e
    ("S T T Y space minus echo", "stty -echo"),
    ("ghc space minus echo space test", "ghc -e test"),  # elsewhere, the letter (author83)
    ("xh space get space https colon slash slash postman dash echo dot com",
     "xh get https://postman-echo.com"),  # a name's word: no space before the dash
    ("at space the word alpha colon foo", "at alpha:foo"),  # "the word": NATO's word itself
    ("postgres space double dash alpha equals one two eight", "postgres --alpha=128"),
    ("literal hash space dash romeo", "hash -r"),  # "literal": the word, not the symbol
    ("ls space dash dash literal", "ls --literal"),
    ("zmv space single quote paren star close paren dot log single quote", "zmv '(*).log'"),
    ("monodevelop space dash dash no dash redirect", "monodevelop --no-redirect"),
    ("Then cargo binstall --no-confirm requests, and that's it.",
     "cargo binstall --no-confirm requests"),  # not "install": a subcommand of its own
    ("Next: git ls-remote dash tango, because I need the tags.", "git ls-remote -t"),
    ("Iverilog dash oscar /tmp/executable /tmp/output.v. Enter.",
     "iverilog -o /tmp/executable /tmp/output.v"),
    ("Now az connect -g Resource underscore Group underscore Name.",
     "az connect -g Resource_Group_Name"),  # every part capitalised: the name's casing
])
def test_a_screen_reader_users_habits(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"tree", "gh", "vnstat", "stty", "postgres", "hash", "zmv", "monodevelop",
                       "cargo", "cargo-binstall", "git", "git-ls-remote", "iverilog", "az"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # run-on casual speech (author19, dev)
    ("Browse through all available cheatsheets. Run navi.", "navi"),  # what for, said first
    ("bro it's literally just sudo btrbk dash v dryrun", "sudo btrbk -v dryrun"),
    ("alright lemme do adb start-server and then we'll see what happens", "adb start-server"),
    ("So we're gonna type getent group staff and it's gonna do its thing.",
     "getent group staff"),
    ("alright lemme type dvc add docs. this is gonna add one or more data files",
     "dvc add docs"),  # "or more" is English, not a second command
    ("Ok so basically we need to start multi-line mode so I'm gonna type tgpt --multiline",
     "tgpt --multiline"),  # past the "multi-line" of the reason
    ("Dillo duckduckgo.com, this is gonna launch Dillo", "dillo duckduckgo.com"),
    ("Lemme throw in mytop so basically it starts mytop", "mytop"),
    ("lowkey the easiest way to list all archives in a repository is just borg list data/backup",
     "borg list data/backup"),
    ("Real quick, until ssh admin at example dot com semicolon do sleep 2 semicolon done",
     "until ssh admin@example.com; do sleep 2; done"),
    ("Conda script hold up init --reverse", "conda init --reverse"),
    ("okular dash dash presentation squiggly slash photo dot jpg",
     "okular --presentation ~/photo.jpg"),
])
def test_run_on_casual_speech(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"navi", "btrbk", "adb", "getent", "dvc", "tgpt", "dillo", "mytop",
                       "borg", "until", "conda", "okular"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


def test_an_apostrophe_in_a_word_opens_no_quote():
    from app.specialists.bash.postcheck import post_check

    assert post_check("echo it's done").command == "echo it's done"
    assert post_check("echo 'it").command == "echo 'it'"


@pytest.mark.parametrize(("spoken", "expected"), [  # a Unix greybeard (author22, dev)
    ("dconf space read space minus d space whack key", "dconf read -d /key"),  # jargon names
    ("sudo space snort space minus l space twiddle whack logs whack", "sudo snort -l ~/logs/"),
    ("pnmmontage space notes dot pnm space into space slash tmp whack backup dot pnm",
     "pnmmontage notes.pnm > /tmp/backup.pnm"),  # "into", "under": symbols only in protocol
    ("darling space program under argument", "darling program_argument"),
    ("kubectl space wait space minus minus for space condition equals available",
     "kubectl wait --for condition=available"),  # a subcommand, not a correction
    ("Sui. Belay that. Sum space data slash report dot pdf.", "sum data/report.pdf"),
    ("Kid, grype alpine:v2.1.0 --fail-on demo. You'll thank me later.",
     "grype alpine:v2.1.0 --fail-on demo"),  # whom he talks to, and a remark, go
    ("Here's what you type, kid: prowler gcp.", "prowler gcp"),
    ("Simple. Crane tag ubuntu v1.0, and you're done.", "crane tag ubuntu v1.0"),
    ("Punch in koji call --help and hit return.", "koji call --help"),
    ("Run chkconfig --list if you need to list services with runlevel.", "chkconfig --list"),
    ("Kid, just do a dnf versionlock add flask. Works every time.",
     "dnf versionlock add flask"),
    ("Go ahead and type lxc-info --help. It'll display help, no fuss.", "lxc-info --help"),
    ("If you want to lock all virtual console sessions, it's vlock --all. Old habit.",
     "vlock --all"),
])
def test_a_unix_greybeards_dictation(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"dconf", "snort", "pnmmontage", "darling", "kubectl", "sum", "sui",
                       "grype", "prowler", "crane", "koji", "chkconfig", "dnf", "lxc-info",
                       "vlock"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Indian-English protocol (author21, dev)
    ("gow space hyphen small v space run space dot", "gow -v run ."),  # "small": lower case
    ("cat space photo dot double p m", "cat photo.ppm"),  # "double p": the letter twice
    ("find space tilde symbol slash projects slash space pipe symbol space fzf",
     "find ~/projects/ | fzf"),  # "<symbol> symbol"
    ("oh hyphen m y hyphen posh space init", "oh-my-posh init"),  # a filler inside a name
    ("if space open square bracket open square bracket space hyphen small d space build space "
     "close square bracket close square bracket semicolon space then space foo semicolon space "
     "fi", "if [[ -d build ]]; then foo; fi"),  # "then" after ";" is the shell's
    ("gpg space dash dash sign space file", "gpg --sign file"),  # "sign" after a dash stays
])
def test_indian_english_protocol(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"gow", "find", "fzf", "gpg"})).run(spoken).output \
        == expected


def test_remarks_stay_where_a_correction_may_reach_back():
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"tor", "lb"})
    assert BashPipeline(tools=tools).run(
        "Tor dash dash version. Actually, double dash config. Trust me.").output == "tor --config"


@pytest.mark.parametrize(("spoken", "expected"), [  # Indian-English natural (author21, dev)
    ("To list controls, kindly type crane delete alpine. Then only it will work.",
     "crane delete alpine"),
    ("Please run duf and tell me what output you are getting.", "duf"),
    ("You can simply give rustup show home and you will get the output.", "rustup show home"),
    ("Just give pueue shutdown in the terminal, you will get the output.", "pueue shutdown"),
    ("Note it down: timidity --list data.mid. You will get the output.",
     "timidity --list data.mid"),  # a label that asks, not one that describes
    ("Actually it is simple, you have to run androguard apkid app.apk, okay na?",
     "androguard apkid app.apk"),  # the last lead-in past plain words
    ("Type it exactly like this, polybar-msg cmd hide, okay na?", "polybar-msg cmd hide"),
    ("Do one thing, simply run arithmetic -r 7. You will get the output.", "arithmetic -r 7"),
    ("Write it down: kotlin -version. Actually it will display Kotlin and JVM version.",
     "kotlin -version"),
])
def test_indian_english_natural_speech(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"crane", "duf", "rustup", "pueue", "timidity", "androguard",
                       "polybar-msg", "arithmetic", "kotlin"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # British protocol (author20, dev)
    ("rename space inverted comma y forward slash capital a hyphen capital z forward slash "
     "single quote", "rename 'y/A-Z/'"),  # an opener of no kind takes its closer's
    ("jq space single quote full stop answers inverted comma", "jq '.answers'"),
    ("luajit space dash e space single quote print open paren quote hi quote close paren "
     "single quote", "luajit -e 'print(\"hi\")'"),  # a twin closes; quotes inside are text
    ("awk space single quote capital n capital r per cent three single quote", "awk 'NR%3'"),
    ("xed space double hyphen encoding space all upper case windows hyphen one two five two",
     "xed --encoding WINDOWS-1252"),
])
def test_british_protocol(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"rename", "jq", "luajit", "awk", "xed"})).run(
        spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # British natural speech (author20, dev)
    ("Right, so what I want is inxi -G, if that's alright.", "inxi -G"),
    ("Let's do mandb double hyphen test, then we'll see where we are.", "mandb --test"),
    ("Next up is pikman data, lovely.", "pikman data"),
    ("Have a go with stern web-1, would you?", "stern web-1"),
    ("Give bun pm hash-string a go, I reckon that'll sort it.", "bun pm hash-string"),
    ("Right, last thing. Run pnpm outdated --global and we're done.", "pnpm outdated --global"),
    ("I'd run apt moo, I reckon.", "apt moo"),
    ("Right, so if you could just run ts-node double hyphen skipProject data/output.ts, cheers.",
     "ts-node --skipProject data/output.ts"),  # camelCase is the speaker's, not a sentence's
])
def test_british_natural_speech(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"inxi", "mandb", "pikman", "stern", "bun", "pnpm", "apt", "ts-node"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # protocol words that look like speech
    ("rustup space which space whoami", "rustup which whoami"),  # not a trailing "which …"
    ("yadm space enter", "yadm enter"),  # not the key
    ("biff space time space add space one w space now", "biff time add 1w now"),
    ("subl space point", "subl ."),
    ("snmpwalk space dash l space no capital auth capital no capital priv",
     "snmpwalk -l noAuthNoPriv"),  # "no" opens a word, corrects nothing
])
def test_protocol_words_that_look_like_speech(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"rustup", "yadm", "biff", "subl", "snmpwalk"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # lead-ins and sign-offs of many speakers
    ("What's on the screen is idnits src/data.txt. He says it should check a file.",
     "idnits src/data.txt"),  # "<plain words> is X"
    ("Ähm, please execute batch, that is it.", "batch"),  # not "that is": a slot
    ("He's put wireplumber, he says that'll run it after pipewire is started.", "wireplumber"),
    ("The next command on the slide is rbt diff. Go ahead and copy that down.", "rbt diff"),
    ("We start with kubectl, and then we pass it delete alpha --all. And we hit enter.",
     "kubectl delete alpha --all"),
    ("You launch idevicedate, and voilà.", "idevicedate"),
    ("Throw in ect-keep data.png.", "ect -keep data.png"),  # an installed ect, no ect-keep
])
def test_lead_ins_and_sign_offs_of_many_speakers(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"idnits", "batch", "wireplumber", "pipewire", "rbt", "kubectl",
                       "idevicedate", "ect", "next", "screen"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # slips and sign-offs (author19, author20)
    ("Just type uv tool remove, beg your pardon, install vim and hit enter, cheers.",
     "uv tool install vim"),
    ("If you could run ipinfo greipp docs/main.txt, no, hang on, run ipinfo grepip "
     "docs/main.txt.", "ipinfo grepip docs/main.txt"),  # "run X" after a fix: said again
    ("bro it's literally just pvs scratch that lemme run pveperf bro I think that's right",
     "pveperf"),
])
def test_slips_and_sign_offs(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"uv", "ipinfo", "pvs", "pveperf"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a voice-control user (author24, dev)
    ("kebab pkg config space double hyphen libs space library numeral one",
     "pkg-config --libs library1"),  # Talon's formatters alone, "numeral"
    ("pihole space camel update gravity", "pihole updateGravity"),
    ("snake f m t space src", "snakefmt src"),  # spelled letters, not a formatter's words
    ("Right, type kebab linode cli over tickets reply 20, then enter.",
     "linode-cli tickets reply 20"),  # "over" ends the formatted name
    ("Alright, run kebab speedtest rs --no-upload. Enter.", "speedtest-rs --no-upload"),
    ("Run gradle clean double hyphen info, go.", "gradle clean --info"),  # the key press
    ("Now insert popeye double hyphen context alpha. Go.", "popeye --context alpha"),
    ("Type rfetch hyphen a, press return.", "rfetch -a"),
    ("Run go build, go.", "go build"),
])
def test_a_voice_control_users_habits(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pkg-config", "pihole", "snakefmt", "linode-cli", "speedtest-rs",
                       "gradle", "popeye", "rfetch", "go"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # an incident call (author25, dev)
    ("Executing step 9: veracrypt -k data/keyfile /dev/sdb1.",
     "veracrypt -k data/keyfile /dev/sdb1"),
    ("Step 6 of the runbook is qjoypad quote main quote. Executing.", 'qjoypad "main"'),
    ("Copy, step 4. St -T fix. Stand by.", "st -T fix"),
    ("Roger. Zathura /tmp/config.yaml. Next.", "zathura /tmp/config.yaml"),
    ("Going to run mt -f /dev/nstb rewind, then we check the logs.", "mt -f /dev/nstb rewind"),
    ("Per the runbook, syft src/data/.", "syft src/data/"),
    ("Mpc space next.", "mpc next"),  # "next" said as the argument stays
    ("We start with kubectl, and then we pass it delete alpha --all.",
     "kubectl delete alpha --all"),
])
def test_an_incident_call(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"veracrypt", "qjoypad", "st", "zathura", "mt", "syft", "mpc", "kubectl"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # "not X, Y" where X was said further back
    ("So, sort --verbose notes.txt, not --verbose, --reverse.", "sort --reverse notes.txt"),
    ("Okay, mamba repoquery build foo, not build, whoneeds, yeah.", "mamba repoquery whoneeds foo"),
    ("csvcut space dash dash verbose space data dot csv, not dash dash verbose, dash dash "
     "columns so I can extract columns.", "csvcut --columns data.csv"),
    ("NPM alpha, sorry, not alpha, test, requests, thanks.", "npm test requests"),
])
def test_not_x_where_x_was_said_further_back(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"sort", "mamba", "csvcut", "npm"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a data scientist's slips (author23, dev)
    ("Um, podm... podman space pull space dash h, that's it.", "podman pull -h"),
    ("Can you run nping --count 15 example.com, oh wait, --count 10 example.com or something.",
     "nping --count 10 example.com"),
])
def test_a_data_scientists_slips(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"podman", "nping"})).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # protocol slips
    ("wrangler dev space dash dash host space ten dot zero dot zero dot five",
     "wrangler dev --host 10.0.0.5"),  # an installed tool and its subcommand, no "space"
    ("xsv space sample space one oh space input dot csv", "xsv sample 10 input.csv"),
])
def test_protocol_slips(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"wrangler", "xsv"})).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # asides between commas
    ("Punch in localectl list-x11-keymap-variants, I've typed this a thousand times, alpha.",
     "localectl list-x11-keymap-variants alpha"),
    ("Debug, make that dpkg, hmm, -l, and I can't stress this enough, error, and you're done.",
     "dpkg -l error"),
    ("Okay so, gamma step dash capital O data, I mean main, please.", "gammastep -O main"),
])
def test_asides_between_commas(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"localectl", "dpkg", "gammastep"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Nigerian English (author27, dev)
    ("If you want to open two files, make you run vimdiff src/index.html data/index.html, "
     "no wahala.", "vimdiff src/index.html data/index.html"),  # not a correction's "no"
    ("It is easy. You go type flex analyzer.l, you get?", "flex analyzer.l"),
    ("Oya type dpkg hyphen l error, e go list installed packages.", "dpkg -l error"),
    ("go run main.go", "go run main.go"),  # "go run" is a command, not "you go run"
])
def test_nigerian_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"vimdiff", "flex", "dpkg", "go"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a podcast host's confirmations (author28)
    ("Write this down: bundletool dump resources, that's r-e-s-o-u-r-c-e-s, --values.",
     "bundletool dump resources --values"),  # spelled to confirm
    ("It's sar dash r ALL, all caps, 1 20.", "sar -r ALL 1 20"),  # casing to confirm
    ("The command is uuidd, all lowercase, --random.", "uuidd --random"),
    ("You type ipcalc 192.168.0.1 forward slash 24, that's a forward slash.",
     "ipcalc 192.168.0.1/24"),  # the symbol named again
])
def test_a_podcast_hosts_confirmations(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"bundletool", "sar", "uuidd", "ipcalc", "metaflac"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Australian English (author26, dev)
    ("G'day, can you whack in pkgctl build please?", "pkgctl build"),  # not "whack" for /
    ("Next one's npm audit fix --dry-run.", "npm audit fix --dry-run"),
    ("Sudo semanage user dash l, no worries.", "sudo semanage user -l"),  # no correction
    ("Righto, just chuck in abbr --rename demo data.", "abbr --rename demo data"),
    ("Just run caller 3, mate.", "caller 3"),
    ("Bang in trash-empty and she'll be right.", "trash-empty"),
])
def test_australian_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pkgctl", "npm", "semanage", "abbr", "caller", "trash-empty"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a podcast host, more (author28, dev)
    ("Now, run hlint src/README.md --refactor-options. Display additional options.",
     "hlint src/README.md --refactor-options"),  # what it does, said as an order after it
    ("On screen, if you're watching the video version, you'll see crontab -l.", "crontab -l"),
    ("Last one for today, a good one: rmpc, all lowercase, update.", "rmpc update"),
    ("It is ppmtoxpm dash h, that's a dash, as in minus, output.ppm.", "ppmtoxpm -h output.ppm"),
])
def test_a_podcast_hosts_asides(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"hlint", "display", "crontab", "rmpc", "ppmtoxpm"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # closing particles (author27, dev)
    ("Abeg run magick import -window 100 docs/input.jpg o.",
     "magick import -window 100 docs/input.jpg"),
    ("No wahala, oya type comm file1 file2 sha.", "comm file1 file2"),
    ("nm space dash dash debug minus syms space docs slash backup dot o",
     "nm --debug-syms docs/backup.o"),
    ("type set space tack o", "set -o"),  # a flag's letter stays
    ("You will now type docker buildx rm --all-inactive.", "docker buildx rm --all-inactive"),
])
def test_closing_particles(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"magick", "comm", "nm", "set", "docker"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


def test_a_run_verb_opening_a_clause_leads_in():
    from app.specialists.bash.pipeline import BashPipeline

    pipeline = BashPipeline(tools=frozenset({"hlint", "mhwd-kernel"}))
    assert pipeline.run("Now, for everyone sitting at a terminal, run mhwd-kernel --list."
                        ).output == "mhwd-kernel --list"
    assert pipeline.run("Righto mate, type in hlint --list and hit enter.").output == \
        "hlint --list"


@pytest.mark.parametrize(("spoken", "expected"), [  # spelling a misheard name (author26)
    ("Just chuck in Portz, let me spell it, p-o-r-t-s space dash l?", "ports -l"),
    ("Gybo, let me spell it, g-i-b-o search hello, and that should do it, I reckon.",
     "gibo search hello"),
    ("Can you whack in start, sorry mate, ifconfig dash a, cheers.", "ifconfig -a"),
    ("Add, nah, not that, the other one, trayer, too easy.", "trayer"),
])
def test_spelling_a_misheard_name(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"ports", "gibo", "ifconfig", "trayer", "start", "add"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


def test_closing_sentences_of_a_show():
    from app.specialists.bash.pipeline import BashPipeline

    pipeline = BashPipeline(tools=frozenset({"minikube", "konsole"}))
    assert pipeline.run("Okay, type this: minikube service docker --url. Got it? Good."
                        ).output == "minikube service docker --url"
    assert pipeline.run("Konsole --background-mode. That's the command.").output == \
        "konsole --background-mode"


@pytest.mark.parametrize(("spoken", "expected"), [  # Dragon's and Talon's "correct X to Y"
    ("Run qm tests 100, correct tests to test, --purge, press return.", "qm test 100 --purge"),
    ("echo fix the typo correct typo to text", "echo fix the typo correct typo to text"),
])
def test_correct_x_to_y(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    assert BashPipeline(tools=frozenset({"qm"})).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # "I misspoke", "let me read that again"
    ("Zola space serev. I misspoke, serve.", "zola serve"),
    ("run gh org data hmm, dash capital L 102, I misspoke, 100.", "gh org data -L 100"),
    ("The full command reads fincore src forward slash main.py. Hold on, that's not right. "
     "Let me read that again. Fincore src/main.py. Okay, moving on.", "fincore src/main.py"),
    ("Type lsmod... Wait, let me read that again: Lsmod, that's l-s-m-o-d.", "lsmod"),
    ("git commit dash m quote I misspoke quote", 'git commit -m "i misspoke"'),  # the text
    ("If you want to update the binary repository as final release step, you type pkgctl db "
     "updaet. I misspoke, update.", "pkgctl db update"),  # the sentence before it holds it
    ("Just type acpi --pro. Correction: --proc.", "acpi --proc"),  # a flag: not a new command
    ("The full command reads waitpid -f. Sorry, that's -e, pid1 pid2.", "waitpid -e pid1 pid2"),
    ("Sudo space tlmrg, sorry, that's tlmgr, space alpha space add space main.",
     "sudo tlmgr alpha add main"),
    ("And the magic words are slurp -h. Correction: -p. I always forget that one, honestly.",
     "slurp -p"),  # a remark, not "forget that one"
    ("git status dash s, no, forget that one.", "git status"),
])
def test_misspoke_and_read_again(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"zola", "gh", "fincore", "lsmod", "git", "pkgctl", "acpi", "waitpid",
                       "tlmgr", "slurp"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Nigerian English, more (author27, dev)
    ("Just type getfacl hyphen a, ehm, not that one, double hyphen numeric ~/projects/.",
     "getfacl --numeric ~/projects/"),  # "not that one" takes back what came before
    ("Unalias space data, not that one, demo.", "unalias demo"),
    ("Oya type zstd --all, sorry, no, --decompress config.zst, then we move to the next one.",
     "zstd --decompress config.zst"),  # what happens next, after a comma
    ("Lxc minus info space dash x, ehn, I mean, dash dash help. Then we move to the next one.",
     "lxc-info --help"),  # and as a sentence of its own
    ("git status. Then we move to the next one.", "git status"),
    ("Say you need to lint a project. We do that with ng lint demo.", "ng lint demo"),
])
def test_not_that_one_and_what_comes_next(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"getfacl", "unalias", "zstd", "lxc-info", "git", "ng", "next"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # "I wanted to say", "I restart" (author17)
    ("Ok so, for to display version, we do ispell -f, sorry, I wanted to say -v.", "ispell -v"),
    ("I execute c s space output space euh, backend, euh no, I restart. Ok so c s space install "
     "space backend.", "cs install backend"),
    ("Ok so netstat space minus minus udp space minus minus program space if I remember well, "
     "minus minus numeric", "netstat --udp --program --numeric"),  # an aside
    ("echo I wanted to say hello", "echo i wanted to say hello"),  # the user's text
])
def test_wanted_to_say_and_restart(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"ispell", "cs", "netstat"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # remarks between commas (author15, dev)
    ("Nemo two dashes qvit, no, hang on, dash dash, my eyes aren't what they were, quit.",
     "nemo --quit"),
    ("Um, the line says kustomize space, he types so fast, create space two dashes autodetect",
     "kustomize create --autodetect"),
    ("Mailx space dash a space slash tmp slash script dot sh space, sorry about this, dash s "
     "space quote foo quote space main", 'mailx -a /tmp/script.sh -s "foo" main'),
])
def test_remarks_between_commas(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"nemo", "kustomize", "mailx"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # voice control's fixes (author18, dev)
    ("Okay, run swayidle -a tilde /config.yaml, replace -a with -C.", "swayidle -C ~/config.yaml"),
    ("Command: resolveip 8.1.1.1, replace 8.1.1.1 with 1.1.1.1.", "resolveip 1.1.1.1"),
    ("echo hello, replace this with that", "echo hello replace this with that"),  # the text
    ("pueue space remove space 100 space dash dash verbose, undo that, two zero",
     "pueue remove 100 20"),  # the flag goes, what follows takes its place
    ("So, please type for me b3sum, photo dot jpg, then the option dash v, no, forget that one, "
     "and then bigger than report.txt", "b3sum photo.jpg > report.txt"),
    ("Okay, run scala-cli --jvm temurin:17, if I remember right.", "scala-cli --jvm temurin:17"),
    ("pwd space dash dash physical, should be right", "pwd --physical"),
])
def test_voice_control_fixes(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"swayidle", "resolveip", "pueue", "b3sum", "scala-cli", "pwd"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


def test_a_hesitation_before_a_fix_is_no_space():
    from app.specialists.bash.pipeline import BashPipeline

    pipeline = BashPipeline(tools=frozenset({"mix"}))
    assert pipeline.run("So, mix space item, ah no, I mean new space demo, that's the command."
                        ).output == "mix new demo"
    assert pipeline.run("output dot c uh main dot y").output == "output.c main.y"


@pytest.mark.parametrize(("spoken", "expected"), [  # a support agent on the phone (author29)
    ("Okay ma'am, the next command is pnpm test. Please press enter after typing it.",
     "pnpm test"),
    ("We need to edit the configuration. So ma'am, please type espanso edit config. After that, "
     "press enter.", "espanso edit config"),
    ("Next command, sir. Enscript dash dash help hyphen highlight. Then press enter po.",
     "enscript --help-highlight"),
    ("msgfmt space src slash notes point po space minus o space main point mo",
     "msgfmt src/notes.po -o main.mo"),  # "po" after a symbol: a word
])
def test_a_support_agent_on_the_phone(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pnpm", "espanso", "enscript", "msgfmt"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # ticket notes and read-backs (author29)
    ("Ticket note: advised customer to run cargo logout. Purpose: Remove an API token from the "
     "local credential storage.", "cargo logout"),  # the one labelled sentence holding it
    ("Troubleshooting step two: had the customer run ipcrm -m 100. Waiting for the result.",
     "ipcrm -m 100"),
    ("Thank you for waiting, ma'am. On your terminal, please key in rustdoc src slash lib dot "
     "rs, then hit enter.", "rustdoc src/lib.rs"),
    ("Please type sudo rpmconf -a. Again sir, that's dash just the letter a. Then press enter.",
     "sudo rpmconf -a"),  # the part said again
    ("useradd space dash m space user", "useradd -m user"),
])
def test_ticket_notes_and_read_backs(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"cargo", "ipcrm", "rustdoc", "rpmconf", "useradd"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a navigator in pair programming (author30)
    ("Okay, slapt-src, then a dash u.", "slapt-src -u"),  # "a" before a flag: speech
    ("Good. Now gradle clean, a double dash info.", "gradle clean --info"),
    ("tar dash x a dash f", "tar -xa -f"),  # letters
    ("Goal is to build a site. Right, hugo server, and then --minify, nothing else. Good.",
     "hugo server --minify"),
    ("Ansible-lint, projects. Trust me.", "ansible-lint projects"),
    ("Yep. Right, now just type qemu-img resize input.img. Yep, that's it.",
     "qemu-img resize input.img"),
])
def test_a_navigator_in_pair_programming(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"slapt-src", "gradle", "tar", "hugo", "ansible-lint", "qemu-img"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # the command told in chunks (author30)
    ("Put cargo, then report. Then future dash incompatibilities, then --id, 100.",
     "cargo report future-incompatibilities --id 100"),  # "Then …" goes on with it
    ("Good, now what we want is ceph pg. Yep. Then repair, and then main.", "ceph pg repair main"),
    ("Okay, now rubocop, and then --only then cop1, because we need to run only specified cops.",
     "rubocop --only cop1"),  # why, after "because": no lead-in
    ("Quick one. Okay, sudo groupdel, then docker. Reason being, we want to delete a group.",
     "sudo groupdel docker"),
])
def test_the_command_told_in_chunks(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"cargo", "ceph", "rubocop", "groupdel"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Whisper's auto-formatting (author31, dev)
    ("Can you do virsh undefine - -domain ubuntu-vm double dash remove-all hyphen storage for me?",
     "virsh undefine --domain ubuntu-vm --remove-all-storage"),  # a flag written apart
    ("Reboot dash -poweroff, then ping me.", "reboot --poweroff"),
    ("Run this when you get a sec: ipmitool - H localhost dash capital u admin shell.",
     "ipmitool -H localhost -U admin shell"),
    ("tar -cf - . | gzip", "tar -cf - . | gzip"),  # a lone dash: standard output
    ("Busctl, it's to show all peers on the bus by their service names.", "busctl"),
    ("Last one for now, systemd-repart double dash dry hyphen run yes.",
     "systemd-repart --dry-run yes"),
])
def test_whispers_auto_formatting(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"virsh", "reboot", "ipmitool", "tar", "busctl", "systemd-repart"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Singaporean English (author32, dev)
    ("For the nano part, just type nano -S ~/config.yaml lor.", "nano -S ~/config.yaml"),
    ("Next step you run tput data, no lah, rev.", "tput rev"),
    ("Don't anyhow change ah. Key in asar data input.asar, that's all.", "asar data input.asar"),
    ("After that you do systemctl soft-reboot, then check the output lor.",
     "systemctl soft-reboot"),
    ("Also can use drill any example.com, same thing one.", "drill any example.com"),
    ("gvco lor space layout one point gv", "gvcolor layout1.gv"),  # a name split in two
])
def test_singaporean_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"nano", "tput", "asar", "systemctl", "drill", "gvcolor"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # cut off and said again (author32, dev)
    ("Then you type knife, er, data ba... knife data bag show demo main.",
     "knife data bag show demo main"),  # said again from where it started
    ("Unrtf space double minus text space doc... unrtf space dash dash text space docs "
     "forward slash photo period rtf.", "unrtf --text docs/photo.rtf"),
    ("For this one, key in ostree init --repo prod, change to, repo.", "ostree init --repo repo"),
    ("Next step you run, er, handbrakecli -i /prod/sr0, no lah, /dev/sr0, er, -t 0.",
     "handbrakecli -i /dev/sr0 -t 0"),  # a hesitation after the lead verb
])
def test_cut_off_and_said_again(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"knife", "unrtf", "ostree", "handbrakecli"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # where to run it (author31, dev)
    ("Can you run msginit on the build server?", "msginit"),
    ("Can you run virtualenv -p docs slash pythonbin venv on the build server?",
     "virtualenv -p docs/pythonbin venv"),
    ("echo hello on the server", "echo hello on the server"),  # the user's text
])
def test_where_to_run_it(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"msginit", "virtualenv"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Filipino English on the phone (author29)
    ("So, type in snyk wizrrd, sorry po, wizard and press enter po.", "snyk wizard"),
    ("Okay ma'am, please type josb, sorry po, jobs dash just the letter p, then press enter.",
     "jobs -p"),
    ("Please type lame -V 0 docs/data.wav ~/main.mp3. I'll wait for the output, ma'am.",
     "lame -V 0 docs/data.wav ~/main.mp3"),  # "I'll wait": no correction
    ("Kindly type neomutt, ano, -f data/mailbox. Just tell me when you're done, sir.",
     "neomutt -f data/mailbox"),
    ("msgfmt space notes dot po", "msgfmt notes.po"),  # "po" after a symbol: a word
    ("pocount report full stop po", "pocount report.po"),
])
def test_filipino_english_on_the_phone(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"snyk", "jobs", "lame", "neomutt", "msgfmt", "pocount"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # "delete that" and remarks (author31, dev)
    ("Spctoppm, delete that, spctoppm data/input dot um, spc greater than /tmp/main.ppm.",
     "spctoppm data/input.spc > /tmp/main.ppm"),
    ("Add-apt-repository, delete that, add-apt-repository -r, where was I, demo.",
     "add-apt-repository -r demo"),
    ("Systemctl... systemctl alpha hmm, docker, I'm pretty sure.", "systemctl alpha docker"),
    ("echo delete that file", "echo delete that file"),  # the user's text
])
def test_delete_that_and_remarks(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"spctoppm", "add-apt-repository", "systemctl"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a sentence that opens with a fix
    ("We need to list all the USB devices. Alright, lssub. Not that, lsusb.", "lsusb"),
    ("Hmm, the command is polybar --debug. No no, --reload alpha.", "polybar --reload alpha"),
    ("Moving on. Put wacli contacts saerch. Wait, change that to contacts search.",
     "wacli contacts search"),
])
def test_a_sentence_that_opens_with_a_fix(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"lsusb", "lssub", "polybar", "wacli"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # clean protocol, more
    ("proxify space dash of space test space dash output space src slash main dot py",
     "proxify -of test -output src/main.py"),  # "-of" is a flag
    ("sshpass space dash o space capital strict equals no space ubuntu",
     "sshpass -o Strict=no ubuntu"),  # a value "no", then the space
    ("who am i, no spaces", "whoami"),  # the hint
    ("adb space dash s space one hundred space the word forward space tcp colon five four",
     "adb -s 100 forward tcp:54"),  # "the word" escapes a symbol phrase's first word
    ("rtl underscore sdr space dash f space one hundred million", "rtl_sdr -f 100000000"),
    ("vgrep space dash small letter s space demo", "vgrep -s demo"),
])
def test_clean_protocol_more(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"proxify", "sshpass", "adb", "rtl_sdr", "vgrep", "whoami"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # ticket notes of a Mac admin (author33)
    ("For the record, I used sudo bclm unpersist to remove the persistent charge limit.",
     "sudo bclm unpersist"),  # a past lead verb
    ("Can you run date pipe rev on the loaner?", "date | rev"),
    ("Resolution: Sysctl dash a, then close the ticket.", "sysctl -a"),
    ("For every Mac in the fleet, run xcodes select 18, per the vendor doc.", "xcodes select 18"),
    ("If the ticket comes back, try sudo tmutil stopbackup before escalating.",
     "sudo tmutil stopbackup"),
    ("sudo space route space add space quote ten dot oh dot oh dot five double quote",
     'sudo route add "10.0.0.5"'),  # "oh" between dots after a digit: zero
])
def test_ticket_notes_of_a_mac_admin(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"bclm", "date", "rev", "sysctl", "xcodes", "tmutil", "route"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Spanish symbol names (author34, dev)
    ("uv space venv space src diagonal venv", "uv venv src/venv"),
    ("pihole space update mayúscula gravity", "pihole updateGravity"),
    ("pamcrater space guion number space one zero space mayor que space docs diagonal backup "
     "punto pam", "pamcrater -number 10 > docs/backup.pam"),
    ("pkgfile space puras mayusculas readme dot md", "pkgfile README.md"),
])
def test_spanish_symbol_names(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"uv", "pihole", "pamcrater", "pkgfile"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Spanish framing (author34, dev)
    ("Ándale, pon copr-cli build backend docs/config.yaml y listo.",
     "copr-cli build backend docs/config.yaml"),
    ("Porfa, escribe mongodump --uri update, ¿va?", "mongodump --uri update"),
    ("Ok, ahorita just run todo pull, no, perdon, flush, and that's it.", "todo flush"),
    ("O sea, vsce space reset, mejor dicho, package, ¿va?", "vsce package"),
    ("Pues nada, copy this: dvc unfreeze stage_name1, y le das enter.", "dvc unfreeze stage_name1"),
])
def test_spanish_framing(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"copr-cli", "mongodump", "todo", "vsce", "dvc"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # what it does, unpunctuated (author35)
    ("Okay so spa-resample -h That should display help", "spa-resample -h"),
    ("Can you run salt-run manage.status It should show status of all minions",
     "salt-run manage.status"),
    ("Go ahead and run mycli mydb just to connect to a local database on port 3306",
     "mycli mydb"),
    ("ls dash l, that should be dash a", "ls -a"),  # a fix, not what it does
])
def test_what_it_does_unpunctuated(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"spa-resample", "salt-run", "mycli", "ls"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # what a ticket says around it (author33)
    ("Have the user run split dash b 512 notes.txt with admin rights.", "split -b 512 notes.txt"),
    ("I ran uname -mp on her MacBook and it looked fine.", "uname -mp"),
    ("Ticket note: ran pm clear express per the vendor doc.", "pm clear express"),
    ("I'm gonna run macptopbm dash version to display version.", "macptopbm -version"),
    ("echo time to go home", "echo time to go home"),  # the user's text
])
def test_what_a_ticket_says_around_it(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"split", "uname", "pm", "macptopbm"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Spanish lead verbs after a clause
    ("Para display version, pon pbmtogem guion version.", "pbmtogem -version"),
    ("If you need to get filesystem UUID, échale sudo grub-probe --target fs_uuid /boot/grub.",
     "sudo grub-probe --target fs_uuid /boot/grub"),
])
def test_spanish_lead_verbs_after_a_clause(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pbmtogem", "grub-probe"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # "let me redo that", "undo that" after -i
    ("pkg space a m... sorry, let me redo that. pkg space info", "pkg info"),
    ("Okay, for the loaner: mktemp space dash i, undo that, dash t space demo", "mktemp -t demo"),
    ("The command is wc dash i, undo that, -l uh, data/app.log, which should count lines.",
     "wc -l data/app.log"),
    ("Running df er, -i.", "df -i"),
])
def test_redo_and_undo(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pkg", "mktemp", "wc", "df"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # inner capitals Whisper wrote
    ("If the pipeline fail, then run VBoxManage list vms.", "VBoxManage list vms"),
    ("Step two: Xctool -project YourProject.xcodeproj -scheme YourScheme build.",
     "xctool -project YourProject.xcodeproj -scheme YourScheme build"),
    ("Go ahead and run NPM access list collaborators NumPy alice, thanks.",
     "npm access list collaborators numpy alice"),  # a brand's casing: the package
    ("Got a new command for dconf, type this dconf write /key 5, then can already.",
     "dconf write /key 5"),  # "type this X"
    ("After that you do bun pm migrate, then check the output lor.", "bun pm migrate"),
])
def test_inner_capitals_whisper_wrote(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"vboxmanage", "xctool", "npm", "dconf", "bun"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a part named before it is said (author30)
    ("Good. Pdftoppm, then -f, and then the value, that's 3, and then -l, followed by foo "
     "docs/main.pdf ubuntu.", "pdftoppm -f 3 -l foo docs/main.pdf ubuntu"),
    ("Yep, put pulumi stack, then export, --file, and then the file, that's notes.json.",
     "pulumi stack export --file notes.json"),
    ("Okay. Okay, so pct, and then data. Should display assigned CPU sets.", "pct data"),
    ('echo "the file, that\'s it"', 'echo "the file that\'s it"'),  # the user's text stays
])
def test_a_part_named_before_it_is_said(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pdftoppm", "pulumi", "pct"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a chat message around it (author38)
    ("hey @Marco can you run pg underscore isready and post the output in the thread thanks",
     "pg_isready"),
    ("Here's the command: backtick jc alpha backtick. Please don't run it on prod.", "jc alpha"),
    ("`tesseract double dash help-psm` is what fixed it for me, rocket emoji.",
     "tesseract --help-psm"),
    ("FYI I just ran brew info foo, looks good on staging. Thumbs up.", "brew info foo"),
    ("echo backtick date backtick", "echo `date`"),  # a command before it: substitution
    ("git config user.email bob@example.com", "git config user.email bob@example.com"),
])
def test_a_chat_message_around_it(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pg_isready", "jc", "tesseract", "brew", "git"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a stutter Whisper wrote out (author36)
    ("Run s-s-sbt, you know, compile. Th-th-thanks.", "sbt compile"),
    ("So I need to run yadm bo-bo-bootstrap, to execute bootstrap executable.", "yadm bootstrap"),
    ("Now run rcsmerge -p, so so, -rrevision1 -rrevision2 sssrc/index.html.",
     "rcsmerge -p -rrevision1 -rrevision2 src/index.html"),
    ("sed dash i re-read file", "sed -i re-read file"),  # an English prefix
    ("curl www.example.com", "curl www.example.com"),
    ("pppd", "pppd"),
])
def test_a_stutter_whisper_wrote_out(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"sbt", "yadm", "rcsmerge", "sed", "curl", "pppd"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # South African English (author37, dev)
    ("Then you just do cat data/notes.txt, sharp.", "cat data/notes.txt"),
    ("What you want to type is cacafire, neh.", "cacafire"),
    ("Okay, put in gron --ungron http://localhost:8080, ja, that one will turn assignments "
     "back into JSON.", "gron --ungron http://localhost:8080"),
    ("Now now you'll type aws batch describe-jobs --jobs test, then tell me what you see.",
     "aws batch describe-jobs --jobs test"),
    ("app --lang ja", "app --lang ja"),  # a value, not a tag
    ("npm install sharp", "npm install sharp"),
])
def test_south_african_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"cat", "cacafire", "gron", "aws", "app", "npm"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # chat message fixes and tails (author38)
    ("at Keiko can you paste this, backtick prlimi, wait, no, prlimit space dash p space four "
     "three two one backtick, into the runbook?", "prlimit -p 4321"),
    ("at Tom whoever is around, type install-tl dash portable and then ping me.",
     "install-tl -portable"),
    ("Hey @nadia, quick one, could you run whereis -s test -m data before standup?",
     "whereis -s test -m data"),
])
def test_chat_message_fixes_and_tails(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"prlimit", "valgrind", "install-tl", "whereis", "paste"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # what it is for, after a pause
    ("Okay, sudo trace-cmd list, like, -t, to, um, list available tracers.",
     "sudo trace-cmd list -t"),
    ("Okay, restorecon -Rv /tmp/docs, to, um, relabel a directory recursively.",
     "restorecon -Rv /tmp/docs"),
])
def test_what_it_is_for_after_a_pause(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"trace-cmd", "restorecon"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


def test_at_before_a_lower_case_word_is_no_mention():
    from app.specialists.bash.pipeline import BashPipeline

    said = BashPipeline().run("at noon tomorrow").output
    assert said.endswith("noon tomorrow")  # the time stays (a mention is "at Bob", "@bob")


@pytest.mark.parametrize(("spoken", "expected"), [  # Polish English (author41, dev)
    ("tectonic space minus big letter x space build", "tectonic -X build"),
    ("hg space commit space double minus exclude space big letters todo",
     "hg commit --exclude TODO"),
    ("So, command is uv lock, exactly.", "uv lock"),
    ("You must write conda init double minus system.", "conda init --system"),
    ("On server you must execute kinit -R, then we see.", "kinit -R"),
    ("Please type in terminal glow main.py.", "glow main.py"),
    ("Please run rbac-lookup minus o wide, it is for view all RBAC bindings along with source "
     "role binding, no?", "rbac-lookup -o wide"),
    ("So, you must write, how you say, pamexec whoami ~/input.pam -c, for to stop processing.",
     "pamexec whoami ~/input.pam -c"),
    ("echo big", "echo big"),  # "big" alone is a word
])
def test_polish_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"tectonic", "hg", "uv", "conda", "kinit", "glow", "rbac-lookup",
                       "pamexec", "echo"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Japanese IT English (author42, dev)
    ("pg under bar combinebackup space src slash full under bar backup",
     "pg_combinebackup src/full_backup"),
    ("sleep space two zero m space and mark and mark space make", "sleep 20m && make"),
    ("kioclient space cat space sftp colon slash slash user at mark host slash path",
     "kioclient cat sftp://user@host/path"),
    ("dconf space write space slash src slash key space double quotation four two double "
     "quotation", 'dconf write /src/key "42"'),
    ("tectonic space hyphen big x space new space backend", "tectonic -X new backend"),
    ("export space all caps path equal dollar all caps path colon tilde slash append",
     "export PATH=$PATH:~/append"),  # a word of a path, not >>
    ("Xplr space nyoro forward slash projects forward slash notes point txt",
     "xplr ~/projects/notes.txt"),
    ("qoitopam space main dot qoi space dainari space, archive point pnm.",
     "qoitopam main.qoi > archive.pnm"),
    ("Setcap space, single quote cap underscore net under bar raw single quote",
     "setcap 'cap_net_raw'"),  # "cap" before a symbol is the word
    ("Tar space, cf space output point tar space, all caps readme point md",
     "tar cf output.tar README.md"),  # "point tar" is no restart
    ("Good morning. First, please input cmctl check api.", "cmctl check api"),
    ("Then, dart create demo. After that, please tell me the output.", "dart create demo"),
    ("First, k9s --readonly --cluster dev. This command is to manage a cluster in read-only "
     "mode.", "k9s --readonly --cluster dev"),
    ("For this step, the command is oh hyphen my hyphen posh upgrade. It is to update to "
     "latest version.", "oh-my-posh upgrade"),
    ("Um, L E I N run input dot log, no wait, input dot TXT, thanks.", "lein run input.txt"),
    ("Please type traefik --wel, chigau, --web and press enter.", "traefik --web"),
    ("Rangen, ah, sorry, mistake, ranger.", "ranger"),
    ("Dsown space percent 100, no, correct is disown space percent 100.", "disown %100"),
    ("Phpspec, etto... once more. Phpspec describe, eto, demo. That is all, thank you.",
     "phpspec describe demo"),
    ("Eee, you must type pnmtofiasco space minus c, no no, wait. Write please pnmtofiasco "
     "space minus i space quote img double quote.", 'pnmtofiasco -i "img"'),
])
def test_japanese_it_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pg_combinebackup", "sleep", "kioclient", "dconf", "tectonic", "export",
                       "xplr", "qoitopam", "setcap", "tar", "cmctl", "dart", "k9s",
                       "oh-my-posh", "lein", "traefik", "ranger", "disown", "phpspec",
                       "pnmtofiasco"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Whisper's noise on a busy desk (author43)
    ("sleep *cough* space data.", "sleep data"),
    ("Yadm space config [Typing] space key period inner dash key space hello.",
     "yadm config key.inner-key hello"),
    ("(keyboard clicking) composer dash (keyboard clicking) require dash checker space, check "
     "space composer dot json.", "composer-require-checker check composer.json"),
    ("pw hyphen link space dash oi capital i. ♪", "pw-link -oiI"),
    ("Su space dash s space, forward slash docs forward slash shell space root Subtitles by the "
     "Amara.org community", "su -s /docs/shell root"),
    ("Try terraform output and see if that works. Please subscribe.", "terraform output"),
    ("haxelib space remove space haxelib space remove space data.", "haxelib remove data"),
    ("echo $(music)", "echo $(music)"),  # a substitution, not a tag
    ("uuencode two dashes base64 dash o tilde forward slash app.log tilde forward slash app.log "
     "main.py", "uuencode --base64 -o ~/app.log ~/app.log main.py"),  # said twice on purpose
])
def test_whisper_noise_is_not_said(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"sleep", "yadm", "composer-require-checker", "pw-link", "su",
                       "terraform", "haxelib", "echo", "uuencode"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a newcomer reading a tutorial (author40)
    ("On the screen it says tree the little line thing, the dash, d. I think that's it.",
     "tree -d"),
    ("So I have to type sudo btrfs foo alpha, the squiggly one, tilde, /projects/fs, um.",
     "sudo btrfs foo alpha ~/projects/fs"),
    ("it says dnf reposync two little lines, two dashes, repoid myapp",
     "dnf reposync --repoid myapp"),
    ("Okay so it's lsscsi, L-S-S-C-S-I. Is that right?", "lsscsi"),
    ("Okay, reading it off the video, mv, -v, config.yaml, is that a one or an L? It's an L, "
     "data/main.py. I think that's it.", "mv -v config.yaml data/main.py"),
    ("I think this one is zbarcam --nodisplay. And then I press enter.", "zbarcam --nodisplay"),
    ("He's got schroot, --chroot main, whoami. Apparently that's how you run a command in a "
     "specific chroot.", "schroot --chroot main whoami"),
    ("Next he types checksec, file, and then binary. Is that right?", "checksec file binary"),
    ("It looks like runcon, -t, and then server1_t, and then date.", "runcon -t server1_t date"),
    ("ls dash l and then pwd", "ls -l && pwd"),  # a second command
])
def test_reading_a_tutorial_off_the_screen(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"tree", "btrfs", "dnf", "lsscsi", "mv", "zbarcam", "schroot",
                       "checksec", "runcon", "date", "ls", "pwd"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a Texan sysadmin (author44, dev)
    ("Ain't nothin' to it. Just type doctl data alpha, and it'll list your database clusters.",
     "doctl data alpha"),
    ("If y'all ever need to copy a file, go on and type pgmtopgm, and holler if it don't work.",
     "pgmtopgm"),
    ("Punch in resticprofile show --name quote default end quote, y'all.",
     'resticprofile show --name "default"'),
    ("Alright, partner, punch in limactl stop vm1. That'll stop/shutdown a VM.",
     "limactl stop vm1"),
    ("You might could set the image scaling mode with this one: swaybg --image app.log -m demo.",
     "swaybg --image app.log -m demo"),
    ("Go on and type hr fix. Now this here's the one that'll print a horizontal rule.", "hr fix"),
    ("Lord have mercy, I spent all mornin' tryin' to start a new session. Turns out it's just "
     "byobu.", "byobu"),
    ("make space foo space big path equals forty two", "make foo PATH=42"),
])
def test_texan_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"doctl", "pgmtopgm", "resticprofile", "limactl", "swaybg", "hr",
                       "byobu", "make"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Portuguese and Italian names (a47, a48)
    ("haproxy space traço maiúsculo d space traço f space haproxy ponto cfg",
     "haproxy -D -f haproxy.cfg"),
    ("pdfunite space til barra logs barra space src barra archive ponto pdf",
     "pdfunite ~/logs/ src/archive.pdf"),
    ("Babel space slash tmp barra notes ponto txt space dois traços out menos file",
     "babel /tmp/notes.txt --out-file"),
    ("Please run kaggle data init, obrigado!", "kaggle data init"),
    ("Please type exo storage mb server, errei, backups.", "exo storage mb backups"),
    ("f c trattino scan space doppio trattino brief space s r c barra photo punto j p g",
     "fc-scan --brief src/photo.jpg"),
    ("U v space sync space meno meno group space staff.", "uv sync --group staff"),
    ("Next one is asnmap trattino file targets punto txt trattino silent, for the postmortem.",
     "asnmap -file targets.txt -silent"),
    ("Cioè, write this for me: pkgctl diff trattino b data/main.py. It's before the deploy.",
     "pkgctl diff -b data/main.py"),
    ("It is xfce4 dash terminal, after that double dash tab.", "xfce4-terminal --tab"),
    ("echo hello, for the team", "echo hello for the team"),  # the user's own text stays
])
def test_portuguese_and_italian_symbol_names(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"haproxy", "pdfunite", "babel", "kaggle", "exo", "fc-scan", "uv",
                       "asnmap", "pkgctl", "xfce4-terminal", "echo"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a Korean developer's habits (author46)
    ("ag space double bar ignore hyphen case space bar o space all big string",
     "ag --ignore-case -o STRING"),
    ("jadx space data slash main jeom py", "jadx data/main.py"),
    ("Bfg space double bar replace dash text space wave forward slash projects forward slash "
     "photo point txt", "bfg --replace-text ~/projects/photo.txt"),
    ("Sunbae-nim, can you run k3d cluster create dev? I want to create a cluster.",
     "k3d cluster create dev"),
    ("Sunbae-nim, eum, please type strace, geu, -n, I mean -e trace=file python, okay?",
     "strace -e trace=file python"),
    ("echo foo bar", "echo foo bar"),  # "bar" before no letter is the word
])
def test_korean_it_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"ag", "jadx", "bfg", "k3d", "strace", "echo"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # a hedging manager (author50, dev)
    ("Hi all, quick one. If you need to list all installed tools, I think it's something like "
     "volta list but don't quote me.", "volta list"),
    ("It's probably ifup dash dash all. That should enable all the interfaces for us.",
     "ifup --all"),
    ("Hmm, to analyze nginx configuration? My best guess is gixy. Ravi will know for sure.",
     "gixy"),
    ("Try something like docsify serve -p 80 docs/projects/. At least I think so.",
     "docsify serve -p 80 docs/projects/"),
    ("It's probably xbacklight -dec 75. I remember because we needed to decrease brightness.",
     "xbacklight -dec 75"),
    ("Can you run nest 13, no no, three, or something like that.", "nest 3"),
    ("the one where you type zpool export, no wait, I think it's zpool import.", "zpool import"),
    ('echo "Done. Kofi will know for sure."', 'echo "Done kofi will know for sure"'),  # quoted
])
def test_hedges_around_the_command(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"volta", "ifup", "gixy", "docsify", "xbacklight", "nest", "zpool", "echo"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Irish English (author39, dev)
    ("Right, give it a lash with look src/ index.html, so it is.", "look src/ index.html"),
    ("I'm after running make clean, so now can you run you-get foo there now?", "you-get foo"),
    ("To create a new Ember addon, the yoke you want is ember addon main, sure look.",
     "ember addon main"),
    ("Sure we'll give it a lash with bitcoin-cli stop. If that doesn't stop the daemon, I don't "
     "know what will.", "bitcoin-cli stop"),
    ("Sure look, throw in circo -T json -O ~/backup.gv, grand.", "circo -T json -O ~/backup.gv"),
    ("Nearly there. Now go with sudo, then wpa underscore cli.", "sudo wpa_cli"),
])
def test_irish_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"look", "you-get", "ember", "bitcoin-cli", "circo", "wpa_cli"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # said to a voice assistant (author49)
    ("Um, computer. Type out poetry add docs, delete the last word, flask. Over.",
     "poetry add flask"),
    ("Computer, enter hg space alpha. Computer, correction: pull. Don't run it yet.", "hg pull"),
    ("Computer, please write out dzdo space test... cancel that, write out dzdo space ls.",
     "dzdo ls"),
    ("Hey Jarvis, go ahead and write out alembic space main, Jarvis, correction, history.",
     "alembic history"),
    ("echo computer", "echo computer"),  # a word, not a wake word
])
def test_said_to_a_voice_assistant(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"poetry", "hg", "dzdo", "alembic", "echo"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Dragon's commands (author45, dev)
    ("Right. Insert sfdk emulator start memo, select memo, demo, press enter.",
     "sfdk emulator start demo"),
    ("Insert go, clea, spell that, C L E A N -cache, press enter.", "go clean -cache"),
    ("Type openclaw, updates, spell that, U-P-D-A-T-E --version.", "openclaw update --version"),
    ("Tracepath space dash p space three three four three four space, example dot py, undo "
     "that, example dot com", "tracepath -p 33434 example.com"),
    ("ntfs dash read dot py space, dash dash health, scratch that, dash dash help",
     "ntfs-read.py --help"),
    ("Makes, undo that, make space exclamation mark dollar sign", "make !$"),
    ("Okay, zpool space launch. Scratch that. zpool space add space data", "zpool add data"),
])
def test_dragon_commands(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"sfdk", "go", "openclaw", "tracepath", "ntfs-read.py", "make", "zpool"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Egyptian and Mandarin habits (a52, a53)
    ("The command is renice --relative 4 -u 3, khalas.", "renice --relative 4 -u 3"),
    ("Before the standup, run sudo nvme list, wallahi it's important.", "sudo nvme list"),
    ("Inshallah this works: xprop -rollback, la2, I mean, -root WM_NAME.", "xprop -root WM_NAME"),
    ("Hao, next one: ansible dash lint double minus offline minus p data xiegang app dot log.",
     "ansible-lint --offline -p data/app.log"),
    ("Please help me run uv run --isolated tilde slash script dot py, jiushi run in an isolated "
     "environment.", "uv run --isolated ~/script.py"),
    ("Nei ge, ausyscall space data space double minus version, bu shi, it's double minus dump.",
     "ausyscall data --dump"),
])
def test_egyptian_and_mandarin_habits(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"renice", "nvme", "xprop", "ansible-lint", "uv", "ausyscall"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # reading a README aloud (author54, dev)
    ("Then the docs say exiv2 -d a docs/index.html.", "exiv2 -d a docs/index.html"),
    ("Okay, so this is the part I got stuck on. The docs say php -a.", "php -a"),
    ("So the README says to create a generic alias, and I'm quoting here, alias error equals "
     "quote make quote.", 'alias error="make"'),
    ("Sorry, my screen share froze. f c space three. Wait, I skipped a line. Startx space dash "
     "dash space dash dpi space true", "startx -- -dpi true"),
])
def test_reading_a_readme_aloud(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"exiv2", "php", "alias", "fc", "startx"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # Kenyan English and Sheng (author51, dev)
    ("Weka ilbmtoppm docs/output.ilbm greater than src/notes.ppm.",
     "ilbmtoppm docs/output.ilbm > src/notes.ppm"),
    ("Let's run fadvise dash dash advice willneeded docs/projects/...ama?",
     "fadvise --advice willneeded docs/projects/"),
    ("Aki the client wants us to get a value. Weka ng config projects dot demo dot prefix, sawa?",
     "ng config projects.demo.prefix"),
    ("Okay, the command is waybar pole, I mean wev.", "wev"),
    ("Eh, weka clang-format -l, wacha, it's dash i ~/projects/report.pdf, si?",
     "clang-format -i ~/projects/report.pdf"),
])
def test_kenyan_english(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"ilbmtoppm", "fadvise", "ng", "waybar", "wev", "clang-format"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # clean protocol of unseen speakers (11-27)
    ("capital S start dash capital S service space dash capital D display capital N name space "
     "asterisk alpha asterisk space dash capital W what capital I if",
     "Start-Service -DisplayName *alpha* -WhatIf"),  # the letter, then its word
    ("capital G get dash capital D dedup capital P properties space dash capital L label space "
     "single quote capital L label single quote", "Get-DedupProperties -Label 'Label'"),
    ("capital get capital help capital cmd dot exe space dash capital s space default",
     "GetHelpCmd.exe -S default"),  # an announced capital is not a subcommand
    ("capital get dash all capital wu capital api capital version space dot",
     "Get-WUApiVersion ."),
    ("sudo space iptables space double dash append space foo", "sudo iptables --append foo"),
    ("a h a space minus f space report dot t x t space more than space out dot h t m l",
     "aha -f report.txt > out.html"),
    ("in two csv space data dot dbf space greater than space data dot csv",
     "in2csv data.dbf > data.csv"),  # "in", then a number and a word: the tool's name
    ("capital s space start", "S start"),  # "space" between: two words
    ("at space main colon data", "at main:data"),  # the at command, not @
    ("cryfs dash unmount space mount underscore point", "cryfs-unmount mount_point"),
    ("find dash name space star dot py", "find -name *.py"),  # a known command's flag
    ("gcc space dash capital I include space dash capital L lib space main dot c",
     "gcc -Iinclude -Llib main.c"),  # a flag letter and its value, not "capital S start"
    ("echo space semi final", "echo semifinal"),
    ("git space commit dash m space quote fix quote", 'git commit -m "fix"'),  # after a
    # subcommand, a dash and one letter before a space is its flag
    ("drop space function space test semi colon", "drop function test;"),
])
def test_clean_protocol_of_unseen_speakers(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"get", "iptables", "aha", "in2csv", "at", "gcc", "echo", "drop", "git"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # manual names and an old hand's (11-27)
    ("supervisord space hyphen c space docs solidus script full stop sh",
     "supervisord -c docs/script.sh"),  # Unicode's name for /
    ("All capitals systemd low line all capitals socket equals sign one space true",
     "SYSTEMD_SOCKET=1 true"),
    ("ls space wave dash solidus projects", "ls ~/projects"),
    ("Sudo space rc hyphen minus update space, foo", "sudo rc-update foo"),  # inside a word
    ("ipcs space hyphen minus limits", "ipcs --limits"),  # after a space, as others say it
    ("whoami semi space noti", "whoami; noti"),
    ("torify space ls space right angle space tilde whack notes dot txt",
     "torify ls > ~/notes.txt"),  # "right" names the symbol, it is no filler
    ("Uv blank build blank, minus minus sdist", "uv build --sdist"),  # "blank" for "space"
    ("lldp ctl blank dash dash help", "lldpctl --help"),
    ("To number non-blank lines, nl notes.txt", "nl notes.txt"),  # a plain word
    ("touch blank dot txt", "touch blank.txt"),
    ("In order to stop a server, please input the following command: papermc stop.",
     "papermc stop"),
    ("I will read the command. R-L-O-G-I-N hyphen l alice server1. End of command.",
     "rlogin -l alice server1"),
])
def test_manual_and_old_hand_symbol_names(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"supervisord", "ls", "whoami", "noti", "torify", "uv", "lldpctl", "nl",
                       "papermc", "rlogin", "touch", "rc-update", "ipcs"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # casing and brackets (11-27, evening)
    ("sshpass space hyphen o space capital strict capital host capital key upper case checking "
     "equals no", "sshpass -o StrictHostKeyChecking=no"),  # joined to a word: camel case
    ("dbeaver space double hyphen new upper case instance", "dbeaver --newInstance"),
    ("microcom space dash dash port space slash dev slash tty uppercase xyz",
     "microcom --port /dev/ttyXYZ"),  # no vowel: letters in capitals
    ("cat space uppercase readme dot md", "cat README.md"),  # on its own: in capitals
    ("xed space all upper case windows space upper case movable", "xed WINDOWS Movable"),
    # a speaker who says "all upper case" for capitals means one capital by "upper case"
    ("gradle space dependencies space rangle space out dot txt", "gradle dependencies > out.txt"),
    ("exiqgrep space minus f space tick hat dollar tick", "exiqgrep -f '^$'"),
    ("hard hat space test", "hardhat test"),  # a word, not a caret
    ("calc space apostrophe eighty five space star space open bracket thirty six space slash "
     "space four close bracket apostrophe", "calc '85 * (36 / 4)'"),  # spaced words: a group
    ("yank space dash g space quote open bracket zero dash nine close bracket plus quote",
     'yank -g "[0-9]+"'),  # a class
    ("pw dash loopback space single quote open square bracket all caps fl space all caps fr "
     "close square bracket single quote", "pw-loopback '[FL FR]'"),  # square is said
    ("set dash clip space at sign open bracket quote a quote close bracket", 'set-clip @("a")'),
    ("small letter x one one docker space minus d space x one one docker slash xfce",
     "x11docker -d x11docker/xfce"),  # letters said onto a known name are its start
    ("capital S stop dash capital P process space dash capital I id space twenty semicolon "
     "space capital W wait dash capital P process", "Stop-Process -Id 20; Wait-Process"),
    ("sudo space lastb space double dash until space all caps yyyy dash all caps mm dash all "
     "caps dd", "sudo lastb --until YYYY-MM-DD"),  # MM after "all caps" is no hesitation
    ("echo space five thousand four hundred thirty two", "echo 5432"),  # a whole number
    ("echo space one hundred twenty three thousand four hundred fifty six", "echo 123456"),
    ("echo space two thousand and five", "echo 2005"),
    ("keyctl space read space a p i line key", "keyctl read api_key"),  # a screen reader's _
    ("echo space command line space new line", "echo commandline \\n"),  # words, not _
    ("make space bar space t v", "make | tv"),  # "bar" before a program: a pipe
    ("grep space foo space bar space notes dot txt", "grep foo bar notes.txt"),  # a word
    ("mux space minus sign o space test", "mux -o test"),  # a handbook's "minus sign"
    ("openssl space dgst space minus sign space index dot html", "openssl dgst -sign index.html"),
    ("Example 4. Ngs hyphen e double quote test double quote. Then press Enter.", 'ngs -e "test"'),
    ("Example eleven. To override the location of the yadm repository, type the following: "
     "yadm --yadm-repo.", "yadm --yadm-repo"),  # a handbook's framing
    ("feedreader space dash dash grab capital images equals main", "feedreader --grabImages=main"),
    ("Next, type yarn add install, correction, requests@18 instead of install.",
     "yarn add requests@18"),  # "A instead of B" replaces B
    ("The command is VBoxManage delete dhcpservers. Sorry, list instead of delete, please.",
     "VBoxManage list dhcpservers"),
    ("To use tabs instead of spaces, type unexpand dash t four notes dot txt",
     "unexpand -t 4 notes.txt"),  # a purpose, no correction
    ("Type argocd app rollback myapp, ahem, 3 double hyphen prune.",
     "argocd app rollback myapp 3 --prune"),
    ("sudo space iscsiadm space hyphen minus m space node space hyphen minus uppercase t space foo",
     "sudo iscsiadm -m node -T foo"),  # before one letter: one dash
    ("apt hyphen minus key space add space hyphen minus", "apt-key add -"),
    ("So the command is next dev.", "next dev"),  # a tool's name, no framing
    ("So the command is now ls dash l.", "ls -l"),
    ("The command is dotenvx run -f data slash data.env -- ls.",
     "dotenvx run -f data/data.env -- ls"),  # a tool's subcommand, no prose verb
    ("Simple, run unzip notes dot zip", "unzip notes.zip"),
    ("sudo space airodump bar ng space wlan zero", "sudo airodump-ng wlan0"),  # glued: a hyphen
    ("uv space export space double bar no bar dev", "uv export --no-dev"),
    ("java space bar jar space jenkins bar cli dot jar", "java -jar jenkins-cli.jar"),
    ("echo space foo space bar", "echo foo bar"),  # the word
    ("g plus plus main dot c dash o main", "g++ main.c -o main"),
    ("clang plus plus space double bar version", "clang++ --version"),
    ("chmod plus x run dot sh", "chmod +x run.sh"),
    ("make space pipe space sed space dash n space single quote one p single quote",
     "make | sed -n '1p'"),  # a number and a letter alone in a quote: sed's address
    ("pipes dot sh space hyphen t space zero dot dot nine", "pipes.sh -t 0..9"),  # a name
    ("khal space at space minus d space foo space ten colon oh oh", "khal at -d foo 10:00"),
    ("xvfb minus run space minus s space quote minus screen space oh space one oh two four x "
     "seven six eight unquote", 'xvfb-run -s "-screen 0 1024x768"'),  # "oh" alone: a zero
    ("sudo space cu space hyphen lower case l space oblique dev oblique tty capital s nought",
     "sudo cu -l /dev/ttyS0"),  # British names
    ("jira space issue space hyphen lower case a space dollar open brackets jira space me "
     "close brackets", "jira issue -a $(jira me)"),
    ("setfacl space double dash modify space u double colon r w space build",
     "setfacl --modify u::rw build"),
    ("magick space in dot png space dash resize space five oh percent sign space out dot png",
     "magick in.png -resize 50% out.png"),
    ("qm space data space 1 double 0", "qm data 100"),
    ("semanage space double hyphen equal space oblique ref", "semanage --equal /ref"),
    ("Next one's drupal check, hyphenated, double hyphen analysis src oblique.",
     "drupal-check --analysis src/"),  # ", hyphenated": the words before, one name
    ("Stick this in at the prompt: Monodevelop.", "monodevelop"),  # British framing
    ("Right, next one, st hyphen m /tmp/data.csv, when you're ready.", "st -m /tmp/data.csv"),
    ("Bung in koji cancel 20, cheers.", "koji cancel 20"),
    ("Csvformat -D test in inverted commas data.csv.", 'csvformat -D "test" data.csv'),
    ("Ddev status. Hang on, that should be start not status. That's to start up a project.",
     "ddev start"),  # "that should be A not B" replaces B
    ("Right, er, pdftotext input.pdf live.txt, sorry, that should be output.txt not live.txt.",
     "pdftotext input.pdf output.txt"),
    ("Okay, next one. Sudo dev, I tell a lie, btrfs alpha main /tmp/new. Cheers.",
     "sudo btrfs alpha main /tmp/new"),
    ("Right, er, gdu --show-disks... sorry, you're breaking up. Gdu --show-disks.",
     "gdu --show-disks"),
    ("Pass space live. Hang on, I'll say that again. Pass space git space l s.", "pass git ls"),
    ("oauth two c space H T T P S column slash forward slash example.com",
     "oauth2c https://example.com"),  # Whisper's "column" for a colon
    ("X eleven v n c space guion display espace column two", "x11vnc -display :2"),
    ("column space dash t space data dot csv", "column -t data.csv"),  # the tool
    ("Chrt space dash dash pid space test space four tree two one", "chrt --pid test 4321"),
    ("tree space dash l space two", "tree -l 2"),  # the tool
    # what a review found (11-27): guards on the new readings
    ("echo space two thousand four hundred and five", "echo 2405"),
    ("echo space one million two hundred thousand", "echo 1200000"),
    ("git commit dash dash no verify, hyphenated", "git commit --no-verify"),
    ("pip install drupal check, hyphenated", "pip install drupal-check"),  # not pip-install-…
    ("git checkout main, no wait, develop instead of main", "git checkout develop"),
    ("yarn add install, actually requests instead of install", "yarn add requests"),
    ("cd src, commit should be main not src", "cd src commit should be main not src"),
    ("sort space dash k space column two", "sort -k column2"),  # no display's colon
])
def test_casing_words_and_bracket_kinds(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"sshpass", "dbeaver", "microcom", "cat", "xed", "gradle", "exiqgrep",
                       "hardhat", "calc", "yank", "pw-loopback", "set-clip", "lastb", "keyctl",
                       "make", "tv", "grep", "mux", "openssl", "ngs", "yadm",
                       "feedreader", "yarn", "vboxmanage", "unexpand", "argocd",
                       "iscsiadm", "apt-key", "next", "ls", "dotenvx", "unzip",
                       "airodump-ng", "uv", "java", "echo", "g++", "clang++", "chmod", "sed",
                       "pipes.sh", "khal", "xvfb-run", "cu", "jira", "setfacl", "magick", "qm",
                       "semanage", "drupal-check", "monodevelop", "st", "koji", "csvformat",
                       "ddev", "pdftotext", "btrfs", "gdu", "pass", "oauth2c", "x11vnc", "column",
                       "chrt", "tree", "git", "pip", "cd", "sort"})
    assert BashPipeline(tools=tools).run(spoken).output == expected


@pytest.mark.parametrize(("spoken", "expected"), [  # repeats and words, not symbols (11-27, late)
    ("pct space mount space one zero twice", "pct mount 100"),  # "X twice": X said twice
    ("curl space http colon slash twice example dot com", "curl http://example.com"),
    ("comby space single quote foo single quote space quote twice", "comby 'foo' \"\""),
    ("sleep space two space ampersand twice space whoami", "sleep 2 && whoami"),
    ("echo space twice", "echo twice"),  # a plain word is not repeated
    ("crane space append space dash dash output space tarball",
     "crane append --output tarball"),  # before a flag: the subcommand, not >>
    ("echo space hi space append space log dot txt", "echo hi >> log.txt"),
    ("cal space key test space key data", "cal test data"),  # "space key": the separator
    ("d f space key solidus t m p", "df /tmp"),
    ("ssh space key dot pem", "ssh key.pem"),  # a file named key
    ("do as space c h pass space admin", "doas chpass admin"),  # a head said in two words
    ("what is space foo", "whatis foo"),
    ("echo space a reverse solidus b", "echo a\\b"),  # Unicode's names
    ("bob commercial at host", "bob@host"),
    ("echo space back quote date back quote", "echo `date`"),
    ("ls space vertical bar space wc", "ls | wc"),
    ("date space foo dash alpha dash test", "date foo-alpha-test"),  # a word, not a letter
    ("doxygen space data forwardslash app dot log", "doxygen data/app.log"),  # Whisper's
    ("arduino space dashdash pref", "arduino --pref"),  # one word for two
    ("xe space make space curly bracket close curly bracket", "xe make {}"),
    ("echo space name square bracket one close square bracket", "echo name[1]"),
    ("chfn space dash p space a hundred space deploy", "chfn -p 100 deploy"),
    ("Shutdown spacekey solid us s.", "shutdown /s"),  # Whisper's joins and splits
    ("winget space key upgrade space key hyphen-minus hyphen all", "winget upgrade --all"),
    ("Okay, em, the command is jj space em, alpha", "jj alpha"),  # an Irish "em,"
    ("ls space dash em, no wait, dash l", "ls -l"),  # the letter m stays a letter...
    ("ls space dash em", "ls -m"),
    ("Would you ever type git status, grand so.", "git status"),
    ("Do me a favor and key in env -a test nginx and let her rip.", "env -a test nginx"),
    ("Type doctl account data, then hit return. If it yells at you, read me what it says.",
     "doctl account data"),  # a closing sentence about what comes after
    ("Type glab, er, let's try that again, glab alias, then hit enter.", "glab alias"),
    ("cat space f double o", "cat foo"),  # a letter doubled, even last
    ("echo space open curly bracket a double dot z close curly bracket", "echo {a..z}"),
    ("git space dabble hyphen version", "git --version"),  # Whisper's "double"
    ("Capitol set hyphen capital location space data", "Set-Location data"),
    ("Note to self: jj space log. Do the needful.", "jj log"),
    ("Type the following, date space dash u. Same line itself, okay.", "date -u"),
    ("Write me curl, bueno, dash capital I example dot com. Ya, and give enter.",
     "curl -I example.com"),
    ("Can you type whoami? And enter, please.", "whoami"),
    ("Run git status. We used to do this with a shell script and a prayer.", "git status"),
    ("word dot space dash capital t space png", "dot -T png"),  # "word": the plain word
    ("git space diff space dash dash word dash diff", "git diff --word-diff"),
    ("echo space all caps old line all caps table", "echo OLD_TABLE"),  # NVDA's "line"
    ("Please type get no space cap arch dot py dash targets config dot yaml. And press enter.",
     "getArch.py -targets config.yaml"),  # Dragon's "no space" glues the next word on
    ("Type this for me: NTP date, one word, dash q server no space 1. Thanks.",
     "ntpdate -q server1"),
    ("Okay, so run date, ope, dash u. Go ahead and hit enter.", "date -u"),
    ("curl space dash dash zone space eur ope minus west", "curl --zone europe-west"),
    ("Kindly type ping, sorry, my mistake, it should be date space dash u.", "date -u"),
    ("Type jj space log, I repeat, jj space log space dash r.", "jj log -r"),
    ("Type git space plush, arre, galat, it is git space push.", "git push"),
    ("conda space list space hyphen hyphen which space env", "conda list --which env"),
    ("Grand, the next one is kubie space, eh, lint. Sound.", "kubie lint"),  # Irish (a83)
    ("Could you run ls space pipe space, em, wc? Go on.", "ls | wc"),
    ("Okay so the next one, xml space demo space, like, minus uniform space foo. "
     "That's the lot.", "xml demo -u foo"),  # ", like,": a hesitation
    ("Grand, the next one is cat space, em, readme in caps dot md. Cheers.", "cat README.md"),
    ("cat README in big letters", "cat README"),
    ("can you run foo space 10 pipe that into tqdm space pipe space date?",
     "foo 10 | tqdm | date"),  # a pipe said in passing stands between words (author83)
    ("foo space a pipe b space bar", "foo a|b bar"),  # "pipe" alone: glued, as "a|b" choices
    ("cat foo.txt pipe that into sort", "cat foo.txt | sort"),
    ("Make please: login space, deploy.", "login deploy"),  # Slavic (author84)
    ("Type please: linode space buckets space how to say, create space, double minus label "
     "space mine", "linode buckets create --label mine"),
    ("Ascii to p g m space data point pgm", "asciitopgm data.pgm"),  # installed: no prose
    ("k write config five space double minus file space x", "kwriteconfig5 --file x"),
    ("I want to see it ascii space data", "ascii data"),
    ("Em, run apptainer space cache space. Sorry, Declan's talking to me. Okay. Anyway, "
     "clean space minus minus type space demo. That's it.",
     "apptainer cache clean --type demo"),  # an aside, then "Anyway," (author83)
    ("The command is sysctl dash n machdep.cpu.brand_string, which shows the model. Anyway.",
     "sysctl -n machdep.cpu.brand_string"),  # a closing "Anyway."
    ("pueue space enqueue, enqueue space 10", "pueue enqueue 10"),  # said again, a pause
    ("ls space dash, dash all", "ls --all"),  # a symbol's name twice is two symbols
    ("Run please, M K I S O F S... I hope it works... space minus o space x point iso",
     "mkisofs -o x.iso"),  # a remark between two pauses (author84)
    ("Write me command: gixy... wait, again from start. Gixy space minus L.", "gixy -l"),
    ("So, eh, it is for the ticket. Run please: gixy space minus L.", "gixy -l"),  # not a
    # trailing "it is for" that cuts the rest
    ("systemd minus delta space slash e t c", "systemd-delta /etc"),  # installed, not -d
    ("ls space dash delta", "ls -d"),  # no ls-delta installed: the letter
    ("type o r m space init", "typeorm init"),  # installed: not the lead verb "type"
    ("type l s space dash l", "ls -l"),
    ("C f v space hyphen, capital t?", "cfv -T"),  # not a tag question: "space," wants more
    ("Mix space new space, website?", "mix new website"),
    ("ls space dash l, is that right?", "ls -l"),  # a tag question
    ("yarn dash why space lodash", "yarn-why lodash"),  # installed: "why" is not -y
    ("ls space dash why", "ls -y"),  # a heard letter
    ("Gee crane space completion", "gcrane completion"),  # a letter's name starts the name
    ("Ex term space minus b g", "xterm -bg"),
    ("gee space dash l", "gee -l"),  # no g-l installed: the word as said
    ("mktemp space x dot capital X capital X capital X capital X capital X capital X",
     "mktemp x.XXXXXX"),  # a letter said again and again is not Whisper repeating itself
    ("Xcodes space, select space, 18.", "xcodes select 18"),  # not Dragon's "select X, Y"
    ("ls space dash l, select l, a", "ls -a"),  # Dragon's "select X, Y"
    ("adb space pair space 192 dot won six eight dot 1 dot 10", "adb pair 192.168.1.10"),
    ("ssh space bob at one nine too dot 168 dot won dot 10", "ssh bob@192.168.1.10"),
    ("uv space run space script dot pee why", "uv run script.py"),  # letters after a dot
    ("Open space dash ay space foo", "open -a foo"),  # letter names: ay, haitch, eff, ell
    ("shutdown space dash haitch space now", "shutdown -h now"),
    ("L ess space pipe space wc", "ls | wc"),  # spelled, not the pager
    ("I oh stat space, dash w space, one", "iostat -w 1"),  # a letter's name in a name
    ("B for space mbox space 20", "b4 mbox 20"),  # a digit heard as a word in a name
    ("ps space minus ef", "ps -ef"),
    ("tsv dash filter space double dash str dash alpha", "tsv-filter --str-alpha"),  # a
    ("ls space dash oscar", "ls -o"),  # word inside a long flag; a NATO letter after one dash
    ("col space dash dash spaces", "col --spaces"),  # a flag's word, not "space"
    ("du space dash ah space projects", "du -ah projects"),  # a flag, not a hesitation
    ("du space dash, ah, h", "du -h"),  # a hesitation
    ("ls space data slash Maine dot py", "ls data/main.py"),
    ("dc space dash e space inverted comma four space p inverted comma", "dc -e '4 p'"),  # one
    ("grep space open inverted comma main close inverted comma", "grep 'main'"),  # mark: '
    ("grep space inverted commas main inverted commas", 'grep "main"'),  # marks: "
    ("grep space double inverted comma main double inverted comma", 'grep "main"'),
    ("alter space table space t space add space partition space open bracket demo close "
     "bracket semicolon", "alter table t add partition (demo);"),  # a bracket on its own: a
    ("for space x space in space open bracket star close bracket space do", "for x in (*) do"),
    ("if space open bracket space dash f space x space close bracket", "if [ -f x ]"),  # group
    ("ls space open bracket abc close bracket dot txt", "ls [abc].txt"),  # a class
    ("echo space arr open bracket one close bracket", "echo arr[1]"),  # an index
    ("Oya type del slash question mark.", "del /?"),  # Windows' help switch, a word of its
    ("reg ls forward slash question mark", "reg ls /?"),  # own
    ("gobuster fuzz dash u https colon slash slash example dot com slash question mark "
     "parameter equals all caps fuzz", "gobuster fuzz -u https://example.com/?parameter=FUZZ"),
    ("olevba space two minus analysis space x dot doc", "olevba --analysis x.doc"),  # two
    ("cut space dash f space two minus", "cut -f 2-"),  # dashes; a field range stays
    ("echo space version sixty two minus arm", "echo version62-arm"),  # a number's 2
    ("calc space quote sqrt open bracket two close bracket quote", 'calc "sqrt(2)"'),  # a call
    ("alpha open bracket close bracket space open curly bracket space foo space close curly "
     "bracket", "alpha() { foo }"),  # a function's definition
    ("retroarch space minus- minus fullscreen", "retroarch --fullscreen"),  # a dash's name
    ("wa-, walker space dash h", "walker -h"),  # twice is two; a word broken off is not said
    ("grip space double dash browser", "grip --browser"),  # installed: not Whisper's grep
    ("grip space dash r space foo", "grep -r foo"),  # grip not installed: grep misheard
    ("capital I invoke dash capital W web capital R request space open brace space close "
     "brace", "Invoke-WebRequest { }"),  # "capital I" spells a name, not "I" the pronoun
    ("capital get dash all capital wu capital api capital version", "Get-WUApiVersion"),
    ("capital get dash capital net capital ip capital address", "Get-NetIpAddress"),
    ("sudo arptables hyphen cap p all caps output all caps accept",  # capitals: two words
     "sudo arptables -P OUTPUT ACCEPT"),
    ("hashcat space minus minus literally hash minus type space one", "hashcat --hash-type 1"),
    ("archivemount space x space data slash mount underscore literally point",  # "literally"
     "archivemount x data/mount_point"),  # as "literal": the word itself, not a symbol
    ("samba cap literal pipe dot py space dash k", "sambaPipe.py -k"),  # a capital escaped
    ("Yo you literally just do atrm 10!", "atrm 10"),  # a filler in natural speech
    ("all caps upload underscore all caps dir equals s r c slash projects slash space "
     "h t t p minus server", "UPLOAD_DIR=src/projects/ http-server"),  # a value's path
    ("ls space pipe space rargs space dash p space single quote open bracket dot star close "
     "bracket dot bak", "ls | rargs -p '(.*).bak"),  # a regex's capture: round
    ("capital S set dash capital D date space dash capital D date space open bracket capital "
     "G get dash capital D date close bracket dot capital A add capital D days open bracket "
     "three close bracket", "Set-Date -Date (Get-Date).AddDays(3)"),  # a value, a method
    ("jq space quote dot capital items open bracket zero close bracket quote",
     'jq ".Items[0]"'),  # quoted: jq's index stays square
    ("echo hi && echo there", "echo hi && echo there"),  # a second command, not a restart
    ("echo hi ampersand ampersand echo there", "echo hi && echo there"),
    ("echo hi; echo there", "echo hi; echo there"),  # a written ";" stays
    ("while whoami; do :; done", "while whoami; do :; done"),
    ("git unpublish develop", "git unpublish develop"),  # two letters off a subcommand: its
    ("gcloud logging logs list", "gcloud logging logs list"),  # own word
    ("git comit dash m quote fix quote", 'git commit -m "fix"'),  # one off: the subcommand
    ("git stauts", "git status"),  # two letters swapped
    ("type -p uptime", "type -p uptime"),  # the builtins, written with a flag
    ("So, for the notebook, command -v date, thanks.", "command -v date"),
    ("Just type wine reg add /? and hit enter.", "wine reg add /?"),  # the help switch
    ("please type pylint ~/projects/data/?", "pylint ~/projects/data/"),  # a question's mark
    ("I'd like to run rename -f single quote y/A-Z/a-z/ unquote *.txt please",
     "rename -f 'y/A-Z/a-z/' *.txt"),  # a range in a pattern, not spelled letters
    ("A-Z space repos space list", "az repos list"),  # spelled letters
    ('mongoexport --collection=foo --query="foo" --out=data/config.json',
     'mongoexport --collection=foo --query="foo" --out=data/config.json'),  # quoted values
    ("fswatch ~/script.sh data logs | xargs -n 1 ls",  # installed, before a written path:
     "fswatch ~/script.sh data logs | xargs -n 1 ls"),  # the command, not prose
    ("Then we simply do rustup which rustc.", "rustup which rustc"),  # "which": no clause
    ("at -l", "at -l"),  # programs named like a symbol, before a flag or path written out
    ("cat x.gv | dot -T png", "cat x.gv | dot -T png"),
    ("hash -r", "hash -r"),
    ("hash space hyphen d space make", "hash -d make"),  # or a flag said after "space"
    ("email bob at example dot com", "email bob@example.com"),  # the symbols, said
    ("Righto, just chuck in pueue stash 3 100.", "pueue stash 3 100"),  # two numbers
    ("pip three install foo", "pip3 install foo"),  # not "pip tree"
    ("python 3 dash m venv", "python3 -m venv"),
    ("Capital clear hyphen capital recycle capital bin space hyphen capital force",
     "Clear-RecycleBin -Force"),  # the "space" said before a flag's hyphen stays
    ("seq 1-10", "seq 1-10"),  # a range, not a stutter ("g-g-git")
    ("vinmap -ip 192.168.1.1-192.168.1.100", "vinmap -ip 192.168.1.1-192.168.1.100"),
    ("g-g-git status", "git status"),
    ("Hey Jarvis, next one. Put in the terminal sudo apt update. Don't run it yet.",
     "sudo apt update"),  # where it goes, then the command
    ("run ls dash la in the terminal", "ls -la"),  # where it goes, after it
    ("Let's try with bmon dash b and we see if it works.", "bmon -b"),  # not "cd if it works"
    ("If you want to list installed plugins, it's httpie cli plugins list. Trust me on this "
     "one.", "httpie cli plugins list"),  # the remark after it goes, not the command
    ("mkfifo space tilde slash projects slash pipe semi space script space dash f space "
     "tilde slash pipe", "mkfifo ~/projects/pipe; script -f ~/pipe"),  # a file named pipe
    ("touch space pipe dot txt", "touch pipe.txt"),
    ("cat space samba cap pipe dot py", "cat sambaPipe.py"),
    ("ls space slash tmp slash pipe space grep space foo", "ls /tmp/| grep foo"),  # a pipe
    ("ls pipe dot slash run", "ls |./run"),
    ("ppmtoeyuv space data slash archive dot e-eyuv", "ppmtoeyuv data/archive.eyuv"),  # stutter
    ("send an e-mail", "send an e-mail"),
    ("pip space hash space package dot tar dot gz", "pip hash package.tar.gz"),  # subcommand
    ("bun pm hash", "bun pm hash"),
    ("nix space shell space nixpkgs hash pkg one", "nix shell nixpkgs#pkg1"),  # glued: #
    ("echo hash bang slash bin slash bash", "echo #!/bin/bash"),
    ("ls ampersand no space ampersand ls", "ls && ls"),  # one operator
    ("echo hi greater than no space greater than log", "echo hi >> log"),
    ("pbmtext space quote capital hello capital world quote", 'pbmtext "Hello World"'),
    ("capital set dash capital volume space dash capital drive capital letter space quote "
     "capital d close quote", 'Set-Volume -DriveLetter "D"'),  # "capital letter": the word
    ("ls space capital letter a", "ls A"),
    ("glab space issue space list space minus capital p space one one, bu dui, one zero",
     "glab issue list -P 10"),  # Mandarin "not right": "dui" is no filler here
    ("Nei ge, jria, bu dui, jira space issue space list", "jira issue list"),
    ("dui, ls space dash l", "ls -l"),  # a filler alone
    ("ls dash la, does that look right", "ls -la"),  # "right" is a filler, and part of it
    ("ls dash la or so I think", "ls -la"),
    ("Here is the command, git status.", "git status"),  # framing, not "here" as a command
    ("git status is the command", "git status"),
    ("I'd say git status.", "git status"),  # not the say command
    ("say hello", "say hello"),
    ('print -n "Hello"; print "World"', 'print -n "Hello"; print "World"'),  # ; and case
    ('Then please run kosmorro -t "Europe/Paris".', 'kosmorro -t "Europe/Paris"'),  # kept
    ("fc-match --sort 'DejaVu Serif'", "fc-match --sort 'DejaVu Serif'"),  # quoted: kept
    ("echo 'TODO' | cat", "echo 'TODO' | cat"),
    ("it's Docker space ps", "docker ps"),  # an apostrophe is no quote
    ("git status, I hope it works.", "git status"),  # a remark after it, not prose
    ("The README says run compopt make. The comment above it reads print the completion "
     "options for given command.", "compopt make"),
    ("git space commit space dash m space quote fix typo quote", 'git commit -m "fix typo"'),
    ("echo space quote alpha space single quote capital hello quote space pipe space cat "
     "space dash dash no echo", 'echo "alpha \'Hello" | cat --noecho'),  # ' inside "…"
    ("ls, sorry about the line, dash la", "ls -la"),  # an apology, not "the line" as a dash
    ("ls dash la. Sorry for the noise.", "ls -la"),  # an apology, not a correction
    ("git status. Sorry about all the background noise.", "git status"),
    ('echo "sorry for the delay"', 'echo "sorry for the delay"'),  # the user's own text
    ("ls the little line thing, the dash, la", "ls -la"),  # a symbol described, then named
    ("remove the node modules folder recursively", ""),  # a request: no command
    ("delete the build directory recursively", ""),
    ("rm space dash r space build", "rm -r build"),
    ("big get minus big help space star", "Get-Help *"),  # "big word": Title case
    ("make space foo space big path equals forty two", "make foo PATH=42"),  # a variable
    ("koji space download minus build space big rpm", "koji download-build RPM"),  # no vowel
    ("e s space minus n space one zero space big t big o big d big o", "es -n 10 TODO"),
    ("nix space eval space data space dash dash apply space single main end single",
     "nix eval data --apply 'main'"),  # "single … end single"
    ("powershell space minus cap no cap profile", "powershell -NoProfile"),  # no marker
    ("p s p i n g space slash question", "psping /?"),
    ("The usual pio. Pio space check double dash verbose. That's it.",
     "pio check --verbose"),  # the command named first
    ("Yo, lsinitcpio thing, real quick. L S init cpio space dash dash analyze space docs.",
     "lsinitcpio --analyze docs"),
    ("Okay so, uh, test space alpha space alpha pipe that into gist. Done, next.",
     "test alpha alpha | gist"),  # a pipe said in passing, spaced; a trader's sign-off
    ("Gimme A Z space devops space team", "az devops team"),  # "a" spelled, not an article
    ("Lemme get a uncompress space minus F space input dot big Z.", "uncompress -f input.Z"),
    ("D B E A V E R space. The board is on the bench. Dash dash quit space main.",
     "dbeaver --quit main"),  # a sentence said between two pieces of protocol
    ("YADM space status. The network is slow today. Space dash s.", "yadm status -s"),
    ("Joo. T A I L space dash c space one zero zero space photo dot j p m, ei kun, j p g.",
     "tail -c 100 photo.jpg"),  # Finnish fillers and "ei kun" (no, I mean)
    ("N M A P space minus big t five, wrong, again. N M A P space minus big t four.",
     "nmap -T4"),
    ("Okay, you help me type, deluged space, à, minus minus logfile space index period HTML.",
     "deluged --logfile index.html"),  # Vietnamese "à", a filler
    ("G V pack space minus g space layout chấm g v", "gvpack -g layout.gv"),  # "chấm": dot
    ("avifenc space tilde sign slash data dot png", "avifenc ~/data.png"),
    ("npm space install space sharp", "npm install sharp"),  # a package, not "#"
    ("cp space notes underscore word point space backup", "cp notes_point backup"),  # "word":
    ("echo space capital word hash", "echo Hash"),  # the next word as a word, inside a name
    ("git space diff space dash dash word dash diff", "git diff --word-diff"),
    ("Sasa, run ls, ile, dash la. Asante sana.", "ls -la"),  # Swahili fillers, sign-off
    ("Okay boss, df, yaani, dash h", "df -h"),
    ("Next one, run whoami, hapana, date", "date"),  # Swahili "hapana": no
    ("Sasa, kubectl get pods... eeh, ngoja, Slack is pinging me. So after get pods, dash o "
     "wide", "kubectl get pods -o wide"),  # picked up after the anchor said again
    ("Kwanza, run tar dash x f... ngoja, the kettle is boiling. Okay, where was I, after dash x "
     "f, backup dot tar", "tar -xf backup.tar"),
    ("Let's do demo, sorry, I mean fossil... ngoja. Okay, where was I, after fossil, status",
     "fossil status"),
    ("literal for space percent all caps home space in space open paren star close paren",
     "for %HOME in (*)"),  # "literal for": the word, not the digit
    ("Bora, git log dash p, nao, nao, é dash s, visse?", "git log -s"),  # Brazilian "no,
    ("Ok, run git log dash U, não, é dash p. Pronto.", "git log -p"),  # it's"
    ("Oxe, ok, ls dash l, quer dizer, dash a. Valeu.", "ls -a"),  # "I mean"
    ("Now then, I'm after df dash h. Ta very much.", "df -h"),  # Scottish framing, "och"
    ("Right you are, cat notes dot txt och, redirect into out dot txt", "cat notes.txt > out.txt"),
    ("echo space all in capitals home", "echo HOME"),  # "all in capitals": all caps
    ("Right, tar dash f backup dot tar, it's for the lab. Sorry, I left out dash c. Put it "
     "just after tar. Cheers.", "tar -c -f backup.tar"),  # put back where the speaker says
    ("Oh, ls data. Wait, I forgot the dash l, it comes right after ls.", "ls -l data"),
    ("Okay, git log. Och, there should be a dash p after the git log as well.", "git log -p"),
    ("git space log. Oh, and I missed out the dash dash oneline. That goes straight after "
     "git log", "git log --oneline"),
    ("du dash L, I tell a lie, it's dash h, not dash L data", "du -h data"),  # "A, not B"
    ("cargo space build space hyphen hyphen word all hyphen features", "cargo build "
     "--all-features"),  # "word" before a word that starts a protocol phrase: the word
    ("word open s s l space version", "openssl version"),
    ("xe space kebab case suspend then hibernate space dash f", "xe suspend-then-hibernate "
     "-f"),  # "then" inside a case run is one of its words
    ("pct space dash dash mode space once", "pct --mode once"),  # said after "space": a word
    ("Tailscale space up space, dash-dash kebab-case advertise exit node.",
     "tailscale up --advertise-exit-node"),  # Whisper's "kebab-case", "CamelCase", "all-caps"
    ("CamelCase get arch dot P Y space dash v", "getArch.py -v"),
    ("echo space all-caps home", "echo HOME"),
    ("Righto, df, it's for one of the volunteers, dash h. Cheers.", "df -h"),  # asides
    ("Righto, df, we'd a Sun box that did this fine, dash h. Cheers.", "df -h"),
    ("Ja okay, du dash s ag, data. Dankie.", "du -s data"),  # Afrikaans fillers, sign-off
    ("Right, run ls dash p, ag, wrong flag, dash a. Sharp.", "ls -a"),  # flag-scope fixes
    ("git log dash p, sorry, that flag should be dash s", "git log -s"),
    ("Input clone... No man, start over: git clone repo. Lekker.", "git clone repo"),
    ("Okay, so W... What's it now... W C dash l notes", "wc -l notes"),  # a remark between
    ("Okay, so D... Hang on... D F dash h", "df -h"),  # pauses, then the word said again
    ("Hai, next command is, ls init cpio, all together, dash h.", "lsinitcpio -h"),  # the
    ("Eto, please, koji, ano ne, tag build, in one word, foo.", "koji tagbuild foo"),  # pieces
    ("Please type, fs watch, no space, dash r, ne, data.", "fswatch -r data"),  # since the pause
    ("Please input, pct, M three six five, one word, data.", "pct m365 data"),  # a number: read
    ("Ano, df, dash a, no no, sumimasen, it is dash h", "df -h"),  # Japanese "excuse me"
    ("cat space notes.P P M space redirect space config.J P G", "cat notes.ppm > config.jpg"),
    ("for files space forward slash c space quote l s quote", 'forfiles /c "ls"'),  # not a
    ("for ls space dash l", "ls -l"),  # lead-in: a lone preposition, glued to an unknown word
    ("big update minus big help", "Update-Help"),  # "big" twice: the speaker's capital,
    ("backup slash big terraria big server", "backup/TerrariaServer"),  # "space" said or not
    ("perldoc space minus alpha space data", "perldoc -alpha data"),  # a flag's word, unless
    ("blender space dash bravo space input dot blend space dash alpha",  # other letters are
     "blender -b input.blend -a"),  # said in NATO words too; "alfa" is only ever the letter
    ("apropos space foo space minus alfa space bar", "apropos foo -a bar"),
    ("cryptcat space dash p space 3,000.", "cryptcat -p 3000"),  # Whisper's thousands, not a
    ("wfuzz dash dash sc 200,301,302", "wfuzz --sc 200,301,302"),  # list of numbers
    ("Pip, space inspect space greater than space, snake_case environment report dot json.",
     "pip inspect > environment_report.json"),  # Whisper's "snake_case", "kebap case"
    ("soupault space double dash kebap case dump index json", "soupault --dump-index-json"),
    ("s n grep space minus all caps no space report dot p c a p",
     "sngrep -NO report.pcap"),  # a casing word's word, not "no space"
    ("Okay, so git. Add dot minus minus verbose.", "git add . --verbose"),  # a lone
    ("Okay, so cat minus dots, input point P N M", "cat -dots input.pnm"),
    ("Yyy, okay, no, pest minus minus group main.", "pest --group main"),  # nothing before a
    ("No K O G I R I space docs slash index.html", "nokogiri docs/index.html"),  # correction
    ("Dobra, wiesz, join dash A. One tilda slash data.CSV. No i tyle.",  # Polish fillers,
     "join -a 1 ~/data.csv"),  # sign-offs, corrections and restarts
    ("Dobra, teraz Y Q read input.yaml minus K, nie, czekaj, dash capital C.",
     "yq read input.yaml -C"),
    ("Ngrep minus B, znaczy D eth0.", "ngrep -d eth0"),
    ("Command: P-K-G stats kernel... źle. Od nowa: P-K-G stats show, alpha",
     "pkgstats show alpha"),
    ("So, yyy, whatis minus minus force. Poprawka: double dash locale data.",
     "whatis --locale data"),
    ("Amdgpu underscore top. Marek wants this on the board. Double dash GUI.",
     "amdgpu_top --gui"),  # a sentence about the command, between its parts
    ("cat, hold on, the scope is beeping, data slash main dot T-S", "cat data/main.ts"),
    ("ls, hold on, the file is notes, dash l", "ls notes -l"),  # what interrupted, not a slot
    ("Go on, stick in git status dash s, Ta.", "git status -s"),  # Irish openers, sign-offs
    ("Ah right, give us ls dash l, And away you go.", "ls -l"),
    ("Go on and run gammastep dash capital O sure, test. Sure that'll do.", "gammastep -O test"),
    ("Go on, stick in watchman... watchman and, ehm... sorry, hold on, silencing an alert. "
     "Okay, carrying on, trigger dash list docs slash build slash.",  # a break, then the
     "watchman trigger-list docs/build/"),  # command picked up where it stopped
    ("Sure look, just run pactree and then, hang on, the error rate's doing a little jig, "
     "ignore me. Right, where was I? Yeah, dash r flask, That's the lot.", "pactree -r flask"),
    ("ls dash b, no, it's not dash b, it's dash a", "ls -a"),  # "it's not X, it's Y"
    ("echo it's not done, it's fine", "echo it's not done it's fine"),  # the user's text
    ("Sure look, just run broot sorry, me tea's gone cold, dash w", "broot -w"),  # what
    ("ls dash l, sorry, the error rate's doing a little jig, ignore me, dash a",  # broke in
     "ls -l -a"),
    ("ls dash l, sorry, dash a", "ls -a"),  # after "sorry,": a fix
    ("Bon ben, gum format tiret, euh, dash T, euh, demo. Envoye.", "gum format -t demo"),
    ("ls dash l barre oblique... Non, slash tmp", "ls -l /tmp"),  # a French symbol, caught
    ("ls dash l, majuscule, euh, capital foo", "ls -l Foo"),
    ("Fait que, ls — le client de Laval, encore lui — dash S. Voilà.", "ls -s"),
    ("cat — notes 2 — dash n", "cat — notes 2 — -n"),  # an aside has nothing dictated
    ("ls dash Q... Non, pas dash Q, dash l", "ls -l"),  # "non, pas": "no, not"
    ("cat docs slash logs, non, hashes", "cat docs/hashes"),  # the path's last part
    ("cat data slash api, sorry, src slash app", "cat src/app"),  # a path for a path
    ("openclaw space doctor space hyphen hyphen kebab non interactive",
     "openclaw doctor --non-interactive"),  # "non" with no commas: a word
    ("age dash keygen, euh, c'est quoi déjà... Ah oui, dash O key", "age-keygen -o key"),
    ("john double dash verbose, wait, no, dash dash wordlist", "john --wordlist"),
    ("gamescope dash R 30 space dash dash space make", "gamescope -r 30 -- make"),  # a
    ("big measure minus big command space open brace space make space close brace",  # space
     "Measure-Command { make }"),  # around a lone symbol only: natural
    ("Yani, I need ls shey, hyphen l. Tamam.", "ls -l"),  # a lead-in, not an aside
    ("ls dash l, I need coffee, dash a", "ls -l -a"),  # an aside
    ("cat data dot TSV, no no, not TSV, C S V", "cat data.csv"),
    ("cat data dot TSV, yog yog, not TSV, C S V", "cat data.csv"),  # Turkish "yok yok"
    ("ls double dash string... help olajak. That's it.", "ls --help"),  # "it'll be help"
    ("ls dash R, oh and at the end, main.", "ls -r main"),
    ("ls dash l — wait, wait, the meeting link — dash a", "ls -l -a"),
    ("curl HTTPS Colin slash slash example dot com", "curl https://example.com"),
    ("ls tireh, pardon, dash A", "ls -a"),  # a Turkish "tire" caught
    ("cat notes dot txt honey, dash n", "cat notes.txt -n"),  # Whisper's "hani,"
    ("cat space ess R sea slash data", "cat src/data"),  # letters Whisper wrote as words
    ("cat space slash tee M P slash x", "cat /tmp/x"),  # "tee" inside a spelled word
    ("tee space x", "tee x"),  # the command
    ("Type space uptime", "type uptime"),  # "type" before "space": the command
    ("seven zed space a space x dot seven zed", "7z a x.7z"),  # a letter's name after a digit
    ("camel case the harvester space dash dash domain space localhost",
     "theHarvester --domain localhost"),  # "the" in a case run
    ("Sleep space 20 space and-and space make", "sleep 20 && make"),
    ("O sea, ls dash l", "ls -l"),  # the Spanish "o sea", not the letters o c
    ("Let's do this one, Έλα: ls dash l", "ls -l"),  # Greek, in Greek script
    ("Γράψε Μιχάλη: ls dash l. Τέλεια.", "ls -l"),
    ("Next one, Michali. ls dash l", "ls -l"),  # whom she speaks to, a sentence of its own
    ("ls... this is what broke staging on Friday... anyway, dash l", "ls -l"),
    ("ls dash l... μισό μισό... okay, dash a", "ls -l -a"),  # a pause, then "okay,"
    ("Lipon, next one: GHQ... óchi óchi, again, the whole thing: ls dash l.", "ls -l"),
    ("ls dash H, sorry, hyphen W slash tmp", "ls -w /tmp"),  # a flag for the flag
    ("ls streepje, eh, dash l", "ls -l"),  # a Dutch symbol, caught
    ("ls dash l, nee wacht, dash a", "ls -a"),
    ("cat dash My coffee went cold. Waar was ik, dash n notes", "cat -n notes"),
    ("tar dash x dash f. My coffee went cold again. archive dot tar",  # a remark
     "tar -x -f archive.tar"),
    ("ng space, lint space, notes. Delete that. where was I, Ng space lint space, demo",
     "ng lint demo"),  # a correction, not a remark
    ("ls space dash dash quotes space x", "ls --quotes x"),  # a flag's name, plural
    ("ls space x space dash word word space six", "ls x -word 6"),  # "word" escapes "word"
    ("ls space dash dash show dash word hash space main", "ls --show-hash main"),
    ("git space diff space dash dash word dash diff", "git diff --word-diff"),  # a literal
    ("sudo space f b grab space x", "sudo fbgrab x"),  # a name's end, not grep
    ("ls dash l, sorry, drop the dash l, dash a", "ls -a"),  # taken out, nothing instead
    ("ls dash R, rega, no dash R, forget it, dash a", "ls -a"),
    ("cat data slash logs, bukan logs, index dot html", "cat data/index.html"),  # "not"
    ("ls... Sebentar, ada yang lewat. dash l", "ls -l"),  # a remark after a pause
    ("Permisi ya, ls dash l. Makasih ya.", "ls -l"),  # Indonesian framing
    ("ls... Wifi-nya lemot, eh, lanjut ya. dash l", "ls -l"),  # a hesitation in a remark
    ("ls dash dash notes, eh bukan bukan, flag-nya dash dash all", "ls --all"),
    ("Noa here, command: rustup eh, run alpha זה, cargo build.",
     "rustup run alpha cargo build"),  # a verb after a program and a pause: its subcommand
    ("Just type ls dash l and hit return.", "ls -l"),  # … not after the just runner
    ("Jadi aku mau jalanin rm hyphen I nah, tilde slash report dot pdf. Thank you ya.",
     "rm -i ~/report.pdf"),  # Indonesian "nah": a pause
    ("git push origin main, nah, develop", "git push origin develop"),  # English: a fix
    ("Dus, cat data dot txt", "cat data.txt"),  # Dutch "so"
    ("Okay, ls W lan zero", "ls wlan0"),
    ("test bang dash D quote build quote", 'test ! -d "build"'),  # test's "not", apart
    ("ls (ồn quá) dash l", "ls -l"),  # a remark Whisper put in brackets
    ("Rồi, lệnh: pueue remove... Đợi tí, đèn đỏ... sau remove là 3.", "pueue remove 3"),
    ("cat tilde slash out put dot png", "cat ~/output.png"),  # one word Whisper split
    ("echo camel case get user name", "echo getUserName"),  # … not in a case run
    ("Ờ, lệnh là, ls dash l, rồi, enter.", "ls -l"),  # Vietnamese framing and sign-off
    ("cat notes dot txt, nhầm, index dot html", "cat index.html"),  # "wrong"
    ("ls dash l... Đợi tí, đèn đỏ... ok tiếp, dash a", "ls -l -a"),  # "go on" after a remark
    ("curl dash dash user name alice", "curl --username alice"),
    ("ls host 1 dash l host 2", "ls host1 -l host2"),  # a series of numbered names
    ("sleep 1 and and sleep 2", "sleep 1 && sleep 2"),  # … not a command's
    ("cat entry one dot T S src/entry2.ts", "cat entry1.ts src/entry2.ts"),
    ("curl H double T P colon slash slash localhost", "curl http://localhost"),
    ("Okay o, next one. ls dash l. E don do.", "ls -l"),  # Nigerian Pidgin framing
    ("ls dash dash foo, no no, the flag na dash dash all", "ls --all"),  # "the flag is"
    ("ls dash l... No be that one o. Oya again: ls dash a", "ls -a"),  # a restart
    ("cat notes dot txt, sorry o, index dot html", "cat index.html"),
    ("ssh dash P 22 22 host", "ssh -p 2222 host"),  # a port said in pairs
    ("ssh S S H 10 period zero dot zero period 5", "ssh ssh 10.0.0.5"),  # an address apart
    ("ls space dash capital-F space app point apk", "ls -F app.apk"),  # Whisper's hyphen
    ("cat space dash dash kebob-case install boards", "cat --install-boards"),
    ("cat config dot Yamel", "cat config.yaml"),
    ("curl dash dash sha one", "curl --sha1"),  # a long flag with a number
    ("echo quote capital X capital P capital A capital T capital H 1 quote", 'echo "XPATH1"'),
    ("cat notes.txt all caps README .md", "cat notes.txt README.md"),  # written apart
    ("ls star .txt", "ls *.txt"),
    ("v e r a crypt space dash t space volume", "veracrypt -t volume"),  # "a" spelled
    ("ls space all caps c make underscore file", "ls CMAKE_file"),  # caps to the symbol
    ("Kuya bot, type mo ls dash l. Sige, enter mo na.", "ls -l"),  # Tagalog framing
    ("ls dash l... teka, ulitin ko from the top. ls dash a", "ls -a"),  # a restart
    ("Mm, okej, kör ls dash l, Okej, tack.", "ls -l"),  # Swedish framing, not a dash
    ("ls dash dash foo, nej, inte dash dash foo, utan dash dash all", "ls --all"),  # not X but Y
    ("Alltså, run ls typ dash l", "ls -l"),  # Swedish "like"
    ("cp docs slash, slash TMP slash docs slash", "cp docs/ /tmp/docs/"),  # a path's end
    ("cp data slash docs slash, tilde slash logs", "cp data/docs/ ~/logs"),
    ("swc backup slash, minus minus out hyphen dir docs slash", "swc backup/ --out-dir docs/"),
    ("curl file colon slash slash slash tmp slash x", "curl file:///tmp/x"),
    ("cat dash i slash tilde slash icon", "cat -i /~/icon"),  # the path starts at the slash
    ("cp tilde slash main dot wav slash TMP slash out dot wav", "cp ~/main.wav /tmp/out.wav"),
    ("ls etc slash conf dot d slash tmp slash x", "ls etc/conf.d/tmp/x"),
    ("aws S three ls S 3 colon slash slash backups", "aws s3 ls s3://backups"),
    ("echo dash dash password s 3 c r e t", "echo --password s3cret"),
    ("yek S R C slash, space, double dash JSON", "yek src/ --json"),  # one space: natural
    ("Chafa space docs slash main dot P.Y.", "chafa docs/main.py"),  # Whisper's dotted letters
    ("cmake dash dash prefix slash T.M.P. slash logs.", "cmake --prefix /tmp/logs"),
    ("Timeout space minus K space 30 S space, L.S.", "timeout -k 30s ls"),
    ("Grafana c l i admin minus h.", "grafana cli admin -h"),  # an installed tool's subcommand
    ("Okay da, run this one: kill hyphen hyphen table, enter pannidu.", "kill --table"),  # Tamil
    ("Seri seri, put ls dash l, athu dhaan.", "ls -l"),
    ("ls dash a, illa illa, full command thappu, thirumba sollren: du dash h", "du -h"),
    ("cat report dot TXT, illa illa, notes.txt only", "cat notes.txt"),  # the file's name
    ("ls hyphen hyphen force, sorry, double dash all", "ls --all"),  # the long flag again
    ("pueue... wait, let me ack this alert... okay continuing, start 3 5", "pueue start 3 5"),
    ("No niin, ls viiva l kauttaviiva tmp. Kiitos.", "ls -l /tmp"),  # Finnish symbol names
    ("cat notes piste txt, eiku, data piste txt", "cat data.txt"),
    ("Tota, ls, öö, dash a", "ls -a"),
    ("ls dash l. Eiku, alusta. From the start: du dash h", "du -h"),
    ("just space eval space quote main quote", 'just eval "main"'),  # a token, not a filler
    ("ls space double star slash star dot py", "ls **/*.py"),
    ("Parallel dash lint --yes. Eiku. Double dash json data slash build.",
     "parallel-lint --json data/build"),  # a flag corrects a flag, not the command
    ("Fine. ls, don't ask, data/data. Ei vaan. Data forward slash docs.", "ls data/docs"),
    ("cat SRC/report.txt space docs/SRC", "cat src/report.txt docs/src"),  # Whisper's acronym
    ("cat data/README /tmp/SAM", "cat data/README /tmp/SAM"),  # not a directory's letters
    ("curl dash p 3 thousand", "curl -p 3000"),  # Whisper's numeral
    ("cat ~/x/main.sh, no, tilde slash x slash main dot py", "cat ~/x/main.py"),
    ("cat tilde slash a dot sh, no, tilde slash b dot sh", "cat ~/b.sh"),  # the whole path
    ("sudo space pacman space hyphen uppercase syu", "sudo pacman -Syu"),  # a first capital
    ("ls space slash uppercase volumes slash data", "ls /Volumes/data"),
    ("echo space dollar uppercase random", "echo $RANDOM"),  # a variable: all capitals
    ("cat space uppercase readme dot md", "cat README.md"),
    ("echo space quote capital first capital name comma capital age quote",
     'echo "FirstName,Age"'),  # in a quote, a name said in capitalised parts is one word
    ("kinit dash are 1 w", "kinit -r 1w"),  # a flag's duration: its number and unit
    ("stress dash NG -a 1 dash T 2 M.", "stress-ng -a 1 -t 2m"),
    ("echo space uppercase epsg colon forty three twenty six", "echo EPSG:4326"),  # acronym
    ("sudo pactrans dash dash file src/a.yaml, sorry, I mean --file, src/a.zst",
     "sudo pactrans --file src/a.zst"),  # the flag said again, written: the value goes
    ("masscan dash dash output hyphen format foo --all, no, --output-filename bar",
     "masscan --output-format foo --output-filename bar"),  # another flag: nothing goes
    ("Okay, so I need hg bra- hg branch data.", "hg branch data"),  # broken off, said again
    ("lazydocker space do- lazydocker space double dash file space x dot yml",
     "lazydocker --file x.yml"),
    ("Nose- N O S E Y P A R K E R scan", "noseyparker scan"),  # broken off, then spelled
    ("ssh example.com colon double 2", "ssh example.com:22"),  # Indian English "double"
    ("head dash n 1 double 0", "head -n 100"),
    ("dirb H double T PS colon double slash example dot org", "dirb https://example.org"),
    ("clamscan --cache, ei ku, move docs/data", "clamscan --move docs/data"),  # the flag's name
    ("restorecon input slash. Siis, the whole thing again: restorecon build slash.",
     "restorecon build/"),
    ("R desktop, together, dash U admin", "rdesktop -u admin"),  # a Taiwanese speaker
    ("curl localhost maohao ba ling ba ling. Xie xie.", "curl localhost:8080"),
    ("Color LS, lian qilai, dash D, wo shuo, dash L dash dash all", "colorls -l --all"),
    ("pip install dash R, wang le, at the end put tilda slash requirements dian TXT",
     "pip install -r ~/requirements.txt"),
    ("Okay, so nano, ai, the VPN dropped again, minus daxie I.", "nano -I"),
    ("Dui, next, pamoil data xiegang input dot PAM... Deng yixia, deng yixia, chong lai. "
     "Pamoil data xiegang input dot PAM redirect backup.pam.",
     "pamoil data/input.pam > backup.pam"),
    ("cat notes dot T equis T", "cat notes.txt"),  # Mexican Spanish
    ("procs space dash dash palabra and space forty one", "procs --and 41"),
    ("pgcli guion U mayúscula admin", "pgcli -U admin"),
    ("Bueno, a ver, el comando es HTTPIE... este... no, mejor dicho, todo otra vez: HTTPIE CLI "
     "plugins", "httpie cli plugins"),
    ("fold double dash release, corrijo, double dash bytes", "fold --bytes"),
    ("A ver, ponme nm ya bájenle, ¿no? guión C grande", "nm -C"),
    ("Okay so, pluma, space, plus 10 script.sh.", "pluma +10 script.sh"),  # one "space"
    ("Can you type git init, jiushi, kongge, slash TMP slash build.", "git init /tmp/build"),
    ("PY-SPY record dash dash output x", "py-spy record --output x"),  # the command's name
    ("emulator hyphen avd alpha hyphen netspeed main", "emulator -avd alpha -netspeed main"),
    # long flags with one dash each: after a value, a flag again
    ("pamcomp dash valign foo dash yoff foo", "pamcomp -valign foo -yoff foo"),
    ("ls dash la my dash file", "ls -la my-file"),  # "-la": short flags, not a long one
    ("Ờ, can you run robo, minus minus simulate, whoami, done nhé.",
     "robo --simulate whoami"),
    ("pixi config append name hello", "pixi config append name hello"),  # a word, not >>
    ("echo hello append tilde slash dot bashrc", "echo hello >> ~/.bashrc"),  # before a path
    ("Okay, type pyats version update, uh, strike that, check.", "pyats version check"),
    ("sed dash capital I, scrub that, -i foo", "sed -i foo"),  # one word, one flag again
    ("ls dash l, scratch that, pwd", "pwd"),
    ("task list space slash s space upstream", "tasklist /s upstream"),  # Windows' own
    ("log off space five", "logoff 5"),
    ("Shutdown forward slash R forward slash T 0.", "shutdown /r /t 0"),
    ("Could you please enter ngrok http 80? Danke.", "ngrok http 80"),
    ("curl dash dash http 2 example dot com", "curl --http2 example.com"),
    ("You type vagrant init --output -.", "vagrant init --output -"),
    ("haxelib git demo H T tee P S colon slash slash example.com", "haxelib git demo https://example.com"),
    ("echo a tee b", "echo a tee b"),
    ('Please execute nb data "main", thank you so much.', 'nb data "main"'),
    ("Run collectd -P config.yaml when you get a sec.", "collectd -P config.yaml"),
    ("Go on, type gdm-stop. I'll wait.", "gdm-stop"),
    ("system see tee el space list dash jobs space nginx", "systemctl list-jobs nginx"),
    ("dee oh see tee el space data", "doctl data"),
    ("es tee tee why space alpha", "stty alpha"),
    ("ay dubberyu es space es three space ls", "aws s3 ls"),
    ("zabbix underscore agent dee space dash capital tee", "zabbix_agentd -T"),
    ("ps space minus ef", "ps -ef"),
    ("grype space minus ef space test", "grype -f test"),
    ("emacs space dash dash script space output dot el", "emacs --script output.el"),
    ("yplan space en space data", "yplan en data"),
    ("Bom, write this: sort slash TMP barra config dot yaml pipe UNIQ --skip-chars cinco, "
     "and that's it, obrigado.", "sort /tmp/config.yaml | uniq --skip-chars 5"),
    ("Vamos lá, objdump hyphen F binary, ok, run it.", "objdump -f binary"),
    ("So, ora bem, getcap -r docs, e já está.", "getcap -r docs"),
    ("Ok so, uh, qrencode minus minus output, pá, data.PNG double dash micro hello.",
     "qrencode --output data.png --micro hello"),
    ("Então, I need whoami, and that's it, obrigado.", "whoami"),
    ("cat readme em maiúsculas dot MD", "cat README.md"),
    ("Right, pá, let's do git test, não, espera, status.", "git status"),
    ("git, tipo, main, não, espera, what was it, ah yes, log.", "git log"),
    ("Okay, for this ticket, unzip dash capital O data tilda forward slash projects salash "
     "backup.zip, done na.", "unzip -O data ~/projects/backup.zip"),
    ("Er, next one khrap, git status khrap, thank you na.", "git status"),
    ("latexpand space dash dash output space report dot tex space report dot tex",
     "latexpand --output report.tex report.tex"),  # one argument twice, on purpose
    ("haxelib space remove space haxelib space remove space data", "haxelib remove data"),
    ("cs space resolve space dash dash reverse dash literal tree", "cs resolve --reverse-tree"),
    ("ls space dash dash literal", "ls --literal"),
    ("Ok la, this one, texdoc main.", "texdoc main"),  # Singlish particles and sign-offs
    ("Quick one ah, df dash h, no la, du dash h, can or not?", "du -h"),
    ("Help me type ah, uname dash a, ok can.", "uname -a"),
    ("Ya ok, now ah, whoami, like that can already.", "whoami"),
    ("Eh, key in ah, lsblk space slash dev, done.", "lsblk /dev"),  # ", done": a sign-off …
    ("Wall space, done", "wall done"),  # … not an argument said after "space"
    ("git commit dash dash message, done.", "git commit --message done"),
    ("objcopy space config.Yamel", "objcopy config.yaml"),  # Whisper's extension, as said
    ("kcadm.sh get realms -f backup.Jason", "kcadm.sh get realms -f backup.json"),
    ("Khob, lotfan, ls espace dash la. Merci, mamnoon.", "ls -la"),  # Persian
    ("Okay khob, df dash h, na na, du dash h. Khob, tamam.", "du -h"),
    ("Lotfan bezan: cat data dot log, na, not log, txt.", "cat data.txt"),
    ("Khob, uptime, no vait, whoami.", "whoami"),
    ("Khob, ino bezan: du eslash tmp, eshtebah shod, I mean, eslash var.", "du /var"),
    ("Vell, the command is ps, eshtebah shod, az aval, top dash b.", "top -b"),
    ("git log, my phone is ringing, bebakhshid, dash dash oneline", "git log --oneline"),
    ("free dash h, the kettle is boiling, dash dash giga", "free -h --giga"),
    ("Quick one ah, cat, eh this chair wobbly lei, notes dot txt, ok can.", "cat notes.txt"),
    ("Eh bro, df, the boss say must put one, dash h, then enter la.", "df -h"),
    ("Quick one ah, gcc main dot c dash o main dot double L", "gcc main.c -o main.ll"),
    ("echo, then double dash double C test", "echo --cc test"),
    ("Ok ah, du dash a, eh no, should be dash h.", "du -h"),
    ("ls dash l, wait ah, not that flag, dash a", "ls -a"),
    ("echo space full caps hello", "echo HELLO"),
    ("Please type, pgcli, er, like that, dash dash host db.", "pgcli --host db"),
    ("ls dash la, or something like that", "ls -la"),
    ("Bueno, a ver, el comando es s w c dash h", "swc -h"),  # "es": Spanish "is"
])
def test_repeats_and_subcommand_words(spoken, expected):
    from app.specialists.bash.pipeline import BashPipeline

    tools = frozenset({"pct", "curl", "comby", "sleep", "whoami", "echo", "crane", "cal", "df",
                       "ssh", "doas", "chpass", "whatis", "ls", "wc", "date", "doxygen",
                       "arduino", "xe", "chfn", "shutdown", "winget", "jj", "git", "env",
                       "nginx", "doctl", "glab", "ntpdate", "kubie", "xml", "cat", "foo",
                       "tqdm", "sort", "login", "linode", "asciitopgm", "kwriteconfig5",
                       "ascii", "apptainer", "sysctl", "pueue", "mkisofs", "gixy",
                       "systemd-delta", "typeorm", "yarn-why", "gcrane", "grafana", "just", "kinit",
                       "stress-ng", "emulator", "pamcomp", "pixi", "pyats", "sed",
                       "xterm", "iostat", "b4", "adb", "mktemp", "tsv-filter", "col", "du",
                       "sudo", "arptables", "open", "gcloud", "rustup", "rustc", "fswatch",
                       "xargs", "wine", "rename", "mongoexport", "pylint", "az", "type",
                       "pip", "python", "seq", "vinmap", "apt", "bmon",
                       "httpie", "bun", "nix", "node", "pio", "lsinitcpio", "gist",
                       "uncompress", "powershell", "koji", "make", "deluged",
                       "avifenc", "npm", "kubectl", "tar", "fossil", "for", "pkgstats"})
    if spoken.startswith("grip space double"):
        tools |= {"grip"}
    assert BashPipeline(tools=tools).run(spoken).output == expected
