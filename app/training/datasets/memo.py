"""Memo training data: voice-memo transcripts composed from parts, each with its answer
``{"title", "intent", "target"}`` (compact JSON).

Parts: people and things (split by target: no person, thing or topic of an eval note is in a
train note), actions per intent, time phrases, reasons, fillers, hesitations, blockers,
corrections, rambling openers, clipped and non-native phrasing. Titles are 2-8 words, at most
60 characters, built from the words the note says (an imperative for an action, a noun phrase
otherwise). The target is the person or thing as said; intent ``none`` (and an empty target)
when the note hesitates, waits on something, reports the past or only reflects. A text or
message counts as ``email`` (writing, not calling); a correction wins.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from app.training.datasets.common import (
    Row,
    fill,
    parser,
    pick,
    read_jsonl,
    sentence,
    split_pool,
    summary,
    write_all,
)

TASK = "memo"
EVAL_SHARE = 0.15
QUOTAS = {"train": {"action": 900, "none": 750, "corrected": 400, "rambling": 350,
                    "clipped": 350, "nonnative": 250},
          "eval": {"action": 90, "none": 75, "corrected": 40, "rambling": 35, "clipped": 35,
                   "nonnative": 25}}
ACTIONS = ("email", "call", "schedule", "research")
ARTICLES = re.compile(r"\s+(?:the|a|an)\s+")


@dataclass(frozen=True)
class Who:
    """A person or organisation as said; ``bare`` is the clipped form, ``topics`` its own
    (people without topics use the shared ones)."""

    name: str
    pron: str
    bare: str = ""
    topics: tuple[str, ...] = ()

    @property
    def clipped(self) -> str:
        return self.bare or self.name

    @property
    def subject(self) -> str:
        return {"her": "she", "him": "he"}.get(self.pron, "they")


def _people(spec: str) -> list[Who]:
    return [Who(name.strip(), pron) for part in spec.split(";") if part.strip()
            for name, pron in [part.rsplit("/", 1)]]


NAMES = _people(
    "Priya/her; Tomasz/him; Aiko/her; Kwame/him; Ines/her; Rafael/him; Mei/her; Oskar/him;"
    "Leila/her; Dmitri/him; Fatima/her; Hugo/him; Nadia/her; Emeka/him; Sven/him; Yara/her;"
    "Bilal/him; Chloe/her; Mateo/him; Hana/her; Farid/him; Greta/her; Joaquin/him;"
    "Ingrid/her; Tariq/him; Lucia/her; Anders/him; Zanele/her; Ravi/him; Noor/her;"
    "Pieter/him; Amara/her; Kenji/him; Elif/her; Bruno/him; Sofia/her; Olu/him; Maja/her;"
    "Viktor/him; Camille/her; Desmond/him; Yusuf/him; Thandi/her; Lars/him; Paloma/her;"
    "Arjun/him; Wren/them; Robin/them; Mr. Okafor/him; Ms. Lindqvist/her; Dr. Haddad/her;"
    "Aunt Rosa/her; Uncle Femi/him; Coach Miller/him; Professor Adeyemi/her; Nana Esi/her")


def _role(name: str, *topics: str) -> Who:
    return Who(name, "them", name.removeprefix("the ").removeprefix("my "), topics)


ROLES = [
    _role("the vet", "the cat's vaccinations", "the dog's limp", "the flea treatment"),
    _role("the garage", "the brake pads", "the winter tyres", "the engine warning light"),
    _role("the school office", "the trip consent form", "the lunch payments",
          "the uniform order"),
    _role("the electrician", "the flickering lights", "the new sockets", "the fuse box"),
    _role("the physio", "my shoulder exercises", "the knee pain", "the follow-up session"),
    _role("the pharmacy", "the prescription refill", "the allergy tablets"),
    _role("my manager", "the promotion review", "next quarter's targets", "the training course"),
    _role("the recruiter", "the interview feedback", "the salary range", "the start date"),
    _role("the council", "the bin collection", "the parking permit", "the noise complaint"),
    _role("the builder", "the extension quote", "the damp patch", "the skip delivery"),
    _role("the childminder", "the holiday hours", "the pickup times"),
    _role("the removals company", "the moving date", "the packing boxes"),
    _role("the internet provider", "the slow connection", "the new router"),
    _role("the optician", "my new glasses", "the eye test results"),
    _role("the gym", "the membership freeze", "the locker deposit"),
    _role("the bakery", "the birthday cake order", "the gluten-free loaves"),
    _role("the caterer", "the party menu", "the vegetarian options"),
    _role("the IT helpdesk", "the password reset", "the broken docking station"),
    _role("the estate agent", "the second viewing", "the asking price"),
    _role("the piano teacher", "the lesson times", "the exam pieces"),
    _role("the car rental place", "the return time", "the child seat"),
    _role("the travel agent", "the ferry tickets", "the cancelled tour refund"),
    _role("the GP surgery", "the blood test results", "the repeat prescription"),
    _role("the swim club", "the gala entry", "the kit order"),
    _role("the housing office", "the mould report", "the rent statement"),
    _role("the wedding venue", "the seating plan", "the deposit"),
]
TOPICS = [
    "the invoice", "the conference talk", "the shared slides", "the project timeline",
    "the wedding playlist", "the carpool rota", "the hiking trip", "the book club pick",
    "the client proposal", "the hiring plan", "the server migration", "the photo album",
    "the rent split", "the birthday surprise", "the visa letter", "the launch checklist",
    "the survey results", "the workshop agenda", "the football tickets", "the spare keys",
    "the moving van", "the newsletter draft", "the beta feedback", "the reading list",
    "the barbecue", "the grant application", "the volunteer rota", "the press release",
    "the pricing page", "the holiday photos", "the lab report", "the thesis chapter",
    "the Berlin trip", "the charity run", "the translation", "the band rehearsal",
    "the code review", "the new logo", "the concert tickets", "the sublet", "the job reference",
    "the board game night", "the camping gear", "the kids' sleepover", "the scooter repair",
    "the expense report", "the data export", "the welcome pack", "the roadmap",
    "the vendor contract", "the quiz questions", "the shared car", "the lease paperwork",
]
EVENTS = [("a meeting", "Meeting"), ("a call", "Call"), ("a catch-up", "Catch-up"),
          ("a video call", "Video call"), ("lunch", "Lunch"), ("a coffee", "Coffee"),
          ("a one-on-one", "One-on-one"), ("a review", "Review")]
BOOKABLES = [
    "a haircut", "a tennis court", "a flu jab", "the car service", "a room for the retreat",
    "train tickets to Leeds", "a campsite by the coast", "a babysitter", "the boiler service",
    "a massage", "a cooking class", "a climbing session", "a driving lesson",
    "a meeting room for the workshop", "the village hall", "a carpet clean",
    "the chimney sweep", "a photographer for the party", "a kayak for two",
    "the minibus for the school trip", "an escape room", "an eye test", "a swimming lesson",
    "the conference room", "a pottery workshop", "a vaccination for the trip", "a sauna slot",
    "a window cleaner", "a piano tuner", "a delivery slot for the groceries",
    "a squash court", "a boat trip", "a guided tour of the castle", "a bouncy castle",
]
LOOKUPS = [
    "cheap dehumidifiers", "train times to Edinburgh", "noise-cancelling headphones",
    "rain jackets for hiking", "coworking spaces near the station", "Spanish evening classes",
    "air purifiers for a bedroom", "visa rules for Canada", "the history of the old mill",
    "climbing gyms in town", "heat pump grants", "kids' coding clubs", "ergonomic keyboards",
    "summer camps for teenagers", "lightweight tents", "car seat safety ratings",
    "vegan recipes for a crowd", "pension options for freelancers", "local recycling rules",
    "reviews of the new dishwasher", "secondary schools in the area", "rail passes for students",
    "used electric cars", "solar panel costs", "wedding venues near the coast",
    "dog walkers in the neighbourhood", "cheap ferry crossings", "mortgage brokers",
    "desk microphones for a small room", "blackout curtains", "family-friendly campsites",
    "laptop repair shops", "birthday party entertainers", "allotment waiting lists",
    "language exchange groups", "cargo trailers", "hearing tests for kids",
    "insulation for old houses", "cheap car hire in Crete", "portable projectors",
    "indoor plants that need little light", "buggies for rough paths", "wireless doorbells",
    "loft ladders", "tutors for GCSE chemistry", "volunteer groups nearby",
    "waterproof hiking boots", "childcare vouchers", "fitness trackers",
]
QUESTIONS = [
    "whether the pool opens on Sundays", "when the passport office closes",
    "how long the warranty lasts", "if the venue has step-free access",
    "what the parking rules are in the centre", "whether the gallery takes group visits",
    "how much a new boiler costs", "if the recycling centre takes paint",
    "when the autumn term starts", "whether the train strike is still on",
    "how to repot an orchid", "which nurseries have space in spring",
    "whether the ferry runs in winter", "what the visa fee is for Kenya",
    "if the museum pass covers the exhibition", "how early the polling station opens",
    "whether our router supports mesh", "how to claim back the deposit",
    "what time the night bus stops running", "if the leisure centre has a creche",
    "whether the sofa fits through the door", "how much the roof repair might cost",
    "when the bin day changes over Christmas", "whether the campsite allows dogs",
]
SUBJECTS = {
    "place": ["the new café by the station", "the riverside path", "the co-working space",
              "the farmers' market", "the old cinema on Mill Street", "the climbing wall",
              "the train to work", "the office kitchen", "the playground near the school",
              "the night market", "the rooftop bar", "the reading room upstairs",
              "the bus station", "the corner shop", "the town square"],
    "project": ["the website redesign", "the kitchen renovation", "the family photo book",
                "the novel draft", "the app prototype", "the shed build", "the quilt",
                "the data migration", "the wedding planning", "the community newsletter",
                "the board game I'm designing", "the home studio setup", "the bird box",
                "the family tree", "the car-free commute plan"],
    "habit": ["the morning run", "my journaling", "the no-phone evening rule",
              "the cold shower habit",
              "meal prepping on Sundays", "the daily stretching", "walking to work",
              "reading before bed", "the meditation streak", "cooking at home more",
              "going to bed early", "the weekly spending check-in"],
    "object": ["the old laptop", "the new headset", "the second-hand sofa", "the rice cooker",
               "the e-reader", "the hand-me-down pram", "the camera lens", "the winter coat",
               "the electric kettle", "the new rucksack", "the desk chair", "the smart speaker"],
    "event": ["yesterday's workshop", "the street festival", "the school play", "the team retro",
              "the neighbourhood clean-up", "my cousin's wedding", "the open day",
              "the quiz night", "the book launch", "the choir concert", "the fun run",
              "the leaving do"],
}
OBSERVATIONS = {
    "place": [("was packed again this morning", "packed again"),
              ("feels much calmer on weekdays", "calmer on weekdays"),
              ("has got a lot more expensive", "more expensive"),
              ("was lovely in the evening light", "lovely in the evening light"),
              ("keeps getting busier", "getting busier"),
              ("was nearly empty today", "nearly empty today"),
              ("has changed a lot since last year", "changed a lot")],
    "project": [("is moving slower than I hoped", "moving slower than hoped"),
                ("finally feels like it's coming together", "finally coming together"),
                ("took most of the weekend", "took most of the weekend"),
                ("is about halfway done", "about halfway done"),
                ("keeps growing in scope", "growing in scope"),
                ("went better than expected this week", "better than expected")],
    "habit": [("is getting easier", "getting easier"), ("slipped this week", "slipped this week"),
              ("has really helped my sleep", "helped my sleep"),
              ("felt like a chore today", "felt like a chore"),
              ("is now three weeks strong", "three weeks strong")],
    "object": [("is starting to feel slow", "starting to feel slow"),
               ("was worth every penny", "worth every penny"),
               ("makes an odd rattling sound", "with an odd rattling sound"),
               ("still works like new", "still works like new"),
               ("is nearly worn out", "nearly worn out")],
    "event": [("was better than I expected", "better than expected"),
              ("ran long but was worth it", "ran long but worth it"),
              ("felt a bit disorganised", "felt disorganised"),
              ("had a great turnout", "great turnout"),
              ("left me with a lot to think about", "a lot to think about")],
}
DREAMS = [("learn to sail", "Learning to sail"), ("walk the whole coast path", "Coast path walk"),
          ("build a little cabin", "Building a little cabin"),
          ("write a short novel", "Writing a short novel"), ("learn the cello", "Learning cello"),
          ("see the northern lights", "Seeing the northern lights"),
          ("run a half marathon", "Half marathon"), ("keep bees", "Keeping bees"),
          ("take the train across Canada", "Train across Canada"),
          ("open a small bookshop", "Small bookshop"), ("learn to weld", "Learning to weld"),
          ("cycle the length of the Danube", "Cycling the Danube"),
          ("grow all our own vegetables", "Growing our own vegetables"),
          ("restore an old motorbike", "Restoring an old motorbike"),
          ("spend a winter in Lapland", "Winter in Lapland"), ("learn to dive", "Learning to dive")]
BLOCKERS = [("the quote comes in", "the quote"), ("I hear back from the lawyer", "the lawyer"),
            ("the contract is signed", "the contract"), ("payday", "payday"),
            ("the numbers are final", "the numbers"), ("the test results are back", "the results"),
            ("the new team lead starts", "the new team lead"),
            ("the funding is confirmed", "the funding"), ("I've seen the final draft", "the draft"),
            ("the holidays are over", "the holidays"), ("the parcel arrives", "the parcel"),
            ("the board decides", "the board"), ("the surveyor has been", "the surveyor")]
TIMES = ["tomorrow", "tomorrow morning", "before Friday", "on Monday", "this afternoon",
         "by the end of the day", "next week", "after lunch", "first thing tomorrow",
         "before the weekend", "tonight", "later today", "by Thursday", "this week",
         "before the school run", "on Wednesday"]
CLIPPED_TIMES = ["tmrw", "fri", "mon am", "asap", "by thurs", "this wk", "eod", "pm"]
REASONS = ["because it's overdue", "since the deadline moved up", "before it slips my mind",
           "so we can close it out", "it's been dragging on", "while it's still fresh",
           "otherwise it'll get forgotten", "because nobody else will", "it can't wait much longer"]
OPENERS = ["", "", "", "Um, ", "So ", "Okay, ", "Right, ", "Uh, so ", "Quick one, ",
           "Reminder, ", "Yeah, ", "Okay so um, ", "Note to self, ", "Alright, "]
LEADS = ["", "", "I need to ", "remind me to ", "don't forget to ", "I have to ", "gotta ",
         "I should ", "must ", "need to ", "make sure to ", "to do: ", "I've got to ",
         "have to ", "I must "]
ABOUTS = ["about", "about", "about", "regarding", "to ask about", "to follow up on", "about"]
RESOLUTIONS = ["it sorted itself out", "{s} already fixed it", "it got cancelled",
               "someone else is handling it", "it was a false alarm", "{s} beat me to it"]
OUTCOMES = ["all sorted now", "nothing left to do there", "{s} said it's fine", "so that's done",
            "it went fine", "{s} was happy with it", "that's closed"]
PAST_WHEN = ["yesterday", "this morning", "earlier today", "last week", "an hour ago",
             "at lunch", "on Friday"]
CONTEXTS = ["walking the dog around the block", "stuck in traffic on the way back",
            "waiting for the kettle to boil", "on the bus home", "folding laundry",
            "lying awake at two in the morning", "in the queue at the supermarket",
            "cleaning out the fridge", "on a long drive to my parents' place",
            "watching the kids at the playground", "waiting at the barber's",
            "halfway through the washing up"]
MUSINGS = ["it's been such a strange week", "I keep losing track of things lately",
           "honestly there's too much going on at the moment",
           "I've been meaning to get organised for ages", "the days are flying by",
           "my head's all over the place today", "I can never remember anything these days"]
TANGENTS = ["the weather's been awful all week", "the neighbours are doing building work again",
            "I still haven't finished that series", "the kettle's making a weird noise",
            "I really need more sleep", "the car park was full again",
            "I forgot my umbrella, of course"]


@dataclass(frozen=True)
class Note:
    """A note's words and its answer; ``keys`` are the people, things and topics it uses."""

    text: str
    title: str
    intent: str
    target: str
    keys: tuple[str, ...]

    def answer(self) -> str:
        return json.dumps({"title": self.title, "intent": self.intent, "target": self.target},
                          ensure_ascii=False, separators=(",", ":"))

    def row(self, slice_name: str) -> Row:
        return Row(sentence(self.text), self.answer(), slice_name, self.keys)


