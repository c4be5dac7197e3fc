"""The word lists and phrase tables cleanup reads: fillers and hesitations, framing and
greetings, sign-offs and trailing words, correction and restart markers, asides, additions,
lead-ins and trail-offs, and the prose words said before a command."""

from __future__ import annotations

from app.specialists.bash.vocabulary import SYMBOL_WORDS, TENS, UNITS

SINGLISH = {"lah", "lor", "leh", "hor", "meh"}  # a sentence's particles ("… --all lor.")
SPANISH_LEADS = ("pon", "ponle", "escribe", "teclea", "tecléale", "tecleale", "córrele",
                 "correle", "échale", "echale", "ejecuta", "ponme", "dame", "escríbeme",
                 "escribeme", "necesito", "corre")  # "Porfa, escribe mongodump …"
SPANISH_FILLERS = {"este", "órale", "orale", "ándale", "andale", "pues", "mira", "bueno", "oye",
                   "ahorita", "porfa", "entonces", "sale", "ay", "güey", "guey", "wey"}
OTHER_FILLERS = {"och",  # Scottish
                 "né", "então", "entao", "tipo", "beleza", "hum", "visse", "oxe", "bora",
                 # Brazilian Portuguese
                 "pá", "portanto", "enfim", "olha", "bom",  # European
                 "khrap", "krap", "khrab", "krub", "nong",  # Thai particles
                 "allora", "dunque", "ecco", "vabbè", "ehm",  # Italian
                 "ya3ni", "yani", "ehh", "mashi", "yalla", "habibi", "khalas",  # Egyptian
                 "nage", "ranhou", "dui", "hao", "aiya", "suoyi", "jiushi", "zhege",  # Mandarin
                 "sawa", "aki", "buda", "sasa", "yaani", "basi", "kwanza", "niaje", "poa",
                 "eeh", "aah",  # Kenyan Sheng and Swahili
                 "achha", "acha", "haan", "arre", "yaar",  # Hindi in Indian English
                 "joo", "niin", "tota", "niinku", "öö", "ööh", "öh", "noin", "noniin", "okei",
                 "hetki",  # Finnish ("hetki": "a moment")
                 "wiesz", "jakby", "dobra", "teraz", "dalej", "więc", "kurczę",  # Polish
                 "ben", "là", "tsé", "coudonc",  # Québécois French
                 "şey", "şeyy", "shey", "shay", "yanni", "yahni", "hani", "ıı", "hadi",
                 "tamam", "tamamm", "tamom",  # Turkish, and Whisper's spellings of it
                 "ela", "έλα", "loipon", "lipon", "λοιπόν", "ntáxei", "entaxi", "εντάξει",
                 "misó", "μισό", "étsi", "etsi", "έτσι",  # Greek, in either script
                 "nou", "oké", "dus",  # Dutch
                 "emm", "terus", "jadi", "oke", "flag-nya",  # Indonesian ("nah" is also
                 # English "no"; "flag-nya": "the flag", naming what a fix is)
                 "ze", "ken", "ke'ilu", "keilu", "rega", "זה", "כן", "כאילו", "רגע",  # Hebrew
                 "ờ", "ừ", "à", "nhé", "nha", "ừm", "thì", "kiểu", "kieu", "ạ", "tiếp",
                 "tiep", "rồi", "thi",  # Vietnamese ("tiếp": "go on", after a break)
                 "sef",  # Pidgin's emphasis ("what's the flag sef?")
                 "parang", "diba", "yung", "naman", "ahm", "ba", "sige",  # Tagalog
                 "okej", "alltså", "liksom", "så",  # Swedish ("typ", "ja,": _particles_off)
                 "enna", "aama", "seri", "machi", "apdiye", "paaru", "aiyyo",  # Tamil
                 "khob", "lotfan", "chiz", "vell"}  # Persian ("well", "please", "thing")
FILLERS = {"um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "mmm", "uhh", "umm", "hm", "like",
           "yeah", "okay", "ok", "alright", "so", "well", "basically", "right", "hey", "please",
           "just", "oh", "then", "ugh", "eh", "ehm", "ähm", "äh", "öhm", "genau", "euh", "voilà",
           "bon", "alors", "literally", "bro", "dude", "yo", "simply", "quickly", "oya", "abeg",
           "ehen", "righto", "ehn", "ma'am", "maam", "madam", "sir", "yep", "yup", "ano",
           "eto", "etto", "eee", "yyy", "ee", "eum", "geu", "ahem", "hush", *SINGLISH,
           *SPANISH_FILLERS, *OTHER_FILLERS}
HESITATIONS = {"um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "ugh", "uhh", "umm",
               "hm", "eh", "ehm", "ähm", "äh", "öhm", "euh", "eto", "etto", "eee",
               "yyy", "ee", "eum", "geu", "ahem", "ờ", "ừ", "à", "eeh",
               "aah", "ừm"}  # never a dictated word
# (Japanese "eto", Polish "yyy", Korean "eum", Vietnamese "ờ")
NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety", "hundred", "thousand"}
DIGIT_WORDS = set(UNITS) | set(TENS)  # "oh" between them is a zero
SYMBOLISH = {"dash", "dot", "slash", "colon", "at", "equals", "underscore", "tilde", "minus",
             "period", "hyphen", "quote", "pipe", "star", "dollar", "plus", "capital", "caps",
             "all", "space", "and", "redirect"}
SYMBOL_NEIGHBOURS = {"space", "dash", "dot", "slash", "underscore", "minus", "hyphen", "period"}
QUOTES = {"quote", "quotes", "backtick"}
PLAIN_ENGLISH = {"with", "to", "the", "a", "for", "and", "on", "in", "of", "it", "this", "that"}
SEPARATOR_WORDS = {"pipe", "and", "or", "semicolon", "then"}
SPOKEN_LEADS = ("so we call", "we call", "then comes", "for this we take", "for that we use",
                "now we execute", "we simply do", "just write down", "write down",
                "here i would write", "then you type", "in the terminal you type",
                "is it kind of like", "would it be", "would i use", "so i'd type",
                "would it just be")
