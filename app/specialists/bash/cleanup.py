"""Cleanup and segmenting: drop fillers and framing, apply self-corrections, and find the
words that are the command.

Self-corrections are resolved by anchoring: in "git push origin main no wait origin develop"
the words after the marker ("origin develop") start with a word seen before ("origin"), so
they replace everything from its last occurrence. A correction that starts with a command
word restarts the command; "oh and" / "and also" add to it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from app.specialists.bash.vocabulary import (
    ALONE,
    COMMANDS,
    COMMON_WORDS,
    GLUED,
    HEARD_AS,
    HEARD_LETTERS,
    JOINED,
    MISHEARD_FIRST,
    NATO,
    SUBCOMMAND_HOSTS,
    SUBCOMMANDS,
    SYMBOL_PHRASES,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)

SINGLISH = {"lah", "lor", "leh", "hor", "meh"}  # a sentence's particles ("… --all lor.")
SPANISH_LEADS = ("pon", "ponle", "escribe", "teclea", "tecléale", "tecleale", "córrele",
                 "correle", "échale", "echale", "ejecuta")  # "Porfa, escribe mongodump …"
SPANISH_FILLERS = {"este", "órale", "orale", "ándale", "andale", "pues", "mira", "bueno", "oye",
                   "ahorita", "porfa", "entonces", "sale", "ay"}
OTHER_FILLERS = {"né", "então", "tipo", "beleza", "hum",  # Brazilian Portuguese
                 "allora", "dunque", "ecco", "vabbè", "ehm",  # Italian
                 "ya3ni", "yani", "ehh", "mashi", "yalla", "habibi", "khalas",  # Egyptian
                 "nage", "ranhou", "dui", "hao", "aiya",  # Mandarin
                 "sawa", "aki", "buda", "sasa",  # Kenyan Sheng
                 "achha", "acha", "haan", "arre", "yaar"}  # Hindi in Indian English
FILLERS = {"um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "uhh", "umm", "hm", "like", "yeah",
           "okay", "ok", "alright", "so", "well", "basically", "right", "hey", "please", "just",
           "oh", "then", "ugh", "eh", "ehm", "ähm", "äh", "öhm", "genau", "euh", "voilà", "bon",
           "alors", "literally", "bro", "dude", "yo", "simply", "quickly", "oya", "abeg", "ehen",
           "righto", "ehn", "ma'am", "maam", "madam", "sir", "yep", "yup", "ano", "eto", "etto",
           "eee", "yyy", "ee", "eum", "geu", "ahem", "hush", *SINGLISH, *SPANISH_FILLERS,
           *OTHER_FILLERS}
HESITATIONS = {"um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "ugh", "uhh", "umm",
               "hm", "eh", "ehm", "ähm", "äh", "öhm", "euh", "eto", "etto", "eee",
               "yyy", "ee", "eum", "geu", "ahem"}  # never a dictated word (Japanese "eto", Polish
# "yyy", Korean "eum")
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
    "stick this in at the prompt", "stick this in", "bung in", "pop this in", "go on then type",
    "make please", "now make please", "type please", "run please",  # Slavic "сделай"
    "go on then", "what you want is", "next one's", "right next one", "at the prompt",
    "enter the command", "please input the following command", "input the following command",
    "the following command", "please input", "i will read the command", "key in",
    "we need to run", "just enter", "enter", "what i'm after is", "write me", "can i get",
    "give me the line", "the thing to run is", "so the thing to run is", "okay type this",
    "start with", "use", "let's see", "right let's see", "the program is",
    "so what i need is", "okay so",
    "i would like to run", "i would like to execute", "i'd like to execute", "i want to execute",
    "i would like", "we start with", "let's start with", "we run the program", "we run",
    "run the program", "the command goes like this", "the command goes", "here is the command",
    "please write", "please type", "i need you to write", "i need you to type",
    "i need that you write", "once more slowly", "once more", "one more time", "so again",
    "again", "hello", "hi", "hey", "good morning", "good afternoon", "good evening",
    "now i want to execute", "i want to execute", "gimme", "yo",
    "let me do", "let me run", "let me just run", "lemme run", "lemme just run", "lemme do",
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
    "so basically", "basically the command is", "the command is",
    *SPANISH_LEADS, "en la terminal escribe", "ahí nomás ponle", "para que veas", "copy this",
    "you put", "so you put", "y luego",
    "have the user run", "have them run", "ask the user to run", "get the user to run",
    "i ran", "ran", "ahi nomas ponle", "running", "i just ran", "fyi i just ran", "put in",
    "okay put in",
    "you must write", "you must type", "you must execute", "you must run", "must execute",
    "please execute", "please type in terminal", "please type in the terminal",
    "type in terminal", "type in the terminal", "in terminal", "please input",
    "could you input", "can you input", "this one's", "weka", "sawa weka", "eh weka",
    "it looks like", "it looks like it says",
    "i think it says", "it says", "on the screen it says", "reading it off the video",
    "reading it off the screen", "turns out it's", "turns out it's just", "turns out",
    "probably something like", "something like", "it's probably", "probably",
    "my best guess is", "from memory it's", "i want to say it's", "try something like",
    "i think it's something like", "the one where you type", "give it a lash with",
    "we'll give it a lash with", "sure we'll give it a lash with", "the yoke you want is",
    "the one we want is", "fire in", "would you ever put in", "would you ever type",
    "sure look throw in",
    "type the following", "kindly type the following", "kindly execute", "note to self",
    "run this", "kindly type this", "just type this",  # Indian English
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
             "thank you very much", "hopefully that works", "that should work",
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
             "same thing one", "also can", "tell me when you're done",
             "just tell me when you're done", "take your time", "i'll wait for the output",
             "if that works", "i'm pretty sure", "and tell me what it says",
             "or something like that", "y listo", "y ya", "y le das enter", "le das enter",
             "va", "me explico", "a ver si jala", "gracias", "sharp sharp", "lekker",
             "thanks all", "thanks team",
             "neh", "eish", "obrigado", "obrigada", "valeu", "grazie", "e acho que é isso",
             "acho que é isso", "almeno credo", "don't quote me", "don't quote me on that",
             "but don't quote me", "but don't quote me on that", "at least i think so",
             "or so i think", "grand so", "grand", "grand thanks", "thanks a million",
             "sound", "go on", "that's the lot", "sound thanks",
             "cheers thanks a million", "go raibh maith agat", "sure look",  # Irish
             "and let her rip", "let her rip", "that'll do it",
             "ya", "and enter please", "enter please",  # Spanish speakers' "ya", "dar enter"
             "that's all only", "that's it only", "same line itself", "same line itself okay",
             "all in one line", "all in one line itself", "do the needful yaar"]  # Indian
# a closing sentence starting so: about the command
CLOSING_STARTS = {"it's", "that's", "this", "that", "it", "thanks", "thank", "cheers", "for",
                  "apparently",
                  "it'll", "that'll",
                  "which", "hope", "hopefully", "he", "she", "he's", "she's", "con", "should",
                  "if", "see", "holler", "cool", "don't", "we", "back", "ran",
                  "your"}  # "… --all. If it yells at you, read me what it says."
SIGN_OFF_WORDS = {"okay", "ok", "done", "that's", "that", "is", "it", "the", "one", "yep", "yes",
                  "i", "think", "right", "should", "do", "cheers", "thanks", "please", "all",
                  "good", "perfect", "great", "thank", "you", "alright", "so", "execute",
                  "run", "everything", "very", "much", "ta", "lovely", "brilliant", "ever",
                  "if", "would", "mate", "appreciated", "how", "copy", "over", "out", "roger",
                  "genau", "ja", "boom", "there", "we", "are", "tidy", "lush", "literally",
                  "job", "aye", "isn't", "nice", "easy", "super", "simple", "go", "got"}
# Words Whisper may write with a colon that only introduce what follows ("Correction: ...").
COLON_AFTER = {"correction", "actually", "wait", "sorry", "instead", "is", "command", "mean", "top",
               "that", "rather", "so", "okay", "again", "slowly", "this"}
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
                   *SIGN_OFFS], key=lambda p: -len(p))
SAID_AGAIN = {"disregard", "disregard that", "disregard that i say again",
              "disregard i say again", "i say again", "i will repeat", "sorry i will repeat",
              "i will say it again", "wait from the starting", "from the starting",
              "from beginning", "sorry from beginning", "again from start",
              "wait again from start", "sorry mistake again", "mistake again"}
"""Radio, Indian-English and Slavic ways to start the command again: restarts, and in the user's
own text (quotes, echo) just words."""
REPEAT_FROM_START = ("let me repeat from the start", "no let me repeat from the start",
                     "let me repeat from the start you clear the line",
                     "no let me repeat from the start you clear the line")  # Indian English
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
    "let me redo that",
    "sorry i wanted to say", "i restart", "let me restart",
    "let me read that again", "let me say that again",
    "chigau", "sorry mistake", "ah sorry mistake", "correct is", "no correct is", "once more",
    "sorry once more", "no no not this", "sorry wrong",
    "errei", "corrigindo", "digo", "não pera", "nao pera", "pera",  # Brazilian Portuguese
    "no scusa", "anzi", "ho sbagliato", "ricomincio", "ricomincio da capo", "da capo",  # Italian
    "cioè", "aspetta", "aspetta da capo", "ani", "sorry again",  # Korean "ani": no
    "delete the last word", "cancel that", "no i said",  # said to a voice assistant
    "la la", "la2", "la2 i mean", "sorry ya3ni",  # Egyptian Arabic "la": no
    "bu dui", "bu shi", "aiya again",  # Mandarin "not right", "it isn't"
    "wait i skipped a line", "i skipped a line",
    "aiii no", "wacha it's", "wacha", "pole i mean", "no no rudia", "rudia",  # Kenyan
    "i tell a lie", "i'll say that again", "hang on i'll say that again",  # British
    "ah no go back", "no go back", "no hang on",  # Irish
    "let's try that again", "hold your horses",
    "my mistake it should be", "sorry my mistake it should be", "it should be",  # Indian
    "galat it is", "arre galat it is", "galat", "i repeat", "one second correction",
    *REPEAT_FROM_START,
], key=lambda p: -len(p))
QUOTED_TEXT_MARKERS = {"that's wrong it's", "wait that's wrong it's", "that's wrong",
                       "no wrong one", "wrong one", "wrong", "instead", "scrap that", "pardon",
                       "pardon me", "i beg your pardon", "beg your pardon", "i mean to say",
                       "i misspoke", "i wanted to say", "i restart", "delete that",
                       *SAID_AGAIN}  # in quotes, echo: the text
NEW_SENTENCE = "\u21ba"  # a correction said as a sentence of its own: the command again
_SENTENCE_MARKER = re.compile(
    r"(?i)(?:(?<=[.!?])\s+(?:correction:|edit:|(?:no,?\s*)?wait,?\s*no[.,!]|actually,?\s*no[.,!]|"
    r"sorry,?\s*i mean,?|(?:no,?\s*)?scratch that[.,!]?)(?:\s*make that\b)?"
    r"|,?\s*\b(?:actually,?\s*no|wait,?\s*no|no wait)[.!](?=\s+\S))")
DROPS = {"forget that one", "no forget that one", "forget that",
         "undo that", "delete the last word"}  # the last word, unsaid
SUBJECTS = {"i", "you", "we", "always", "never", "often", "might", "don't", "to", "will",
            "i'll", "you'll", "people", "usually", "sometimes", "can't", "won't"}
"""Before "forget that" or "wait": a remark ("I always forget that one", "I'll wait for the
output"), not the order."""
RESTARTS = {"scratch that", "strike that", "scrap that", "belay that", "let me start over",
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
            "let's try that again", *REPEAT_FROM_START}
PHRASE_RESTARTS = {"scratch that", "strike that", "scrap that", "cancel that"}
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
    "wait one minute", "just one second", "let me check",
    "what to say",
    "what's it called", "what is it called", "you know", "i guess", "how do you say it",
    "give me a second", "where was i", "how do you say", "what do you call it",
    "how you say", "how you say it", "nei ge", "nage nage", "hao de",
    "how does it go", "what was it", "what's the flag", "what is the flag", "one moment",
    "just a moment", "na ja", "where was it again", "wait a second", "just a second",
    "that was a long one", "en fait", "du coup", "sorry about this", "sorry about that",
    "if i remember well", "if i remember correctly", "if i remember right", "got it",
    "wait lang", "o sea", "un segundo",
    "if i remember rightly", "if i recall correctly", "if memory serves",
    "can you hear me", "sorry you're breaking up", "you're breaking up", "sorry about the line",
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
    "and we pass it", "then we pass it", "and pass it",
), key=lambda p: -len(p)))


ADDITION_TAILS = sorted(["to the end", "on the end", "at the end", "after that", "almost forgot",
                         "after that almost forgot"], key=lambda p: -len(p))


@dataclass
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)
    corrections: int = 0
    restarts: int = 0  # corrections that replaced the whole command
    swaps: int = 0  # corrections that named both words ("A instead of B", "should be A not B")


def _capitals_mm(before: str, word: str) -> bool:
    """ "all caps mm": a date format's MM, no hesitation."""
    return word == "mm" and before in ("caps", "case", "uppercase")


def _strip_fillers(words: list[str], removed: list[str]) -> list[str]:
    """Fillers go, except a word said right after a symbol ("minus so", "dot ok"), "right"
    naming a symbol ("right angle") and "oh"
    after a number before another, a second "oh" or, in protocol style, the token's end
    (zeros: "one oh space" is 10); one between two numbers becomes
    "space", since the pause split them, and so does a hesitation between two words in
    protocol style ("output dot c uh main dot y"): people pause between shell words."""
    out = []
    protocol = "space" in words
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        glued = w == "right" and nxt in ("now", "angle", "bracket", "paren", "parenthesis",
                                         "brace") or not out and w == "oh" and nxt in (
            "hyphen", "dash") or protocol and w not in HESITATIONS and (
            nxt in NAME_SYMBOLS and (not out or out[-1] == "space") or  # "oh hyphen my"
            w == "then" and out[-2:] in (["semicolon", "space"], ["semicolon"]) or  # "; then"
            w in SINGLISH and nxt == "space")  # "gvco lor space": a name split in two
        if w == "oh" and out[-2:-1] and out[-1] in ("dot", "point", "period", "colon") and (
                out[-2] in NUMBER_WORDS | {"zero"} or out[-2].isdigit()) or \
                w == "oh" and out[-1:] == ["zero"] and words[i - 1] == "oh" or \
                w == "oh" and protocol and out[-1:] == ["space"] and nxt in ("space", ""):
            out.append("zero")  # "ten dot oh dot oh dot five": 10.0.0.5, "ten colon oh oh"
            continue  # 10:00, "minus screen space oh space": -screen 0
        if w.strip(",.!?") in FILLERS and not glued and not (
                out and out[-1] in LITERAL_AFTER and (w not in HESITATIONS or
                                                      _capitals_mm(out[-1], w))):  # "dash so"
            first = next(k for k in range(i, -1, -1) if k == 0 or words[k - 1] != "oh")
            run = next((k for k in range(i, len(words)) if words[k] != "oh"), len(words))
            if w == "oh" and first and words[first - 1] in DIGIT_WORDS and (
                    run - first >= 2 or run < len(words) and words[run] in DIGIT_WORDS or
                    protocol and run < len(words) and words[run] in ("slash", "percent") or
                    protocol and (run == len(words) or words[run] == "space")):
                out.append("zero")  # "one oh one" (101), "twenty oh one" (2001)
                continue
            removed.append(w)
            if out and out[-1] in NUMBER_WORDS and nxt in NUMBER_WORDS:
                out.append("space")
            elif protocol and w.strip(",.!?") in HESITATIONS and out and nxt and \
                    not {out[-1], nxt} & (SYMBOL_NEIGHBOURS | LITERAL_AFTER | FILLERS |
                                          PROSE_BEFORE) and nxt not in FIX_WORDS:
                out.append("space")
        else:
            out.append(w)
    return out


NAME_SYMBOLS = {"dash", "hyphen", "underscore", "dot", "minus", "period"}
FIX_WORDS = {"no", "sorry", "wait", "actually", "oops", "whoops", "nope", "nah", "correction",
             "rather", "scratch", "wrong"}  # a correction's first word: "item, ah no, new"


_PHRASES_BY_EDGE: dict[tuple[int, bool], tuple[list[str], dict[str, list[tuple[str, int]]]]] = {}


def _by_edge(phrases: list[str], trailing: bool) -> dict[str, list[tuple[str, int]]]:
    """The phrases of a list by their first word (their last when ``trailing``), in the
    list's order: only those can match at that edge of the words."""
    key = (id(phrases), trailing)
    if key not in _PHRASES_BY_EDGE or _PHRASES_BY_EDGE[key][0] is not phrases:
        index: dict[str, list[tuple[str, int]]] = {}
        for p in phrases:
            said = p.split()
            index.setdefault(said[-1] if trailing else said[0], []).append((p, len(said)))
        _PHRASES_BY_EDGE[key] = (phrases, index)
    return _PHRASES_BY_EDGE[key][1]


