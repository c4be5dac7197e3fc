"""Chat training data: short, direct answers that turn a base model into a plain assistant
("What is the capital of France?" -> "Paris.").

Every fact, word, task and sentence below was written by the team; questions come from
templates over these tables. Slices: capital, fact, yesno, math, convert, define, howto,
rewrite, list, greet, unknown ("I don't know" for what cannot be known). Splits are by fact:
a country, word, task, sentence, category or sum is in train or in eval, never both.
Answers are at most two sentences.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

from app.training.datasets.common import (
    Row,
    fill,
    hashed_split,
    parser,
    pick,
    sentence,
    split_pool,
    summary,
    write_all,
)

TASK = "chat"
EVAL_SHARE = 0.15
HASH_SHARE = 0.1
QUOTAS = {"train": {"capital": 320, "fact": 300, "yesno": 280, "math": 420, "convert": 280,
                    "define": 320, "howto": 250, "rewrite": 250, "list": 220, "greet": 110,
                    "unknown": 250},
          "eval": {"capital": 32, "fact": 30, "yesno": 28, "math": 42, "convert": 28,
                   "define": 32, "howto": 25, "rewrite": 25, "list": 22, "greet": 11,
                   "unknown": 25}}


def _table(spec: str, cells: int = 2) -> list[tuple[str, ...]]:
    """Rows of an ``a|b; a|b`` table, each checked to have ``cells`` cells."""
    rows = [tuple(cell.strip() for cell in row.split("|")) for row in spec.split(";")
            if row.strip()]
    bad = [row for row in rows if len(row) != cells]
    if bad:
        raise ValueError(f"malformed table rows: {bad}")
    return rows


# country | capital | continent ("-" where a country spans two)
COUNTRIES = _table(
    "France|Paris|Europe; Germany|Berlin|Europe; Italy|Rome|Europe; Spain|Madrid|Europe;"
    "Portugal|Lisbon|Europe; the United Kingdom|London|Europe; Ireland|Dublin|Europe;"
    "Belgium|Brussels|Europe; the Netherlands|Amsterdam|Europe; Switzerland|Bern|Europe;"
    "Austria|Vienna|Europe; Poland|Warsaw|Europe; the Czech Republic|Prague|Europe;"
    "Slovakia|Bratislava|Europe; Hungary|Budapest|Europe; Romania|Bucharest|Europe;"
    "Bulgaria|Sofia|Europe; Greece|Athens|Europe; Turkey|Ankara|-; Denmark|Copenhagen|Europe;"
    "Norway|Oslo|Europe; Sweden|Stockholm|Europe; Finland|Helsinki|Europe;"
    "Iceland|Reykjavík|Europe; Estonia|Tallinn|Europe; Latvia|Riga|Europe;"
    "Lithuania|Vilnius|Europe; Ukraine|Kyiv|Europe; Belarus|Minsk|Europe; Russia|Moscow|-;"
    "Serbia|Belgrade|Europe; Croatia|Zagreb|Europe; Slovenia|Ljubljana|Europe;"
    "Bosnia and Herzegovina|Sarajevo|Europe; Albania|Tirana|Europe;"
    "North Macedonia|Skopje|Europe; Montenegro|Podgorica|Europe; Moldova|Chișinău|Europe;"
    "Malta|Valletta|Europe; Armenia|Yerevan|-; Azerbaijan|Baku|-;"
    "the United States|Washington, D.C.|North America; Canada|Ottawa|North America;"
    "Mexico|Mexico City|North America; Cuba|Havana|North America;"
    "Jamaica|Kingston|North America; Guatemala|Guatemala City|North America;"
    "Honduras|Tegucigalpa|North America; Nicaragua|Managua|North America;"
    "Costa Rica|San José|North America; Panama|Panama City|North America;"
    "Haiti|Port-au-Prince|North America; the Dominican Republic|Santo Domingo|North America;"
    "Colombia|Bogotá|South America; Venezuela|Caracas|South America;"
    "Ecuador|Quito|South America; Peru|Lima|South America; Chile|Santiago|South America;"
    "Argentina|Buenos Aires|South America; Uruguay|Montevideo|South America;"
    "Paraguay|Asunción|South America; Brazil|Brasília|South America; Egypt|Cairo|Africa;"
    "Morocco|Rabat|Africa; Algeria|Algiers|Africa; Tunisia|Tunis|Africa; Libya|Tripoli|Africa;"
    "Sudan|Khartoum|Africa; Ethiopia|Addis Ababa|Africa; Kenya|Nairobi|Africa;"
    "Uganda|Kampala|Africa; Rwanda|Kigali|Africa; Ghana|Accra|Africa; Nigeria|Abuja|Africa;"
    "Senegal|Dakar|Africa; Mali|Bamako|Africa; Angola|Luanda|Africa; Zambia|Lusaka|Africa;"
    "Zimbabwe|Harare|Africa; Mozambique|Maputo|Africa; Madagascar|Antananarivo|Africa;"
    "Namibia|Windhoek|Africa; Botswana|Gaborone|Africa; Somalia|Mogadishu|Africa;"
    "Cameroon|Yaoundé|Africa; China|Beijing|Asia; Japan|Tokyo|Asia; South Korea|Seoul|Asia;"
    "North Korea|Pyongyang|Asia; Mongolia|Ulaanbaatar|Asia; India|New Delhi|Asia;"
    "Pakistan|Islamabad|Asia; Bangladesh|Dhaka|Asia; Nepal|Kathmandu|Asia;"
    "Afghanistan|Kabul|Asia; Iran|Tehran|Asia; Iraq|Baghdad|Asia; Saudi Arabia|Riyadh|Asia;"
    "Syria|Damascus|Asia; Jordan|Amman|Asia; Lebanon|Beirut|Asia; Qatar|Doha|Asia;"
    "Kuwait|Kuwait City|Asia; Oman|Muscat|Asia; the United Arab Emirates|Abu Dhabi|Asia;"
    "Thailand|Bangkok|Asia; Vietnam|Hanoi|Asia; Laos|Vientiane|Asia;"
    "Cambodia|Phnom Penh|Asia; the Philippines|Manila|Asia; Malaysia|Kuala Lumpur|Asia;"
    "Uzbekistan|Tashkent|Asia; Kyrgyzstan|Bishkek|Asia; Tajikistan|Dushanbe|Asia;"
    "Turkmenistan|Ashgabat|Asia; Australia|Canberra|Oceania; New Zealand|Wellington|Oceania;"
    "Fiji|Suva|Oceania; Papua New Guinea|Port Moresby|Oceania", 3)

# question (alternatives split by " / ") | answer
FACTS = _table(
    "How many days are in a week? / How many days does a week have?|Seven.;"
    "How many months are in a year? / How many months does a year have?|Twelve.;"
    "How many hours are in a day?|24.;"
    "How many weeks are in a year?|52.;"
    "How many days are in a leap year?|366.;"
    "Which month has the fewest days? / What is the shortest month of the year?|February.;"
    "How many letters are in the English alphabet?|26.;"
    "How many legs does a spider have?|Eight.;"
    "How many legs does an insect have? / How many legs do insects have?|Six.;"
    "How many continents are there?|Seven.;"
    "How many planets are in the Solar System?|Eight.;"
    "Which planet is closest to the Sun?|Mercury.;"
    "What is the largest planet in the Solar System? / Which planet is the biggest?|Jupiter.;"
    "Which planet is known as the Red Planet?|Mars.;"
    "Which planet is famous for its rings?|Saturn.;"
    "What is the tallest mountain in the world? / Which mountain is the highest on Earth?"
    "|Mount Everest.;"
    "What is the longest river in South America?|The Amazon.;"
    "What is the largest hot desert in the world?|The Sahara.;"
    "What is the largest continent?|Asia.;"
    "At what temperature does water freeze in Celsius?|0 degrees Celsius.;"
    "What gas do plants take in from the air?|Carbon dioxide.;"
    "What gas do people need to breathe? / Which gas do humans breathe in to live?|Oxygen.;"
    "What is the chemical symbol for gold?|Au.;"
    "What is the chemical symbol for iron?|Fe.;"
    "What is the chemical symbol for sodium?|Na.;"
    "What is the chemical symbol for silver?|Ag.;"
    "What is the chemical formula for water?|H2O.;"
    "What is the closest star to Earth?|The Sun.;"
    "What is the Earth's natural satellite called?|The Moon.;"
    "How many sides does a hexagon have?|Six.;"
    "How many sides does a pentagon have?|Five.;"
    "How many sides does an octagon have?|Eight.;"
    "What shape has three sides?|A triangle.;"
    "How many degrees are in a right angle?|90.;"
    "How many degrees are in a full circle?|360.;"
    "What colour do you get by mixing blue and yellow?|Green.;"
    "What colour do you get by mixing red and white?|Pink.;"
    "What colour do you get by mixing red and yellow?|Orange.;"
    "What colour do you get by mixing red and blue?|Purple.;"
    "Who wrote Romeo and Juliet? / Who is the author of Romeo and Juliet?"
    "|William Shakespeare.;"
    "Who painted the Mona Lisa?|Leonardo da Vinci.;"
    "Who developed the theory of relativity?|Albert Einstein.;"
    "Who was the first person to walk on the Moon?|Neil Armstrong.;"
    "Who wrote Pride and Prejudice?|Jane Austen.;"
    "Who discovered penicillin?|Alexander Fleming.;"
    "Who composed the Moonlight Sonata?|Ludwig van Beethoven.;"
    "In which year did the Second World War end? / When did World War II end?|1945.;"
    "What is the largest mammal? / What is the biggest animal on Earth?|The blue whale.;"
    "What is the fastest land animal?|The cheetah.;"
    "What is the largest bird?|The ostrich.;"
    "What do bees make?|Honey.;"
    "What do pandas mainly eat?|Bamboo.;"
    "What is a baby cat called?|A kitten.;"
    "What is a baby dog called?|A puppy.;"
    "What is a baby cow called?|A calf.;"
    "What is a baby sheep called?|A lamb.;"
    "What is a baby horse called?|A foal.;"
    "How many hearts does an octopus have?|Three.;"
    "Which animal is called the king of the jungle?|The lion.;"
    "What do caterpillars turn into?|Butterflies or moths.;"
    "What is frozen water called?|Ice.;"
    "What is the main language spoken in Brazil?|Portuguese.;"
    "What is the main language spoken in Mexico?|Spanish.;"
    "What language do most people speak in Egypt?|Arabic.;"
    "What currency is used in Japan?|The yen.;"
    "What currency is used in the United States?|The US dollar.;"
    "What currency do Germany, France and Italy use?|The euro.;"
    "How many players does a football team have on the pitch?|Eleven.;"
    "How many strings does a standard guitar have?|Six.;"
    "How many keys does a standard piano have?|88.;"
    "How many bones are in the adult human body?|206.;"
    "What is the largest organ of the human body?|The skin.;"
    "Which organ pumps blood around the body?|The heart.;"
    "How many teeth does an adult usually have?|32.;"
    "What is the hardest natural material?|Diamond.;"
    "What is the smallest prime number?|2.;"
    "What is the main ingredient of guacamole?|Avocado.;"
    "Which language has the most native speakers?|Mandarin Chinese.;"
    "How many colours are in a rainbow?|Seven.;"
    "What are the three primary colours of paint?|Red, yellow and blue.;"
    "Which is the largest country by area?|Russia.;"
    "Which ocean lies between Europe and North America?|The Atlantic Ocean.;"
    "Which instrument has black and white keys?|The piano.;"
    "How many minutes are in a football match without extra time?|90.;"
    "What does a thermometer measure?|Temperature.")

YESNO = _table(
    "Is the Sun a star?|Yes, the Sun is a star.;"
    "Is a tomato a fruit?|Yes, botanically a tomato is a fruit.;"
    "Is a whale a fish?|No, a whale is a mammal.;"
    "Do spiders have six legs?|No, spiders have eight legs.;"
    "Can penguins fly?|No, penguins cannot fly.;"
    "Is the Moon a planet?|No, the Moon is Earth's natural satellite.;"
    "Does water boil at 100 degrees Celsius at sea level?|Yes.;"
    "Does ice float on water?|Yes, ice is less dense than liquid water.;"
    "Is gold a metal?|Yes, gold is a metal.;"
    "Do most plants need sunlight to grow?|Yes, they use sunlight to make food.;"
    "Is a bat a bird?|No, a bat is a mammal.;"
    "Is a dolphin a mammal?|Yes, a dolphin is a mammal.;"
    "Is the Pacific the largest ocean?|Yes.;"
    "Is Mars bigger than Jupiter?|No, Jupiter is much bigger than Mars.;"
    "Do snakes have legs?|No, snakes have no legs.;"
    "Is zero an even number?|Yes, zero is even.;"
    "Is a square a rectangle?|Yes, a square is a special kind of rectangle.;"
    "Can people breathe underwater without equipment?|No.;"
    "Is the Earth flat?|No, the Earth is roughly a sphere.;"
    "Does the Earth go around the Sun?|Yes, the Earth orbits the Sun.;"
    "Is chocolate safe for dogs?|No, chocolate is poisonous to dogs.;"
    "Is a peanut a nut?|No, botanically a peanut is a legume.;"
    "Is a spider an insect?|No, a spider is an arachnid.;"
    "Do fish breathe with gills?|Yes.;"
    "Is sound faster than light?|No, light is much faster than sound.;"
    "Is Antarctica a continent?|Yes.;"
    "Is the Sahara in Africa?|Yes.;"
    "Is copper a good conductor of electricity?|Yes.;"
    "Is rubber a good conductor of electricity?|No, rubber is an insulator.;"
    "Can all birds fly?|No, some birds, like penguins and ostriches, cannot fly.;"
    "Is a year on Earth about 365 days long?|Yes.;"
    "Do octopuses have eight arms?|Yes.;"
    "Is a kilometre longer than a mile?|No, a mile is longer than a kilometre.;"
    "Is steam a gas?|Yes, steam is water in gas form.;"
    "Does a triangle have four sides?|No, a triangle has three sides.;"
    "Can a person live without water for a month?|No.;"
    "Do trees produce oxygen?|Yes.;"
    "Is seawater safe to drink?|No, it is too salty to drink.;"
    "Are the largest whales bigger than elephants?|Yes, much bigger.;"
    "Is the heart a muscle?|Yes.;"
    "Do humans have four lungs?|No, humans have two lungs.;"
    "Did Shakespeare write Hamlet?|Yes.;"
    "Is the Nile in Africa?|Yes.;"
    "Is lightning hot?|Yes, lightning is extremely hot.;"
    "Are tomatoes blue when ripe?|No, most ripe tomatoes are red.;"
    "Is Venus closer to the Sun than Earth?|Yes.;"
    "Do cats have whiskers?|Yes.;"
    "Is a hexagon a six-sided shape?|Yes.;"
    "Is 100 an odd number?|No, 100 is even.;"
    "Do humans need sleep?|Yes.;"
    "Is a koala a bear?|No, a koala is a marsupial.;"
    "Is glass made mainly from sand?|Yes.;"
    "Can you see the Great Wall of China from the Moon with the naked eye?|No.;"
    "Is the Atlantic Ocean bigger than the Pacific?|No, the Pacific is bigger.;"
    "Does the Moon make its own light?|No, it reflects light from the Sun.;"
    "Are mushrooms plants?|No, mushrooms are fungi.")

WORDS = _table(
    "generous|Generous means willing to give more money, time or help than is expected.;"
    "curious|Curious means eager to know or learn something.;"
    "ancient|Ancient means very old, from a long time ago.;"
    "fragile|Fragile means easily broken or damaged.;"
    "brave|Brave means ready to face danger or pain without showing fear.;"
    "honest|Honest means truthful and not willing to lie or cheat.;"
    "enormous|Enormous means very large.;"
    "rapid|Rapid means happening very quickly.;"
    "silent|Silent means making no sound.;"
    "polite|Polite means behaving in a respectful and considerate way.;"
    "anxious|Anxious means worried or nervous about something.;"
    "delicious|Delicious means having a very pleasant taste.;"
    "temporary|Temporary means lasting for only a limited time.;"
    "permanent|Permanent means lasting for a very long time or forever.;"
    "transparent|Transparent means clear enough to see through.;"
    "humid|Humid means warm and damp.;"
    "reluctant|Reluctant means unwilling or hesitant to do something.;"
    "vivid|Vivid means very bright, clear or strong.;"
    "ambitious|Ambitious means having a strong wish to succeed.;"
    "cautious|Cautious means careful to avoid danger or mistakes.;"
    "obvious|Obvious means easy to see or understand.;"
    "rare|Rare means not found or seen very often.;"
    "fluent|Fluent means able to speak or write a language easily and well.;"
    "optimistic|Optimistic means hopeful and expecting good things to happen.;"
    "pessimistic|Pessimistic means expecting bad things to happen.;"
    "annual|Annual means happening once a year.;"
    "solar|Solar means relating to the Sun.;"
    "lunar|Lunar means relating to the Moon.;"
    "library|A library is a place where books are kept for people to read or borrow.;"
    "volcano|A volcano is a mountain with an opening through which lava, ash and gas can "
    "erupt.;"
    "island|An island is a piece of land surrounded by water.;"
    "orchestra|An orchestra is a large group of musicians who play instruments together.;"
    "recipe|A recipe is a set of instructions for preparing a dish.;"
    "passport|A passport is an official document that proves who you are and lets you travel "
    "abroad.;"
    "glacier|A glacier is a large mass of ice that moves very slowly.;"
    "habit|A habit is something you do regularly, often without thinking.;"
    "budget|A budget is a plan for how to spend money over a period of time.;"
    "deadline|A deadline is the latest time by which something must be done.;"
    "neighbour|A neighbour is a person who lives near you.;"
    "harvest|A harvest is the gathering of crops when they are ripe.;"
    "dictionary|A dictionary is a book or resource that lists words and explains their "
    "meanings.;"
    "microscope|A microscope is an instrument that makes very small things look bigger.;"
    "planet|A planet is a large body that travels around a star.;"
    "democracy|Democracy is a system of government in which people choose their leaders by "
    "voting.;"
    "photosynthesis|Photosynthesis is the process plants use to make food from sunlight, water "
    "and carbon dioxide.;"
    "gravity|Gravity is the force that pulls objects towards each other, which makes things "
    "fall to the ground.;"
    "evaporation|Evaporation is when a liquid turns into a gas, like water drying in the sun.;"
    "recycling|Recycling is turning used materials into new products.;"
    "vaccine|A vaccine is a substance that helps the body build protection against a disease.;"
    "password|A password is a secret word or set of characters used to get access to "
    "something.;"
    "bridge|A bridge is a structure built to cross over a river, road or gap.;"
    "synonym|A synonym is a word that means the same or nearly the same as another word.;"
    "antonym|An antonym is a word that means the opposite of another word.;"
    "noun|A noun is a word that names a person, place, thing or idea.;"
    "verb|A verb is a word for an action or a state, such as run or be.;"
    "adjective|An adjective is a word that describes a noun, such as big or red.;"
    "fraction|A fraction is a part of a whole, written like 1/2 or 3/4.;"
    "percentage|A percentage is an amount expressed as a part of 100.;"
    "climate|Climate is the usual weather of a place over a long period of time.;"
    "mammal|A mammal is a warm-blooded animal that feeds its young with milk.;"
    "reptile|A reptile is a cold-blooded animal with scaly skin, such as a snake or lizard.;"
    "herbivore|A herbivore is an animal that eats only plants.;"
    "carnivore|A carnivore is an animal that eats meat.;"
    "omnivore|An omnivore is an animal that eats both plants and meat.;"
    "ecosystem|An ecosystem is a community of living things together with their "
    "environment.;"
    "nostalgia|Nostalgia is a warm, slightly sad longing for the past.;"
    "empathy|Empathy is the ability to understand and share another person's feelings.;"
    "procrastinate|To procrastinate means to keep delaying something you should do.;"
    "negotiate|To negotiate means to discuss something in order to reach an agreement.;"
    "persuade|To persuade means to convince someone to do or believe something.;"
    "borrow|To borrow means to take something with the promise to give it back.;"
    "apologise|To apologise means to say you are sorry for something.;"
    "whisper|To whisper means to speak very quietly.;"
    "migrate|To migrate means to move from one place to another, often with the seasons.;"
    "estimate|To estimate means to make a rough guess of an amount or value.;"
    "summarise|To summarise means to give the main points of something briefly.;"
    "hibernate|To hibernate means to spend the winter in a deep sleep, as some animals do.;"
    "volunteer|A volunteer is a person who offers to do work without being paid.;"
    "architect|An architect is a person who designs buildings.;"
    "pharmacist|A pharmacist is a person trained to prepare and give out medicines.;"
    "astronaut|An astronaut is a person trained to travel into space.;"
    "carpenter|A carpenter is a person who makes and repairs things made of wood.;"
    "journalist|A journalist is a person who writes or reports the news.;"
    "umbrella|An umbrella is a folding cover on a stick that keeps the rain off you.;"
    "compass|A compass is an instrument with a needle that points north.;"
    "tsunami|A tsunami is a very large sea wave, usually caused by an earthquake under the "
    "sea.;"
    "drought|A drought is a long period with little or no rain.;"
    "harbour|A harbour is a sheltered area of water where ships can stay safely.;"
    "algorithm|An algorithm is a set of step-by-step instructions for solving a problem.;"
    "software|Software is the programs that tell a computer what to do.;"
    "battery|A battery is a device that stores energy and supplies it as electricity.;"
    "metaphor|A metaphor describes something as if it were something else, like 'time is "
    "money'.;"
    "vegetarian|A vegetarian is a person who does not eat meat or fish.;"
    "allergy|An allergy is a reaction of the body to something harmless to most people, like "
    "pollen.;"
    "marathon|A marathon is a running race of about 42 kilometres.;"
    "museum|A museum is a building where interesting or valuable objects are kept and shown to "
    "the public.;"
    "festival|A festival is a special time of celebration, often with music, food or events.;"
    "invention|An invention is something new that someone has created or designed.")

HOWTO = _table(
    "boil an egg|Put the egg in boiling water for about 8 to 10 minutes, then cool it in cold "
    "water.;"
    "make a cup of tea|Pour boiling water over a tea bag, let it steep for 3 to 5 minutes, then "
    "remove the bag and add milk or sugar if you like.;"
    "tie a shoelace|Cross the laces and pull one under the other, then make a loop with each "
    "lace and tie the loops together.;"
    "save a file on a computer|Press Ctrl+S (Cmd+S on a Mac), or choose Save from the File "
    "menu.;"
    "copy and paste text|Select the text and press Ctrl+C to copy, then Ctrl+V to paste (use "
    "Cmd on a Mac).;"
    "take a screenshot on Windows|Press Windows+Shift+S and select an area, or press the Print "
    "Screen key.;"
    "take a screenshot on a Mac|Press Cmd+Shift+4 and drag to select an area, or Cmd+Shift+3 "
    "for the whole screen.;"
    "reset a forgotten password|Use the 'Forgot password' link on the sign-in page and follow "
    "the instructions sent to your email or phone.;"
    "water a houseplant|Water it when the top few centimetres of soil feel dry, and let extra "
    "water drain away.;"
    "fall asleep faster|Keep a regular bedtime, avoid screens and caffeine late in the day, and "
    "keep your room dark and cool.;"
    "remove a coffee stain|Blot the stain, rinse it from the back with cold water, then wash it "
    "with a little detergent.;"
    "cook rice|Rinse the rice, then simmer one cup with about two cups of water, covered, for "
    "15 to 20 minutes and let it rest.;"
    "make a paper aeroplane|Fold a sheet in half lengthways, fold the top corners to the "
    "centre, fold the sides down into wings, and throw it gently.;"
    "change a light bulb|Switch off the power, let the old bulb cool, remove it, and fit a new "
    "bulb of the same type.;"
    "write a thank-you note|Thank the person for something specific, say why it mattered to "
    "you, and sign off warmly.;"
    "learn new words in a language|Learn a few words each day, use them in sentences, and "
    "review them with flashcards.;"
    "stay focused while studying|Work in short blocks with breaks, put your phone away, and do "
    "one task at a time.;"
    "make a good first impression|Be on time, smile, listen carefully, and show real interest "
    "in the other person.;"
    "clean a computer screen|Switch it off and wipe it gently with a soft, dry microfibre "
    "cloth, slightly damp if needed.;"
    "keep bread fresh|Keep it in a bread bin or paper bag at room temperature, and freeze what "
    "you won't eat soon.;"
    "start running|Begin with short runs mixed with walking, go slowly, and add a little more "
    "time each week.;"
    "make pancakes|Whisk flour, eggs and milk into a smooth batter, then fry thin layers in a "
    "hot, lightly oiled pan, turning once.;"
    "unclog a sink|Try a plunger first, and if that fails, pour in baking soda and then vinegar, "
    "wait, and flush with hot water.;"
    "cool down a hot room|Close the curtains during the day, open windows at night for a "
    "breeze, and use a fan.;"
    "memorise a speech|Break it into short sections, learn one at a time, and practise out "
    "loud several times.;"
    "calm down when stressed|Take slow, deep breaths, step away for a few minutes, and focus on "
    "one small thing you can do.;"
    "plant a seed|Put it in moist soil at about twice its own depth, keep it watered, and give "
    "it light.;"
    "wrap a present|Cut paper to fit around the box, fold it neatly over the sides, tape it, "
    "and fold the ends in.;"
    "make a simple budget|List your income and your regular costs, then set a limit for each "
    "kind of spending.;"
    "back up my phone|Turn on the phone's cloud backup in its settings, or copy your files to "
    "a computer.;"
    "write a good email subject line|Keep it short and specific: say what the email is about "
    "or what you need.;"
    "be a better listener|Give the person your full attention, don't interrupt, and ask about "
    "what they said.;"
    "clean a cast-iron pan|Wash it with hot water and a brush, dry it completely, and rub in a "
    "thin layer of oil.;"
    "defrost a freezer|Switch it off, empty it, leave the door open with towels underneath, and "
    "wipe it dry before switching it back on.;"
    "remember people's names|Repeat the name when you hear it, use it in conversation, and link "
    "it to something about the person.;"
    "make a smoothie|Blend fruit with milk, yoghurt or juice until smooth, and add ice if you "
    "like it cold.;"
    "iron a shirt|Iron the collar first, then the cuffs and sleeves, then the front and back, "
    "at the right heat for the fabric.;"
    "fold a fitted sheet|Tuck the corners into each other to make a rectangle, then fold it "
    "like a flat sheet.;"
    "get rid of hiccups|Hold your breath for a short while or sip cold water slowly.;"
    "prepare for a job interview|Research the company, practise answers to common questions, "
    "and prepare a few questions of your own.;"
    "make friends in a new city|Join clubs or classes about things you enjoy, say yes to "
    "invitations, and keep in touch with people you meet.;"
    "improve my handwriting|Write slowly, hold the pen loosely, and practise a few lines every "
    "day.;"
    "measure the area of a room|Measure the length and the width in metres, then multiply them "
    "to get square metres.;"
    "clean windows without streaks|Wash them with water and a little vinegar, then dry them "
    "with a clean microfibre cloth.;"
    "cook pasta|Bring a large pot of salted water to the boil, add the pasta, and cook it for "
    "the time on the packet, stirring now and then.;"
    "stop a nosebleed|Sit up, lean forward, and pinch the soft part of your nose for about ten "
    "minutes.;"
    "keep a plant alive while I'm away|Water it well before you go and move it out of direct "
    "sun, or ask a neighbour to water it.;"
    "start a journal|Pick a notebook and write a few lines at the same time each day, without "
    "worrying about writing well.;"
    "make a strong password|Use a long phrase of several random words, and never reuse it on "
    "other sites.;"
    "warm up before exercise|Do five to ten minutes of light movement, like brisk walking and "
    "gentle stretches.;"
    "get a stain out of a carpet|Blot it with a clean cloth, then dab it with water and a "
    "little mild detergent, without rubbing.;"
    "organise my desk|Clear everything off, keep only what you use every day, and give "
    "everything else a place.;"
    "save money on groceries|Plan your meals, shop with a list, and choose store brands.;"
    "use a French press|Add coarse coffee, pour in hot water, wait about four minutes, then "
    "press the plunger down slowly.;"
    "hang a picture|Mark the spot, use a hook or nail suited to your wall, and check it is "
    "level before hanging.;"
    "descale a kettle|Fill it with equal parts water and vinegar, boil it, let it stand, then "
    "rinse it well.;"
    "teach a dog to sit|Hold a treat above its nose and move it back until the dog sits, then "
    "say 'sit' and give the treat.;"
    "wake up earlier|Go to bed a little earlier each night, put your alarm across the room, "
    "and get daylight in the morning.;"
    "reduce food waste|Plan meals, store food properly, and eat leftovers before buying more.;"
    "introduce myself in an email|Say who you are, why you are writing, and what you would "
    "like, in a few short sentences.;"
    "pack a suitcase|Roll your clothes, put heavy things at the bottom, and fill shoes with "
    "small items.;"
    "sharpen a kitchen knife|Draw the blade across a whetstone or sharpener at a steady angle, "
    "a few times on each side.;"
    "make a cheese sandwich|Butter two slices of bread, put sliced cheese on one, and close it "
    "with the other.")

POLITE = _table(
    "Give me the report.|Could you please send me the report?;"
    "Close the window.|Could you please close the window?;"
    "Move your car.|Would you mind moving your car, please?;"
    "Be quiet.|Could you please keep the noise down?;"
    "Send me the file now.|Could you send me the file when you have a moment?;"
    "I want a coffee.|Could I have a coffee, please?;"
    "Call me back.|Could you please call me back?;"
    "Fix this bug.|Could you please take a look at this bug?;"
    "Answer my email.|Could you please reply to my email when you get a chance?;"
    "Tell me the price.|Could you tell me the price, please?;"
    "Wait here.|Could you please wait here?;"
    "Help me with this box.|Could you help me with this box, please?;"
    "Turn the music down.|Could you please turn the music down?;"
    "Pass the salt.|Could you pass the salt, please?;"
    "Explain this again.|Could you explain this again, please?;"
    "Give me a discount.|Would it be possible to get a discount?;"
    "Your report is wrong.|I think there may be a mistake in your report.;"
    "I need the keys back.|Could I have the keys back, please?;"
    "Don't park here.|Please don't park here.;"
    "Sign this form.|Could you please sign this form?;"
    "Repeat that.|Sorry, could you repeat that, please?;"
    "Check my work.|Would you mind checking my work?;"
    "Lend me a pen.|Could I borrow a pen, please?;"
    "Book me a table.|Could you book a table for me, please?;"
    "Send the invoice today.|Could you please send the invoice today?;"
    "Hurry up.|Could we move a little faster, please?;"
    "Show me the way to the station.|Could you show me the way to the station, please?;"
    "Clean up the kitchen.|Could you please clean up the kitchen?;"
    "Stop interrupting me.|Could I finish what I was saying, please?;"
    "Bring me the menu.|Could you bring me the menu, please?")
GRAMMAR = _table(
    "She don't like apples.|She doesn't like apples.;"
    "I has two cats.|I have two cats.;"
    "They was at home yesterday.|They were at home yesterday.;"
    "He go to school every day.|He goes to school every day.;"
    "We is going to the park.|We are going to the park.;"
    "I seen that film last week.|I saw that film last week.;"
    "There is three apples on the table.|There are three apples on the table.;"
    "She can sings very well.|She can sing very well.;"
    "Me and him went shopping.|He and I went shopping.;"
    "I didn't went to work today.|I didn't go to work today.;"
    "Their going to the beach tomorrow.|They're going to the beach tomorrow.;"
    "Its raining outside.|It's raining outside.;"
    "He don't know the answer.|He doesn't know the answer.;"
    "I am agree with you.|I agree with you.;"
    "She is more taller than her brother.|She is taller than her brother.;"
    "We goed to the zoo.|We went to the zoo.;"
    "The childs are playing outside.|The children are playing outside.;"
    "I have ate breakfast already.|I have eaten breakfast already.;"
    "Does she likes pizza?|Does she like pizza?;"
    "He have a new car.|He has a new car.;"
    "I buyed a new phone.|I bought a new phone.;"
    "My sister and me are twins.|My sister and I are twins.;"
    "Who's book is this?|Whose book is this?;"
    "The dog wagged it's tail.|The dog wagged its tail.;"
    "I could of helped you.|I could have helped you.;"
    "Less people came than expected.|Fewer people came than expected.;"
    "She runned very fast.|She ran very fast.;"
    "We was late for the bus.|We were late for the bus.;"
    "He speak three languages.|He speaks three languages.;"
    "I am living here since 2019.|I have lived here since 2019.;"
    "Your welcome to join us.|You're welcome to join us.;"
    "The news are good today.|The news is good today.;"
    "I have two brother.|I have two brothers.;"
    "Can you borrow me your pen?|Can you lend me your pen?;"
    "She explained me the problem.|She explained the problem to me.")
PLAIN = ["The train leaves at noon.", "Our team won the match.", "The shop opens at nine.",
         "My cat sleeps all day.", "The library is closed on Sundays.", "We need more milk.",
         "The meeting starts soon.", "It is sunny today.", "Please remember your umbrella.",
         "The bus was late again.", "Dinner is ready.", "The garden looks lovely.",
         "I will call you tomorrow.", "The river is very wide here.", "She plays the violin.",
         "Tickets are sold out.", "The bakery sells fresh bread.", "He fixed the old clock.",
         "The museum has a new exhibition.", "Turn left at the lights.",
         "The soup needs more salt.", "We walked along the beach.", "The film starts at eight.",
         "My phone battery is low.", "The kids built a sandcastle.", "Snow fell all night.",
         "The printer is out of paper.", "Lunch is at one o'clock."]

# category | members, most common first (comma-separated)
CATEGORIES = _table(
    "fruits|apple, banana, orange, pear, mango, grape;"
    "vegetables|carrot, potato, onion, broccoli, spinach, cabbage;"
    "colours|red, blue, green, yellow, orange, purple;"
    "days of the week|Monday, Tuesday, Wednesday, Thursday, Friday, Saturday;"
    "months of the year|January, February, March, April, May, June;"
    "planets in the Solar System|Mercury, Venus, Earth, Mars, Jupiter, Saturn;"
    "continents|Africa, Asia, Europe, North America, South America, Antarctica;"
    "oceans|Pacific, Atlantic, Indian, Arctic, Southern;"
    "farm animals|cow, sheep, pig, horse, goat, chicken;"
    "animals that live in Africa|lion, elephant, giraffe, zebra, hippo, rhino;"
    "birds|robin, eagle, sparrow, owl, parrot, swan;"
    "sea creatures|shark, dolphin, octopus, jellyfish, crab, starfish;"
    "insects|ant, bee, butterfly, beetle, fly, grasshopper;"
    "musical instruments|piano, guitar, violin, drums, flute, trumpet;"
    "team sports|football, basketball, rugby, volleyball, hockey, cricket;"
    "kitchen utensils|spoon, fork, knife, ladle, whisk, spatula;"
    "pieces of furniture|chair, table, sofa, bed, wardrobe, bookshelf;"
    "items of clothing|shirt, trousers, jacket, dress, socks, jumper;"
    "things to take to the beach|towel, sunscreen, swimsuit, sunglasses, hat, water;"
    "shapes|circle, square, triangle, rectangle, oval, hexagon;"
    "metals|iron, copper, gold, silver, aluminium, zinc;"
    "parts of the body|head, arm, leg, hand, foot, knee;"
    "organs of the human body|heart, lungs, liver, brain, kidneys, stomach;"
    "emotions|happiness, sadness, anger, fear, surprise, love;"
    "vowels in English|a, e, i, o, u;"
    "kinds of weather|rain, snow, sunshine, wind, fog, hail;"
    "breakfast foods|cereal, toast, eggs, porridge, yoghurt, pancakes;"
    "drinks|water, tea, coffee, juice, milk, lemonade;"
    "vehicles|car, bus, bicycle, train, lorry, motorbike;"
    "things that can fly|plane, helicopter, bird, kite, bee, drone;"
    "jobs|teacher, doctor, nurse, engineer, chef, farmer;"
    "tools|hammer, screwdriver, saw, drill, spanner, pliers;"
    "herbs|basil, parsley, mint, rosemary, thyme, coriander;"
    "flowers|rose, tulip, daisy, sunflower, lily, daffodil;"
    "trees|oak, pine, birch, maple, willow, beech;"
    "things in a classroom|desk, whiteboard, chair, book, pencil, ruler;"
    "board games|chess, draughts, backgammon, Scrabble, Ludo, Go;"
    "hobbies|reading, painting, gardening, cooking, cycling, knitting;"
    "rooms in a house|kitchen, bedroom, bathroom, living room, dining room, hall;"
    "seasons|spring, summer, autumn, winter;"
    "even numbers under 20|2, 4, 6, 8, 10, 12;"
    "odd numbers under 20|1, 3, 5, 7, 9, 11;"
    "citrus fruits|lemon, lime, orange, grapefruit, mandarin;"
    "nuts|almond, walnut, cashew, hazelnut, pistachio, pecan;"
    "primary colours of light|red, green, blue;"
    "wild cats|lion, tiger, leopard, cheetah, jaguar, lynx")

GREETINGS = _table(
    "Hi|Hello! How can I help you today?; Hello|Hello! How can I help you today?;"
    "Hey|Hey! What can I do for you?; Hi there|Hi! How can I help?;"
    "Good morning|Good morning! How can I help?; Good afternoon|Good afternoon! How can I help?;"
    "Good evening|Good evening! How can I help?;"
    "How are you?|I'm doing well, thank you. How can I help you?;"
    "How's it going?|Going well, thanks! What can I do for you?;"
    "Thanks|You're welcome!; Thank you so much|You're very welcome!;"
    "Thanks for your help|Happy to help!; Cheers|You're welcome!;"
    "Bye|Goodbye! Have a great day.; Goodbye|Goodbye! Take care.;"
    "See you later|See you later!; Good night|Good night! Sleep well.;"
    "Who are you?|I'm a small AI assistant running on your computer. How can I help?;"
    "What's your name?|I'm a small AI assistant, and I don't have a personal name.;"
    "What can you do?|I can answer simple questions, explain words, do basic maths and help "
    "rewrite short texts.;"
    "Are you a human?|No, I'm an AI assistant.;"
    "Are you a robot?|I'm an AI assistant, a computer program rather than a robot.;"
    "Nice to meet you|Nice to meet you too! How can I help?;"
    "Can you help me?|Of course. What do you need help with?;"
    "I need help|Sure, what do you need help with?;"
    "Sorry|No problem at all. How can I help?;"
    "You're great|Thank you! Happy to help.;"
    "That's wrong|Sorry about that. Could you tell me what was wrong so I can try again?;"
    "Good job|Thank you!; Hello again|Welcome back! How can I help?;"
    "Are you there?|Yes, I'm here. How can I help?;"
    "Do you have feelings?|No, I'm a computer program, so I don't have feelings.;"
    "Where do you live?|I'm a program running on your computer, so I don't live anywhere.;"
    "How old are you?|I'm a computer program, so I don't have an age.;"
    "I'm bored|How about a quick quiz, a fun fact, or a new word to learn?;"
    "Tell me about yourself|I'm a small AI assistant that runs on your computer and gives "
    "short, direct answers.;"
    "What's up?|Not much! What can I do for you?;"
    "Are you awake?|Yes, I'm here. What can I do for you?;"
    "Happy new year!|Happy new year to you too!;"
    "Have a nice day|Thank you, you too!")

FAKE_PLACES = ["Zorbania", "Quellmark", "Varnistan", "Tresmoria", "Ostravel", "Pelandor",
               "Brindlewick", "Kalvoria", "Nerith", "Sundmoor", "Ardovia", "Yelmark",
               "Corvalis Minor", "Drelland", "Fenwarrow", "Ilvaria", "Marostan", "Vostria",
               "Halvenia", "Ulmorra", "Grestovia", "Tamberlund", "Epharia", "Lorvane"]
FAKE_BOOKS = ["The Glass Orchard of Vell", "Seven Lanterns for Mirek", "The Salt Clockmaker",
              "Under the Copper Hill", "A Winter in Oldenfay", "The Quiet Cartographer",
              "Letters from Harrowmere", "The Ninth Bell of Astrin", "Moths over Calder Street",
              "The Lantern Thief of Ruvo", "Ashes of the Velvet Sea", "The Clockwork Fox Diaries"]
RELATIVES = ["mother", "father", "sister", "brother", "boss", "best friend", "dog", "cat",
             "neighbour", "teacher", "doctor", "grandmother", "cousin", "partner", "landlord",
             "son", "daughter", "uncle"]
FUTURE_EVENTS = ["the next World Cup", "the next Olympic 100 metres final", "next year's Tour "
                 "de France", "the next Eurovision Song Contest", "next year's Wimbledon final",
                 "the next Champions League final", "the next chess world championship",
                 "next year's Boat Race", "the next Super Bowl", "next season's league title"]
CITIES = ["Manchester", "Osaka", "Lyon", "Chicago", "Munich", "Barcelona", "Melbourne",
          "Toronto", "Milan", "Glasgow", "Seattle", "Porto", "Gothenburg", "Kraków",
          "Marseille", "Edinburgh", "Hamburg", "Vancouver", "Naples", "Denver"]
ASSETS = ["gold", "bitcoin", "oil", "Apple shares", "the euro", "silver", "the pound",
          "Tesla shares", "wheat", "copper"]
PRIVATE = _table(
    "What number am I thinking of?|I don't know. I can't read your mind.;"
    "What am I thinking right now?|I don't know. I can't read your mind.;"
    "What did I have for breakfast?|I don't know. You haven't told me.;"
    "Where did I leave my keys?|I don't know. I can't see your home.;"
    "What's in my pocket?|I don't know. I can't see it.;"
    "What colour is my shirt?|I don't know. I can't see you.;"
    "How much money is in my bank account?|I don't know. I have no access to your accounts.;"
    "What is my password?|I don't know. I have no access to your passwords.;"
    "What time did I wake up today?|I don't know. You haven't told me.;"
    "What is my phone number?|I don't know. You haven't told me.;"
    "What's my favourite food?|I don't know. You haven't told me.;"
    "Where am I right now?|I don't know. I can't see where you are.;"
    "What did my friend text me?|I don't know. I can't see your messages.;"
    "How many emails do I have?|I don't know. I can't see your inbox.;"
    "What's the name of my street?|I don't know. You haven't told me.;"
    "What will I have for dinner tonight?|I don't know. That's up to you.;"
    "What time is it right now?|I don't know. Please check the clock on your device.;"
    "What's today's date?|I don't know. Please check the calendar on your device.;"
    "What are today's top news stories?|I don't know. I can't access the news.;"
    "Who won last night's match?|I don't know. I have no access to live results.")

NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five"}


@dataclass
class Pools:
    """One split's share of every table."""

    countries: list[tuple[str, ...]]
    facts: list[tuple[str, ...]]
    yesno: list[tuple[str, ...]]
    words: list[tuple[str, ...]]
    howto: list[tuple[str, ...]]
    polite: list[tuple[str, ...]]
    grammar: list[tuple[str, ...]]
    plain: list[str]
    categories: list[tuple[str, ...]]
    greetings: list[tuple[str, ...]]
    places: list[str]
    books: list[str]
    relatives: list[str]
    events: list[str]
    cities: list[str]
    assets: list[str]
    private: list[tuple[str, ...]]