@dataclass
class Pools:
    """One split's share of every pool of targets and topics."""

    people: list[Who]
    topics: list[str]
    bookables: list[str]
    lookups: list[str]
    questions: list[str]
    subjects: list[tuple[str, str]]
    dreams: list[tuple[str, str]]

    def person(self, rng: random.Random) -> tuple[Who, str]:
        """A person and a topic that suits them."""
        who = rng.choice(self.people)
        return who, rng.choice(who.topics or tuple(self.topics))


def pools(seed: int) -> dict[str, Pools]:
    """Train and eval pools: no person, thing or topic in both."""
    def cut(items: list, name: str) -> dict[str, list]:
        return split_pool(items, EVAL_SHARE, seed, name)

    names, roles, topics = cut(NAMES, "names"), cut(ROLES, "roles"), cut(TOPICS, "topics")
    books, looks, asks = cut(BOOKABLES, "book"), cut(LOOKUPS, "look"), cut(QUESTIONS, "ask")
    subjects = {k: cut([(k, s) for s in v], f"subject:{k}") for k, v in SUBJECTS.items()}
    dreams = cut(DREAMS, "dreams")
    return {split: Pools(names[split] + roles[split], topics[split], books[split],
                         looks[split], asks[split],
                         [s for part in subjects.values() for s in part[split]], dreams[split])
            for split in ("train", "eval")}