"""Lead-ins that open a dictation or follow prose said before it ("So, we call X",
"… is it kind of like X?")."""
# Leading framing, longest first; stripped repeatedly from the start.
FRAMING = sorted(dict.fromkeys([
    "the command is", "the command should be", "the command i'm looking for is",
    "ya now", "ya ok now", "eh bro type this",  # Singlish openers ("Ya ok, now ah, …")
    "ino benevis", "ino bezan", "bezan", "benevis", "this command",  # Persian: "write this"
    "the next command is", "the next one is", "next one is", "next is", "the next thing is",
    "can you type out", "can you type", "could you type out", "could you type",
    "can you write", "could you write", "can you run", "could you run", "can you do",
    "could you do", "type out", "type", "write out", "write", "run", "please run",
    "go ahead and run", "go ahead and type", "go ahead and", "let's do", "let's run",
    "lets do", "let's", "i want to run", "i want to type", "i'd like to run", "i need",
    "i want", "what i want is", "what i need is", "i'd like", "for me", "and then",
    "now", "then", "do", "command", "try", "the", "it's", "it is", "also", "next step", "next bit",
    "is it", "someone remind me is it", "remind me is it",
    *SPOKEN_LEADS, "we execute", "then we simply do", "you type",
    "trying", "just a wee", "a wee", "can someone run", "someone run",
    "have a crack at", "no worries", "easy fix", "first up", "bang out", "fire off", "reckon",
    "mate", "just put", "do one thing put",
    "do one thing type", "okay so first run", "so first run", "first run",
    "is it like", "i guess it's", "sorry quick question is it", "quick question is it",
    "the lab sheet says", "the professor said", "okay so the professor said",
    "my friend said to try", "like",
    "let's go with", "go with", "next up", "next one", "for this one", "this one", "so i want",
    "last one for now", "last one", "key in", "just key in", "you key in", "please key in",
    "give me", "can you give me", "could you give me", "let me get", "get me",
    "i need the command for this", "i need the command for", "i need the command",
    "i'd like to do", "i'd like to", "could you put in", "can you put in", "put in",
    "type this", "here's the command", "here it is", "here's one", "pop in", "hit",
    "would you ever type", "would you ever run", "would you ever pop in",  # Irish requests
    "would you ever put in", "would you ever", "do me a favor and type",
    "do me a favor and key in", "do me a favor and punch in", "would ya be a pal and type",
    "would ya be a pal and punch in", "excuse me one more", "one more please", "one more",
    "execute", "cmd", "kindly run", "i wanna run", "wanna run", "i require",
    "please enter", "please", "i'd run", "i'd type", "i would run", "we need",
    "i'd say", "i would say", "i'd use", "i would use", "you'd type", "you'd run",
    "stick this in at the prompt", "stick this in", "bung in", "pop this in", "go on then type",
    "make please", "now make please", "type please", "run please",  # Slavic "сделай"
    "go on then", "what you want is", "next one's", "right next one", "at the prompt",
    "enter the command", "please input the following command", "input the following command",
    "the following command", "please input", "i will read the command", "key in",
    "we need to run", "just enter", "enter", "what i'm after is", "write me", "can i get",
    "give me the line", "the thing to run is", "so the thing to run is", "okay type this",
    "start with", "use", "let's see", "right let's see", "the program is",
    "so what i need is", "okay so", "okay boss", "si we try",
    "now then i'm after", "i'm after", "now if you'd be so kind", "if you'd be so kind",
    "right you are", "aye go on and run", "aye this one's", "right here's one",  # Scottish
    "i would like to run", "i would like to execute", "i'd like to execute", "i want to execute",
    "i would like", "we start with", "let's start with", "we run the program", "we run",
    "run the program", "the command goes like this", "the command goes", "here is the command",
    "please write", "please type", "i need you to write", "i need you to type",
    "i need that you write", "once more slowly", "once more", "one more time", "so again",
    "again", "hello", "hi", "hey", "good morning", "good afternoon", "good evening",
    "now i want to execute", "i want to execute", "gimme", "yo",
    "let me do", "let me run", "let me just run", "lemme run", "lemme just run", "lemme do",
    "lemme get", "lemme get a", "let me get", "let me get a", "gimme a", "do me a favor",
    "you ready okay",
    "quick one", "gonna need", "i'm gonna need", "run this real quick", "run this",
    "could you pop in", "can you pop in", "could you just pop in", "can you just pop in",
    "could you just type", "can you just type", "could you just run", "can you just run",
    "would you mind typing", "would you mind running", "would you mind entering",
    "be a love and type", "be a love and run", "be a love and pop in", "let's have",
    "morning", "afternoon", "evening", "right so", "right",
    "kindly type", "kindly put", "kindly run", "kindly enter", "please put", "put", "next",
    "throw in", "punch in", "type it exactly like this", "type it like this",
    "write it like this", "do one thing", "yo chat", "chat watch this", "watch this",
    "chat real quick", "real quick", "next up is", "have a go with", "give", "stick", "insert",
    "new line", "executing", "per the runbook", "runbook says", "going to run", "running",
    "next one's", "the command's", "command's", "whack in", "can you whack in", "chuck in",
    "just chuck in", "stick in", "bang in", "give it", "type in", "g'day", "reckon it's",
    "my dear", "my friend",
    "roger", "copy", "confirm",
    "please do the needful and run", "please do the needful and type", "okay so basically",
    "so basically", "basically the command is", "the command is", "the command reads",
    *SPANISH_LEADS, "en la terminal escribe", "ahí nomás ponle", "para que veas", "copy this",
    "a ver", "el comando es", "ahí va el comando", "ahi va el comando", "ahí te va",
    "ahi te va",  # Mexican Spanish: "let's see", "the command is", "here it goes"
    "you put", "so you put", "y luego",
    "have the user run", "have them run", "ask the user to run", "get the user to run",
    "i ran", "ran", "ahi nomas ponle", "running", "i just ran", "fyi i just ran", "put in",
    "okay put in",
    "you must write", "you must type", "you must execute", "you must run", "must execute",
    "please execute", "please type in terminal", "please type in the terminal",
    "type in terminal", "type in the terminal", "in terminal", "please input",
    "put in the terminal", "put in terminal", "enter in the terminal", "in the terminal",
    "could you input", "can you input", "this one's", "weka", "sawa weka", "eh weka",
    "it looks like", "it looks like it says",
    "i think it says", "it says", "on the screen it says", "reading it off the video",
    "reading it off the screen", "turns out it's", "turns out it's just", "turns out",
    "probably something like", "something like", "it's probably", "probably",
    "my best guess is", "from memory it's", "i want to say it's", "try something like",
    "i think it's something like", "the one where you type", "give it a lash with",
    "we'll give it a lash with", "sure we'll give it a lash with", "the yoke you want is",
    "the one we want is", "fire in", "would you ever put in", "would you ever type",
    "sure look throw in", "go on stick in", "stick in", "give us", "giz a", "giz",  # Irish
    "yer man wants", "c'mere can you run", "do us a favour and run", "sure look just run",
    "will you type out", "go on and run",
    "type the following", "kindly type the following", "kindly execute", "note to self",
    "run this", "kindly type this", "just type this",  # Indian English
    "fait que", "bon ben", "suivant", "écris-moi ça", "tape-moi ça", "envoye",  # Québécois
    "sur la box du client", "sur la box", "on the box",
    "before the standup", "quick one", "write this", "run this for me",  # an Istanbul dev's
    "grápse", "grapse", "γράψε", "write it down", "easy one", "you know this one",  # Greek
    "let's do this one", "now pay attention", "pay attention", "so we do", "we do", "this one",
    "typ even", "nou even", "even", "okay on the bastion", "on the bastion", "alright type",
    "command",  # an Amsterdam SRE's
    "permisi ya", "permisi tolong ketik", "permisi", "tolong ketik", "boleh tolong jalanin",
    "jadi aku mau jalanin", "aku mau jalanin", "sekarang coba", "tolong ya", "tolong",
    "nah yang ini ya", "yang ini ya", "ini ya", "next ya",  # Indonesian: "please type"
    "yalla run", "rega give me", "give me", "noa here command",  # Hebrew
    "lệnh là", "lenh la", "note lệnh", "note lenh", "gõ cho mình", "go cho minh", "gõ",
    "chạy cái này", "chay cai nay", "cho mình cái lệnh", "cho minh cai lenh",
    "rồi lệnh", "lệnh", "rồi gõ cho mình", "u thi", "chạy", "chay",  # Vietnamese: "the
    # command is", "type for me", "run"
    "run this one", "type this", "type this for me", "o next one", "next one", "the next one na",
    "next one na", "make we do", "make we run", "shey you dey hear me type",
    "shey you dey hear me", "please run",  # Nigerian Pidgin: "let's run", "the next one is"
    "type mo", "type natin", "next natin", "kuya bot type mo", "kuya bot", "eto na po", "eto na",
    "pa-type", "pa-run ng", "uy", "guys quick one lang", "quick one lang", "for the ticket",
    "next command po", "next command", "next po", "alright po", "po next natin",
    "yung command is",  # Tagalog: "type it", "our next one"
    "kör", "let's do",  # Swedish: "run"
    "vamos lá", "vamos la", "ora bem", "ora bem então", "pronto",  # European Portuguese
    "this one na", "type for me na", "type for me", "next one",  # Thai-English
    "seuraava", "fine",  # Finnish: "next"
    "type pannu", "paaru run", "okay da run this one", "da run this one", "okay da", "next one da",
    "for the incident box", "quick one between alerts", "between alerts", "command is",
    # Tamil: "type it", "look, run"
]), key=lambda p: -len(p))  # each phrase once
GREETINGS = ["hello", "hi", "hey", "good morning", "good afternoon", "good evening", "good",
             "morning", "afternoon", "evening"]