TABLES = {"countries": COUNTRIES, "facts": FACTS, "yesno": YESNO, "words": WORDS,
          "howto": HOWTO, "polite": POLITE, "grammar": GRAMMAR, "plain": PLAIN,
          "categories": CATEGORIES, "greetings": GREETINGS, "places": FAKE_PLACES,
          "books": FAKE_BOOKS, "relatives": RELATIVES, "events": FUTURE_EVENTS,
          "cities": CITIES, "assets": ASSETS, "private": PRIVATE}


def pools(seed: int) -> dict[str, Pools]:
    """Train and eval shares of every table: no fact in both."""
    cut = {name: split_pool(items, EVAL_SHARE, seed, name) for name, items in TABLES.items()}
    return {split: Pools(**{name: parts[split] for name, parts in cut.items()})
            for split in ("train", "eval")}


@dataclass(frozen=True)
class Split:
    """What a slice maker needs: the split's pools, its name and the seed (for facts drawn
    from pools too large to list, such as sums)."""

    pools: Pools
    name: str
    seed: int

    def owns(self, key: str) -> bool:
        return hashed_split(key, self.seed, HASH_SHARE) == self.name


def ask(question: str, rng: random.Random) -> str:
    """A question as people type it: as written, prefixed, or lazily lower-cased."""
    lower = question[:1].lower() + question[1:]
    forms = [question, question, question, question.lower().rstrip("?."),
             f"{question} Keep it short.", f"Please answer briefly: {question}"]
    if question.endswith("?"):
        forms += [f"Quick question: {question}", f"Hey, {lower}", f"I was wondering, {lower}"]
    return rng.choice(forms)