def _named_after_command_is(phrase: str, rest: list[str], removed: list[str],
                            trailing: bool) -> bool:
    """ "the command is next dev", "… is now inspect …": right after "the command is", "next"
    and "now" are the tool's name (Next.js, Vercel's now) unless a command follows them."""
    return not trailing and phrase in ("next", "now") and bool(removed) and \
        removed[-1].endswith("command is") and bool(rest) and not _is_command(rest[0])


def _strip_phrases(words: list[str], phrases: list[str], removed: list[str],
                   trailing: bool = False, tools: frozenset[str] = frozenset()) -> list[str]:
    by_edge = _by_edge(phrases, trailing)
    changed = True
    while changed and words:
        changed = False
        for p, n in by_edge.get(words[-1] if trailing else words[0], ()):
            part = words[-n:] if trailing else words[:n]
            said = " ".join(part)
            if (said == p or not trailing and said == p + ":") and len(words) > n and \
                    not _named_after_command_is(p, words[n:], removed, trailing) and not (
                    trailing and words[-n - 1] in ("dash", "minus", "hyphen")) and not (
                    trailing and p in ("only", "once", "itself", "na") and set(
                        words[-n - 5:-n]) & CASE_WORDS) and not (
                    trailing and p == "now" and (  # "shutdown -h now": the flag's value
                        words[-n - 1] == "space" or words[-n - 1].startswith("-") or
                        len(words) > n + 1 and words[-n - 2] in NAME_SYMBOLS)) and not (
                    not trailing and (words[n] in NUMBER_WORDS or words[n] in NAME_SYMBOLS or
                                      (n == 1 and words[n] == "space" and
                                       p not in ("type", "run", "enter")))) and not (
                    not trailing and n == 1 and _installed_in_parts(words, tools)):
                # "command one" is command1, "run dash mailcap" run-mailcap, "now space login"
                removed.append(p)
                words = words[:-n] if trailing else words[n:]
                changed = True
                break
    return words


def _installed_in_parts(words: list[str], tools: frozenset[str]) -> bool:
    """The first words, said with no "space" between, join into an installed program ("type
    o r m space init": typeorm, "run c o n": runcon)."""
    end = next((k for k, w in enumerate(words[:8]) if w == "space"), 0)
    return end >= 2 and len(name := _joined_name(words[:end])) >= 4 and name in tools


def _strip_asides(words: list[str], removed: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        rest = " ".join(words[i:i + 6]) + " "
        aside = next((a for a, _ in _by_edge(ASIDES, False).get(words[i], ())
                      if rest.startswith(a + " ")), None)
        if aside is None and out and rest.startswith("and then ") and i + 2 < len(words):
            if _is_command(words[i + 2]) and not _users_text(out) and \
                    "and then" not in removed:  # "X, and then -t, and then date": a joiner
                out += ["and", "and"]  # "ls dash l and then pwd": a second command, &&
                i += 2
                continue
            aside = "and then"  # "dumpe2fs, and then minus b": no second command follows
        if aside in CONNECTORS | {"and then"} and _users_text(out):
            aside = None  # grep "followed by": the user's text
        if aside and not (out and out[-1] in LITERAL_AFTER and len(aside.split()) < 3):
            removed.append(aside)  # "slash, where was i, serial": three words are no name
            i += len(aside.split())
            head = next((w for w in out if w not in FILLERS and w not in PROSE_BEFORE), None)
            if head and i + 1 < len(words) and words[i] == head and len(head) > 1:
                removed.append(" ".join(out))
                out = []  # "unison foo hold on unison docs …": the command said again
        else:
            out.append(words[i])
            i += 1
    return out


OPENING_CALLS = ["for this we take", "for that we use", "we call", "we execute"]
"""How a sentence that holds the command may open ("For this we take pastel list.")."""
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
              "then we'll see", "and we're done", "a go i reckon", "on the box",
              "and we hit enter", "and we press enter", "and voilà", "go ahead and copy",
              "and press return", "then press return", "then enter", "and go", "then press enter",
              "press return", "then we check", "then we see", "then we verify", "now to",
              "e go", "it will now", "no wahala", "it lets you", "cos we", "so we can",
              "no worries", "she'll be right")


DICTATING_VERBS = {"type", "typing", "run", "enter", "write", "written", "says", "reads"}
_SYMBOL_CHARS = r"-/~$=|<>*\\\"`;&(){}\[\]@%+_"
_WRITTEN = re.compile(rf"[{_SYMBOL_CHARS}]|\w\.\w")  # a symbol Whisper wrote


def _closing_off(cased: list[str], removed: list[str]) -> list[str]:
    """The transcript without what closes it and is not the command: a parenthetical
    description ("(show the version)") and closing sentences that sign off or say what the
    command is for ("… main. That's it.", "… main. It's for the docs."), or say a part
    again ("… --all. Again, that's dash dash all.")."""
    opened = [j for j, w in enumerate(cased) if w.startswith("(")]
    if opened and opened[-1] > 0 and len(cased) - opened[-1] >= 2 and \
            re.search(r"\)[.!?]?$", cased[-1]) and not any(
                re.sub(r"\W", "", w.lower()) in SYMBOL_NEIGHBOURS for w in cased[opened[-1]:]):
        removed.append(" ".join(cased[opened[-1]:]))  # "(show the version)" written after
        cased = cased[:opened[-1]]
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    while len(cased) > 1:
        ends = [j for j, w in enumerate(cased[:-1]) if re.search(r"[a-zA-Z0-9)][.!?]$", w)]
        closing = low[ends[-1] + 1:] if ends else []
        said = " ".join(closing)
        again = [w for w in closing if w not in FILLERS][:2] in (["again", "that's"],
                                                                  ["again", "that"])
        if not ends or (said not in (*SIGN_OFFS, *KEY_PRESSES, "done", "over") and \
                not _KEY_PRESS.fullmatch(said) and not again and not (
                len(closing) <= 6 and set(closing) <= SIGN_OFF_WORDS) and not (
                closing[0] in CLOSING_STARTS and len(closing) <= 10 and
                not set(closing) & (SYMBOL_NEIGHBOURS | QUOTES | {"pipe"} | COMMANDS) and
                not set(closing[:-1]) & DICTATING_VERBS and  # "… what it says": none follows
                not any(_WRITTEN.search(w) for w in cased[ends[-1] + 1:]))):
            break
        removed.append(" ".join(cased[ends[-1] + 1:]))
        cased, low = cased[:ends[-1] + 1], low[:ends[-1] + 1]
    return cased


KEY_PRESSES = ("go", "enter", "press enter", "press return", "return", "and go", "executing",
               "next", "stand by", "confirm", "copy", "roger", "executing now", "got it",
               "that's the command", "that's the whole thing", "nice and short",
               "okay moving on")
"""A closing sentence that is a key press or a call's word ("… --info. Go.", ". Next."), not
the command."""
_KEY_PRESS = re.compile(r"(?:(?:and|then|after that|please|now|just|and then|kindly|i|you|"
                        r"let me|we|ya|go ahead and) )*"
                        r"(?:(?:press|hit|tap|push|give) )?(?:the )?(?:enter|return)(?: key)?"
                        r"(?: (?:after typing it|after that|when you're done|po|please|now|"
                        r"and boom|boom))*")
"""A closing sentence that asks for the key press: "Then press enter po.", "Please press
enter after typing it."""
PURPOSE_STARTS = ("i want to", "i wanna", "i need to", "i'd like to", "i would like to",
                  "this is to", "it will", "i am trying to", "i'm trying to", "i have to",
                  "that should", "that'll", "that will", "this should", "this will",
                  "it should", "which should", "which will", "so i can", "so that",
                  "in order to", "to")
# what a "to" clause said straight after the command opens with ("df -h to see disk usage")
PURPOSE_VERBS = frozenset("""display list start show create run print convert set open generate
    remove check add delete search install execute update view get connect change build enable
    compile scan send read download extract launch initialize output copy find stop apply write
    disable test upgrade format load restore compare export uninstall perform switch capture
    compress clean play make move verify render fetch save retrieve analyze query produce store
    clone edit import calculate dump merge see count watch kill monitor mount unmount specify
    relabel attach include sample preload tag unset inspect publish submit sync""".split())
PURPOSE_STOPS = SYMBOL_NEIGHBOURS | QUOTES | {"pipe", "equals", "colon", "tilde", "backslash",
                                             "asterisk", "space"}


def _bare_purpose(low: list[str], j: int, end: int) -> bool:
    """ "to <verb> …" straight after the command, with no comma before it ("hcitool name data
    to output the name of a device"): the verb opens a purpose and the rest is plain words."""
    return low[j] == "to" and low[j + 1] in PURPOSE_VERBS and end - j >= 4 and \
        not (low[j - 1].isdigit() or low[j - 1] in NUMBER_WORDS | PROSE_BEFORE or
             "'" in low[j - 1]) and all(re.fullmatch(r"[a-z']+", w) for w in low[j:end])


def _purpose_off(cased: list[str], removed: list[str]) -> list[str]:
    """The transcript without a last clause that says what the command is for (", I need to
    see the help", ". I want to count only edges", ", to extract all tables from a PDF"): it
    follows a comma or a sentence's end, opens with a purpose phrase, runs to the end with
    no punctuation inside, and holds no symbol word nor an open quote; words before it that
    are all prose ("So, to display … I'd type") are a lead-in, not a command."""
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    end = len(cased)  # a sign-off after it stays out of the way (", please do the needful")
    for k in range(len(cased) - 1, 0, -1):
        if re.search(r"[,.!?]$", cased[k - 1]) and " ".join(low[k:]) in SIGN_OFFS:
            end = k
            break
    for j in range(1, end - 1):
        if not (re.search(r"[,.!?;]$", cased[j - 1]) or _bare_purpose(low, j, end)) or any(
                re.search(r"[,;!?]$|\.$", w) for w in cased[j:end - 1]):
            continue
        rest = f"{' '.join(low[j:])} "
        lead = next((p for p in PURPOSE_STARTS if rest.startswith(f"{p} ")), None)
        if lead is None or end - j - len(lead.split()) < 2 or \
                set(low[:j]) <= PROSE_BEFORE | FILLERS or \
                set(low[j:end]) & PURPOSE_STOPS or _users_text(cased[:j]):
            continue
        removed.append(" ".join(cased[j:]))
        return cased[:j]
    return cased


def without_closing(text: str) -> str:
    """``text`` less its closing sign-offs and description (see :func:`_closing_off`)."""
    return " ".join(_closing_off(text.split(), []))


_MATERIAL = re.compile(rf"[{_SYMBOL_CHARS}:0-9]|\w\.\w")  # a written symbol, a digit
TRAILING_PROSE = frozenset({
    "your", "my", "our", "any", "anybody", "anyone", "everyone", "everybody", "right", "got",
    "see", "here", "there", "that", "this", "it", "you", "we", "me", "the", "a", "so", "and",
    "let's", "now", "then", "thanks", "good", "okay", "ok"})
CHATTER_OPENERS = frozenset({  # a remark after the command, not more of it
    "remember", "notice", "note", "hopefully", "simple", "easy", "pretty", "any", "everyone",
    "everybody", "anybody", "anyone", "good", "great", "nice", "perfect", "cool", "awesome",
    "take", "look", "you", "you'll", "don't", "yeah"})
WE_OPENERS = frozenset({"we", "we'll", "we're"})  # "We move to the next one.", no lead verb
CHATTER = ("let's see", "let's find out", "let's hope", "i hope", "i think that's",
           "make sure you", "check it before", "hands up", "got that", "who can tell me",
           "put your hand up")
WILL_OPENERS = {"it'll", "that'll", "this'll", "it'd", "that'd"}
ABOUT_IT_OPENERS = {"it's", "that's", "that", "this", "which", "he", "she", "he's", "she's",
                    "i'm", "it'll", "that'll", "this'll", "it'd", "that'd"}


def _sentences(cased: list[str]) -> list[list[str]]:
    """The words in sentences, as Whisper's full stops, question and exclamation marks end
    them."""
    out: list[list[str]] = [[]]
    for w in cased:
        out[-1].append(w)
        if re.search(r"[a-zA-Z0-9)\"'][.!?]$|\?$", w):
            out.append([])
    return [x for x in out if x]


def _prose_sentence(words: list[str], tools: frozenset[str]) -> bool:
    """A sentence with nothing of a command in it: no symbol, digit or symbol word, no
    command opening it nor after "then"/"and"/"pipe", and words of a sentence in it (or a
    question): "Simple, right?", "Any questions so far?", "Take your time."."""
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words]
    if any(_MATERIAL.search(w.rstrip(",.!?")) for w in words) or set(low) & PURPOSE_STOPS:
        return False
    while len(low) > 1 and low[0] in FILLERS | {"and"}:  # "And, well, you get the idea."
        low = low[1:]
    if " ".join(low).startswith(CHATTER):
        return True  # "Make sure you put two dashes.": "make" is no command here
    if (_is_command(low[0]) or low[0] in tools) and not set(low[1:]) & TRAILING_PROSE:
        return False  # "Git status." on its own
    if any(_is_command(w) for w, before in zip(low[1:], low, strict=False)
           if before in SEPARATOR_WORDS - {"or"}):  # "one or more files": English
        return False  # "Then git push."
    if low[0] not in WILL_OPENERS and any(  # "That'll run tests …": what it will do
            w in DICTATING_VERBS - {"enter"} and nxt not in LEAD_PROSE | ARTICLES
            for w, nxt in zip(low, [*low[1:], ""], strict=True)):  # "he says it …" does not
        return False  # "Do I press enter after that?" does not either
    return words[-1].endswith("?") or (low[0] in CHATTER_OPENERS and len(low) > 1) or (
        low[0] in WE_OPENERS and not _leads_to_command(low, tools)) or \
        " ".join(low).startswith(CHATTER) or (
        low[0] in ABOUT_IT_OPENERS and len(low) >= 4)  # "It's going to create a bucket."


def _leads_to_command(low: list[str], tools: frozenset[str]) -> bool:
    """A lead verb with a program after it ("We run git status."), not one with plain words
    ("We used to do this with a shell script and a prayer.")."""
    return any(w in LEAD_VERBS and (nxt in tools or _is_command(nxt))
               for w, nxt in zip(low, low[1:], strict=False))


def _trailing_prose_off(cased: list[str], removed: list[str],
                        tools: frozenset[str] = frozenset()) -> list[str]:
    """Sentences after the command that say nothing of it ("… tofu plan. Simple, right?
    Remember this one.") go, while a sentence before them holds a command."""
    sentences = _sentences(cased)
    dropped: list[str] = []
    while len(sentences) > 1 and _prose_sentence(sentences[-1], tools):
        before = [w for x in sentences[:-1] for w in x]
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in before]
        if _quote_open(" ".join(before)) or not (
                any(_MATERIAL.search(w.rstrip(",.!?")) for w in before) or
                set(low) & PURPOSE_STOPS or
                any((_is_command(w) or w in tools) and w not in PROSE_BEFORE for w in low)):
            break
        dropped = sentences.pop() + dropped
    if dropped:
        removed.append(" ".join(dropped))
        return [w for x in sentences for w in x]
    return cased


_PURPOSE_SENTENCE = re.compile(  # "This command is to scan all devices.", "It is to update …"
    r"(?:(?:this|that|the) (?:command|one) |it |this |that )(?:is|will) (?:to|for|used to) "
    r"(?!the |a |an )[a-z]|(?:apparently |so )?(?:that's|that is|this is) (?:how|why) (?:you|we) "
    r"|(?:now )?(?:this|that)(?: here)?(?:'s| is) the one (?:that|which|to|for) "
    r"|(?:that|this|it) (?:should|will) (?!be\b|work\b|do\b)[a-z]+ (?:the|a|an|all|every|your|"
    r"specific|one)\b")  # "That should list all X11 colour names."