# framing with a filler in it ("i'd like"), after what may open it ("Um, hello, …")
FILLED_FRAMING = sorted([p for p in FRAMING if set(p.split()) & FILLERS] + GREETINGS +
                        sorted(HESITATIONS | {"please", "okay", "ok", "so", "well", "now",
                                              "grand"}),
                        key=lambda p: -len(p))
SIGN_OFFS = ["that's it", "that's all", "that is it", "that is all", "cheers", "thanks",
             "i don't know", "i'm not sure", "does that look okay", "does that look right",
             "thank you", "thanks a lot", "please", "thanks again", "no rush",
             "if you don't mind", "if you could", "for now", "that is everything",
             "and that is everything", "that's everything", "and that's everything",
             "and that's it", "and that's all", "and that is it",
             "execute it", "please execute it", "run it", "please run it",
             "thank you very much", "thank you so much", "thanks so much",
             "hopefully that works", "that should work",
             "i think that's right", "i think that's it", "ta very much",
             "lovely cheers", "brilliant ta", "thanks ever so", "if you would",
             "cheers mate", "much appreciated", "ta muchly", "thanks ever", "over and out",
             "how copy", "how copy over", "roger that", "please do the needful",
             "do the needful", "in the terminal", "that's it chat", "would you",
             "okay na", "then only it will work", "you will get the output", "i reckon",
             "no wahala", "no wahala at all", "you get", "e go work", "e go show you",
             "she'll be right", "no worries", "too easy", "mate", "would ya", "cheers mate",
             "and that should do it", "that should do it",
             "e go show you everything", "is it clear",
             "would you please", "nothing else", "trust me", "that's the one",
             "don't hit enter yet", "double-check it", "careful double-check it",
             "nothing fancy", "then ping me", "ping me", "can already", "then can already",
             "same thing one", "also can", "can or not", "like that can already",
             "like that lor", "like that lah", "then enter la", "then enter lah",
             "tell me when you're done",
             "just tell me when you're done", "take your time", "i'll wait for the output",
             "if that works", "i'm pretty sure", "and tell me what it says",
             "or something like that", "y listo", "y ya", "y le das enter", "le das enter",
             "va", "me explico", "a ver si jala", "gracias", "sharp sharp", "lekker", "dankie",
             "thanks all", "thanks team",
             "neh", "eish", "obrigado", "obrigada", "valeu", "e já está", "já está", "e pronto",
             "e ja esta", "ja esta", "pronto", "pronto enter",
             "done na", "thank you na", "sabai sabai",  # Thai
             "grazie", "e acho que é isso",
             "acho que é isso", "almeno credo", "don't quote me", "don't quote me on that",
             "but don't quote me", "but don't quote me on that", "at least i think so",
             "or so i think", "grand so", "grand", "grand thanks", "thanks a million",
             "sound", "go on", "that's the lot", "sound thanks",
             "cheers thanks a million", "go raibh maith agat", "sure look",  # Irish
             "and let her rip", "let her rip", "that'll do it",
             "ya", "and enter please", "enter please",  # Spanish speakers' "ya", "dar enter"
             "y enter", "dale enter", "listo dale enter", "ahí está", "ahi esta", "ya quedó",
             "eso es todo",
             "ya quedo", "listo",  # Mexican Spanish: "and enter", "there it is", "done"
             "xie xie", "jiu zheyang",  # Mandarin: "thanks", "that's it" ("hao le,": particles)
             "that's all only", "that's it only", "same line itself", "same line itself okay",
             "all in one line", "all in one line itself", "do the needful yaar",  # Indian
             "send it", "done next", "boom done", "boom",  # a trader's
             "asante", "asante sana", "poa thanks", "sawa sawa", "fire it",  # Swahili
             "no i tyle", "i tyle", "dzięki", "dzięki wielkie",
             "c'est ça", "merci", "merci beaucoup", "envoye", "voilà",  # Québécois French
             "okay send it", "hadi hadi", "tamam", "hadi", "yani that's it",  # Turkish
             "and enter", "enter let's see", "μπράβο",
             "τέλεια", "teleia", "run it ela", "run it έλα", "ntáxei run it",  # Greek
             "εντάξει run it", "entaxi run it",
             "klaar", "dat was 'm", "ship it", "enter please",  # Dutch
             "makasih ya", "makasih", "itu aja", "itu aja ya makasih", "udah gitu aja",
             "thank you ya", "oke makasih",  # Indonesian: "thanks", "that's all"
             "thế thôi", "the thoi", "vậy thôi", "vay thoi", "xong", "xong nhé", "hết", "het",
             "rồi enter", "roi enter", "chạy đi", "chay di",  # Vietnamese
             "e don do", "na im be that", "enter am", "thank you o", "that's all sha",  # Pidgin
             "go run mo na", "run mo na", "enter mo na", "yun lang salamat", "yun lang muna",
             "yun lang", "salamat", "salamat po", "salamat balik ako sa ticket", "thanks po",
             "thank you po",
             "okay na yan", "ayan tapos na", "tapos na", "yun na yun",  # Tagalog
             "tack", "det var allt", "klart", "mm klart",  # Swedish
             "kiitos", "no niin", "noniin",  # Finnish: "thanks", "there we go"
             "athu dhaan", "done da", "enter pannidu", "run pannu", "run pannu seri",
             "apdiye run pannu",  # Tamil: "that's it", "press enter", "run it"
             "mamnoon", "merci mamnoon", "tamam merci", "that's it merci",  # Persian: thanks
             "and away you go", "lovely stuff", "go on so", "deadly",
             "grand thanks"]  # Irish  # Polish: "and that's it"