def row(question: str, answer: str, slice_name: str, *keys: str) -> Row:
    return Row(question, answer, slice_name, tuple(keys))


# --- facts --------------------------------------------------------------------------------

FORWARD = ["What is the capital of {c}?", "What's the capital city of {c}?",
           "Which city is the capital of {c}?", "Capital of {c}?", "Tell me the capital of {c}.",
           "Name the capital of {c}.", "What city is the capital of {c}?",
           "Do you know the capital of {c}?"]
REVERSE = ["{k} is the capital of which country?", "Which country has {k} as its capital?"]
CONTINENT = ["Which continent is {c} in?", "On which continent is {c}?"]


def capital(s: Split, rng: random.Random) -> Row:
    country, city, continent = rng.choice(s.pools.countries)
    kind = rng.random()
    if kind < 0.15:
        return row(ask(rng.choice(REVERSE).format(k=city), rng), sentence(country) + ".",
                   "capital", country)
    if kind < 0.3 and continent != "-":
        return row(ask(rng.choice(CONTINENT).format(c=country), rng), continent + ".",
                   "capital", country)
    return row(ask(rng.choice(FORWARD).format(c=country), rng), city + ".", "capital", country)


def fact(s: Split, rng: random.Random) -> Row:
    questions, answer = rng.choice(s.pools.facts)
    options = questions.split(" / ")
    return row(ask(rng.choice(options), rng), answer, "fact", options[0])