def _remark_sentences_off(cased: list[str], removed: list[str],
                          tools: frozenset[str] = frozenset()) -> list[str]:
    """Whole sentences that are remarks ("Simple.", "Trust me on this one.", "Old habit.")
    go before or after the sentences that hold the command: a remark names no command or
    installed program, has no dictating verb or addition, and is not inside a quote; not
    in protocol style, and only after the command where a correction is said (a fix may
    reach back across sentences)."""
    sentences = _sentences(cased)
    text = f" {re.sub(r'[,.!?:]', '', ' '.join(cased).lower())} "
    if len(sentences) < 2:
        return cased
    if " space " in text:
        return _protocol_talk_off(sentences, removed)  # Whisper's full stops fall anywhere
    corrected = _has_correction(text)  # a fix may reach back: only after

    def material(words: list[str]) -> bool:  # written or spoken symbols, spelled letters
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words]
        return _has_material(words) or sum(len(w) == 1 and w != "a" for w in low) >= 2

    def named(low: list[str]) -> bool:  # a program first, not "Trust me on this one."
        low = low[1:] if low[:1] in (["then"], ["now"], ["first"], ["next"]) else low
        low = _strip_phrases(low, OPENING_CALLS, []) if low[:1] in (["for"], ["we"]) else low
        return bool(low) and (low[0] in tools or _is_command(low[0])) and not (
            len(low) >= 4 and sum(w in PROSE_BEFORE | TRAILING_PROSE for w in low[1:]) >= 2
        ) and not (len(low) >= 3 and low[0] in PURPOSE_VERBS)  # "Display additional options."

    def holds(words: list[str]) -> bool:  # a command: material, a program first, a lead verb
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words if w.lower() not in FILLERS]
        return not _PURPOSE_SENTENCE.match(" ".join(low)) and (
            material(words) or named(low) or bool(set(low) & (LEAD_VERBS | RUN_VERBS) - {
                "is", "with"}))

    said = [k for k, x in enumerate(sentences) if holds(x)]

    def remark(k: int) -> bool:
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in sentences[k]]
        before = [w for x in sentences[:k] for w in x]
        keeps = set() if _PURPOSE_SENTENCE.match(" ".join(low)) else (
            LEAD_VERBS | RUN_VERBS | CORRECTION_LABELS | REMARK_KEEPS) - (
            {"after"} if " after that" in f" {' '.join(low)}" and len(low) > 4 else set())
        return (k < said[0] and not corrected or k > said[-1]) and \
            not _quote_open(" ".join(before)) and not set(low) & keeps and \
            not named(low) and \
            not _has_correction(f" {' '.join(low)} ")

    if not said:
        return cased
    gone = {k for k in range(len(sentences)) if remark(k)}
    if not gone:
        return cased
    gone |= set(range(max((k for k in gone if k < said[0]), default=-1)))  # prose before one
    removed.extend(" ".join(x) for k, x in enumerate(sentences) if k in gone)
    return [w for k, x in enumerate(sentences) if k not in gone for w in x]


PROTOCOL_WORDS = frozenset(SYMBOL_WORDS) | NUMBER_WORDS | QUOTES | SYMBOL_NEIGHBOURS | {
    "capital", "caps", "cap", "uppercase", "lowercase", "all", "big", "small", "letter"}


def _protocol_talk_off(sentences: list[list[str]], removed: list[str]) -> list[str]:
    """Spelled-out dictation ending with sentences of three or more plain words and no
    protocol word ("… space deploy. Send me the result when e finish."): talk after it."""
    while len(sentences) > 1:
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in sentences[-1]]
        before = " ".join(w for x in sentences[:-1] for w in x)
        if len(low) < 3 or _quote_open(before) or any(
                w in PROTOCOL_WORDS or not re.fullmatch(r"[a-z']+", w) for w in low) or \
                " space " not in f" {before.lower()} " or _has_correction(f" {' '.join(low)} "):
            break
        removed.append(" ".join(sentences.pop()))
    return [w for x in sentences for w in x]


def _has_correction(text: str) -> bool:
    """A correction marker in ``text`` (words between spaces); "I always forget that one" is
    a remark, not the order to drop a word."""
    return any(f" {m} " in _REMARK_ON_IT.sub(" remark", text) for m in CORRECTIONS)


_REMARK_ON_IT = re.compile(rf" (?:{'|'.join(sorted(SUBJECTS))}) (?:forget that|wait)\b")


REMARK_KEEPS = {"forgot", "ends", "end", "after", "then", "program", "file", "flag", "command",
                "called", "name", "add", "also", "comes", "and", "plus", "tack", "option",
                "caps", "capital", "cap", "uppercase", "lowercase"}
"""Words of a sentence that goes on dictating ("Oh, and it ends with help.", "After that yes.")."""
AND_THEN_WE = {"we", "i", "you", "there", "notice", "hit", "press"}
ASIDE_OPENERS = {"i've", "i'm", "i", "we", "we've", "we're", "you", "you've", "this", "where",
                 "don't", "he", "she", "my", "he's", "she's"}


def _prose_aside(cased: list[str], j: int) -> bool:
    """ "…, I've typed this a thousand times, …", ", and I can't stress this enough,": a
    clause of three words or more between two commas, opened by a person or "this", with
    nothing of a command in it."""
    end = next((k for k in range(j, len(cased)) if re.search(r"[,.!?;]$", cased[k])), None)
    if end is None or not cased[end].endswith(",") or end == len(cased) - 1:
        return False
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased[j:end + 1]]
    opens = low[0] in ASIDE_OPENERS or (low[0] == "and" and low[1:2] in (["i"], ["we"],
                                                                         ["you"]))
    said = f" {' '.join(low)} "
    return opens and len(low) >= 3 and not set(low) & (PURPOSE_STOPS | LEAD_VERBS) and \
        not any(_WRITTEN.search(w.rstrip(",")) for w in cased[j:end + 1]) and \
        not any(f" {m} " in said for m in CORRECTIONS)  # ", I mean alpha,": a fix


_SAID_BEFORE_MORE = {"space", "capital", "cap", "uppercase", "dash", "hyphen", "minus", "slash",
                     "underscore", "equals", "colon", "pipe"}  # never a command's last word


def _asides_about_it_off(cased: list[str], removed: list[str]) -> list[str]:
    """Clauses set off by commas that talk about the command instead of saying it: a note
    on a word just said (", that's a lowercase d,", ", that's the all option") and what
    happens next (", and we hit enter.", ", and there we go."); none holds a symbol or
    digit."""
    out: list[str] = []
    j = 0
    while j < len(cased):
        w = cased[j]
        low = [re.sub(r"[,.!?;:]+$", "", x.lower()) for x in cased[j:j + 3]]
        note = low[:1] in (["that's"], ["that"]) and low[1:2] != ["is"] or low[:2] == ["that", "is"]
        after_comma = bool(out) and out[-1].endswith(",")
        tag = cased[-1].endswith("?") and len(cased) - j <= 4 and not (
            out and out[-1].rstrip(",").lower() in _SAID_BEFORE_MORE)  # "space, data?": more
        if after_comma and _prose_aside(cased, j) and not _users_text(out):
            end = next(k for k in range(j, len(cased)) if cased[k].endswith(","))
            removed.append(" ".join(cased[j:end + 1]))  # ", I've typed this a thousand times,"
            if len(out) > 1 and out[-1].lower() == "sorry,":  # ", sorry, my eyes aren't …,"
                removed.append(out.pop())
            j = end + 1
            continue
        if after_comma and (note or tag or (low[0] in ("and", "then") and low[1:2] and (
                low[1] in AND_THEN_WE or low[1:3] in (["then", "i"], ["then", "we"])))) \
                and not _users_text(out):
            end = next((k for k in range(j, len(cased)) if re.search(r"[,.!?;]$", cased[k])),
                       len(cased) - 1)
            clause = cased[j:end + 1]
            article = len(low) > 1 and (low[1] in ARTICLES or low[2:3] and low[2] in ARTICLES)
            last = end == len(cased) - 1 or cased[end][-1] in ".!?"
            if last and not note and cased[end].endswith("?") and end - j < 4:
                note = article = True  # a tag question: ", ja?", ", is that right?"
            if len(clause) <= 10 and not any(_MATERIAL.search(x.rstrip(",.!?;")) for x in clause)\
                    and not {re.sub(r"\W", "", x.lower()) for x in clause} & PURPOSE_STOPS and (
                    (note and article) or (not note and last)):
                removed.append(" ".join(clause))
                out[-1] = out[-1].rstrip(",") + (cased[end][-1] if cased[end][-1] in ".!?"
                                                  else ("," if not last else ""))
                j = end + 1
                continue
        out.append(w)
        j += 1
    return out


LEAD_VERBS = {"type", "typing", "run", "running", "enter", "entering", "write", "writing",
              "input",  # only asked for: "please input", "could you input" (not "run input")
              "punch",  # "…, punch in X"
              "written", "with", "is", "use", "using", "try", "execute", "executing", "says",
              "said", "put", "reads", "launch", "do", "gives", "hit", "throw", "give", "insert",
              "key", *SPANISH_LEADS}
PAST_LEADS = {"used", "ran", "typed", "tried", "executed", "entered"}  # "I ran X on her Mac"
TELLING_LEADS = {"types", "got", "say"}  # "Next he types X", "He's got X", "The docs say X":
# only to start a command


PARTICLES = {"out", "in", "up", "down", "following", "these"}  # "type out ls"
INTENT_WORDS = {"gonna", "lemme", "i'll", "we'll", "i'd", "we'd"}  # before a verb: a lead-in
REPORTING = {"says", "reads", "said", "say"}  # "the line says X", "the docs say X"


def _command_said(low: list[str], tools: frozenset[str]) -> bool:
    """Words that already hold a command: one opening them, a path, a file or a flag."""
    return bool(low) and (low[0] in tools or _is_command(low[0]) or any(
        re.search(r"[/=]|\w\.\w|^-", w) for w in low))


def _lead_verb_end(low: list[str], tools: frozenset[str],
                   clause_starts: frozenset[int] = frozenset()) -> int:
    """Natural speech: where the command starts after a spoken lead-in that ends in a verb
    ("So what we're going to do here is type trawl …", "We do that with pwsh …", "Now I'm
    typing velero …", "It says dkms status"): after the first such verb that follows a
    sentence word ("xdotool type" is a command) and comes before the first symbol, digit
    or path, or after "gonna"/"lemme" with no command before ("so I'm gonna type tgpt",
    past a "32-bit"); the last such verb while only plain words lie between ("it is
    simple, you have to run androguard"). 0 when there is none."""
    if "space" in low:
        return 0
    stop = next((k for k, w in enumerate(low) if _MATERIAL.search(w) or w in PURPOSE_STOPS),
                len(low))

    def end_at(k: int) -> int:  # where the command starts if ``low[k]`` ends a lead-in
        if low[k] == "input" and low[k - 1] not in ("please", "you", "to") or \
                low[k] == "got" and low[k - 1] not in ("he's", "she's", "i've", "we've") or \
                low[k] == "types" and low[k + 1] in ("so", "too", "very", "really", "fast"):
            return 0  # "he types so fast": a remark
        said_by = (low[k] in REPORTING and k >= 2 and (low[k - 2] in ARTICLES or k >= 3 and (
            low[k - 1] == "just" and low[k - 3] in ARTICLES))) or (  # "the line
            k >= 2 and low[k - 2:k] == ["you", "go"])  # says", Pidgin's "you go type": you will
        if low[k] == "say" and not said_by:
            return 0  # "I'd say": not the docs saying it
        strong = low[k - 1] in INTENT_WORDS and not _command_said(low[:k], tools)
        seen = low[k] == "see" and low[k - 1] in ("you'll", "you'd")  # "you'll see sudo …"
        clause = k in clause_starts and (low[k] in RUN_VERBS | {"punch"} or  # "…, run X",
                                         low[k] in SPANISH_LEADS)  # "Para …, pon X"
        particle = int(low[k + 1] in ("in", "out", "a", "this") and k + 2 < len(low) and (
            low[k + 1] not in ("a", "this") or len(low[k + 2]) > 1 and (
                low[k + 2] in tools or _is_command(low[k + 2]))))  # "do a dnf", "type this X"
        nxt = k + 1 + particle
        if particle and low[k + 1] == "in":  # "type in terminal X", "type in the terminal: X"
            nxt += next((len(t) for t in (["the", "terminal"], ["terminal"])
                         if low[nxt:nxt + len(t)] == t and nxt + len(t) < len(low)), 0)
        while nxt < len(low) - 1 and low[nxt] in HESITATIONS:
            nxt += 1  # "you run, er, handbrakecli …"
        if (k < stop or strong) and (low[k] in LEAD_VERBS | PAST_LEADS | TELLING_LEADS or
                                     seen) and (
                low[k - 1] in LEAD_PROSE or said_by or clause) and \
                low[nxt] not in LEAD_PROSE | LEAD_VERBS | ARTICLES | PARTICLES and \
                not set(low[:k]) & FREE_TEXT_AFTER:  # "echo I run fast": the user's text
            return nxt
        return 0

    found = 0
    for k in range(1, len(low) - 1):
        if found and any(w in tools or _is_command(w) for w in low[found:k]):
            break  # a later lead-in only past plain words ("it is simple, you have to run")
        found = end_at(k) or found
    return found


def _after_description(cased: list[str], removed: list[str],
                       tools: frozenset[str] = frozenset()) -> list[str]:
    """Description around the dictation goes: sentences before it that read as prose ("This
    one shows the log. git log"), prose up to a lead-in ("to list files I'd type ls"), and
    a description after it (", that's to list files", "(lists files)")."""
    cased = _asides_about_it_off(_trailing_prose_off(_remark_sentences_off(
        _vocatives_off(cased, removed, tools), removed, tools), removed, tools), removed)
    cased = _purpose_off(_closing_off(cased, removed), removed)
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    start = 0
    for j, w in enumerate(cased[:-1]):
        if re.search(r"[a-zA-Z)][.!?]$", w) and _said_before_run(cased, low, start, j):
            start = j + 1
        elif re.search(r"[a-zA-Z)][.!?]$", w) and sum(x in PROSE_BEFORE for x in low[:j + 1]) >= 2 \
                and not _material_left_behind(cased, start, j) \
                and not _fix_opens(low[j + 1:]) and not _goes_on(low[j + 1:]) \
                and not ((_is_command(low[j]) or low[j] in tools) and low[j] not in PROSE_BEFORE
                         and low[j] not in low[j + 1:] and (
                             low[j] == "sudo" or not _noun_phrase_end(cased, low, j))) \
                and not set(low[start:j + 1]) & SYMBOL_NEIGHBOURS and \
                not " ".join(low[j + 1:]).startswith(ADDITIONS):  # "gcloud app. Oh, and …"
            start = j + 1
    start = _context_clause(cased, low, start)
    text = " ".join(low[start:])
    for lead in LEAD_INS:
        at = f" {text} ".find(f" {lead} ")
        if f" {text} "[at:].startswith(f" {lead} is "):
            continue  # "what I need is": framing, stripped as such
        if text[:at].split()[-1:] == ["or"]:
            continue  # "…, or something like that": a hedge after it
        if lead == "so" and f" {text} "[at:].startswith(" so so "):
            continue  # "… -y, so so, foo …": a filler said twice, not a lead-in
        if _inside_trail_off(f" {text} ", at) or \
                f" {text} "[at:].startswith(f" {lead} actually ") or \
                text[:at].split()[-1:] in (["because"], ["since"], ["cause"], ["'cause"]):
            continue  # "…, so it'll convert from hex": what it does; "it's actually": a fix;
            # "…, because we need to run only …": why
        after = (text[at:].split()[1:2] or [""])[0]
        if lead == "is" and (_MATERIAL.search(text[:at]) or set(text[:at].split()) & (
                FREE_TEXT_AFTER | {"space"}) or after in ("a", "the") or
                after.endswith(("ed", "ing")) or
                (text[:at].split() or [""])[-1] in NOT_BEFORE_IS | set(SLOT_NOUNS)):
            continue  # a bare "is": after plain words ("what's on the screen is X"), not a slot
        if at > 0 and (lead.startswith("the command") or sum(
                x in PROSE_BEFORE for x in text[:at].split()) >= 2 or _purpose_said(text[:at])) \
                and not set(
                text[:at].split()) & SYMBOL_NEIGHBOURS:  # "minus so": a flag, not a lead-in
            start += len(text[:at].split()) + len(lead.split())
            break
    start += _lead_verb_end(low[start:], tools, frozenset(
        k - start for k in range(start + 1, len(cased)) if cased[k - 1].endswith(",")))
    end = len(cased)
    for trail in TRAIL_OFFS:
        at = f" {' '.join(low[start:])} ".find(f" {trail} ")
        cut = start + len(" ".join(low[start:])[:at].split())
        if at > 0 and low[cut - 1] not in ("space", "dash", "hyphen", "minus") and \
                low[cut + len(trail.split()):][:1] != ["be"] and any(  # "…should be": a fix
                w.strip(",.!?") not in FILLERS for w in low[start:cut]):  # not "eh, it is for"
            end = min(end, cut)  # "rustup space which", "dash dash which": the command's
    end = min(end, _purpose_after(cased, low, start))
    if end - start > 2 and low[end - 1] in ("go", "enter", "return") and \
            cased[end - 2].endswith(","):
        end -= 1  # "…, go.": the key press that runs it
    elif end - start > 2 and low[end - 1] in ("o", "sha") and len(low[end - 2]) > 1 and \
            low[end - 2] not in SYMBOL_WORDS and \
            low[end - 2] not in ("capital", "cap", "tack", "double", "triple"):  # "f double o"
        end -= 1  # Nigerian English's closing "o" and "sha" ("… docs/notes.pdf o.")
    while end < len(cased) and end - start > 1 and \
            re.sub(r"[,.!?;:]+$", "", cased[end - 1].lower()) in FILLERS | {"and", "actually"}:
        end -= 1  # "…, and you will get the output": the "and" goes with what it joins
    if start or end < len(cased):
        removed.append(" ".join(cased[:start] + cased[end:]))
    return cased[start:end] or cased