# a closing sentence starting so: about the command
CLOSING_STARTS = {"it's", "that's", "this", "that", "it", "thanks", "thank", "cheers", "for",
                  "apparently",
                  "it'll", "that'll", "sure",  # Irish "Sure that'll do."
                  "which", "hope", "hopefully", "he", "she", "he's", "she's", "con", "should",
                  "if", "see", "holler", "cool", "don't", "we", "back", "ran",
                  "your", "i'll", "i'm"}  # "… --all. If it yells at you, read me what it says."
SIGN_OFF_WORDS = {"okay", "ok", "done", "that's", "that", "is", "it", "the", "one", "yep", "yes",
                  "i", "think", "right", "should", "do", "cheers", "thanks", "please", "all",
                  "good", "perfect", "great", "thank", "you", "alright", "so", "execute",
                  "run", "everything", "very", "much", "ta", "lovely", "brilliant", "ever",
                  "if", "would", "mate", "appreciated", "how", "copy", "over", "out", "roger",
                  "genau", "ja", "boom", "there", "we", "are", "tidy", "lush", "literally",
                  "job", "aye", "isn't", "nice", "easy", "super", "simple", "go", "got"}
# Words Whisper may write with a colon that only introduce what follows ("Correction: ...").
COLON_AFTER = {"correction", "actually", "wait", "sorry", "instead", "is", "command", "mean", "top",
               "that", "rather", "so", "okay", "again", "slowly", "this", "over", "properly",
               "poprawka", "nowa", "początku", "dalej", "ça", "envoye",  # Polish, French
               "baştan", "bashtan", "bastan",  # Turkish "from the top:"
               "grápse", "grapse", "γράψε", "αρχή", "archí", "arxi", "thing", "ela", "έλα",
               "opnieuw", "even", "type", "bastion", "box", "מההתחלה", "mehahatchala",
               "sollren", "more"}  # Tamil "I'll say (it again):", "once more:"
CASE_WORDS = {"capital", "cap", "caps", "big", "uppercase", "kebab", "snake", "camel", "pascal",
              "case"}  # "capital read capital only", "kebab connectivity only": a word
TRAILING = sorted(["for me", "okay", "right", "yeah", "i think", "now", "for me please",
                   "when you're ready", "when you are ready", "on the jump box",
                   "have you got that",
                   "real quick", "quickly", "i think that's", "no that's right", "right now",
                   "or something",
                   "or was that the other one", "should be",  # "…, should be right" less its filler
                   "and hit enter", "hit enter", "and press enter", "press enter",
                   "and hit return", "then hit return", "hit return", "end of command",
                   "itself", "only", "na", "once", "only nothing else", "nothing else",
                   "when you get a sec", "when you get a chance", "when you have a sec",
                   "when you have a moment",
                   *SIGN_OFFS], key=lambda p: -len(p))


def _fillers_out(phrase: str) -> str:
    """The phrase as it reads once the filler pass has run."""
    return " ".join(w for w in phrase.split() if w not in FILLERS)


TRAILING = sorted({*TRAILING, *(_fillers_out(p) for p in TRAILING if " " in _fillers_out(p))},
                  key=lambda p: -len(p))
"""With each phrase as it reads once its fillers have gone ("does that look right": "does
that look"), where two words or more are left."""
SAID_AGAIN = {"disregard", "disregard that", "disregard that i say again",
              "disregard i say again", "i say again", "i will repeat", "sorry i will repeat",
              "i will say it again", "wait from the starting", "from the starting",
              "from beginning", "sorry from beginning", "again from start",
              "wait again from start", "sorry mistake again", "mistake again"}
"""Radio, Indian-English and Slavic ways to start the command again: restarts, and in the user's
own text (quotes, echo) just words."""
POLISH_RESTARTS = ("od nowa", "nie od nowa", "źle od nowa", "kurczę od nowa",
                   "czekaj jeszcze raz od początku", "jeszcze raz od początku")
"""A Polish speaker starting again: "from scratch", "wait, once more from the start"."""
FRENCH_RESTARTS = ("non attends je recommence", "attends je recommence", "je recommence",
                   "oublie ça on reprend", "on reprend", "non non non from the top", "pas ça bon")
"""A Québécois starting again: "I'm starting over", "forget that, let's go again"."""
TURKISH_RESTARTS = ("yok yok baştan", "york york bastan", "baştan", "bashtan", "bastan",
                    "yok yok bashtan", "york york baştan", "yok yok bastan")
"""A Turkish speaker starting again: "no no, from the top" (and Whisper's spellings)."""
PERSIAN_RESTARTS = ("bebakhshid az aval", "eshtebah shod az aval", "az aval", "dobare",
                    "eshtebah shod from the beginning", "bebakhshid dobare")
"""A Persian speaker starting again: "sorry, from the start", "again"."""
INDONESIAN_RESTARTS = ("aduh sori dari awal ya", "eh bentar dari awal", "ulang ya dari awal",
                       "dari awal ya", "dari awal")