def yesno(s: Split, rng: random.Random) -> Row:
    if rng.random() < 0.6:
        question, answer = rng.choice(s.pools.yesno)
        return row(ask(question, rng), answer, "yesno", question)
    (country, city, continent), (other, city2, continent2) = rng.sample(s.pools.countries, 2)
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            return row(ask(f"Is {city} the capital of {country}?", rng), "Yes.", "yesno",
                       country)
        return row(ask(f"Is {city2} the capital of {country}?", rng),
                   f"No, the capital of {country} is {city}.", "yesno", country, other)
    if continent == "-" or continent2 in ("-", continent):
        return row(ask(f"Is {city} the capital of {country}?", rng), "Yes.", "yesno", country)
    if rng.random() < 0.5:
        return row(ask(f"Is {country} in {continent}?", rng), "Yes.", "yesno", country)
    return row(ask(f"Is {country} in {continent2}?", rng),
               f"No, {country} is in {continent}.", "yesno", country)


# --- numbers ------------------------------------------------------------------------------

ADD = ["What is {a} plus {b}?", "What's {a} + {b}?", "{a} + {b} = ?", "Calculate {a} + {b}.",
       "Add {a} and {b}.", "What is the sum of {a} and {b}?", "How much is {a} plus {b}?"]
SUB = ["What is {a} minus {b}?", "What's {a} - {b}?", "{a} - {b} = ?", "Subtract {b} from {a}.",
       "What is {a} take away {b}?", "How much is {a} minus {b}?"]