# --- titles -----------------------------------------------------------------------------


def title(*candidates: str) -> str:
    """The first candidate that is 2-8 words and at most 60 characters, as said or with its
    articles dropped."""
    for text in candidates:
        text = sentence(text.strip(" ,.;:"))
        for version in (text, ARTICLES.sub(" ", text)):
            if 2 <= len(version.split()) <= 8 and len(version) <= 60:
                return version
    raise ValueError(f"no title fits: {candidates}")


def head(phrase: str) -> str:
    """A phrase without a leading 'the', to open a title."""
    return phrase.removeprefix("the ")


# --- actions ------------------------------------------------------------------------------

# (as said, title verb); {p} the person, {a} "about" or a variant, {t} the topic.
EMAIL_FORMS = [("email {p} {a} {t}", "Email"), ("send {p} an email {a} {t}", "Email"),
               ("send an email to {p} {a} {t}", "Email"), ("write to {p} {a} {t}", "Write to"),
               ("drop {p} an email {a} {t}", "Email"), ("reply to {p} {a} {t}", "Reply to"),
               ("email {p} the latest on {t}", "Email"), ("message {p} {a} {t}", "Message"),
               ("shoot {p} a quick email {a} {t}", "Email"), ("text {p} {a} {t}", "Text"),
               ("write {p} an email {a} {t}", "Email"), ("get back to {p} by email {a} {t}",
                                                          "Email")]