"""An Indonesian speaker starting again: "oops, sorry, from the start"."""
HEBREW_RESTARTS = ("mehahatchala", "מההתחלה", "lo lo mehahatchala")
SWEDISH_RESTARTS = ("vänta vänta från början", "från början", "nej om igen", "om igen",
                    "förlåt från början", "nej nej jag tar det igen", "jag tar det igen",
                    "hmm nej från början", "nej stryk det jag menar", "stryk det jag menar",
                    "nej nej nej förlåt det var fel det ska vara", "det var fel det ska vara",
                    "förlåt det var fel det ska vara")
SPANISH_RESTARTS = ("otra vez todo", "todo otra vez", "de nuevo todo", "lo repito completo",
                    "perdón lo repito completo")
"""A Mexican speaker starting again: "all again"."""
MANDARIN_RESTARTS = ("chong lai", "deng yixia chong lai", "deng yixia deng yixia chong lai",
                     "suan le from the top", "suan le")
"""A Taiwanese speaker starting again: 重来 ("again"), 算了 ("forget it")."""
FINNISH_RESTARTS = ("eiku alusta", "ei kun alusta", "alusta", "perkele again", "perkele")
"""A Finn starting again: "no, from the start"."""
TAMIL_RESTARTS = ("illa illa full command thappu thirumba sollren",
                  "full command thappu thirumba sollren", "thirumba sollren",
                  "panren cancel cancel from the top", "cancel cancel from the top",
                  "thappu full-a maathu once more", "full-a maathu once more",
                  "scratch that whole thing start again")
"""A Tamil speaker starting again: "the whole command is wrong, I'll say it again"."""
TAGALOG_RESTARTS = ("teka ulitin ko from the top", "ulitin ko from the top", "ay sorry balik tayo",
                    "balik tayo")
VIETNAMESE_RESTARTS = ("thôi làm lại từ đầu", "làm lại từ đầu", "lại từ đầu", "xin lỗi lại nhé",
                       "lại nhé", "nhầm hết lại", "khoan bỏ lại từ đầu", "thôi sai rồi lại",
                       "sai rồi lại", "lam lai tu dau", "lai tu dau", "xin loi lai nhe")
"""A Hebrew speaker starting again: "from the start"."""
DUTCH_RESTARTS = ("sorry fout opnieuw", "laat maar from the top", "nee scratch that opnieuw",
                  "sorry fout from the top", "opnieuw", "laat maar")
"""A Dutch speaker starting again: "sorry, wrong, again", "never mind, from the top"."""
GREEK_RESTARTS = ("apo tin archí", "από την αρχή", "apo tin arxi", "again the whole thing",
                  "let me say it all again")
"""A Greek speaker starting again: "from the start"."""
AFRIKAANS_RESTARTS = ("no man start over", "ag nee scratch that", "eish no again properly",
                      "again properly")
"""A South African starting again: "No man, start over:", "Ag nee, scratch that.", "Eish,
no. Again, properly:"."""
REPEAT_FROM_START = ("let me repeat from the start", "no let me repeat from the start",
                     "let me repeat from the start you clear the line",
                     "no let me repeat from the start you clear the line")  # Indian English
PORTUGUESE_RESTARTS = ["apaga tudo de novo", "não apaga tudo de novo", "opa errei de novo",
                       "esquece esquece começa de novo", "começa de novo", "de novo",
                       "ok de novo", "esqueci o resto pronto", "ah lembrei", "lembrei",
                       "peraí pronto", "como é que é pronto", "enfim esquece from the top",
                       "esquece from the top", "esquece", "esquece tudo", "aliás esquece tudo",
                       "vamos outra vez", "pronto vamos outra vez"]