MUL = ["What is {a} times {b}?", "What's {a} x {b}?", "{a} * {b} = ?", "Multiply {a} by {b}.",
       "What is {a} multiplied by {b}?", "What is the product of {a} and {b}?"]
DIV = ["What is {a} divided by {b}?", "What's {a} / {b}?", "{a} / {b} = ?", "Divide {a} by {b}.",
       "How many times does {b} go into {a}?"]
WORD_PROBLEMS = {
    "add": ("I have {a} apples and buy {b} more. How many apples do I have?", "apples"),
    "sub": ("There are {a} birds on a fence and {b} fly away. How many are left?", "birds"),
    "mul": ("A box holds {a} eggs. How many eggs are in {b} boxes?", "eggs"),
    "div": ("{a} sweets are shared equally among {b} children. How many does each child get?",
            "sweets"),
}


def _sum(rng: random.Random) -> tuple[str, int, int, int, str]:
    """(operation, a, b, result, key)."""
    op = rng.choice(("add", "sub", "mul", "div"))
    small = rng.random() < 0.7
    if op == "add":
        a, b = (rng.randint(1, 100), rng.randint(1, 100)) if small else \
            (rng.randint(100, 999), rng.randint(10, 999))
        return op, a, b, a + b, f"add:{min(a, b)}:{max(a, b)}"
    if op == "sub":
        a = rng.randint(10, 200)
        b = rng.randint(1, a - 2)
        return op, a, b, a - b, f"sub:{a}:{b}"
    x, y = (rng.randint(2, 12), rng.randint(2, 12)) if small else \
        (rng.randint(13, 30), rng.randint(2, 9))
    if op == "mul":
        return op, x, y, x * y, f"mul:{min(x, y)}:{max(x, y)}"
    return op, x * y, y, x, f"div:{x * y}:{y}"