_HONORIFIC = re.compile(r"[a-z]+-(?:nim|san|ssi|sama|kun|chan|ji)")  # "Sunbae-nim,", "Tanaka-san,"


def _vocatives_off(cased: list[str], removed: list[str],
                   tools: frozenset[str] = frozenset()) -> list[str]:
    """A word set off on its own before the command ("Kid, grype …", "Listen, yadm
    decrypt", "Here's what you type, kid: …"): whom the speaker addresses, not a command
    (no program's name, number, symbol or filler)."""
    if any(w.lower().strip(",.") == "space" for w in cased):
        return cased  # protocol style: a comma is Whisper's, after any shell word
    out: list[str] = []
    for i, w in enumerate(cased):
        bare = w.rstrip(",:").lower()
        opens = i == 0 or re.search(r"[.!?]$", cased[i - 1])  # "Kid, …" / ", kid: …"
        following = [x for x in (re.sub(r"[,.!?:]", "", y.lower()) for y in cased[i + 1:i + 4])
                     if x not in HESITATIONS]
        alone = i + 1 < len(cased) and ((opens and w.endswith(",")) or (
            w.endswith(":") and cased[i - 1].endswith(","))) and \
            not f"{' '.join(following[:2])} ".startswith(
                tuple(f"{m} " for m in CORRECTIONS)) and bare not in CORRECTIONS and \
            cased[i + 1].lower().strip(",.") not in SYMBOL_WORDS and \
            following[:1] not in (["then"], ["and"])  # "gnome, dash terminal", "dust, then dash d"
        named = bare in tools or _is_command(bare) or bare in NUMBER_WORDS | FILLERS or \
            bare in SYMBOL_WORDS
        if alone and len(bare) >= 3 and (bare.isalpha() or _HONORIFIC.fullmatch(bare)) and \
                not named and \
                not any(_MATERIAL.search(x.rstrip(",.!?:")) for x in cased[:i]):
            removed.append(w)
            if out and w.endswith(":"):
                out[-1] = out[-1].rstrip(",") + ":"
            continue
        out.append(w)
    return out


def _material_left_behind(cased: list[str], start: int, j: int) -> bool:
    """Dropping ``cased[start:j + 1]`` would drop a written flag and keep nothing of a
    command ("…, it's vlock --all. Trust me on this one.")."""
    return any(re.match(r"--?[a-zA-Z]", x) for x in cased[start:j + 1]) and \
        not _has_material(cased[j + 1:])


FIX_OPENERS = ("i misspoke", NEW_SENTENCE, "sorry that's", "sorry i meant", "i meant",
               "or rather", "oops", "make that", "no wait", "wait no", "not that", "no no",
               "wait change that", "change that to", "no i mean", "i mean")


def _fix_opens(low: list[str]) -> bool:
    """A sentence that opens with a correction ("I misspoke, update.", "Correction: -p."):
    the sentence before it holds what it corrects, so it stays."""
    return " ".join(w for w in low[:4] if w not in FILLERS).startswith(FIX_OPENERS)


def _goes_on(low: list[str]) -> bool:
    """A sentence that goes on with the command ("Then app.", "Followed by -L, then -b
    test.", "And then alpha."): the sentence before it holds the start."""
    said = [w for w in low[:4] if w not in FILLERS - {"then"}]
    return said[:1] in (["then"], ["followed"]) or said[:2] == ["and", "then"]


def _has_material(words: list[str]) -> bool:
    """Something of a command in ``words``: a written symbol or digit, or a spoken symbol."""
    return any(_MATERIAL.search(w.rstrip(",.!?:")) for w in words) or bool(
        {re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words} & PURPOSE_STOPS)


NOT_BEFORE_IS = {"that", "this", "it", "one", "there", "what", "here"}
"""Before "is", with a slot's name: the command described ("that is it"), not a lead-in."""


def _said_before_run(cased: list[str], low: list[str], start: int, j: int) -> bool:
    """A sentence (``cased[start:j + 1]``) before one that opens with "Run"/"Type" and a
    command ("Browse all cheatsheets. Run navi."): what the command is for, said first. It
    holds nothing of a command: no symbol, digit or symbol word, three words or more."""
    nxt = low[j + 1:j + 3]
    return len(nxt) == 2 and nxt[0] in RUN_VERBS and \
        nxt[1] not in LEAD_PROSE | ARTICLES | PARTICLES | RUN_VERBS and j + 1 - start >= 3 and \
        not any(_MATERIAL.search(x.rstrip(",.!?")) for x in cased[start:j + 1]) and \
        not set(low[start:j + 1]) & PURPOSE_STOPS


ARTICLES = {"a", "an", "the", "this", "that", "my", "your"}  # "… from a file.": a noun


def _noun_phrase_end(cased: list[str], low: list[str], j: int) -> bool:
    """``low[j]`` ends a noun phrase ("from a file", "a PCAP file", "for the club box"): an
    article just before it, or one or two words before with nouns between, not a verb nor
    the name of what follows ("the program is mods", "run the program apachectl")."""
    return low[j - 1] in ARTICLES or any(
        low[k] in NOUN_ARTICLES and not NOT_NOUNS & set(low[k + 1:j]) and
        not any(w.endswith(",") for w in cased[k:j]) for k in range(max(0, j - 3), j - 1))


NOUN_ARTICLES = {"a", "an", "the", "my", "your"}
NOT_NOUNS = {"is", "are", "was", "program", "command", "tool", "one", "next"}
CONTEXT_STARTS = {"for", "in", "before", "after", "while", "when", "once", "since", "because",
                  "on", "during", "as"}


RUN_VERBS = {"run", "type"}
PURPOSE_OPENERS = ("i want to", "i wanna", "wanna", "i'm trying to", "i am trying to",
                   "trying to", "i need to", "i'd like to", "i would like to", "to",
                   "in order to")


def _purpose_after(cased: list[str], low: list[str], start: int) -> int:
    """Where "to <verb> …" after the command begins ("… -n 10 to sample metrics every 2000
    milliseconds"): plain words and numbers to the end, no symbol; else the end."""
    for k in range(start + 2, len(low) - 1):
        if low[k] != "to":
            continue
        verb = next((w for w in low[k + 1:k + 4] if w not in HESITATIONS), "")  # "to, um, list"
        if verb in PURPOSE_VERBS and low[k - 1] not in SYMBOLISH and \
                not any(_WRITTEN.search(w.rstrip(",.!?")) for w in cased[k:]) and \
                not set(low[k:]) & PURPOSE_STOPS and len(low) - k >= 3 and \
                not _free_text_before(" ".join(low[start:k])):
            return k
    return len(low)


def _inside_trail_off(text: str, at: int) -> bool:
    """The word at ``at`` opens or sits inside a trailing phrase ("…, and it's good")."""
    return any(start <= at < end for start, end in _trail_spans(text))