"""A Brazilian speaker starting the command again: "erase it all, again", "oops, I got it
wrong", "forget it, start again", "I forgot the rest… right:", "ah, I remember"."""
CORRECTIONS = sorted([
    "no wait", "wait no", "no sorry", "sorry", "actually make that", "actually no", "sorry po",
    "actually", "make that", "scratch that", "scrap that", "i mean", "no no", "correction",
    "or rather", "rather", "not that", "wait", "no", "or was it", "or is it", "i meant", "nope",
    "make it", "let me rephrase", "change that to", "no make that", "let me start over",
    "start over", "start again", "from the top", "strike that", "let me correct that",
    "oops", "oops i meant", "my bad", "i meant to say", "nah", "no i mean", "sorry i mean",
    "let me say it again", "let me try again", "\u21ba", "that's wrong it's",
    "wait that's wrong it's", "that's wrong", "no wrong one", "wrong one",
    "i made a mistake", "forget that one", "no forget that one", "forget that",
    "that should be", "never mind", "wrong", "instead", "pardon", "pardon me",
    "i beg your pardon", "beg your pardon",
    "i mean to say", *SAID_AGAIN, "i start again from the beginning",
    "start again from the beginning", "from the beginning", "let me start again",
    "again from the start", "from the start", "ah no", "whoops", "it's actually",
    "let me fix that", "hold up", "nah i meant", "belay that", "sorry mate",
    "not that the other one", "nah not that the other one", "i misspoke", "sorry that's",
    "sorry it's", "i misspoke that's", "not that one", "i wanted to say", "undo that",
    "change to", "delete that", "perdón", "perdon", "no perdón", "no perdon", "bueno no",
    "mejor dicho", "espérate", "esperate", "empiezo de nuevo", "desde el principio",
    *SPANISH_RESTARTS, "corrijo", "o sea no", "ay güey no", "ay guey no", "más bien",
    "mas bien", "no más bien", "no mas bien",  # Mexican Spanish: "I correct", "rather"
    "let me redo that",
    "sorry i wanted to say", "i restart", "let me restart",
    "let me read that again", "let me say that again",
    "chigau", "sumimasen", "no no sumimasen it is", "ah sumimasen", "sumimasen it is",
    "chigau chigau", "ah chigau the option is", "chigau the option is", "sorry mistake",
    "ah sorry mistake", "correct is", "no correct is", "once more",
    "sorry once more", "no no not this", "sorry wrong",
    "errei", "corrigindo", "digo", "não pera", "nao pera", "pera",  # Brazilian Portuguese
    "no scusa", "anzi", "ho sbagliato", "ricomincio", "ricomincio da capo", "da capo",  # Italian
    "cioè", "aspetta", "aspetta da capo", "ani", "sorry again",  # Korean "ani": no
    "delete the last word", "cancel that", "no i said",  # said to a voice assistant
    "delete that word", "scrub that",
    "la la", "la2", "la2 i mean", "sorry ya3ni",  # Egyptian Arabic "la": no
    "bu dui", "bu shi", "aiya again",  # Mandarin "not right", "it isn't"
    *MANDARIN_RESTARTS, "bu dui bu dui", "wo shuo", "aiyo wrong", "aiyo",  # "I mean", "oops"
    "wait i skipped a line", "i skipped a line",
    "aiii no", "wacha it's", "wacha", "pole i mean", "no no rudia", "rudia",  # Kenyan
    "hapana", "si hiyo", "si hiyo i meant", "wacha make that", "pole that should be",
    "não não é", "nao nao é", "não é", "nao é", "não não", "nao nao", "quer dizer",
    "não não quer dizer", *PORTUGUESE_RESTARTS, "desculpa", "desculpa quer dizer", "aliás",
    "ou seja", "perdão", "espera", "não espera", "espera espera", "ah espera", "não é isso",
    "não não é isso", "nao e isso",  # Brazilian Portuguese: "no, it's", "I mean"
    "tuanze upya",  # Swahili: "no", "not that", "leave it", "let's start again"
    "i tell a lie", "i'll say that again", "hang on i'll say that again",  # British
    "ah no go back", "no go back", "no hang on", "feck", "feck no", "ah stop no",  # Irish
    "let's try that again", "hold your horses",
    "my mistake it should be", "sorry my mistake it should be", "it should be",  # Indian
    "galat it is", "arre galat it is", "galat", "i repeat", "one second correction",
    *FINNISH_RESTARTS, "ei kun", "eiku", "ei ku", "ei vaan", "ei van", "tai siis", "siis",
    "wrong again", "the whole thing again",  # Finnish: "no, I mean", "or rather"
    *AFRIKAANS_RESTARTS, "nee", "ag nee", "nee wag", "ag no", "wrong flag", "ag wrong flag",
    "no wait wrong flag", "wrong flag make it", "no wait wrong flag make it",
    "that flag should be", "sorry that flag should be",  # South African: "nee": no
    *REPEAT_FROM_START,
    *POLISH_RESTARTS, "znaczy", "znaczy nie", "nie", "nie nie", "nie czekaj", "nie źle", "źle",
    "poprawka",  # Polish: "I mean", "no, wait", "wrong", "correction"
    *FRENCH_RESTARTS, "non non", "non non non", "pas ça", "non pas ça", "je veux dire",
    "non je veux dire", "attends", "non attends", "wait non", "oups",  # French: "not that"
    *TURKISH_RESTARTS, "yok yok", "york york", "yog yog", "yok", "par don", "pardon pardon",
    "wrong one",  # Turkish "no no" (and Whisper's "York, York")
    *GREEK_RESTARTS, "óchi óchi", "ochi ochi", "όχι όχι", "sygnómi", "signomi", "συγγνώμη",
    "perímene", "perimene", "περίμενε", "lathos", "λάθος", "dhilady", "dilady", "δηλαδή",
    "lathos lathos", "λάθος λάθος", "lathos not that flag", "λάθος not that flag",
    "óchi óchi the other flag", "όχι όχι the other flag",  # Greek: "no no", "sorry", "wait",
    # "wrong", "I mean"
    *DUTCH_RESTARTS, "ik bedoel", "eh ik bedoel", "nee wacht", "wacht nee", "nee",
    "sorry fout",  # Dutch: "I mean", "no, wait", "sorry, wrong"
    *INDONESIAN_RESTARTS, "eh bukan bukan", "bukan bukan", "sori maksudnya", "maksudnya",
    "eh salah salah", "salah salah", "bukan itu", "ralat ya", "eh maksudnya", "bukan",
    "sori",  # Indonesian: "no no", "I mean", "wrong", "not that", "correction"
    *HEBREW_RESTARTS, "lo lo", "sliha", "be'etzem", "סליחה", "לא לא", "בעצם",  # Hebrew
    *SWEDISH_RESTARTS, "förlåt", "nej jag menar", "förlåt jag menar", "jag menar",
    "nej vänta", "fel fel", "nej skippa den", "skippa den", "nej vänta inte den",
    "förlåt ta bort den", "ta bort den",  # Swedish: "no no", "sorry", "I mean", "skip it"
    *TAGALOG_RESTARTS, "ay mali", "hindi hindi", "teka", "mali pala", "ay sorry",  # Tagalog
    *TAMIL_RESTARTS, "illa illa", "thappu", "athu illa", "flag maathu", "thappu flag maathu",
    "sorry sorry that flag is", "that flag is", "cancel cancel",  # Tamil: "no no", "wrong"
    "no be that", "sorry o", "no be that one o", "make i start again",
    "scratch that make i start again", "oya again",  # Nigerian Pidgin
    *VIETNAMESE_RESTARTS, "không không", "khong khong", "nhầm", "nham", "ý là", "y la",
    "xin lỗi", "xin loi", "sai rồi", "sai roi",  # Vietnamese: "no no", "wrong", "I mean"
    *PERSIAN_RESTARTS, "na na", "na na bebakhshid", "bebakhshid", "eshtebah shod",
    "eshtebah shod i mean", "eshtebah",  # Persian: "no no", "sorry", "it was wrong"
    "no should be", "not that flag",  # Singlish: "eh no, should be Bob", "wait ah, not that flag"
], key=lambda p: -len(p))
QUOTED_TEXT_MARKERS = {"that's wrong it's", "wait that's wrong it's", "that's wrong",
                       "no wrong one", "wrong one", "wrong", "instead", "scrap that", "pardon",
                       "pardon me", "i beg your pardon", "beg your pardon", "i mean to say",
                       "i misspoke", "i wanted to say", "i restart", "delete that",
                       *SAID_AGAIN}  # in quotes, echo: the text
NEW_SENTENCE = "\u21ba"  # a correction said as a sentence of its own: the command again

DROPS = {"forget that one", "no forget that one", "forget that",
         "undo that", "delete the last word", "delete that word"}  # the last word, unsaid
SUBJECTS = {"i", "you", "we", "always", "never", "often", "might", "don't", "to", "will",
            "i'll", "you'll", "people", "usually", "sometimes", "can't", "won't"}