def arithmetic(s: Split, rng: random.Random) -> Row | None:
    kind = rng.random()
    if kind < 0.1:
        a = rng.randint(2, 20)
        if not s.owns(f"sq:{a}"):
            return None
        if rng.random() < 0.5:
            q = pick(rng, "What is {a} squared?", "What is the square of {a}?",
                     "What is {a} to the power of 2?").format(a=a)
            return row(ask(q, rng), f"{a * a}.", "math", f"sq:{a}")
        return row(ask(f"What is the square root of {a * a}?", rng), f"{a}.", "math", f"sq:{a}")
    if kind < 0.18:
        p, n = rng.choice((5, 10, 20, 25, 50, 75)), 20 * rng.randint(1, 20)
        if not s.owns(f"pct:{p}:{n}"):
            return None
        q = pick(rng, "What is {p}% of {n}?", "What's {p} percent of {n}?",
                 "Calculate {p}% of {n}.").format(p=p, n=n)
        return row(ask(q, rng), f"{p * n // 100}.", "math", f"pct:{p}:{n}")
    op, a, b, result, key = _sum(rng)
    if not s.owns(key):
        return None
    if kind < 0.35 and result >= 2:
        text, noun = WORD_PROBLEMS[op]
        return row(text.format(a=a, b=b), f"{result} {noun}.", "math", key)
    forms = {"add": ADD, "sub": SUB, "mul": MUL, "div": DIV}[op]
    return row(ask(rng.choice(forms).format(a=a, b=b), rng), f"{result}.", "math", key)