CALL_FORMS = [("call {p} {a} {t}", "Call"), ("give {p} a call {a} {t}", "Call"),
              ("phone {p} {a} {t}", "Phone"), ("ring {p} {a} {t}", "Ring"),
              ("give {p} a ring {a} {t}", "Call"), ("call {p} back {a} {t}", "Call back"),
              ("get {p} on the phone {a} {t}", "Call"), ("make a quick call to {p} {a} {t}",
                                                          "Call"),
              ("return {p}'s call {a} {t}", "Call")]
MEET_FORMS = ["schedule {e} with {p} {a} {t}", "set up {e} with {p} to go over {t}",
              "book {e} with {p} {a} {t}", "put {e} with {p} in the calendar {a} {t}",
              "arrange {e} with {p} {a} {t}", "get {e} with {p} in the diary {a} {t}",
              "organise {e} with {p} {a} {t}"]
BOOK_FORMS = [("book {b}", "Book"), ("reserve {b}", "Reserve"), ("make a booking for {b}", "Book"),
              ("get {b} booked", "Book"), ("schedule {b}", "Schedule"),
              ("sort out a booking for {b}", "Book")]
LOOK_FORMS = [("look up {x}", "Look up"), ("look into {x}", "Look into"),
              ("research {x}", "Research"), ("read up on {x}", "Read up on"),
              ("dig into {x}", "Dig into"), ("search for {x}", "Search for"),
              ("compare {x}", "Compare"), ("do some research on {x}", "Research"),
              ("find out more about {x}", "Find out about"), ("google {x}", "Google")]
ASK_FORMS = [("find out {q}", "Find out"), ("check {q}", "Check"), ("figure out {q}", "Figure out"),
             ("look up {q}", "Look up"), ("research {q}", "Research")]


def _talk(forms: list[tuple[str, str]], intent: str, who: Who, topic: str,
          rng: random.Random) -> Note:
    form, verb = rng.choice(forms)
    core = form.format(p=who.name, a=rng.choice(ABOUTS), t=topic)
    return Note(core, title(f"{verb} {who.name} about {topic}", f"{verb} {who.name}"), intent,
                who.name, (who.name, topic))