"""Before "forget that" or "wait": a remark ("I always forget that one", "I'll wait for the
output"), not the order."""
RESTARTS = {"scratch that", "strike that", "scrap that", "belay that", "let me start over",
            "scrub that",
            "start over",
            "start again",
            "from the top", "let me say it again", "let me try again", *SAID_AGAIN,
            "i start again from the beginning", "start again from the beginning",
            "from the beginning", "let me start again", "again from the start", "from the start",
            "let me read that again", "let me say that again", "i restart", "let me restart",
            "empiezo de nuevo", "desde el principio", "let me redo that", "once more",
            "sorry once more", "correct is", "no correct is", "ricomincio", "cancel that",
            "aiya again", "wait i skipped a line", "i skipped a line", "no no rudia", "rudia",
            "ricomincio da capo", "da capo", "i'll say that again", "hang on i'll say that again",
            "let's try that again", "wrong again", "tuanze upya", "the whole thing again",
            *PORTUGUESE_RESTARTS,
            *AFRIKAANS_RESTARTS, *POLISH_RESTARTS, *FRENCH_RESTARTS, *TURKISH_RESTARTS,
            *GREEK_RESTARTS, *DUTCH_RESTARTS, *INDONESIAN_RESTARTS, *HEBREW_RESTARTS,
            *VIETNAMESE_RESTARTS, *TAGALOG_RESTARTS, *SWEDISH_RESTARTS, *TAMIL_RESTARTS,
            *FINNISH_RESTARTS, *SPANISH_RESTARTS, *MANDARIN_RESTARTS, *PERSIAN_RESTARTS,
            *REPEAT_FROM_START}
PHRASE_RESTARTS = {"scratch that", "strike that", "scrap that", "cancel that", "scrub that"}
"""In spoken protocol, Dragon's way: the phrase said since the last "space" goes, unless the
command is said again."""
LEADING_MARKERS = sorted(RESTARTS | {"correction"}, key=lambda m: -len(m))
"""Markers said before any command ("Disregard that. I say again, …"): only the marker goes."""
# Symbol words after which "no", "wait"... are dictated text ("dash dash no dash tls").
LITERAL_AFTER = {"dash", "minus", "hyphen", "dot", "period", "slash", "underscore", "colon",
                 "comma",
                 "equals", "equal", "case", "caps", "capital"}
ASIDES = sorted([  # thinking aloud, dropped wherever it comes
    "let me think", "let me see", "lemme think", "lemme see", "hold on", "hang on", "one sec",
    "just a sec", "bear with me", "just a tick", "one tick", "half a tick", "stand by",
    "i hope this is clear", "i hope that's clear", "this is important", "as always",
    "wait one minute", "just one second", "let me check", "deixa ver",  # Portuguese
    "what to say",
    "what's it called", "what is it called", "you know", "i guess", "how do you say it",
    "give me a second", "where was i", "how do you say", "what do you call it",
    "how you say", "how you say it", "nei ge", "nage nage", "hao de",
    "how does it go", "what was it", "what was it ah yes",
    "what's the flag", "what is the flag", "one moment",
    "just a moment", "na ja", "where was it again", "wait a second", "just a second",
    "that was a long one", "en fait", "du coup", "sorry about this", "sorry about that",
    "if i remember well", "if i remember correctly", "if i remember right", "got it",
    "wait lang", "o sea", "un segundo", "ngoja",  # Swahili "wait"
    "peraí", "pera aí", "deixa eu ver", "como é que é",  # Portuguese "hang on", "let me see"
    "if i remember rightly", "if i recall correctly", "if memory serves",
    "d'you know", "what's this",  # Irish
    "c'est ça", "c'est quoi déjà ah oui", "c'est quoi déjà", "attends je check ok",  # French
    "even kijken", "wacht even", "nou ja whatever", "waar was ik", "waar was ik eh",  # Dutch
    "apa ya", "sebentar ya oke lanjut", "tunggu oke lanjut ya",  # Indonesian
    "w sumie", "no więc", "no dobra", "tak tak that's right", "tak that's right",  # Polish
    "give me a minute", "make i check my note", "hold on make i check my note",
    "make i remember am", "wait make i remember am", "okay i remember now", "i remember now",
    "this generator noise", "ah this network", "this network",  # Pidgin
    "åh slack igen sorry", "slack igen", "erik pingar mig", "sorry slack var var jag",
    "var var jag", "sekund slack nej det kan vänta", "oj standup snart", "okej vidare",
    "sorry någon skrev i kanalen", "någon skrev i kanalen", "vad var det nu", "vänta jag kollar",
    "jag kollar",  # Swedish: Slack, "where was I", "what was it now", "I'll check"
    "ano nga yung path", "ayan tuloy", "tuloy", "higop muna ng kape", "may client sa chat",
    "ang bagal ng vpn ngayon", "gising pa ako promise", "may nag-ping sa teams",  # Tagalog
    "can you hear me", "sorry you're breaking up", "you're breaking up", "sorry about the line",
    "don't ask", "where did i put it", "same as yesterday", "classic monday",
    "koska tietenkin", "the board is sulking again",  # a Finn's: "because of course"
    "aiyyo pagerduty again", "pagerduty again",  # a Chennai SRE's
    "ya bájenle", "ya bajenle", "pinche ruido", "aquí no se oye nada", "aqui no se oye nada",
    "ahorita voy", "cómo era", "como era",  # a Mexico City office: "turn it down", "the noise"
    "la junta es más tarde memo", "la junta es más tarde", "se me cayó el café",
    "se me cayo el cafe", "espérame tantito", "esperame tantito",  # "the meeting's later"
    "zhege hen fan", "wang le at the end put", "at the end put", "and at the end",
    "wait and at the end",  # Mandarin: "this is annoying", "forgot, at the end put"
    "the vpn dropped again", "slack is pinging", "hold on slack is pinging",
    "my manager wants this today",
    "wait my bubble tea", "my bubble tea",
], key=lambda p: -len(p))
# what joins a command's name to its arguments ("start with X, then for the options put")
CONNECTORS = {"then for the options put", "and for the rest put", "for the options put",
              "for the rest put", "and the arguments are", "the arguments are",
              "and after that", "followed by", "after that"}
ASIDES = sorted([*ASIDES, *CONNECTORS], key=lambda p: -len(p))
ADDITIONS = tuple(sorted((
    "oh and also", "oh and", "and also", "also add", "plus also", "oh i forgot it ends with",
    "i forgot it ends with", "oh wait it ends with", "oh and it ends with", "and it ends with",
    "it ends with", "oh i forgot", "i forgot to say", "and at the end", "oh and add",
    "oh and tack", "wait i forgot it ends with", "oh i forgot at the end comes",
    "i forgot at the end comes", "at the end comes", "and at the end comes", "wait and add",
    "and add", "then there's", "and there's", "there's", "and then we pass it",
    "and we pass it", "then we pass it", "and pass it", "oh and at the end",
    "wait and at the end", "one more thing at the end", "ah one more thing at the end",
), key=lambda p: -len(p)))