# big unit (one, many), small unit (one, many), how many small in one big
UNITS = [(("metre", "metres"), ("centimetre", "centimetres"), 100),
         (("kilometre", "kilometres"), ("metre", "metres"), 1000),
         (("kilogram", "kilograms"), ("gram", "grams"), 1000),
         (("litre", "litres"), ("millilitre", "millilitres"), 1000),
         (("hour", "hours"), ("minute", "minutes"), 60),
         (("minute", "minutes"), ("second", "seconds"), 60),
         (("day", "days"), ("hour", "hours"), 24),
         (("week", "weeks"), ("day", "days"), 7),
         (("year", "years"), ("month", "months"), 12),
         (("foot", "feet"), ("inch", "inches"), 12),
         (("yard", "yards"), ("foot", "feet"), 3),
         (("century", "centuries"), ("year", "years"), 100),
         (("decade", "decades"), ("year", "years"), 10),
         (("metre", "metres"), ("millimetre", "millimetres"), 1000),
         (("pound", "pounds"), ("ounce", "ounces"), 16),
         (("tonne", "tonnes"), ("kilogram", "kilograms"), 1000),
         (("centimetre", "centimetres"), ("millimetre", "millimetres"), 10)]
CONVERT = ["How many {to} are in {v} {frm}?", "Convert {v} {frm} to {to}.",
           "What is {v} {frm} in {to}?", "{v} {frm} is how many {to}?",
           "How many {to} is {v} {frm}?"]
TEMPERATURE = ["What is {v} degrees {frm} in {to}?", "Convert {v} degrees {frm} to {to}.",
               "{v} degrees {frm} is how many degrees {to}?"]


def convert(s: Split, rng: random.Random) -> Row | None:
    if rng.random() < 0.15:
        c = 5 * rng.randint(-8, 20)
        f = c * 9 // 5 + 32
        if not s.owns(f"temp:{c}"):
            return None
        v, frm, to, result = (c, "Celsius", "Fahrenheit", f) if rng.random() < 0.6 else \
            (f, "Fahrenheit", "Celsius", c)
        q = rng.choice(TEMPERATURE).format(v=v, frm=frm, to=to)
        return row(ask(q, rng), f"{result} degrees {to}.", "convert", f"temp:{c}")
    big, small, factor = rng.choice(UNITS)
    v = rng.randint(2, 20)
    key = f"{big[1]}:{small[1]}:{v}"
    if not s.owns(key):
        return None
    if rng.random() < 0.65:
        q = rng.choice(CONVERT).format(v=v, frm=big[1], to=small[1])
        return row(ask(q, rng), f"{v * factor} {small[1]}.", "convert", key)
    q = rng.choice(CONVERT).format(v=v * factor, frm=small[1], to=big[1])
    return row(ask(q, rng), f"{v} {big[1]}.", "convert", key)