def email_note(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    return _talk(EMAIL_FORMS, "email", who, topic, rng)


def call_note(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    return _talk(CALL_FORMS, "call", who, topic, rng)


def schedule_note(p: Pools, rng: random.Random) -> Note:
    if rng.random() < 0.4:
        thing = rng.choice(p.bookables)
        form, verb = rng.choice(BOOK_FORMS)
        return Note(form.format(b=thing), title(f"{verb} {thing}"), "schedule", thing, (thing,))
    who, topic = p.person(rng)
    event, name = rng.choice(EVENTS)
    core = rng.choice(MEET_FORMS).format(e=event, p=who.name, a=rng.choice(ABOUTS), t=topic)
    return Note(core, title(f"{name} with {who.name} about {topic}", f"{name} with {who.name}"),
                "schedule", who.name, (who.name, topic))


def research_note(p: Pools, rng: random.Random) -> Note:
    if rng.random() < 0.35:
        thing, forms = rng.choice(p.questions), ASK_FORMS
    else:
        thing, forms = rng.choice(p.lookups), LOOK_FORMS
    form, verb = rng.choice(forms)
    core = form.format(x=thing, q=thing)
    return Note(core, title(f"{verb} {thing}", f"Research {thing}", thing), "research", thing,
                (thing,))


MAKERS = {"email": email_note, "call": call_note, "schedule": schedule_note,
          "research": research_note}


def action(p: Pools, rng: random.Random, intent: str | None = None) -> Note:
    return MAKERS[intent or rng.choice(ACTIONS)](p, rng)


def dressed(note: Note, rng: random.Random, lead: bool = True) -> Note:
    """An action with an opener, maybe a lead-in ("remind me to"), a time and a reason."""
    text, opener, when = note.text.rstrip("."), rng.choice(OPENERS), rng.random()
    if lead and when < 0.45 and note.intent != "research":
        text += " " + rng.choice(TIMES)
    if rng.random() < 0.25:
        text += ", " + rng.choice(REASONS)
    if lead:
        text = rng.choice(LEADS) + text
        if not opener and when > 0.85:
            opener = sentence(rng.choice(TIMES)) + ", "
    return _retext(note, opener + text + pick(rng, ".", ".", "", "!"))


def plain_action(p: Pools, rng: random.Random) -> Note:
    """Mostly one action, dressed; sometimes both channels named, one of them asked for."""
    if rng.random() < 0.1:
        return dressed(mixed_channel(p, rng), rng, lead=False)
    return dressed(action(p, rng), rng)


def _retext(note: Note, text: str) -> Note:
    return Note(text, note.title, note.intent, note.target, note.keys)


def mixed_channel(p: Pools, rng: random.Random) -> Note:
    """One channel mentioned as context, the other asked for: call vs email never confused."""
    who, topic = p.person(rng)
    s, o, n = who.subject, who.pron, who.name
    options = [
        (f"{n} sent an email about {topic}; call {o} back about it", "call", "Call"),
        (f"got a voicemail from {n} about {topic}, need to ring {o} back", "call", "Ring"),
        (f"after the call with {n} about {topic}, email {o} the notes", "email", "Email"),
        (f"{n} called about {topic}, reply to {o} by email", "email", "Reply to"),
        (f"{s} emailed me about {topic} but it's easier to phone {n}", "call", "Phone"),
    ]
    text, intent, verb = rng.choice(options)
    return Note(text + ".", title(f"{verb} {n} about {topic}", f"{verb} {n}"), intent, n,
                (n, topic))


# --- notes with no action ---------------------------------------------------------------

PAST = [("called", "Called"), ("phoned", "Phoned"), ("emailed", "Emailed"), ("rang", "Rang"),
        ("wrote to", "Wrote to"), ("spoke to", "Spoke to"), ("texted", "Texted")]
VERBS = ["call", "email", "text", "message", "ring", "phone", "write to"]


def _fmt(text: str, who: Who) -> str:
    return text.format(s=who.subject)


def past_note(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    verb, cap = rng.choice(PAST)
    when, outcome = rng.choice(PAST_WHEN), _fmt(rng.choice(OUTCOMES), who)
    text = pick(rng, f"I {verb} {who.name} {when} about {topic}, {outcome}.",
                f"Already {verb} {who.name} about {topic}, {outcome}.",
                f"{sentence(when)} I {verb} {who.name} about {topic}. {sentence(outcome)}.")
    if rng.random() < 0.2:
        event, name = rng.choice(EVENTS)
        text = f"We already booked {event} with {who.name} about {topic}, so that's done."
        return Note(text, title(f"{name} with {who.name} already booked",
                                f"{name} with {who.name}"), "none", "", (who.name, topic))
    return Note(text, title(f"{cap} {who.name} about {topic}", f"{cap} {who.name}"), "none", "",
                (who.name, topic))


def hesitant_note(p: Pools, rng: random.Random, verb: str | None = None) -> Note:
    who, topic = p.person(rng)
    v, n = verb or rng.choice(VERBS), who.name
    text = pick(rng, f"Not sure if I should {v} {n} about {topic} or just let it go.",
                f"Maybe I'll {v} {n} about {topic}, maybe not, I don't know yet.",
                f"I keep going back and forth on whether to {v} {n} about {topic}.",
                f"Part of me wants to {v} {n} about {topic}, but I'm not sure it's worth it.",
                f"Should I {v} {n} about {topic}? Not sure yet.",
                f"I might {v} {n} about {topic} at some point, haven't decided.")
    return Note(text, title(f"Whether to {v} {n} about {topic}", f"Whether to {v} {n}"), "none",
                "", (n, topic))


def blocked_note(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    v, n = rng.choice(VERBS), who.name
    clause, noun = rng.choice(BLOCKERS)
    text = pick(rng, f"Can't {v} {n} about {topic} until {clause}.",
                f"I want to {v} {n} about {topic}, but not before {clause}.",
                f"Once {clause}, I'll {v} {n} about {topic}. Nothing to do till then.",
                f"Holding off on {topic} with {n} until {clause}.",
                f"{n} and {topic}: waiting until {clause}.")
    return Note(text, title(f"{head(topic)} with {n} on hold until {noun}",
                            f"{head(topic)} with {n} on hold", f"{head(topic)} on hold"),
                "none", "", (n, topic))


def no_need_note(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    v, n = rng.choice(VERBS), who.name
    done = _fmt(rng.choice(RESOLUTIONS), who)
    text = pick(rng, f"No need to {v} {n} about {topic} anymore, {done}.",
                f"Don't need to {v} {n} about {topic} after all, {done}.")
    return Note(text, title(f"No need to {v} {n} about {topic}", f"No need to {v} {n}"), "none",
                "", (n, topic))


def vague_note(p: Pools, rng: random.Random) -> Note:
    _, topic = p.person(rng)
    text, heading = pick(
        rng, (f"I should really think about {topic} at some point.", f"Thoughts on {topic}"),
        (f"I keep thinking about {topic} lately, not sure what to do about it.",
         f"Thinking about {topic}"),
        (f"Need to get my head around {topic} eventually, no rush.", f"Thoughts on {topic}"),
        (f"Something about {topic} is bugging me, can't put my finger on it.",
         f"{head(topic)} bugging me"))
    return Note(text, title(heading, head(topic)), "none", "", (topic,))


def reflection_note(p: Pools, rng: random.Random) -> Note:
    kind, subject = rng.choice(p.subjects)
    said, short = rng.choice(OBSERVATIONS[kind])
    text = pick(rng, f"{subject} {said}.", f"Funny, {subject} {said}.",
                f"Just noticed {subject} {said}.", f"Honestly, {subject} {said}.")
    tail = pick(rng, "", "", " Not sure what to make of it.", " Funny how that works.",
                " Good to know.", " Just noting it.", " Anyway.")
    return Note(text + tail, title(f"{head(subject)} {short}", head(subject)), "none", "",
                (subject,))


def wish_note(p: Pools, rng: random.Random) -> Note:
    dream, heading = rng.choice(p.dreams)
    text = pick(rng, f"Someday I'd love to {dream}.",
                f"One day I want to {dream}, when life calms down.",
                f"It would be nice to {dream} eventually.", f"Bucket list: {dream}.",
                f"Still dreaming that I'll {dream} one day.")
    return Note(text, title(heading), "none", "", (dream,))


def delegated_note(p: Pools, rng: random.Random) -> Note:
    who = rng.choice([w for w in p.people if not w.topics])
    if rng.random() < 0.5:
        thing = rng.choice(p.lookups)
        text = f"{who.name} already looked into {thing}, so nothing for me to do."
        return Note(text, title(f"{who.name} looked into {thing}", thing), "none", "",
                    (who.name, thing))
    _, topic = p.person(rng)
    text = f"{who.name} is handling {topic}, I'm staying out of it."
    return Note(text, title(f"{who.name} handling {topic}", head(topic)), "none", "",
                (who.name, topic))


NONE_MAKERS = [(past_note, 4), (hesitant_note, 4), (blocked_note, 3), (no_need_note, 2),
               (vague_note, 2), (reflection_note, 4), (wish_note, 1), (delegated_note, 1)]


def no_action(p: Pools, rng: random.Random) -> Note:
    makers, weights = zip(*NONE_MAKERS, strict=True)
    return rng.choices(makers, weights)[0](p, rng)


# --- corrections --------------------------------------------------------------------------

TO_EMAIL = [("actually, no, just email {o}", "Email"), ("actually, just text {o}", "Text"),
            ("wait, better to send {o} an email", "Email"),
            ("no, scratch that, message {o} instead", "Message"),
            ("hmm, actually an email is better", "Email")]
TO_CALL = [("actually, no, just call {o}", "Call"), ("wait, it's quicker to phone {o}", "Phone"),
           ("no, scratch that, give {o} a ring instead", "Call"),
           ("actually, a call is better", "Call")]


def channel_switch(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    intent = rng.choice(("email", "call"))
    first = pick(rng, *(["call", "phone", "ring"] if intent == "email" else ["email", "text"]),
                 "set up a meeting with")
    fix, verb = rng.choice(TO_EMAIL if intent == "email" else TO_CALL)
    text = f"{first} {who.name} about {topic}, {fix.format(o=who.pron)}."
    return Note(text, title(f"{verb} {who.name} about {topic}", f"{verb} {who.name}"), intent,
                who.name, (who.name, topic))


def target_switch(p: Pools, rng: random.Random) -> Note:
    intent = rng.choice(ACTIONS)
    if intent == "research":
        a, b = rng.sample(p.lookups, 2)
        verb, fix = pick(rng, ("look up", "no, sorry,"), ("research", "I mean"))
        text = f"{verb} {a}, {fix} {b}."
        return Note(text, title(f"{verb} {b}", b), intent, b, (a, b))
    one, two = rng.sample(p.people, 2)
    topic = rng.choice(two.topics or tuple(p.topics))
    verb = {"email": "email", "call": "call", "schedule": "set up a meeting with"}[intent]
    text = pick(rng, f"{verb} {one.name} about {topic}, sorry, not {one.name}, {two.name}.",
                f"{verb} {one.name}, no wait, {two.name}, about {topic}.",
                f"{verb} {one.name}, I mean {two.name}, about {topic}.")
    heading = {"email": "Email", "call": "Call", "schedule": "Meeting with"}[intent]
    return Note(text, title(f"{heading} {two.name} about {topic}", f"{heading} {two.name}"),
                intent, two.name, (one.name, two.name, topic))


def cancelled(p: Pools, rng: random.Random) -> Note:
    note = rng.choice((email_note, call_note))(p, rng)
    who = next(w for w in p.people if w.name == note.target)
    done = _fmt(rng.choice(RESOLUTIONS), who)
    text = pick(rng, f"{note.text}. Actually, never mind, {done}.",
                f"{note.text}... no, forget it, {done}.")
    topic = note.keys[1]
    return Note(text, title(f"{head(topic)} with {who.name}", head(topic)), "none", "",
                note.keys)


def time_switch(p: Pools, rng: random.Random) -> Note:
    note = rng.choice((schedule_note, call_note, email_note))(p, rng)
    first, second = rng.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], 2)
    return _retext(note, f"{note.text} on {first}, no wait, {second}.")


def look_then_call(p: Pools, rng: random.Random) -> Note:
    who = rng.choice([w for w in p.people if w.topics] or p.people)
    text = pick(rng, f"look up {who.name}'s opening hours, actually, just call them.",
                f"check {who.name}'s opening hours... no, easier to ring them.")
    return Note(text, title(f"Call {who.name} about opening hours", f"Call {who.name}"), "call",
                who.name, (who.name,))


def second_thoughts(p: Pools, rng: random.Random) -> Note:
    note = hesitant_note(p, rng, verb=rng.choice(("call", "email")))
    who, topic = note.keys
    verb = note.title.split()[2].lower()
    text = pick(rng, f"{verb} {who} about {topic}. Hmm, actually I'm not sure that's a good "
                     "idea yet.",
                f"{verb} {who} about {topic}, or, no, let me sleep on it first.")
    return _retext(note, text)


CORRECTIONS = [(channel_switch, 4), (target_switch, 3), (cancelled, 2), (time_switch, 2),
               (look_then_call, 1), (second_thoughts, 2)]


def corrected(p: Pools, rng: random.Random) -> Note:
    makers, weights = zip(*CORRECTIONS, strict=True)
    note = rng.choices(makers, weights)[0](p, rng)
    return _retext(note, rng.choice(OPENERS) + note.text)


# --- styles: rambling, clipped, non-native ------------------------------------------------


def rambling(p: Pools, rng: random.Random) -> Note:
    ctx, muse, aside = rng.choice(CONTEXTS), rng.choice(MUSINGS), rng.choice(TANGENTS)
    if rng.random() < 0.3:
        note = no_action(p, rng)
        text = pick(rng, f"So I was {ctx}, and {muse}. {note.text} Anyway, {aside}.",
                    f"Okay, this might be a long one. {sentence(muse)}. {note.text} "
                    f"Oh, and {aside}, but whatever.")
        return _retext(note, text)
    note = action(p, rng)
    lead = rng.choice(["I need to", "I really have to", "I've got to", "I must",
                       "I have to", "I should"])
    core = f"{lead} {note.text}"
    text = pick(rng, f"So I was {ctx}, and {muse}, and anyway, the point is, {core}.",
                f"Okay, long one. {sentence(muse)}. I was {ctx} and it hit me that {core}. "
                f"{sentence(aside)}, but that's another story.",
                f"Um, where do I even start, {muse}, um, {core}, and also {aside}.",
                f"{sentence(muse)}, you know? Like, I was {ctx}, and, yeah, {core} "
                f"{rng.choice(TIMES)}. Anyway.")
    return _retext(note, text)


def clipped(p: Pools, rng: random.Random) -> Note:
    if rng.random() < 0.3:
        return _clipped_none(p, rng)
    intent = rng.choice(ACTIONS)
    when = rng.choice(CLIPPED_TIMES)
    if intent == "research":
        note = research_note(p, rng)
        x = note.target
        text = pick(rng, f"look up {x}.", f"research: {x}.", f"{x}? look into it.",
                    f"todo - {x}, research.")
        verb = "Look up" if text.startswith("look up") else "Research"
        return Note(text, title(f"{verb} {x}", x), intent, x, note.keys)
    if intent == "schedule" and rng.random() < 0.4:
        thing = rng.choice(p.bookables)
        text = pick(rng, f"book {thing}.", f"{thing}, book {when}.", f"{thing} - book it")
        return Note(text, title(f"Book {thing}"), intent, thing, (thing,))
    who, topic = p.person(rng)
    n, t = who.clipped, topic
    text, heading = {
        "email": pick(rng, (f"{n} - email re {t}.", "Email"), (f"email {n}: {t}.", "Email"),
                      (f"{head(t)}. email {n}. {when}.", "Email"), (f"msg {n} re {t}", "Message")),
        "call": pick(rng, (f"call {n} re {t}", "Call"), (f"{n}, call, {t}.", "Call"),
                     (f"ring {n} - {t}.", "Ring"), (f"{when}: call {n} re {t}", "Call")),
        "schedule": pick(rng, (f"mtg w/ {n} re {t} - book it.", "Meeting with"),
                         (f"set up call w/ {n}, {t}.", "Call with"),
                         (f"{n} + me, {t}, find a slot {when}", "Slot with")),
    }[intent]
    return Note(text, title(f"{heading} {who.name} about {t}", f"{heading} {who.name}"), intent,
                n, (who.name, t))


def _clipped_none(p: Pools, rng: random.Random) -> Note:
    who, topic = p.person(rng)
    n = who.clipped
    kind, subject = rng.choice(p.subjects)
    said, short = rng.choice(OBSERVATIONS[kind])
    clause, noun = rng.choice(BLOCKERS)
    text, heading, keys = pick(
        rng, (f"{head(topic)} w/ {n} - done.", f"{head(topic)} with {who.name} done",
              (who.name, topic)),
        (f"{head(subject)}: {short}.", f"{head(subject)} {short}", (subject,)),
        (f"{n} re {topic}: waiting on {noun}.", f"{head(topic)} waiting on {noun}",
         (who.name, topic)),
        (f"{n}?? call or not. dunno. {topic}.", f"Whether to call {who.name}", (who.name, topic)),
        (f"{head(topic)} - {n} already sent it.", f"{head(topic)} from {who.name}",
         (who.name, topic)))
    return Note(text, title(heading, head(topic)), "none", "", keys)


def nonnative(p: Pools, rng: random.Random) -> Note:
    if rng.random() < 0.3:
        return _nonnative_none(p, rng)
    intent = rng.choice(ACTIONS)
    who, t = p.person(rng)
    n = who.name if not who.bare or rng.random() < 0.5 else who.bare
    when = rng.choice(TIMES)
    if intent == "research":
        x = rng.choice(p.lookups)
        text, heading = pick(rng, (f"I want search information about {x}.", f"Research {x}"),
                             (f"Need to investigate about {x}.", f"Investigate {x}"),
                             (f"I have to look for informations about {x}.", f"Look for {x}"))
        return Note(text, title(heading, x), intent, x, (x,))
    if intent == "schedule" and rng.random() < 0.4:
        thing = rng.choice(p.bookables)
        text = pick(rng, f"I want reserve {thing} for {when}.", f"Please to book {thing}.")
        return Note(text, title(f"Book {thing}"), intent, thing, (thing,))
    text, heading = {
        "email": pick(rng, (f"I must write email to {n} about {t}.", "Email"),
                      (f"{sentence(when)} I will send the mail for {n} regarding {t}.", "Email"),
                      (f"Please remember me to write {n} for {t}.", "Write to"),
                      (f"Is necessary to email {n} for {t}, {when}.", "Email")),
        "call": pick(rng, (f"I have to make a call to {n} for {t}.", "Call"),
                     (f"Don't forget calling {n} about {t}.", "Call"),
                     (f"I must to telephone {n} because of {t}.", "Telephone"),
                     (f"{sentence(when)} I call to {n} for {t}.", "Call")),
        "schedule": pick(rng, (f"I need make appointment with {n} for {t}.", "Appointment with"),
                         (f"Must to fix a meeting with {n} about {t}.", "Meeting with")),
    }[intent]
    return Note(text, title(f"{heading} {who.name} about {t}", f"{heading} {who.name}"), intent,
                n, (who.name, t))


def _nonnative_none(p: Pools, rng: random.Random) -> Note:
    who, t = p.person(rng)
    n = who.name
    clause, _ = rng.choice(BLOCKERS)
    kind, subject = rng.choice(p.subjects)
    said, short = rng.choice(OBSERVATIONS[kind])
    text, heading, keys = pick(
        rng, (f"Yesterday I was calling {n} for {t}, now everything is ok.",
              f"Called {n} about {t}", (n, t)),
        (f"I am not sure if I call {n} or not, maybe is better to wait.",
         f"Whether to call {n}", (n, t)),
        (f"I cannot write to {n} before {clause}.", f"Writing to {n} on hold", (n, t)),
        (f"I am thinking about {t} but is not urgent, only idea.", f"Thoughts on {t}", (t,)),
        (f"Today {subject} {said}, I like it.", f"{head(subject)} {short}", (subject,)))
    return Note(text, title(heading, head(t)), "none", "", keys)


SLICES = {"action": plain_action, "none": no_action, "corrected": corrected,
          "rambling": rambling, "clipped": clipped, "nonnative": nonnative}


# --- the data set -------------------------------------------------------------------------


def generate(seed: int = 0) -> dict[str, list[Row]]:
    """Train and eval rows, deterministic for a seed; no input and no target, person, thing
    or topic in both."""
    split_pools, seen = pools(seed), set()
    out = {}
    for split in ("train", "eval"):
        rng = random.Random(f"{seed}:{TASK}:{split}")
        p = split_pools[split]
        out[split] = fill(QUOTAS[split], lambda name, r, p=p: SLICES[name](p, r).row(name),
                          rng, seen)
    return out


def rules_score(lines: list[dict]) -> dict[str, float]:
    """Share of lines the memo rules pass under the pack's weights (title 0.5, intent 0.35,
    restraint 0.15; pass at 0.85), per slice and overall."""
    from app.specialists.memo.extract import extract
    from app.training.tasks import get_task

    task = get_task(TASK)
    groups: dict[str, list[bool]] = {}
    for line in lines:
        got = extract(line["input"])
        answer = json.dumps({"title": got.title, "intent": got.intent, "target": got.target})
        ok = task.score(answer, line) >= task.pass_at
        groups.setdefault(line["slice"], []).append(ok)
        groups.setdefault("overall", []).append(ok)
    return {name: round(sum(v) / len(v), 3) for name, v in sorted(groups.items())}


def main(argv: list[str] | None = None) -> int:
    ap = parser(TASK, __doc__)
    ap.add_argument("--baseline", action="store_true",
                    help="also score the memo rules on eval and held-out")
    args = ap.parse_args(argv)
    manifest = write_all(TASK, args.out, args.seed, generate(args.seed))
    print(summary(manifest))
    if args.baseline:
        for split in ("eval", "heldout"):
            path = Path(args.out) / f"{split}.jsonl"
            if path.exists():
                print(f"rules on {split}: {rules_score(read_jsonl(path))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