ADDITION_TAILS = sorted(["to the end", "on the end", "at the end", "after that", "almost forgot",
                         "after that almost forgot"], key=lambda p: -len(p))

FIX_WORDS = {"no", "sorry", "wait", "actually", "oops", "whoops", "nope", "nah", "correction",
             "rather", "scratch", "wrong"}  # a correction's first word: "item, ah no, new"

LEAD_INS = ("and i'm quoting here", "i'm quoting here", "give it a lash with",
            *SPOKEN_LEADS, "real quick with", "gonna just check with",
            "the yoke you want is", "the one we want is",
            "i think it's something like", "probably something like", "try something like",
            "something like", "it's probably", "my best guess is", "from memory it's",
            "i want to say it's", "i'm fairly sure it's", "i'm pretty sure it's",
            "the one where you type", "whatever the flag is i think it's", "i think it's",
            "turns out it's just", "turns out it's", "it's just", "it looks like it says",
            "i think it says", "it looks like", "this one is",
            "this one's", "i'd type", "i would type", "i'd run", "i would run", "i'd use",
            "you'd type",
            "just type", "i'd say", "it's", "it is", "use", "try", "the command is",
            "the command would be", "the command for that is", "so", "i need", "we need",
            "i want", "gonna need", "is just", "is")
TRAIL_OFFS = ("that's to", "that's for", "that is to", "which", "to do that", "so that",
              "it is for", "this is for", "then we see", "reason being", "it's to", "and see if",
              "jiushi",
              "and it'll", "and it will", "and that'll", "and holler if", "and that's all she",
              "then check the output", "then wait for it", "and watch what",
              "and put your hand up", "nice and easy", "that's the flag for", "sudo because",
              "because it needs", "watch the capital letters", "then i'm off",
              "next see if that helps", "see if that helps", "and that's gonna",
              "and that's going to", "and you're good to go", "and we're good",
              "and if this helped", "smash that like button", "don't forget to smash",
              "should sort it", "is what you're after", "this arvo", "and bob's your uncle",
              "no need to think", "then we will see", "it is very simple", "then show me the",
              "and tell me what it says", "i don't know", "is supposed to", "is how you",
              "does that look okay", "but i'm not sure", "but that seems",
              "and she'll be right",
              "per the", "before escalating", "then close the", "that should", "it should",
              "just to", "with admin rights", "as admin", "or at least", "that'll",
              "and post the output", "and paste what", "and let me know", "shout if",
              "ping me with", "is what fixed it", "looks good on", "and it hung",
              "that one will", "ja that one will", "then tell me what you see",
              "and then ping me", "before standup", "so nobody", "into the runbook",
              "tell me what you see",
              "this one should",
              "after that can", "this one for", "this one to", "if not later",
              "before i", "after i", "while i", "once i", "so i can", "because", "it's for",
              "so it'll", "he says", "she says", "they say", "i hope that's",
              "is what you need", "is the command", "that's the command", "then we can",
              "and see what", "normally it", "for to", "and after we", "and it's good",
              "like that", "and it's gonna", "and it's going to", "and then we'll",
              "and we'll see", "cause i", "'cause i", "so basically it", "and boom",
              "this is gonna", "this is going to", "which is gonna", "lets you",
              "that lets you", "chat this is gonna", "and you're done", "and hit return",
              "and press return", "if you need to", "if you want to", "and tell me",
              "you will get", "it will", "then only", "basically this only",
              "something like that only", "rest you can figure out", "and share your",
              "in the terminal", "and you will get", "that is the command",
              "that's the command to", "if that's alright", "if that's okay",
              "then we'll see", "and we see", "and see if it works", "and we're done",
              "a go i reckon", "on the box",
              "and we hit enter", "and we press enter", "and voilà", "go ahead and copy",
              "and press return", "then press return", "then enter", "and go", "then press enter",
              "press return", "then we check", "then we see", "then we verify", "now to",
              "e go", "it will now", "no wahala", "it lets you", "cos we", "so we can",
              "no worries", "she'll be right")

PURPOSE_STOPS = SYMBOL_NEIGHBOURS | QUOTES | {"pipe", "equals", "colon", "tilde", "backslash",
                                             "asterisk", "space"}

PROTOCOL_WORDS = frozenset(SYMBOL_WORDS) | NUMBER_WORDS | QUOTES | SYMBOL_NEIGHBOURS | {
    "capital", "caps", "cap", "uppercase", "lowercase", "all", "big", "small", "letter"}

REMARK_KEEPS = {"forgot", "ends", "end", "after", "then", "program", "file", "flag", "command",
                "called", "name", "add", "also", "comes", "and", "plus", "tack", "option",
                "caps", "capital", "cap", "uppercase", "lowercase"}
"""Words of a sentence that goes on dictating ("Oh, and it ends with help.", "After that yes.")."""

LEAD_VERBS = {"type", "typing", "run", "running", "enter", "entering", "write", "writing",
              "input",  # only asked for: "please input", "could you input" (not "run input")
              "punch",  # "…, punch in X"
              "written", "with", "is", "use", "using", "try", "execute", "executing", "says",
              "said", "put", "reads", "launch", "do", "gives", "hit", "throw", "give", "insert",
              "key", *SPANISH_LEADS}

INTENT_WORDS = {"gonna", "lemme", "i'll", "we'll", "i'd", "we'd"}  # before a verb: a lead-in

ARTICLES = {"a", "an", "the", "this", "that", "my", "your"}  # "… from a file.": a noun

RUN_VERBS = {"run", "type"}

PROSE_BEFORE = {"i", "i'd", "i'm", "we", "you", "need", "want", "run", "type", "write",
                "the", "a", "to", "is", "command", "please", "can", "could", "would", "like",
                "use", "do", "let's", "me", "and", "then", "now", "it's", "it", "so", "going",
                "gonna", "should", "just", "try", "give", "put", "what", "for", "this",
                "that", "thing", "okay", "alright", "um", "uh", "know", "guess", "think",
                "mean", "on", "in", "of", "with", "which", "here", "there", "everyone",
                "everybody", "folks", "guys", "says", "said", "he", "she", "he's", "she's",
                "customer", "advised", "asked", "told", "had"}
LEAD_PROSE = PROSE_BEFORE | FILLERS | INTENT_WORDS | {"we're", "you'll", "let's", "wanna",
                                       "here", "now", "when", "if", "what", "how", "he",
                                       "she", "they", "he's", "she's", "they've", "i've", "must",
                                       "partner", "buddy", "pal", "mate", "boss", "chief",
                                       "kiddo"}