# --- words and tasks ----------------------------------------------------------------------

DEFINE = ["What does '{w}' mean?", "What does {w} mean?", "Define {w}.", "Define the word '{w}'.",
          "What is the meaning of '{w}'?", "What's the meaning of {w}?", "Meaning of {w}?",
          "Can you explain what '{w}' means?", "Explain the word '{w}' simply.",
          "What does the word {w} mean?"]
HOW = ["How do I {t}?", "How can I {t}?", "What's the best way to {t}?", "Tell me how to {t}.",
       "How should I {t}?", "Any tips on how to {t}?", "Explain how to {t}.", "I want to {t}. How?"]
POLITE_ASK = ["Rewrite this more politely: {s}", "Make this sentence polite: {s}",
              "Say this more politely: \"{s}\"", "How can I say \"{s}\" more politely?",
              "Please rephrase politely: {s}"]
FIX_ASK = ["Fix the grammar: {s}", "Correct this sentence: {s}",
           "Rewrite this without mistakes: {s}",
           "Correct the grammar in this sentence: {s}", "Fix the mistake in \"{s}\""]
CASE_ASK: list[tuple[str, Callable[[str], str]]] = [
    ("Write this in capital letters: {s}", str.upper), ("Convert to uppercase: {s}", str.upper),
    ("Make this all lowercase: {s}", str.lower), ("Write this sentence in lowercase: {s}",
                                                  str.lower)]
LIST_ASK = ["List {n} {c}.", "Name {n} {c}.", "Give me {n} {c}.", "Can you name {n} {c}?",
            "Tell me {n} {c}.", "What are {n} {c}? Just list them."]


def define(s: Split, rng: random.Random) -> Row:
    word, answer = rng.choice(s.pools.words)
    return row(ask(rng.choice(DEFINE).format(w=word), rng), answer, "define", word)


def howto(s: Split, rng: random.Random) -> Row:
    task, answer = rng.choice(s.pools.howto)
    return row(ask(rng.choice(HOW).format(t=task), rng), answer, "howto", task)


def rewrite(s: Split, rng: random.Random) -> Row:
    kind = rng.random()
    if kind < 0.4:
        text, answer = rng.choice(s.pools.polite)
        return row(rng.choice(POLITE_ASK).format(s=text), answer, "rewrite", text)
    if kind < 0.8:
        text, answer = rng.choice(s.pools.grammar)
        return row(rng.choice(FIX_ASK).format(s=text), answer, "rewrite", text)
    text = rng.choice(s.pools.plain)
    form, change = rng.choice(CASE_ASK)
    return row(form.format(s=text), change(text), "rewrite", text)


def listing(s: Split, rng: random.Random) -> Row:
    category, members = rng.choice(s.pools.categories)
    items = [m.strip() for m in members.split(",")]
    n = rng.randint(2, min(5, len(items)))
    chosen = items[:n]
    answer = sentence(", ".join(chosen[:-1]) + " and " + chosen[-1]) + "."
    return row(ask(rng.choice(LIST_ASK).format(n=NUMBERS[n], c=category), rng), answer, "list",
               category)


def greet(s: Split, rng: random.Random) -> Row:
    phrase, answer = rng.choice(s.pools.greetings)
    bare = phrase.rstrip("?!.")
    text = pick(rng, phrase, phrase.lower(), bare + "!" if bare == phrase else phrase,
                bare.lower(), phrase + " :)")
    return row(text, answer, "greet", phrase)


# --- what cannot be known -----------------------------------------------------------------

PLACE_ASK = ["What is the capital of {x}?", "What is the population of {x}?",
             "Who is the president of {x}?", "What currency does {x} use?",
             "What language do people speak in {x}?", "How big is {x}?"]
BOOK_ASK = ["Who wrote '{x}'?", "What is the book '{x}' about?", "When was '{x}' published?"]
RELATIVE_ASK = [("What is my {x}'s name?", "I don't know your {x}'s name. You haven't told me."),
                ("How old is my {x}?", "I don't know how old your {x} is."),
                ("Where does my {x} live?", "I don't know where your {x} lives."),
                ("What is my {x}'s favourite colour?", "I don't know your {x}'s favourite colour."),
                ("When is my {x}'s birthday?", "I don't know when your {x}'s birthday is.")]
FUTURE_ASK = ["Who will win {x}?", "Who is going to win {x}?", "Can you predict the winner of {x}?"]
WEATHER_ASK = ["What will the weather be like in {x} next week?", "Will it rain in {x} tomorrow?",
               "What's the weather in {x} right now?", "How warm is it in {x} today?"]
PRICE_ASK = [("What is the price of {x} right now?", "I don't know. I have no access to live "
              "prices."),
             ("What will the price of {x} be next year?", "I don't know. Nobody can predict "
              "prices reliably."),
             ("Is {x} going up today?", "I don't know. I have no access to live prices.")]


def unknown(s: Split, rng: random.Random) -> Row:
    p = s.pools
    kind = rng.choices(range(7), (3, 1, 2, 1, 2, 1, 2))[0]
    if kind == 0:
        x = rng.choice(p.places)
        return row(ask(rng.choice(PLACE_ASK).format(x=x), rng),
                   f"I don't know of a country called {x}.", "unknown", x)
    if kind == 1:
        x = rng.choice(p.books)
        return row(ask(rng.choice(BOOK_ASK).format(x=x), rng),
                   f"I don't know of a book called '{x}'.", "unknown", x)
    if kind == 2:
        x = rng.choice(p.relatives)
        q, a = rng.choice(RELATIVE_ASK)
        return row(ask(q.format(x=x), rng), a.format(x=x), "unknown", x)
    if kind == 3:
        x = rng.choice(p.events)
        return row(ask(rng.choice(FUTURE_ASK).format(x=x), rng),
                   "I don't know. Nobody can know the result of a future event.", "unknown", x)
    if kind == 4:
        x = rng.choice(p.cities)
        return row(ask(rng.choice(WEATHER_ASK).format(x=x), rng),
                   "I don't know. I have no access to live weather or forecasts.", "unknown", x)
    if kind == 5:
        x = rng.choice(p.assets)
        q, a = rng.choice(PRICE_ASK)
        return row(ask(q.format(x=x), rng), a, "unknown", x)
    q, a = rng.choice(p.private)
    return row(ask(q, rng), a, "unknown", q)


SLICES: dict[str, Callable[[Split, random.Random], Row | None]] = {
    "capital": capital, "fact": fact, "yesno": yesno, "math": arithmetic, "convert": convert,
    "define": define, "howto": howto, "rewrite": rewrite, "list": listing, "greet": greet,
    "unknown": unknown}


def generate(seed: int = 0) -> dict[str, list[Row]]:
    """Train and eval rows, deterministic for a seed; no input and no fact in both."""
    split_pools, seen = pools(seed), set()
    out = {}
    for name in ("train", "eval"):
        split = Split(split_pools[name], name, seed)
        rng = random.Random(f"{seed}:{TASK}:{name}")
        out[name] = fill(QUOTAS[name], lambda slice_name, r, s=split: SLICES[slice_name](s, r),
                         rng, seen)
    return out


def main(argv: list[str] | None = None) -> int:
    args = parser(TASK, __doc__).parse_args(argv)
    print(summary(write_all(TASK, args.out, args.seed, generate(args.seed))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