@functools.lru_cache(maxsize=64)
def _trail_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(from its space, to its last letter) of every trailing phrase in ``text``, overlapping
    ones too: one pass of one pattern (the lead-ins ask of the same text many times)."""
    return tuple((m.start(), m.start() + len(m.group(1)) - 1) for m in _TRAIL_AT.finditer(text))


_TRAIL_AT = re.compile("(?=( (?:" + "|".join(re.escape(t) for t in sorted(TRAIL_OFFS, key=len,
                                                                             reverse=True)) +
                       ") ))")


def _purpose_said(words: str) -> bool:
    """ "to display help": a purpose, said before the lead-in to the command."""
    split = words.split()
    return len(split) >= 2 and split[0] == "to" and split[1] in PURPOSE_VERBS


def _context_clause(cased: list[str], low: list[str], start: int) -> int:
    """A clause before a comma that sets the scene ("For the feature store thing, …", "So
    before I rerun the pipeline, …") is not dictation: it opens with a preposition or
    conjunction and holds no symbol word nor a command; one that says what the command is
    for ("Wanna set the version, uv version …") holds no symbol word."""
    lead = start
    while lead < len(low) and low[lead] in FILLERS:
        lead += 1
    opener = next((p for p in PURPOSE_OPENERS if f"{' '.join(low[lead:])} ".startswith(
        f"{p} ")), None)
    if opener:  # "Ok so I'm trying to renew the ticket, kinit …": what it is for, first
        for j in range(lead + len(opener.split()), min(len(cased) - 1, lead + 16)):
            if low[j] in SYMBOL_NEIGHBOURS or low[j] in QUOTES or low[j] in RUN_VERBS:
                return start
            if re.search(r"[a-z][.!?]$", cased[j]):
                return j + 1  # "So the plan is to extract a section. For that we use X."
            if cased[j].endswith(","):
                rest = f" {' '.join(low[j + 1:])} "
                return start if any(f" {lead} " in rest for lead in LEAD_INS) else j + 1
        return start
    if lead >= len(low) or low[lead] not in CONTEXT_STARTS or low[lead:lead + 2] == [
            "after", "that"]:  # "After that you do X, …": what comes next, not a scene
        return start
    for j in range(lead, min(len(cased) - 1, lead + 10)):
        if low[j] in SYMBOL_NEIGHBOURS or low[j] in QUOTES or _is_command(low[j]) or \
                re.match(r"--?[a-zA-Z]", cased[j]):  # a written flag: "…, treemd -s main,"
            return start
        if cased[j].endswith(","):
            return j + 1 if j > lead else start
    return start


def _is_command(word: str) -> bool:
    return word in COMMANDS or word in MISHEARD_FIRST


def _drop_additions(words: list[str]) -> tuple[list[str], int]:
    """ "docker ps oh and dash a", "…, and then five after that": the addition marker goes,
    the words stay (in protocol style as a shell word of their own)."""
    count, i = 0, 0
    while i < len(words):
        rest = " ".join(words[i:])
        addition = next((m for m in ADDITIONS if rest.startswith(m + " ")), None)
        if rest.startswith("and then ") and re.search(r" after that\W*(?:almost forgot)?\W*$",
                                                      rest) and not _is_command(words[i + 2]):
            addition = "and then"  # "…, and then five after that" (not a second command)
        if addition and i > 0 and _users_text(words[:i]):
            addition = None  # a commit message's "oh and add tests"
        if addition and i > 0:
            gap = ["space"] if words.count("space") >= 2 and words[i - 1] != "space" else \
                [ALONE] if words[i - 1] in SYMBOL_WORDS else []  # "dash dash, oh, and add"
            words = words[:i] + gap + words[i + len(addition.split()):]  # protocol: a new word
            count += 1
        else:
            i += 1
    return words, count


FLAG_DASHES = {"dash", "minus"}
FLAG_WORDS = {"dash", "minus", "hyphen", "double"}


def _anchor(before: list[str], after: list[str]) -> int | None:
    """Where a correction ``after`` begins in ``before``: the last same word as its first
    (or one it extends, "http" -> "https"; a number for a number), at the start of a run;
    an earlier one where more of the correction repeats what was said ("capital dump …
    capital info dot, I mean capital dump … info dot py")."""
    anchor = after[0]

    def same(w: str) -> bool:
        if w == anchor or (w in FLAG_DASHES and anchor in FLAG_DASHES):
            return True  # "dash V, oops, minus C": the same symbol
        if len(w) >= 3 and len(anchor) >= 3 and (anchor.startswith(w) or w.startswith(anchor)):
            return True
        return (w in NUMBER_WORDS or w.isdigit()) and (anchor in NUMBER_WORDS or anchor.isdigit())
    def repeated(cut: int) -> int:
        n = 0
        while cut + n < len(before) and n < len(after) and before[cut + n] == after[n]:
            n += 1
        return n if cut + n == len(before) else 0  # the correction covers the rest

    def restated(cut: int, later: int) -> bool:  # all from ``cut`` to ``later`` said again
        return later - cut >= 2 and before[cut:later] == after[:later - cut]

    found = None
    for cut in range(len(before) - 1, 0, -1):
        if same(before[cut]):
            while cut > 1 and before[cut - 1] == before[cut]:  # "seven seven seven"
                cut -= 1
            if anchor in NUMBER_WORDS or anchor.isdigit():
                while cut > 1 and before[cut - 1] in NUMBER_WORDS:
                    cut -= 1  # "ninety three, I meant one hundred": the whole number
            if found is None:
                found = cut
            elif (repeated(cut) >= 3 and repeated(cut) > repeated(found)) or \
                    restated(cut, found):
                found = cut
    return found


def _content(words: list[str]) -> int:
    return sum(w not in SYMBOLISH for w in words)


JOINING = {"dot", "period", "point", "slash", "underscore", "colon", "equals", "equal", "hyphen",
           "at", "tilde"}


def _natural_token(words: list[str]) -> list[str]:
    """The first shell word of natural-style ``words``: a word with what symbol words join
    to it ("input dot p n m", "dash dash user"), letters spelled one by one, numbers said in
    parts; the next plain word, or a dash, starts another."""
    i = 0
    while i < len(words) and words[i] in ("dash", "minus", "double"):
        i += 1  # a flag's dashes
    i += 1
    while i < len(words):
        w, prev = words[i], words[i - 1]
        if w in JOINING or prev in JOINING or (len(w) == 1 and len(prev) == 1) or (
                w in NUMBER_WORDS and prev in NUMBER_WORDS):
            i += 1
            continue
        break
    return words[:i]


def _units(words: list[str]) -> int:
    """Words of content, letters spelled in a row counting once."""
    return sum(1 for j, w in enumerate(words) if w not in SYMBOLISH and not (
        len(w) == 1 and j and len(words[j - 1]) == 1))


def _content_cut(before: list[str], after: list[str]) -> int:
    """No anchor: in protocol style the last token said goes; otherwise the correction's
    first token replaces as many words of content as it has (with the symbol words between
    them), never the command word itself."""
    if "space" in after and "space" in before[1:-1]:  # protocol: the last token said
        return len(before) - before[::-1].index("space")
    first = after[:after.index("space")] if "space" in after else _natural_token(after)
    wanted = max(1, _units(first))
    cut, seen = len(before), 0
    while cut > 1 and seen < wanted:
        run = cut - 1
        while run > 0 and len(before[run]) == 1 and len(before[run - 1]) == 1 and \
                (before[run] + before[run - 1]).isalpha():
            run -= 1  # spelled letters ("g h") are one name
        if run == 0:
            break  # the command's own name
        cut = run
        seen += before[cut] not in SYMBOLISH
    while 1 < cut < len(before) and before[cut - 1] == before[cut]:
        cut -= 1  # "release release, or rather profile": the word said twice
    return cut


def _restart(words: list[str]) -> list[str]:
    """The command word said again later (not after a pipe or "and"): the speaker started
    over, so keep the last start ("cd dot dot no two levels up cd dot dot slash dot dot")."""
    if not words or not _is_command(words[0]):
        return words
    for j in range(len(words) - 2, 0, -1):
        if words[j] == words[0] and words[j - 1] not in SEPARATOR_WORDS and \
                words[j - 1] not in SYMBOLISH | {"point"} and words[j - 1] != "grep" and not (
                    words[0] in SUBCOMMAND_HOSTS and words[j - 1] in SUBCOMMANDS):
            return words[j:]
    return words


def _name_in_parts(words: list[str]) -> bool:
    """Only a tool's name said in parts, ending in spelled letters: "s n m p d f", "snake f
    m t" (not a command and its argument, "cd d", "feh x", nor a name and a word, "G H
    demo")."""
    said = [w for w in words if w not in FILLERS and w not in PROSE_BEFORE]
    return 2 <= len(said) <= 6 and len(said[-1]) == 1 and len(said[-2]) == 1 and \
        not _is_command(said[0]) and not set(said) & (SYMBOL_WORDS.keys() | {"space"}) and \
        all(w.isalpha() for w in said)


def _capital_spelled(words: list[str], i: int, marker: str) -> bool:
    """A marker whose capital was spelled before it: "capital W wait" is the word Wait."""
    return i >= 2 and words[i - 2] in ("capital", "cap") and words[i - 1] == marker[:1]


def _subcommand_said(words: list[str], i: int, marker: str) -> bool:
    """A marker that is a word of the command: the subcommand in "kubectl space wait space
    …" or "docker wait dash t", and "no" opening a cased word in protocol style ("space no
    capital auth": noAuth)."""
    host = words[i - 2] if words[i - 1:i] == ["space"] and i >= 2 else words[i - 1]
    nxt = words[i + 1:i + 2] or [""]
    return (marker == "wait" and host in SUBCOMMAND_HOSTS and (
        nxt[0] in ("space", "dash", "minus", "hyphen") or nxt[0].startswith("-"))) or (
        marker == "no" and words[i - 1] == "space" and nxt[0] in ("capital", "cap"))


def _apply_corrections(words: list[str], tools: frozenset[str] = frozenset()
                       ) -> tuple[list[str], int, int]:
    """(words with each correction applied, corrections, of them whole restarts); ``tools``,
    installed programs, tell a tool's name from an argument."""
    def head(w: str) -> bool:  # a tool's name, known or installed
        return _is_command(w) or (w in tools and w not in SYMBOL_WORDS)

    count = restarts = 0
    while lead := next((m for m in LEADING_MARKERS
                        if " ".join(words[:len(m.split())]) == m and
                        len(words) > len(m.split())), None):
        words = words[len(lead.split()):]  # "Disregard that. I say again, dust …": no
        count += 1                         # command before it, only the marker goes
    i = 0
    while i < len(words):
        joined_rest = " ".join(words[i:]) + " "
        marker = next((m for m, _ in _by_edge(CORRECTIONS, False).get(words[i], ())
                       if joined_rest.startswith(m + " ")), None)
        if marker is None or i == 0 or (words[i - 1] in LITERAL_AFTER and
                                        marker != NEW_SENTENCE and not (
                                            marker in RESTARTS and " " in marker)) or (
                marker == "instead" and words[i + 1:i + 2] == ["of"]) or (
                marker in QUOTED_TEXT_MARKERS and _users_text(words[:i])) or \
                _subcommand_said(words, i, marker) or _capital_spelled(words, i, marker) or (
                    marker in DROPS | {"wait"} and words[i - 1] in SUBJECTS and  # "I'll wait"
                    words[i - 2:i - 1] not in (["dash"], ["minus"], ["hyphen"])):  # not "-i"
            i += 1
            continue
        n = len(marker.split())
        before, after = words[:i], words[i + n:]
        after = [w for w in after if w not in ("make", "that")] if marker.startswith(
            ("actually", "make")) else after[2:] if after[:2] in (["make", "that"],
                                                                   ["make", "it"]) else after
        while (more := next((m for m in CORRECTIONS if " ".join(after[:len(m.split())]) == m),
                            None)) is not None:
            after = after[len(more.split()):]  # "sorry, start again ...": markers run on
            marker = more if more in RESTARTS | DROPS else marker
        if marker in DROPS and after[:1] != before[:1]:  # "…, dash q, no, forget that one.":
            cut = _content_cut(before, ["x"])  # it goes, and what follows takes its place
            if "space" in before:  # "… space, example dot py, undo that, …": the phrase
                cut = len(before) - before[::-1].index("space")
            elif len(before) == 1:
                cut = 0  # "Makes, undo that, make …"
            while cut > 1 and before[cut - 1] in ("dash", "minus", "hyphen", "double"):
                cut -= 1  # the flag's dashes with it
            words, i = before[:cut] + after, cut
            count += 1
            continue
        if not after:
            i += 1
            continue
        if after[:3] == ["i", "think", "it's"] and len(after) > 4:
            after = after[3:]  # "…, no wait, I think it's zpool import": the fix said so
        elif after[:1] == ["it's"] and len(after) > 1 and marker != NEW_SENTENCE and (
                after[1].startswith("-") or after[1] in SYMBOL_WORDS or after[1] == "double"):
            after = after[1:]  # "--help, bu shi, it's --canonicalize"
        said = after[1:] if after[:1] == ["please"] else after  # "no no, wait. Write please X"
        said = [said[0], *said[2:]] if said[1:2] == ["please"] else said
        if said[:1] in (["run"], ["type"], ["execute"], ["write"]) and len(said) > 2 and \
                said[1] not in PLAIN_ENGLISH and said[1] not in SYMBOL_WORDS:
            after = said[2:] if said[1] in ("out", "in") and len(said) > 3 else said[1:]
            # "…, no, hang on, run ipinfo grepip …", "cancel that, write out X": said again
            marker = "start over"
        anchor = after[0]
        if marker in PHRASE_RESTARTS and "space" in before[:-1] and (
                anchor in SYMBOL_WORDS or anchor == "double"):  # "… space, dash dash health,
            # scratch that, dash dash help": the flag said again
            cut = len(before) - before[:-1][::-1].index("space") - 1
            words, i = before[:cut] + after, cut
            count += 1
            continue
        if marker in RESTARTS or anchor == before[0] or (_is_command(anchor) and len(after) > 1) \
                or (len(set(before)) == 1 and len(before[0]) >= 3 and anchor.startswith(before[0])):
            words, i = after, 0
            count += 1
            restarts += 1
            continue
        cut = _anchor(before, after)
        if cut is None and marker == NEW_SENTENCE and anchor not in SYMBOL_WORDS and \
                not anchor.startswith("-") and not (  # "… hg space alpha. Correction: pull."
                    len(after) == 1 and not head(anchor) and "space" in before):
            cut = 0  # a sentence of its own that takes up nothing said before: a new command
        new_tool = after[1:2] in (["dash"], ["minus"])  # "…, sorry, tree dash L 2"
        if cut is None and _content(after) > _content(before) and \
                anchor not in SYMBOL_WORDS and not (
                head(before[0]) and not _is_command(anchor) and len(set(before)) > 1
                and not new_tool):
            cut = 0  # more said after the marker than before it: said again whole
        if cut is None and _name_in_parts(before) and anchor not in SYMBOL_WORDS:
            cut = 0  # only a tool's name said so far ("snmp d f, hmm no, wifi dash menu")
        if cut is None and (_natural_token(before) == before or len(set(before)) == 1) and \
                "space" not in before and head(anchor):
            cut = 0  # one name said (maybe twice), then a program's: "zip, correction, zile"
        if cut is None:
            cut = _content_cut(before, after)
            while (after[0].startswith("-") or after[0] in FLAG_WORDS) and cut > 1 and \
                    before[cut - 1] in FLAG_WORDS:
                cut -= 1  # "dash dash replace, correction, --reboot": the flag goes whole
        words = before[:cut] + after
        i = cut
        count += 1
        restarts += cut == 0
    return words, count, restarts


_HEARD_MAX = max(len(k) for k in HEARD_AS)


def _inside_spelling(words: list[str], i: int, n: int) -> bool:
    """Letters ("r m") that are part of a longer spelled name ("test p a r m")."""
    if len(words[i]) != 1:
        return False
    before = words[i - 1] if i else ""
    after = words[i + n] if i + n < len(words) else ""
    return len(before) == 1 or len(after) == 1


BLANK_BEFORE = {"dash", "minus", "hyphen", "double", "tilde", "squiggle", "twiddle"}


def heard_as(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """Replace what Whisper writes for spoken command vocabulary ("mk dire" -> "mkdir"), and
    "blank" for "space" when said twice or before a flag or home ("compress blank minus d …",
    not "touch blank dot txt"); not a letter heard after a dash when the word ends an
    installed program's name (``X-word`` installed)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_HEARD_MAX, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in HEARD_AS and not _inside_spelling(words, i, n) and not (
                    key[0] == "dash" and out[-1:] in (["dash"], ["double"], ["minus"])) and \
                    not (HEARD_AS[key] == "grep" and out[-1:] in (["dash"], ["minus"])) and \
                    not (key == ("pipes",) and words[i + 1:i + 2] in (["dot"], ["dash"])) and \
                    not (key == ("spaces",) and i + 1 == len(words)) and \
                    not (n == 2 and key[0] in _DASHES and
                         _installed_dashed(out[-1:], key[1], tools)):  # "with spaces"
                out.extend(HEARD_AS[key].split())
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    pairs = zip(out, out[1:], strict=False)
    if "space" not in out and (out.count("blank") >= 2 or any(  # an old hand's name for it
            w == "blank" and nxt in BLANK_BEFORE for w, nxt in pairs)):
        out = ["space" if w == "blank" else w for w in out]
    return out


def _letterish(w: str) -> bool:
    return (len(w) == 1 and w.isalpha()) or (w in HEARD_LETTERS and w not in COMMANDS)


def letters_heard(words: list[str]) -> list[str]:
    """Letter names Whisper wrote as words, read as letters inside a spelled run with a
    letter or two rare names in it ("slash tea em pea" -> t m p, "h t tea pea s" -> https,
    "a are pea spoof") and after a dot ("dot see" -> .c, but not a file type: file.el). A
    run of everyday words ("jay are you") and command names ("ar x", "tee x") are left."""
    out = list(words)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _letterish(words[j]):
            j += 1
        run = words[i:j]
        named = [w for w in run if w in HEARD_LETTERS]
        letters = [w for w in run if len(w) == 1 and w not in ("a", "i")]
        rare = [w for w in named if w not in COMMON_WORDS]
        if named and ((len(run) >= 2 and (letters or len(rare) >= 2)) or (
                len(run) == 1 and i and words[i - 1] in ("dot", "period") and
                run[0] not in EXTENSION_WORDS)):
            out[i:j] = [HEARD_LETTERS.get(w, w) for w in run]
        i = max(j, i + 1)
    return out


_DASHES = {"dash", "minus", "hyphen", "-"}
_NATO_CAPS = {"cap", "capital", "uppercase"}  # words before a capital letter


def _installed_dashed(before: list[str], word: str, tools: frozenset[str]) -> bool:
    """``before[-1]-word`` is an installed program's name (systemd-delta)."""
    return bool(before) and f"{before[-1]}-{word}".lower() in tools


def nato_letters(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """NATO alphabet words where a letter is due: after one dash ("dash oscar" -> -o; "ghc
    space dash echo" -> -e, not stty's "dash echo" nor "postman dash echo"; not "double dash
    alpha"), after "cap" ("dash cap papa" -> -P), in a run of two or more ("golf hotel" ->
    gh, "capital hotel capital sierra" -> HS; not one word said twice, "alpha alpha") and
    between digits ("three sierra zero" -> 3s0); not the end of an installed program's name
    ("systemd dash delta")."""
    def at(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ""

    def spelled(k: int, step: int) -> bool:  # a NATO word next, a capital word between
        nxt = at(k + step)
        return at(k + 2 * step) in NATO if nxt in _NATO_CAPS else nxt in NATO

    out = list(words)
    for i, w in enumerate(words):
        if w not in NATO or at(i - 1) == "literal":  # "literal alpha": the word
            continue
        single_dash = at(i - 1) in _DASHES and at(i - 2) not in _DASHES | {"double"} and not (
            at(i + 1) in _DASHES and at(i - 2).isalpha() and at(i - 2) not in SYMBOL_WORDS and
            at(i - 2) != "space") and not (  # "foo dash alpha dash test": foo-alpha-test
            i >= 2 and _installed_dashed(words[i - 2:i - 1], w, tools))
        after_cap = at(i - 1) == "cap" or (at(i - 1) in _NATO_CAPS and at(i - 2) in _DASHES)
        run = (spelled(i, 1) and w != "echo") or spelled(i, -1)
        same = {at(i - 1), at(i + 1)} & {w}
        echo_ok = w != "echo" or at(i - 2) == "space" and "stty" not in "".join(words)
        if (single_dash and echo_ok) or after_cap or (run and not same) or (
                at(i - 1) in UNITS and at(i + 1) in UNITS):
            out[i] = NATO[w]
    return out


EXTENSION_WORDS = {"el", "es", "en", "ex", "ar", "eye", "oh", "cue"}  # file.el, readme.es.md, .cue


def fix_subcommand(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """A word right after git, npm, docker... that is one letter off a subcommand is that
    subcommand ("git ad" -> "git add", "npm tests" -> "npm test"); not a name part after a
    symbol word ("immich dash go slash": the slash stays a slash), nor a subcommand of its
    own ("cargo binstall", installed as cargo-binstall; "git ls-remote")."""
    import difflib

    out = list(words)
    for i in range(len(out) - 1):
        if out[i] in SUBCOMMAND_HOSTS - {"python", "python3"} and \
                out[i + 1] not in SUBCOMMANDS and out[i + 1] not in PLAIN_ENGLISH and \
                len(out[i + 1]) >= 2 and out[i + 1] not in SYMBOL_WORDS and \
                "-" not in out[i + 1] and f"{out[i]}-{out[i + 1]}" not in tools and \
                (i == 0 or out[i - 1] not in SYMBOL_WORDS):
            close = difflib.get_close_matches(out[i + 1], SUBCOMMANDS, n=1, cutoff=0.8)
            if close:
                out[i + 1] = close[0]
    return out


def _words(text: str) -> list[str]:
    """Lower-case words without the sentence punctuation Whisper adds ("Sleep 0.5." ->
    "sleep 0.5"); symbols Whisper wrote inside words are kept."""
    words = [w for w in re.split(r"\s+", text.strip().lower().replace(", ", " ")) if w]
    words = [w.rstrip(",") for w in words]
    words = [w[:-1] if w.endswith(":") and w[:-1] in COLON_AFTER else w for w in words]
    words = [re.sub(r"(?<=[a-z0-9'/])[.!?]+$", "", w) if not re.fullmatch(r"[.]+", w) else w
             for w in words]
    words = [{"python": "python", "3": "three"}.get(w, w) for w in words]
    return [w for w in words if w]


INTRO_WORDS = {"next", "one", "right", "here's", "here", "is", "this", "the", "command", "ok",
               "okay", "alright", "so", "type", "run", "now", "a", "new", "another", "following",
               "enter", "stick", "pop", "bung", "in", "at", "prompt"}


def _spoken_keys_off(words: list[str], cased: list[str], removed: list[str]) -> list[str]:
    """A closing "enter" said as the key press ("sudo ntpd enter"; "xdotool key Enter" keeps
    it), and "here" closing "we need … here"."""
    last = re.sub(r"[,.!?]+$", "", cased[-1]) if cased else ""
    if len(words) > 1 and words[-1] == "enter" and last.lower() == "enter" and \
            words[-2] != "space" and \
            words[-2] not in ("key", "keys", "press", "send", "type"):
        removed.append("enter")
        return words[:-1]
    if len(words) > 2 and words[-1] == "here" and " ".join(cased[:2]).lower() == "we need":
        removed.append("here")
        return words[:-1]
    return words


def _restated_after_pause(words: list[str], removed: list[str]) -> list[str]:
    """Words said again right after a hesitation ("pint, uh, pint", "G L X gears, uh, G L X
    gears dash h") are said once: the pause marks a false start, not a repeated argument."""
    bare = [re.sub(r"[,.!?;:]+$", "", w) for w in words]
    for i, w in enumerate(bare):
        if w not in HESITATIONS or not i or _capitals_mm(bare[i - 1], w):
            continue
        j = i
        while j < len(bare) and bare[j] in HESITATIONS:
            j += 1
        for n in range(min(8, i, len(bare) - j), 0, -1):
            span = bare[i - n:i]
            if span == bare[j:j + n] and any(len(x) > 1 and x not in SYMBOL_WORDS and
                                             x not in NUMBER_WORDS for x in span):
                removed.append(" ".join(words[i - n:j]))
                return _restated_after_pause(words[:i - n] + words[j:], removed)
    return words


def _echo_off(words: list[str]) -> tuple[list[str], int]:
    """A stretch of four or more words with two names in it written twice in a row ("haxelib
    space remove space haxelib space remove space data"): Whisper repeating itself when the
    audio stalls, said once (not in the user's own text)."""
    for n in range(min(10, len(words) // 2), 3, -1):
        for i in range(len(words) - 2 * n + 1):
            span = words[i:i + n] if words[i] == words[i + n] else None
            if span and span == words[i + n:i + 2 * n] and sum(
                    len(w) > 2 and w not in _SPOKEN_PARTS and w != "space" and
                    w not in NUMBER_WORDS for w in span) >= 2 and not _users_text(words[:i]):
                return words[:i] + words[i + n:], 1
    return words, 0


def _said_twice(words: list[str]) -> tuple[list[str], int]:
    """A command's start said again at once ("R M lint, uh, R M lint dash capital D"): the
    first saying is a false start (also after sudo)."""
    at = 1 if words[:1] == ["sudo"] else 0
    for n in range(min(8, (len(words) - at) // 2), 0, -1):
        span = words[at:at + n]
        if span == words[at + n:at + 2 * n] and at + 2 * n < len(words) and \
                "space" not in span and \
                span[-1] not in SYMBOL_WORDS and any(
                len(w) > 1 and w not in SYMBOL_WORDS for w in span):  # not "J J", "dash dash"
            return words[:at] + words[at + n:], 1
    return words, 0


def _intro_off(words: list[str], removed: list[str]) -> list[str]:
    """A lead-in ending in a colon ("Type this:", "Right, next one:") is not dictation."""
    for k, w in enumerate(words[:8]):
        if w.endswith(":") and k + 1 < len(words):
            lead = [x.rstrip(":") for x in words[:k + 1]]
            if all(x in INTRO_WORDS or x in PROSE_BEFORE for x in lead):
                removed.append(" ".join(lead))
                return words[k + 1:]
            break
    return words


SLOT_NOUNS = ("flag", "flags", "option", "options", "switch", "argument", "arguments", "parameter",
              "file", "filename", "file name", "path", "folder", "directory", "address", "url",
              "value", "number", "name", "program", "tool", "username", "user name", "host",
              "hostname", "port", "pattern", "subcommand")
_SLOT = re.compile(r"(?:^| )((?:and )?(?:then )?(?:for )?(?:the|a|an|its) (?:[a-z']+ ){0,3}?"
                   r"(?:is called|should be|would be|will be|is|are|goes|called|named|put)"
                   r"(?= |$)|(?:and )?(?:now )?(?:then )?(?:comes |come |with |on |into |in |to "
                   r"|at )?(?:the|a|an|its) (?:new |next )?(?:" + "|".join(SLOT_NOUNS) +
                   r")(?: is called| is named| is| called| named)?(?= \S))")


COMMAND_STARTS = {"sudo", "|", "pipe", "&&", "and", ";", "semicolon", "xargs", "then", "do"}
"""Words after which the next word is in a command's place (say's, not "I say again")."""
FREE_TEXT_AFTER = {"echo", "printf", "say", "espeak", "notify-send", "figlet", "cowsay", "m"}


def _users_text(before: list[str]) -> bool:
    """What follows ``before`` is the user's own text: a quote is open, or it comes after
    echo or a message flag."""
    text = " ".join(before)
    return _quote_open(text) or _free_text_before(text)


def _free_text_before(text: str) -> bool:
    """Words after ``echo`` or a message flag ("dash m") are the user's text, not framing,
    up to a pipe or "and and" that starts the next command."""
    words = [w.rstrip(",.!?;:") or w for w in text.lower().split()]
    ends = [i for i, w in enumerate(words) if w in ("pipe", "|", "&&") or (
        w == "and" and words[i + 1:i + 2] == ["and"])]
    if ends and not _quote_open(" ".join(words[:ends[-1]])):
        words = words[ends[-1] + 1:]
    return any(w in FREE_TEXT_AFTER and (
        (w == "m" and i and words[i - 1] in ("dash", "minus")) or
        (w == "say" and (not i or words[i - 1] in COMMAND_STARTS)) or
        (w not in ("m", "say") and (not i or (words[i - 1] != "space" and
                                              words[i - 1] not in SYMBOL_WORDS))))
        for i, w in enumerate(words))  # "I say again", "space espeak": no text follows


def _strip_slot_framing(words: list[str], removed: list[str]) -> list[str]:
    """Asides that describe the slot the next words go into ("the option should be dash
    dash quiet", "and the file is called notes dot txt", "now comes the flag", "with the
    number") go; never inside quotes or the user's own text."""
    out: list[str] = []
    run: list[str] = []  # words outside quotes, not yet checked
    quoted = False
    for w in [*words, "quote"]:
        if w not in ("quote", "quotes"):
            (out if quoted else run).append(w)
            continue
        if not quoted:
            text, at = " ".join(run), 0
            while (m := _SLOT.search(text, at)) is not None and not _free_text_before(
                    text[:m.start(1)]):
                before = text[:m.start(1)].split()[-1:]
                if before and (len(before[0]) == 1 and m.group(1).startswith("a") or
                               before[0] in LITERAL_AFTER):
                    at = m.end(1)  # "A R P A name": spelled letters; "dash dash name"
                    continue
                removed.append(m.group(1))
                text = " ".join((text[:m.start(1)] + text[m.end(1):]).split())
            out.extend(text.split())
            run = []
        out.append(w)
        quoted = not quoted
    return out[:-1]


def sentence_case_off(text: str) -> list[str]:
    """The transcript's words with their casing, except the capital speech recognition puts
    at the start of a sentence ("Git space status." -> "git space status.")."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        start = i == 0 or words[i - 1].endswith((".", "!", "?")) and not re.search(
            r"[a-z0-9]\.[a-z0-9]", words[i - 1].lower())
        if start and w[:1].isupper() and (w[1:].islower() or len(w) == 1 or
                                          not any(c.isalpha() for c in w[1:])):
            w = w[:1].lower() + w[1:]
        out.append(w)
    return out


def restore_case(cased: list[str], lowered: list[str]) -> list[str]:
    """``lowered`` (cleaned words) with the casing they had in ``cased`` (the transcript's
    words), matched in order; words cleanup made up stay as they are."""
    import difflib

    bare = [re.sub(r"[,.!?;:]+$", "", w) or w for w in cased]
    keys = [w.lower() for w in bare]
    out = list(lowered)
    matcher = difflib.SequenceMatcher(None, keys, lowered, autojunk=False)
    for a, b, n in matcher.get_matching_blocks():
        for k in range(n):
            out[b + k] = bare[a + k]
    return out


# "not X, Y": X was said by mistake (a short run without quotes, before a comma)
_NOT_THIS = re.compile(r"(?i)(?:^|(?<=[\s,]))not(?! that,| that one,)"  # "not that," corrects
                       r"(?: (?:[^\s,.\"']|\.(?=\S))+){1,8}, (?=\S)")
_NOT_BUT = re.compile(r"(?i)(?:^|(?<=[\s,]))not(?= (?:[^\s,.\"']+ ){0,3}(?:dash|minus|hyphen|"
                      r"dot|period|slash)\b)(?: [^\s,.\"']+){1,6},? but (?=\S)")
AUXILIARIES = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
               "should", "must", "have", "has", "may", "might", "i'm", "it's", "why"}


_NOT_AT_END = re.compile(
    r"(?i)(?:(?:,\s*(?:and\s+)?|\s+and\s+)not(?! that\b)(?: [^\s,.\"']+){1,6}[,.]?"
    r"|\s+not (?:dash|minus|double|-)[^\s,.]*(?: [^\s,.\"']+){0,5},"
    r"|,?\s+rather than(?: [^\s,.\"']+){1,6}[,.]?)\s*$")


_SPAN = r"(?:[^\s,;:!?.]|\.(?=\S))+(?: (?:[^\s,;:!?.]|\.(?=\S))+){0,7}?"
_SWAP_MARKERS = "|".join(re.escape(m) for m in sorted(
    {*CORRECTIONS, "same thing but", "hang on", "oh"} - {NEW_SENTENCE}, key=lambda m: -len(m)))
_INSTEAD = re.compile(  # after punctuation, or a correction's marker: "…, sorry, A instead of B"
    rf"(?i)(?:(?:^|[.,;:!?]\s+)(?:\b(?:{_SWAP_MARKERS})\b[,:.]?\s+)*|\s(?:\b(?:{_SWAP_MARKERS})"
    rf"\b[,:.]?\s+)+)(?P<new>{_SPAN}) instead of (?P<old>{_SPAN})(?:,? please)?[.!]?\s*$")
_SHOULD_BE = re.compile(  # "Hang on, that should be start not status."
    rf"(?i)[,.;:!?]?\s*(?:\b(?:{_SWAP_MARKERS})\b[,.]?\s+)*\b(?:that|it) should (?:be|have "
    rf"been) (?P<new>{_SPAN}),? not (?P<old>{_SPAN})(?=[.,!?]|\s*$)[.,!?]?")


def _replace_last(head: str, named: str, fix: str) -> str | None:
    """``head`` with the last place ``named`` was said replaced by ``fix`` (None if never)."""
    spots = list(re.finditer(_WORD_AT.format(re.escape(named)), head))
    if not spots:
        return None
    at = spots[-1]
    return f"{head[:at.start()]}{fix}{head[at.end():]}"


def instead_of(text: str) -> tuple[str, int]:
    """ "…, yarn add install, correction, requests@18 instead of install.", "ddev status. Hang
    on, that should be start not status.": the words named after "instead of" or "not", said
    before, are replaced by the others (1 when done); never inside quotes or echo's text."""
    for pattern in (_INSTEAD, _SHOULD_BE):
        m = pattern.search(text)
        if not m or _free_text_before(text[:m.start()]) or _quote_open(text[:m.start()]):
            continue
        swapped = _replace_last(text[:m.start()], m.group("old"), m.group("new"))
        if swapped is not None:
            return f"{swapped} {text[m.end():]}", 1
    return text, 0


def _not_this(text: str) -> tuple[str, int]:
    """Drops "not X," and "not X but" said to take X back ("… template not dash dash dry
    run, download", "lslocks, not dash e but dash p",
    "… example dot com, and not example dot md"), but not English negation ("do not
    disturb", "wip not done") nor words after echo, which are text."""
    taken = 0
    for _ in range(8):  # each "not X" in turn ("…, sorry, not A, B, …, sorry, not C, D")
        text, more = _not_this_once(text)
        if not more:
            break
        taken += 1
    return text, taken


_NOT_X_BUT = re.compile(
    r"(?i)(?:^|(?<=[\s,]))not((?: (?!but\b)[^\s,\"']*[^\s,.\"']){1,6})(?:,? but |, )(?=\S)")


def _not_x_but(text: str) -> str | None:
    """ "dash dash quiet, not dash dash quiet but dash dash repeat", "hub, not hub, trayer":
    the words named after "not" were said just before it; they go, and what follows takes
    their place."""
    for m in _NOT_X_BUT.finditer(text):
        named, head = m.group(1).strip().lower(), text[:m.start()].rstrip(", ")
        sentence = re.split(r"(?<=[.!?])\s+", text[:m.start()])[-1]  # "Say you need …. X"
        if not _takes_back(sentence):
            continue
        if head.lower().endswith(named) and (
                len(head) == len(named) or not head[-len(named) - 1].isalnum()):
            return head[:len(head) - len(named)].rstrip() + " " + text[m.end():]
        earlier = None if _MARKER_BEFORE.search(head) else _said_earlier(
            head, named, text[m.end():])  # "…, sorry, not X, Y": another reading's
        if earlier is not None:
            return earlier
    return None


_WORD_AT = r"(?i)(?<![\w-]){}(?![\w-])"
_FIX_ENDS = re.compile(r"(?i)[,.!?]|\s(?:so|to|because|which|that's|or something|i think|yeah)\b")


def _said_earlier(head: str, named: str, rest: str) -> str | None:
    """ "csvcut --verbose 1,3 data.csv, not --verbose, --columns": the named words were said
    further back; what follows "not X," up to a comma or a trailing clause takes their place
    there, and the rest stays at the end."""
    if not rest.strip():
        return None
    end = _FIX_ENDS.search(rest)
    fix, after = (rest[:end.start()], rest[end.start():]) if end else (rest, "")
    if not fix.strip() or len(fix.split()) > 4:
        return None
    replaced = _replace_last(head, named, fix.strip())
    return None if replaced is None else replaced + after


def _not_this_once(text: str) -> tuple[str, int]:
    """The first "not X" that takes X back, taken out (see :func:`_not_this`)."""
    named = _not_x_but(text)
    if named is not None:
        return named, 1
    for m in _NOT_BUT.finditer(text):  # "not dash e but dash p": what follows "but"
        if _takes_back(text[:m.start()]):
            return text[:m.start()] + text[m.end():], 1
    for m in _NOT_THIS.finditer(text):
        if _takes_back(text[:m.start()]):
            return _named_cut(text, m) or text[:m.start()] + text[m.end():], 1
    end = _NOT_AT_END.search(text)
    if end and end.start() > 0 and _takes_back(text[:end.start()]):
        return text[:end.start()], 1
    return text, 0


def _takes_back(before_text: str) -> bool:
    """A "not" after ``before_text`` takes words back: not after an auxiliary ("do not"),
    a symbol word ("dash not"), inside quotes or free text (echo)."""
    before = before_text.lower().split()
    return bool(before) and before[-1].strip(",") not in AUXILIARIES and \
        before[-1].strip(",") not in LITERAL_AFTER and not _free_text_before(before_text) \
        and "quote" not in before


_MARKER_BEFORE = re.compile(r"(?i)(?:,\s*)?\b(?:sorry|no|wait|no wait|oops)[,.]?\s*$")


def _named_cut(text: str, m: re.Match) -> str | None:
    """ "test, sorry, not test, commit": the words after "not" name what was wrong; said
    just before the marker, they are what the next words replace; said once earlier, the
    next words up to a comma take their place ("conda report export, sorry, not report,
    env" is conda env export)."""
    named = m.group(0).split(None, 1)[1].rstrip(", ")
    head = _MARKER_BEFORE.sub("", text[:m.start()]).rstrip(", ")
    if head == text[:m.start()].rstrip(", "):
        return None  # no correction word before "not": plain "not X, Y"
    at = head.lower().rfind(named.lower())
    if at < 0 or (at and head[at - 1].isalnum()):
        return None
    if not head[at + len(named):].strip(" ,."):
        return head[:at] + text[m.end():]
    said = re.findall(rf"(?i)(?<![\w-]){re.escape(named)}(?![\w-])", head)
    fix = re.match(r"[^,.]+(?:\.\S+)*", text[m.end():])
    if len(said) != 1 or not fix or len(fix.group(0).split()) > len(named.split()) + 2:
        return None  # "… report export, sorry, not report, env": in place, once said
    at = re.search(rf"(?i)(?<![\w-]){re.escape(named)}(?![\w-])", head).start()
    return head[:at] + fix.group(0).strip() + head[at + len(named):] + \
        text[m.end() + fix.end():]


_HYPHENATED = re.compile(r"(?i)((?:[a-z][a-z0-9']* ){0,3}[a-z][a-z0-9]*),\s*hyphenated\b[,.]?")
_NOT_IN_NAME = {"is", "type", "run", "now", "then", "next", "so", "it's", "one's", "in", "the",
                "a", "and", "want", "you", "what", "right", "this", "that's", "pop", "bung"}


def _outside_name(word: str) -> bool:
    """Framing, a command ("pip install …") or a symbol's word: where a hyphenated name
    said before ", hyphenated" cannot start."""
    return word in _NOT_IN_NAME or _is_command(word) or word in SYMBOL_WORDS or \
        word in ("install", "space", "double", "dash")


def hyphenated(text: str) -> str:
    """ "drupal check, hyphenated": the words said before it are one hyphenated name
    (drupal-check), back to the first that is framing ("Next one's", "type")."""
    def join(m: re.Match) -> str:
        words = m.group(1).split()
        k = len(words) - 1  # the last word is the name's, whatever it is ("dry run")
        while k > 0 and not _outside_name(words[k - 1].lower()):
            k -= 1
        name = words[k:]
        return " ".join(words[:k] + ["-".join(name)]) if len(name) >= 2 else m.group(0)

    return _HYPHENATED.sub(join, text)


_IN_QUOTES = re.compile(r"(?i)(?<![\w\"'])([\w./:@~-]+) in (single )?(?:inverted commas|quotes|"
                        r"double quotes|quotation marks|speech marks)\b")
_QUOTED_NOT = {"it", "them", "this", "that", "name", "text", "value", "string", "everything",
               "one", "put", "wrap", "word", "words"}


def in_quotes(text: str) -> str:
    """ "-name demo in inverted commas": the word before it, quoted ("demo")."""
    def quote(m: re.Match) -> str:
        before = text[:m.start()].split()[-1:]
        if m.group(1).lower() in _QUOTED_NOT or m.group(1).lower() in SYMBOL_WORDS or \
                before and before[0].lower() in SYMBOL_WORDS:  # "dollar HOME in quotes"
            return m.group(0)
        mark = "'" if m.group(2) else '"'
        return f"{mark}{m.group(1)}{mark}"

    return _IN_QUOTES.sub(quote, text)


_HINT = re.compile(r"(?i),?\s*\b(no spaces?|all one word|on its own)\b[,.?!]?(?=\s|$)|"
                   r",\s*(one word)\b[,.?!]?(?=\s|$)")  # "NTP date, one word,"


def spoken_hints(text: str) -> str:
    """A speaker's spacing hints as marks the reader keeps apart from the words: "who am I,
    no spaces" (the last words said one after another are one shell word) and "dot, on its
    own" (the symbol stands alone); never a correction's "no", never inside quotes, nor a
    value "no" and the space after it ("checking equals no space ubuntu")."""
    text = text.translate(_SENTINELS)  # the marks are ours: out of what was said

    def mark(m: re.Match) -> str:
        before = text[:m.start()].split()[-1:]
        if _quote_open(text[:m.start()]) or (
                before and before[0].lower() in ("equals", "equal", "colon") and
                m.group(0).strip().lower() == "no space"):  # "… equals no space ubuntu"
            return m.group(0)
        said = (m.group(1) or m.group(2)).lower()
        return " " + (ALONE if said == "on its own" else JOINED) + " "

    def glue(m: re.Match) -> str:  # Dragon's "get no space cap arch": getArch
        before = text[:m.start()].split()[-1:]
        if _quote_open(text[:m.start()]) or before and before[0].lower() in (
                "equals", "equal", "colon"):
            return m.group(0)
        return f" {GLUED} "

    return _HINT.sub(mark, _GLUE_SAID.sub(glue, text))


_GLUE_SAID = re.compile(r"(?i)(?<=[\w.])\s+no[- ]?space\s+(?!(?:on|off)\b)(?=\w)")
_SENTINELS = {ord(c): " " for c in (JOINED, ALONE, GLUED, "\u21ba")}
_SPELLED_AGAIN = re.compile(r"(?i),\s+(?:(?:that's|that is|that's spelled|spelled)\s+)?"
                            r"([a-z0-9](?:-[a-z0-9])+)(?=[\s,.!?]|$)")
_SYMBOL_AGAIN = re.compile(r"(?i),\s+that's\s+(?:a\s+|an\s+)?(?:forward slash|slash|backslash|"
                           r"double dash|two dashes|dash|hyphen|tilde|pipe|dot|period|colon|"
                           r"underscore|star|asterisk)(?:\s+[a-z])?(?:,\s+(?:as in|like)\s+"
                           r"(?:minus|a period|period|a hyphen)|,\s+capital\s+[a-z])?"
                           r"(?=[,.!?]|$)")
_CASE_AGAIN = re.compile(r"(?i)(?<=\S),\s+all (lowercase|lower case|caps|uppercase)(?=[,.!?]|$)")


_SPELL_IT = re.compile(r"(?i)(?<![\w-])[\w'-]+,?\s+(?:let me spell (?:it|that)|i'll spell it|"
                       r"spell that),?\s+([a-z0-9](?:-[a-z0-9])+|(?-i:[A-Z0-9](?: [A-Z0-9])+))"
                       r"(?=[\s,.!?]|$)")


_CORRECT_TO = re.compile(r"(?i),?\s*\bcorrect\s+([\w.-]+)\s+to\s+([\w.-]+?)(?=[,.!?]?(?:\s|$))|"
                         r"(?:,|(?<=[.!?]))\s*\breplace\s+([\w.-]+)\s+with\s+([\w.-]+?)"
                         r"(?=[,.!?]?(?:\s|$))|"
                         r",\s*\b(?:select|correct)\s+([\w.-]+),\s+([\w.-]+?)(?=[,.!?]?(?:\s|$))")


def corrected_to(text: str) -> str:
    """Dragon's and Talon's "correct X to Y", ", select X, Y" and ", replace X with Y": the
    last X said before it becomes Y."""
    for _ in range(4):
        m = _CORRECT_TO.search(text)
        if not m:
            return text
        head = text[:m.start()]
        wrong, right = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        said = list(re.finditer(rf"(?i)(?<![\w-]){re.escape(wrong)}(?![\w-])", head))
        if not said or _free_text_before(head):  # "echo correct this to that": the text
            return text
        at = said[-1]
        text = head[:at.start()] + right + head[at.end():] + text[m.end():]
    return text


_SYMBOL_NAMES = "|".join(sorted((re.escape(w) for w in SYMBOL_WORDS), key=len, reverse=True))
_DESCRIBED_SYMBOL = re.compile(  # "the little line thing, the dash,": the name says it
    r"(?i)\b(?:the|a|two|three)\s+(?:[a-z]+[ -]){0,2}(?:line|lines|one|ones|thing|things|"
    r"star|squiggle|mark|marks)(?:\s+thing)?,\s+(?=(?:(?:the|a|two|three)\s+)?(?:"
    rf"{_SYMBOL_NAMES}|dashes|slashes)\b)")


_LETTER_OR_DIGIT = re.compile(  # "…, is that an L or a one? It's an L,": the doubt settled
    r"(?i),?\s*is that (?:an? )?(?:[a-z]|one|zero|oh|o)\b or (?:an? )?(?:[a-z]|one|zero|oh|o)\?"
    r"\s*it's (?:an? )?(?:[a-z]|one|zero|oh|o)\b[.,]?")


def confirmations_off(text: str) -> str:
    """What a careful reader says to confirm what was just said: a symbol described before
    its name ("the squiggly one, tilde"), a word spelled out after
    it ("metaflac, that's m-e-t-a-f-l-a-c,"; "Iko, let me spell it, i-c-o" and Dragon's
    "clea, spell that, C L E A N" are the spelling), the
    name of a symbol just said (", that's a forward slash"), its casing (", all
    lowercase"; ", all caps" raises the word)."""
    def spelled(m: re.Match) -> str:
        before = re.sub(r"\W", "", text[:m.start()].split()[-1].lower()) if \
            text[:m.start()].split() else ""
        return "" if before == m.group(1).replace("-", "").lower() else m.group(0)

    text = _LETTER_OR_DIGIT.sub(",", _DESCRIBED_SYMBOL.sub("", text))
    text = _SPELL_IT.sub(lambda m: re.sub("[- ]", "", m.group(1)).lower(), text)  # "Iko, let
    text = _SYMBOL_AGAIN.sub("", _SPELLED_AGAIN.sub(spelled, text))  # me spell it, i-c-o"
    out, last = [], 0
    for m in _CASE_AGAIN.finditer(text):
        word_at = text.rfind(" ", 0, m.start()) + 1
        word = text[word_at:m.start()]
        out.append(text[last:word_at])
        up = m.group(1).lower() in ("caps", "uppercase") and word.isalpha()
        out.append(f"all caps {word}" if up else word)
        last = m.end()
    return "".join(out) + text[last:]
_SPELLED_AS = re.compile(r"\b([A-Za-z]),? (?:as in (\w+)|(?:for|of|like) ([A-Z][a-z]+))\b")


_SPOKEN_PARTS = {*SYMBOL_WORDS, *UNITS, *TENS, "double", "forward", "back", "greater", "less",
                 "than", "single", "open", "close", "question", "mark", "sign"}
_HYPHENED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


_STUTTER = re.compile(r"(?<![\w-])(([a-z0-9]{1,3})-(?:\2-)*)(?=\2[\w])", re.I)
_PROLONGED = re.compile(r"(?<![\w-])([fhlmnrsvz])\1{2,}(?=[a-z]{2})", re.I)  # a sound held
_WORD_PREFIXES = {"re", "co", "de", "pre", "un", "non", "sub", "bi", "tri", "mid", "pro", "e"}


def stutters_off(text: str) -> str:
    """A stutter Whisper wrote out is the word once: "g-g-git", "bo-bo-bootstrap",
    "li-linkchecker", "sssrc" (a sound held: three or more of a first f, l, m, n, r, s, v, z
    or h; not "www", "pppd"); not an English prefix said once ("re-read", "co-author")."""
    def once(m: re.Match) -> str:
        times = m.group(1).count("-")
        return m.group(0) if times == 1 and m.group(2).lower() in _WORD_PREFIXES else ""

    return _PROLONGED.sub(r"\1", _STUTTER.sub(once, text))


def hyphens_heard(text: str) -> str:
    """Spoken symbol and number words Whisper joined with a hyphen ("minus-minus",
    "forward-slash", "greater-than", "sixty-four") are two words; "dry-run" stays. A flag's
    dashes Whisper wrote apart ("- -name", "dash -poweroff", "- H") are one flag."""
    def split(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        return f"{a} {b}" if a.lower() in _SPOKEN_PARTS and b.lower() in _SPOKEN_PARTS else \
            m.group(0)

    text = _DASH_APART.sub("-", text)
    return _LETTERS_HYPHENED.sub(lambda m: m.group(1).replace("-", "").lower(),
                                 _HYPHENED.sub(split, text))


_DASH_APART = re.compile(r"(?<=\w[\s,])(?:-|(?i:dash))\s+(?=-[A-Za-z])|"  # "- -name", "dash -cve"
                         r"(?<=\w )-\s+(?=[A-Za-z0-9](?:[\s,.]|$))")  # "- H localhost", "- 1"


_LETTERS_HYPHENED = re.compile(  # "P-I-P": pip; "all one word" after it says nothing more
    r"(?<![\w-])([A-Z](?:-[A-Z])+)(?![\w-])(?:,?\s*all one word\b(?=[,.]?\s|[,.]?$))?")


_NAMED_SYMBOLS = set(SYMBOL_WORDS) - {"dot", "period", "point", "at", "and"}  # "the dot": "."
_SYMBOL_PARTS = set(SYMBOL_WORDS) | {w for phrase in SYMBOL_PHRASES for w in phrase}


def _caps_after(words: list[str]) -> list[str]:
    """ "head in capitals", "readme in caps", "README in big letters": the casing said
    after the word, as French, Irish and Slavic speakers do, is "all caps head"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        said = next((n for n in _CAPS_AFTER if tuple(words[i:i + len(n)]) == n), None) \
            if words[i] == "in" else None
        if said and out and out[-1] not in HEARD_CASE and out[-1].isalpha():
            out[-1:] = ["all", "caps", out[-1]]
            i += len(said)
            continue
        out.append(words[i])
        i += 1
    return out


_CAPS_AFTER = [tuple(p.split()) for p in (  # the longest first
    "in all capital letters", "in capital letters", "in all caps", "in big letters",
    "in upper case", "in capitals", "in caps", "in uppercase")]


HEARD_CASE = {"all", "caps", "capital", "in"}


def _article_off(words: list[str]) -> list[str]:
    """ "the squiggle slash projects", "the star dot hs", "gradle clean, a double dash
    info": an article before a symbol's name is speech, not part of the command (outside
    the user's own text; "dash x a dash f" and "bracket a dash z" are letters)."""
    out: list[str] = []
    for i, w in enumerate(words):
        if (w == "the" and i + 1 < len(words) and words[i + 1] in _NAMED_SYMBOLS or
                w == "a" and words[i + 1:i + 2] in (["squiggle"], ["tilde"]) or
                w == "a" and words[i + 1:i + 2] in (["dash"], ["double"], ["minus"]) and
                out and len(out[-1]) > 1 and out[-1].isalpha() and
                out[-1] not in _SYMBOL_PARTS | NUMBER_WORDS | {"space"}) and \
                not _users_text(out):
            continue
        out.append(w)
    return out


def _bare(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


_CUT_OFF = re.compile(r"(?<![\w-])([A-Za-z0-9]+)-(?:,?\s+(?:(?:uh|um|er|erm|ah|hmm),?\s+)*"
                      r"(?=\1)|,\s+(?:(?:uh|um|er|erm|ah|hmm),?\s+)*)", re.IGNORECASE)


def cut_off(text: str) -> str:
    """A word Whisper wrote broken off ("wa-, walker", "exa-, uh, example", "ma-, um,
    packwiz …") is not said."""
    return _CUT_OFF.sub("", text)


def trailed_off(text: str) -> str:
    """Words that trail off ("…") and are said again at once are said once: "dash dash…
    dash dash replace", "tilde slash projects… eh tilde slash projects slash photo", from
    where they start again ("knife data ba... knife data bag show"), and a word broken off
    so goes ("podm... podman")."""
    words = text.split()
    i = 0
    while i < len(words):
        if not (words[i].endswith("...") or words[i].endswith("\u2026")) or \
                not words[i].rstrip(".\u2026"):
            i += 1
            continue
        after = i + 1
        while after < len(words) and _bare(words[after]) in HESITATIONS:
            after += 1
        rest = " ".join(_bare(w) for w in words[after:after + 4]) + " "
        marker = next((m for m in CORRECTIONS if rest.startswith(m + " ")), None)
        if _bare(words[i]) in LITERAL_AFTER and marker and marker not in RESTARTS:
            fix = after + len(marker.split())
            run = i  # "dash dash… I mean dash dash port": the whole run of symbols goes
            while run > 0 and _bare(words[run - 1]) in LITERAL_AFTER and \
                    [_bare(w) for w in words[run - 1:i + 1]] == \
                    [_bare(w) for w in words[fix:fix + i + 2 - run]]:
                run -= 1
            words = words[:run] + words[fix:]  # "dash… I mean dash d": the dash never
            continue  # ended, what follows says it
        said = [_bare(w) for w in words[:i]] + [_bare(words[i])]
        again = [_bare(w) for w in words[after:after + 6]]
        k = next((k for k in range(min(6, len(said), len(again)), 0, -1)
                  if said[-k:] == again[:k]), 0)
        kept = [j for j, w in enumerate(said) if w not in HESITATIONS]  # "knife, er, data"
        back = next((kept[n] for n in range(len(kept) - 2, -1, -1)
                     if len(again) >= 2 and [said[kept[n]], said[kept[n + 1]]] == again[:2] and
                     len(again[0]) > 2 and (again[0] not in SYMBOL_WORDS or
                                            again[:2] == ["greater", "than"]) and
                     again[0] not in FILLERS | FIX_WORDS | {"space"}), None)
        if k:
            words = words[:i + 1 - k] + words[after:]
            i = i + 1 - k
        elif back is not None:  # "knife data ba... knife data bag": said again from there
            words = words[:back] + words[after:]
            i = back
        elif again and len(said[-1]) >= 2 and again[0] != said[-1] and \
                again[0].startswith(said[-1]):
            words = words[:i] + words[after:]  # "podm... podman": a word broken off
        else:
            i += 1
    return " ".join(words)


_SLOT_THATS = re.compile(r"(?i)(?:,\s*|\b)(?:and )?(?:then )?the (?:value|file|path|location|"
                         r"name|directory|folder|url|port|number|[a-z]+ file)(?: for [a-z ]+?)?,"
                         r"\s*that's\s+(?=\S)")


def slot_named_off(text: str) -> str:
    """ "then the value, that's 3", "and then the path, that's /bin/bash": a part named
    before it is said; only what is said stays (not inside quotes)."""
    m = _SLOT_THATS.search(text)
    while m and not _quote_open(text[:m.start()]):
        text = text[:m.start()] + " " + text[m.end():]
        m = _SLOT_THATS.search(text)
    return text


def phonetic_letters(text: str) -> str:
    """A letter said with a word that starts with it ("d as in delta", "s of Sevilla", "P for
    Peter") or as "the letter p" is that letter; "a for loop" is not (the word must be a
    name, or "as in"). Filipino English's polite "po" before a pause goes ("… enter po.",
    "sorry po,"), not a word after a symbol ("dot po")."""
    def letter(m: re.Match) -> str:
        word = m.group(2) or m.group(3)
        return m.group(1) if word[0].lower() == m.group(1).lower() else m.group(0)

    return _SPELLED_AS.sub(letter, _THE_LETTER.sub(r"\1", _PO.sub("", text)))


_THE_LETTER = re.compile(r"(?i)\b(?:just )?the letter ([a-z])\b")  # "dash just the letter p"
_PO = re.compile(r"(?i)(?<!\bdot)(?<!\bpoint)(?<!\bperiod)(?<!\bstop)(?<!\bdash)(?<!\bminus)"
                 r"(?<!\bhyphen)"
                 r",?\s+po\b(?=[,.!?]|\s*$)")  # Filipino English's "po" ("… enter po.")


def _quote_open(text: str) -> bool:
    """An odd number of spoken or written quotes in ``text``: a quote is open."""
    words = re.findall(r"(?i)\b(?:double |single |un)?quotes?\b|\"|(?<![a-z])'|'(?![a-z])",
                       text)  # not the apostrophe in "let's"
    return len(words) % 2 == 1


DIGIT_HEARD_AS = {"for": "four", "to": "two", "too": "two"}


def _digits_misheard(words: list[str]) -> list[str]:
    """Protocol style, a token ending in "for" or "to" (no "space" before it) after a digit
    or a word that opens the token: the digit Whisper wrote as a word ("one two three for"
    is 1234, "argument to" argument2); a speaker who says "space" glues nothing to "to"."""
    if "space" not in words:
        return words
    out = list(words)
    for i in range(1, len(out)):
        end = i + 1 == len(out) or out[i + 1] == "space"
        if out[i] in DIGIT_HEARD_AS and end and out[i - 1] != "space" and (
                out[i - 1] in UNITS and UNITS[out[i - 1]] < 10 or
                out[i - 1].isalpha() and len(out[i - 1]) > 2 and out[i - 1] not in SYMBOLISH and
                out[i - 1] not in PROSE_BEFORE and (i == 1 or out[i - 2] == "space")):
            out[i] = DIGIT_HEARD_AS[out[i]]
    for i, w in enumerate(out):  # "four tree two one", "one point two period tree", "k tree s"
        if w == "tree" and i > 0 and (
                _numeric(out[i - 1]) or i + 1 < len(out) and _numeric(out[i + 1]) or
                out[i - 1] in ("point", "period", "dot") and i > 1 and _numeric(out[i - 2]) or
                len(out[i - 1]) == 1 and i + 1 < len(out) and len(out[i + 1]) == 1):
            out[i] = "three"  # a Spanish speaker's "three", as Whisper writes it
    return out


def _numeric(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


DESCRIPTION_LABELS = {"purpose", "note", "notes", "description", "why", "reason", "comment",
                      "explanation", "context", "summary", "goal", "aim", "what", "does"}
_LABEL = re.compile(r"^\W*(?:(?:(?:[^\W\d_]|')+ ){0,4}(?:[^\W\d_]|')+,\s+)*"
                    r"((?:[A-Za-z']+ ){0,16}[A-Za-z']+):\s+(?=\S)")
CORRECTION_LABELS = {"correction", "sorry", "actually", "wait", "instead", "rather", "mean",
                     "meant", "no", "edit"}
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
        if not m or words & (CORRECTION_LABELS | set(SYMBOL_WORDS) | LITERAL_AFTER | QUOTES |
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


def _small_talk(sentence: str) -> bool:
    """A sentence about the speaker's situation, not the command: it opens like an aside,
    names no symbol, quote nor number, and is mostly small words ("Right, where was I.")."""
    low = [re.sub(r"[,.!?;:]+$", "", w) for w in sentence.lower().split()]
    return 3 <= len(low) <= 12 and low[0] in SMALL_TALK_OPENERS and not set(low) & (
        SYMBOL_NEIGHBOURS | QUOTES | set(SYMBOL_WORDS) | NUMBER_WORDS | {"not", "mean",
        "meant", "make", "that", "instead", "wait", "no", "mistake", "run", "type",
        "program", "command", "enter", "execute", "write", "sudo"}) and \
        sum(w in SMALL_TALK_WORDS for w in low) >= 2 and not any(
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
                 r"(?<=,) like,(?=\s)|"  # ", like," between commas
                 r"(?<![\w-])how (?:to|do you) say,(?=\s)")  # a Slavic "how to say,"


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
_BETWEEN_PAUSES = re.compile(r"(?<=\w)\s*(?:\.\.\.|…)\s*([^.…]{1,80}?)\s*(?:\.\.\.|…)\s*(?=\w)")


def _paused_aside_off(text: str, removed: list[str]) -> str:
    """A remark said between two pauses inside the dictation ("M K I S O F S... I hope it
    works... space …", "… graph point G V... not production, don't worry... space"): an
    aside when it is three plain words or more, no command or lead verb in it, nothing
    dictated and nothing taken back ("pac... uh... pacini" is a false start); the dictation
    goes on where it stopped."""
    def cut(m: re.Match) -> str:
        words = re.findall(r"[\w'-]+", m.group(1).lower())
        if len(words) < 3 or not all(re.fullmatch(r"[a-z']+", w) for w in words) or \
                _DICTATED.search(m.group(1)) or _TAKE_BACK & set(words) or \
                any(_is_command(w) or w in LEAD_VERBS for w in words) or \
                _quote_open(text[:m.start()]):
            return m.group(0)
        removed.append(m.group(1))
        return " "

    return _BETWEEN_PAUSES.sub(cut, text)


_WORD_AGAIN = re.compile(r"(?i)(?<![\w-])([a-z][a-z']+), \1(?![\w-])")


def _word_again_off(text: str, removed: list[str]) -> str:
    """Spelled-out dictation ("space" said): a word said again after a pause ("pueue space
    enqueue, enqueue space 10") is said once; not a symbol's or a number's name ("dash,
    dash" is --)."""
    if " space " not in text.lower():
        return text

    def once(m: re.Match) -> str:
        w = m.group(1).lower()
        if w in SYMBOL_WORDS or w in NUMBER_WORDS or w in ("space", "double", "no"):
            return m.group(0)
        removed.append(f"{m.group(1)} (said twice)")
        return m.group(1)

    return _WORD_AGAIN.sub(once, text)


def _em_off(text: str, removed: list[str]) -> str:
    """An Irish or Scottish "em," (or a Midwestern "ope,", or ", like,") is a hesitation, as
    Whisper writes it with its comma ("set space em, profile"); the letter m after a dash or a
    capital stays."""
    out = _EM.sub("", text)
    if out != text:
        removed.extend(dict.fromkeys(m.group(0).strip(" ,.").lower() for m in _EM.finditer(text)))
    return re.sub(r"\s{2,}", " ", out).strip()


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
    r"(?:,\s*|(?<=[.!?])\s+)(?:inshallah|wallahi)\b[^.!?:]*(?:[.!?]|$)")  # "…, inshallah it works"


_PAUSED_ASIDE = re.compile(r"(?<=\S)\s+(?:\.\.\.|\u2026)\s+([a-zA-Z',\s]{1,60}?)"
                           r"(?:\.\.\.|\u2026)(?=\s)")
_LONE_PAUSE = re.compile(r"(?<=\S)\s+(?:\.\.\.|\u2026)(?=\s+\S)")


def _pauses_off(text: str, removed: list[str]) -> str:
    """Whisper's pauses inside the dictation: words said between two "..." that are no part
    of the protocol ("valkey-cli ... one sec, someone's at the door... -a changeme", "brew
    ... uh... space outdated") go, and a "..." standing alone is a pause, not a symbol."""
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
    """A speaker's hedges around the command ("but don't quote me", "At least I think so.",
    "Kofi will know for sure.", "I remember because …"): doubt about it, not part of it (not
    inside quotes)."""
    out, last = [], 0
    for m in _HEDGES.finditer(text):
        if _quote_open(text[:m.start()]):
            continue
        out.append(text[last:m.start()])
        removed.append(m.group(0).strip(" ,.!?"))
        last = m.end()
    return re.sub(r"\s{2,}", " ", "".join(out) + text[last:]).strip() if out else text


_JOINED_NAMES = {"spacekey": "space key", "hyphen-minus": "hyphen"}
_JOINED = re.compile(r"(?i)(?<![\w-])(spacekey|hyphen-minus)(?![\w-])")


def _names_joined_off(text: str) -> str:
    """Names Whisper writes as one word: "spacekey", and Unicode's "hyphen-minus" (one -)."""
    return _JOINED.sub(lambda m: _JOINED_NAMES[m.group(1).lower()], text)


_TRY_AGAIN = re.compile(r"(?i)\b(?:let's|let me|lemme) try that again\b")


def _try_again_restarts(text: str) -> str:
    """ "let's try that again" starts over, as "scratch that" (not the lead-in "let's try")."""
    return _TRY_AGAIN.sub("scratch that", text)


_SPACE_KEY = re.compile(r"\bspace key\b(?=,? (\w+))?", re.I)
_STARTS_A_WORD = {"slash", "solidus", "forward", "tilde", "hyphen", "dash", "minus", "asterisk",
                  "star", "quote", "quotation", "apostrophe", "dollar", "backslash", "reverse"}
_GLUES_ON = {"dot", "period", "point", "underscore", "low", "colon", "equals", "equal"}


def _space_key_said(text: str) -> str:
    """ "space key" for the separator, from one who names the key ("cal space key test"):
    when most of the line's spaces are said so, each is a space and a "key" after it a word;
    else where every space is said so, or a symbol that starts a word follows ("space key
    solidus tmp"), unless "key" is glued to what follows ("space key dot pem")."""
    keys = _SPACE_KEY.findall(text)
    if not keys:
        return text
    spaces = len(re.findall(r"\bspace\b", text, re.I))
    if len(keys) >= 2 and 2 * len(keys) >= spaces:
        return _SPACE_KEY.sub(lambda m: m.group()[:5], text)

    def said(m: re.Match) -> str:
        after = (m.group(1) or "").lower()
        if after in _STARTS_A_WORD or len(keys) == spaces and after not in _GLUES_ON:
            return m.group()[:5]
        return m.group()
    return _SPACE_KEY.sub(said, text)


def _head_joined(text: str, tools: frozenset[str]) -> str:
    """In spoken protocol the words before the first "space" are one name: two or three
    that make a program's name are that program ("do as space …" doas, "what is space foo"
    whatis), not a lead-in or a question to leave out."""
    head, sep, rest = text.partition(" space ")
    words = head.split()
    if not sep or not 1 < len(words) < 4 or not all(w.isalnum() for w in words) or \
            all(len(w) == 1 for w in words):  # "d o t": letters, joined later
        return text
    name = "".join(words).lower().strip(",.")
    return f"{name}{sep}{rest}" if name in tools or name in COMMANDS else text


_PIPE_SAID = re.compile(r"(?i)\bpipe (?:(?:that|it|the output) )?(?:into|through)\b")
"""How a pipe is said in passing ("pipe that into tqdm"): the pipe, no prose to segment."""


def clean(text: str, tools: frozenset[str] = frozenset()) -> Cleaned:
    """Fillers, framing and self-corrections out; the rest as spoken, in the transcript's
    casing (bar a sentence's first capital). ``tools``: installed programs' names."""
    removed: list[str] = []
    text = _PIPE_SAID.sub("pipe", text)
    text = _head_joined(_space_key_said(_names_joined_off(_try_again_restarts(text))), tools)
    for said_around in (_noise_off, _paused_aside_off, _anyway_off, _em_off, _pauses_off,
                        _wrapped_off, _hedges_off, _word_again_off):
        text = said_around(text, removed)
    text, swapped = instead_of(text)
    text = _message_off(text, removed, tools)
    for said_around in (_comma_tag_off, _where_off, _what_for_off, _tail_clause_off, _step_off,
                        _set_off_markers, labels_off):
        text = said_around(text, removed)
    text, sudo_last = _sudo_afterwards(text)
    text, negated = _not_this(_SENTENCE_MARKER.sub(f" {NEW_SENTENCE} ",
                                                   spoken_hints(hyphenated(in_quotes(phonetic_letters(
                                                       trailed_off(cut_off(hyphens_heard(stutters_off(
                                                           confirmations_off(corrected_to(
                                                               slot_named_off(text)))))))))))))
    cased = _after_description(sentence_case_off(text), removed, tools)
    words = fix_subcommand(nato_letters(letters_heard(_article_off(_caps_after(heard_as(_intro_off(
        _words(" ".join(cased)), removed), tools)))), tools), tools)
    words, added = _drop_additions(words)
    words = _strip_phrases(words, FILLED_FRAMING, removed)  # before fillers eat "like"
    words = _strip_fillers(_restated_after_pause(_strip_asides(words, removed), removed),
                           removed)
    words = _strip_phrases(_strip_slot_framing(words, removed), FRAMING, removed,
                           tools=tools)  # as said
    words = _strip_phrases(words, TRAILING, removed, trailing=True)
    words, corrections, restarts = _apply_corrections(_digits_misheard(words), tools)
    words = [w for w in words if w != NEW_SENTENCE]  # one with nothing before it
    restarted = _restart(words)
    corrections += added + (restarted is not words) + negated + swapped
    restarts += restarted is not words
    words = restarted
    words = _strip_slot_framing(words, removed)
    words = _strip_phrases(words, FRAMING, removed, tools=tools)
    words = _strip_phrases(words, TRAILING, removed, trailing=True)
    if added:  # "oh and add main to the end", "and then five after that, almost forgot"
        words = _strip_phrases(words, ADDITION_TAILS, removed, trailing=True)
    words, echoed = _echo_off(_spoken_keys_off(words, cased, removed))
    words, repeated = _said_twice(words)
    repeated += echoed
    if sudo_last and words and words[0] != "sudo":
        words = ["sudo", *words]
    return Cleaned(" ".join(restore_case(cased, words)), removed, corrections + repeated,
                   restarts, swapped)


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
MAX_UNKNOWN_HEAD = 3  # words of an unknown tool kept before a known command word
HEAD_SYMBOLS = set(SYMBOL_WORDS) | {"semicolon"}  # "image point sif": a head said as dictation
_WRITTEN_MATERIAL = re.compile(r"--?[a-z0-9]|.*[a-z0-9]/|/")  # a flag or path Whisper wrote


def _dictated(words: list[str], j: int) -> bool:
    """A prose-looking word that is dictation: "I" or "a" starting a spelled name ("I two C
    get", "A W S"), or a word next to a spoken "space" or symbol ("rust up space run space
    foo", "G S T dash type find")."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    prev = words[j - 1] if j else ""
    if words[j] in ("i", "a") and (len(nxt) == 1 or nxt in NUMBER_WORDS):
        return True
    if len(prev) == 1 and len(nxt) == 1 and (prev + nxt).isalpha() and \
            not {prev, nxt} & {"i", "a"}:
        return True  # between spelled letters: "k run v m" (krunvm)
    if words[j] == "to" and (prev in NUMBER_WORDS or prev.isdigit() or len(prev) == 1 or (
            prev not in PROSE_BEFORE and 0 < len(prev) <= 4 and 0 < len(nxt) <= 4)):
        return True  # "two to three", "P I one to PPM", "PBM to M A C P": part of a name
    after = words[j + 2] if j + 2 < len(words) else ""
    if nxt in NUMBER_WORDS and words[j] not in FILLERS and (after == "space" or (
            words[j + 3:j + 4] == ["space"] and after.isalpha() and
            after not in NUMBER_WORDS and after not in PROSE_BEFORE)):
        return True  # "command one space pipe", "in two csv space": command1, in2csv
    return bool(({prev, nxt} & SYMBOL_NEIGHBOURS) and words[j] not in FILLERS)


def _protocol_start(words: list[str], tools: frozenset[str] = frozenset()) -> int | None:
    """Protocol style with prose before the command ("I'd run gource space dash dash
    title", "to show a variable G O space env"): the command is what follows the last prose
    word before the first spoken symbol, or, if that is a long run of words, the word or
    spelled letters right before the first "space". None when there is no such prose."""
    low = [w.lower() for w in words]
    if "space" not in low:
        return None
    first = low.index("space")
    lead = next((k for k, w in enumerate(low) if w in SYMBOL_NEIGHBOURS or w in QUOTES), first)
    prose = [j for j in range(lead) if low[j] in PROSE_BEFORE - {"i", "a"} and
             not _dictated(low, j)]
    if not prose:
        return None
    start = prose[-1] + 1
    installed = next((k for k in range(max(0, start - 4), start) if (
        k == 0 or low[k - 1] in PROSE_BEFORE) and len(name := _joined_name(
            low[k:first])) >= 4 and name in tools), None) if lead == first else None
    if installed is not None:  # "ascii to p g m space …": an installed asciitopgm said in
        return installed  # parts with no "space" between, not prose before a command
    if first - start > MAX_UNKNOWN_HEAD and lead == first:
        start = first - 1
        while start > 0 and _letter_or_number(low[start]) and _letter_or_number(low[start - 1]):
            start -= 1
    return start


def _joined_name(words: list[str]) -> str:
    """Words said with no "space" between, as one name ("k write config five")."""
    return "".join(str(UNITS[w]) if w in NUMBER_WORDS and UNITS[w] < 10 else w for w in words)


def _letter_or_number(word: str) -> bool:
    return len(word) == 1 or word in NUMBER_WORDS


def _units_said(words: list[str]) -> int:
    """Words, spelled letters in a row counting once ("kube C T L" is two)."""
    return sum(1 for j, w in enumerate(words)
               if not (len(w) == 1 and w.isalpha() and j and len(words[j - 1]) == 1 and
                       words[j - 1].isalpha()))


_SPELLING = CASE_WORDS | NUMBER_WORDS | {"small", "letter", "all"}


def _spelled_onto(head: list[str], words: list[str]) -> bool:
    """Letters, numbers and casing words said onto the command word with no "space" between,
    where the speaker says "space" ("small letter x one one docker space …": x11docker)."""
    return "space" in (w.lower() for w in words) and \
        all(len(b) == 1 or b in _SPELLING for b in head)


def _tool_then_verb(before: list[str], j: int) -> bool:
    """ "dotenvx run -f …": a verb after an unknown first word is that tool's subcommand,
    unless a command follows it ("simple, run unzip …")."""
    return j == 1 and len(before) > 2 and before[0].isalnum() and \
        before[0] not in PROSE_BEFORE and before[0] not in FILLERS and \
        before[1] in ("run", "exec", "start", "install")


def command_segment(text: str, tools: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(command words, prose words before them): the command starts at its first command
    word, unless the words before it are themselves dictation (an unknown tool, as in
    "zinit space cd ..." or "bun why htop"), which are kept; prose before stays out."""
    words = text.split()
    start = _protocol_start(words, tools)
    if start is not None:
        return " ".join(words[start:]), " ".join(words[:start])
    for i, w in enumerate(words):
        low = w.lower()
        if _is_command(low) or (i + 1 < len(words) and (low, words[i + 1].lower()) in
                                (("cube", "control"), ("kube", "control"))):
            before = [b.lower() for b in words[:i]]
            start = max((j + 1 for j, b in enumerate(before) if b in PROSE_BEFORE and
                         not _dictated([w.lower() for w in words], j) and
                         not _tool_then_verb(before, j)), default=0)
            said = _units_said(before) if start == 0 else i - start  # "D N F provides date"
            head = before[start:]
            if said > MAX_UNKNOWN_HEAD and not (SYMBOLISH | HEAD_SYMBOLS) & set(head) and \
                    not any(_WRITTEN_MATERIAL.match(b) for b in head) and \
                    not _spelled_onto(head, words):
                start = i  # a long run of plain words: not a tool's name
            return " ".join(words[start:]), " ".join(words[:start])
    return text, ""
