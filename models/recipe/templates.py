"""Synthetic Woo-style Dutch text with PER/ORG/LOC character spans.

Every generated document is a ``(text, spans)`` pair, spans being
``(start, end, label)`` character offsets. Names, places and organisations come
from pools that are split by a stable hash into train/dev/test buckets, so the
test split only contains names never used in training.
"""

from __future__ import annotations

import hashlib
import importlib.util
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# deduce's data files only (pip install --no-deps deduce==3.0.6; `make model` does it); never imported
DEDUCE_SRC = Path(importlib.util.find_spec("deduce").origin).parent / "data" / "lookup" / "src"
RECIPE = Path(__file__).resolve().parent

Span = tuple[int, int, str]
Segment = tuple[str, str | None]
SPLITS = ("train", "dev", "test")


def bucket(key: str) -> str:
    """Stable split of a name: 75 % train, 10 % dev, 15 % test."""
    h = int(hashlib.md5(key.casefold().encode("utf-8")).hexdigest()[:8], 16) % 100
    return "test" if h < 15 else "dev" if h < 25 else "train"


def read_list(path: Path) -> list[str]:
    """Read a one-entry-per-line list, skipping blanks and ``#`` comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        s = " ".join(line.split())
        if s and not s.startswith("#"):
            out.append(s)
    return out


def strip_accents(s: str) -> str:
    """ASCII-fold a string for e-mail addresses."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if c.isascii() and (c.isalnum() or c in ".-"))


def safe_case(s: str, mode: str) -> str:
    """Upper/lower-case without changing the string length (keeps offsets valid)."""
    f = str.upper if mode == "U" else str.lower
    return "".join(f(c) if len(f(c)) == 1 else c for c in s)


# --------------------------------------------------------------------- vocab
INTERFIXES = sorted(
    [
        "van der",
        "van den",
        "van de",
        "van het",
        "van 't",
        "van",
        "de",
        "den",
        "der",
        "ter",
        "ten",
        "te",
        "in 't",
        "in het",
        "op de",
        "op den",
        "op 't",
        "uit de",
        "uit den",
        "'t",
        "de la",
        "da",
        "dos",
        "du",
        "le",
        "la",
        "von",
        "el",
        "al",
        "van la",
        "in de",
        "aan de",
        "bij de",
        "vander",
        "von der",
    ],
    key=len,
    reverse=True,
)

COMMON_SURNAMES = """de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|
de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|
de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|
van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|
Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|de Jonge|Kuipers|
van Veen|Post|Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijk|Postma|Martens|Vink|de Ridder|
Jonker|van Loon|Timmermans|Groen|Boer|Evers|Koopman|Sanders|van Rijn|Wouters|Hermans|Kort|Lammers|
Yılmaz|Yilmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Koç|Kurt|Özdemir|El Amrani|
El Idrissi|Bouzid|Benali|Ahmadi|Haddou|Boukhari|Ait Taleb|Ouali|El Khatib|Azzouzi|Bouchtaoui|
Ouahabi|Achahbar|Mohamed|Ali|Hassan|Nguyen|Tran|Le|Pham|Hoang|Chen|Wang|Zhang|Liu|Lin|Wong|Chan|
Cheung|Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Shevchenko|
Kovalenko|Bondarenko|Tkachenko|Boateng|Mensah|Owusu|Asante|Appiah|Osei|Agyeman|Tekle|Ghebremedhin|
Tesfamariam|Haile|Abdi|Warsame|Ramdin|Ramsaran|Jagessar|Mahabier|Sewdien|Ramautar|Bisoendial|
Soekhoe|Kromodimedjo|Sastrodimedjo|Martina|Croes|Wijngaarde|Pinas|Pattinama|Sahetapy|Latuheru|
Tahapary|Al-Hassan|Haddad|Khoury|Sadeghi|Popescu|Ionescu|Horváth|Petrović|Hodžić""".replace("\n", "")

ROLES = """wethouder|burgemeester|minister|staatssecretaris|gedeputeerde|Kamerlid|raadslid|
gemeentesecretaris|directeur|teamleider|toezichthouder|handhaver|boa|wijkagent|casemanager|
beleidsmedewerker|beleidsadviseur|jurist|adviseur|projectleider|fractievoorzitter|griffier|
inspecteur|advocaat|notaris|klager|verzoeker|aanvrager|bezwaarmaker|buurtbewoner|huurder|eigenaar|
medewerker|communicatieadviseur|woordvoerder|secretaris-generaal|programmamanager|senior adviseur|
wijkcoördinator|consulent|klantmanager|accountmanager|coördinator|afdelingshoofd|
bestuursadviseur|hoofd juridische zaken|privacy officer|functionaris gegevensbescherming|
woo-coördinator|procesregisseur|ambtenaar|secretaresse|managementassistent|stagiair|
bewoner|ondernemer|melder|belanghebbende|gemachtigde|voorzitter|notulist|trainee""".replace("\n", "").split("|")

POLITICAL = [
    "wethouder",
    "burgemeester",
    "minister",
    "staatssecretaris",
    "gedeputeerde",
    "Kamerlid",
    "raadslid",
    "fractievoorzitter",
    "commissaris van de Koning",
    "loco-burgemeester",
    "minister-president",
    "Statenlid",
    "dijkgraaf",
]
TITLES_M = ["de heer", "dhr.", "heer", "meneer", "Dhr.", "De heer"]
TITLES_F = ["mevrouw", "mw.", "mevr.", "Mevrouw", "Mw.", "mej."]
ACADEMIC = ["mr.", "dr.", "drs.", "ir.", "ing.", "prof. dr.", "mr. drs.", "MSc", "bc."]

MINISTRIES = [
    ("ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "minbzk.nl"),
    ("ministerie van Volksgezondheid, Welzijn en Sport", "minvws.nl"),
    ("ministerie van Justitie en Veiligheid", "minjenv.nl"),
    ("ministerie van Financiën", "minfin.nl"),
    ("ministerie van Infrastructuur en Waterstaat", "minienw.nl"),
    ("ministerie van Onderwijs, Cultuur en Wetenschap", "minocw.nl"),
    ("ministerie van Sociale Zaken en Werkgelegenheid", "minszw.nl"),
    ("ministerie van Economische Zaken en Klimaat", "minezk.nl"),
    ("ministerie van Landbouw, Natuur en Voedselkwaliteit", "minlnv.nl"),
    ("ministerie van Buitenlandse Zaken", "minbuza.nl"),
    ("ministerie van Defensie", "mindef.nl"),
    ("ministerie van Algemene Zaken", "minaz.nl"),
    ("Ministerie van BZK", "minbzk.nl"),
    ("Ministerie van VWS", "minvws.nl"),
    ("BZK", "minbzk.nl"),
    ("VWS", "minvws.nl"),
    ("JenV", "minjenv.nl"),
    ("OCW", "minocw.nl"),
    ("SZW", "minszw.nl"),
    ("EZK", "minezk.nl"),
    ("IenW", "minienw.nl"),
    ("LNV", "minlnv.nl"),
]
AGENCIES = """UWV|SVB|DUO|IND|COA|CJIB|Belastingdienst|Rijkswaterstaat|RIVM|NVWA|ILT|
Inspectie van het Onderwijs|Kadaster|KNMI|RVO|Rijksvastgoedbedrijf|DJI|Nationale Politie|politie|
Politie|Openbaar Ministerie|OM|Raad voor de Kinderbescherming|VNG|IPO|Autoriteit Persoonsgegevens|
AP|ACM|AFM|DNB|Raad van State|Nationale ombudsman|Algemene Rekenkamer|Tweede Kamer|Eerste Kamer|
CBS|Logius|SSC-ICT|Toeslagen|Dienst Toeslagen|Inspectie Gezondheidszorg en Jeugd|IGJ|
Inspectie SZW|Nederlandse Arbeidsinspectie|Staatsbosbeheer|ProRail|NS|KPN|Rabobank|ING|ABN AMRO|
Eneco|Vattenfall|Stedin|Enexis|Liander|Deloitte|PwC|KPMG|EY|Arcadis|Royal HaskoningDHV|
Sweco|Witteveen+Bos|Microsoft|Albert Heijn|Jumbo|PostNL|Vluchtelingenwerk|Leger des Heils|
Rode Kruis|Stichting Woonzorg|Centrum voor Jeugd en Gezin|CJG|Veilig Thuis|Zorgverzekeraar Zilveren Kruis|
Menzis|CZ|Ymere|Eigen Haard|Vestia|Woonstad Rotterdam|Havensteder|Mitros|Portaal|De Alliantie|
Stadgenoot|Rochdale|Woonbron|Staedion|Wonen Limburg|Lefier|Woonstede|Parteon|Woonzorg Nederland|
GGZ Noord-Holland-Noord|Parnassia|Reclassering Nederland|Halt|Slachtofferhulp Nederland|
Kamer van Koophandel|KvK|Waterschap Rivierenland|Hoogheemraadschap van Rijnland|
Wetterskip Fryslân|Tennet|Gasunie|NAM|Schiphol Group|Havenbedrijf Rotterdam""".replace("\n", "").split("|")
ORG_PREFIX_PLACE = [
    "gemeente",
    "Gemeente",
    "GGD",
    "Omgevingsdienst",
    "Veiligheidsregio",
    "Rechtbank",
    "rechtbank",
    "Gerechtshof",
    "Politie eenheid",
    "Woonstichting",
    "Woonbedrijf",
    "Stichting Welzijn",
    "Sportbedrijf",
    "Bibliotheek",
    "Zorggroep",
    "Wijkteam",
    "Stadsdeel",
    "Ziekenhuis",
    "Voedselbank",
    "Huurdersvereniging",
    "Ondernemersvereniging",
    "Brandweer",
    "Veilig Thuis",
    "Regionale Uitvoeringsdienst",
    "Werkbedrijf",
    "Hogeschool",
    "Universiteit",
    "ROC",
    "Stadsbank",
    "Gemeentebelangen",
    "Dorpsraad",
    "Waterschap",
]
ORG_SUFFIX_SUR = [
    "Bouw B.V.",
    "Installatietechniek",
    "Advocaten",
    "& Partners",
    "Holding B.V.",
    "Transport",
    "Schoonmaakdiensten",
    "Vastgoed B.V.",
    "Accountants",
    "Makelaardij",
    "Beheer B.V.",
    "Groep",
    "Consultancy",
    "Notarissen",
    "Infra",
]
ORG_PREFIX_SUR = [
    "Bouwbedrijf",
    "Adviesbureau",
    "Advocatenkantoor",
    "Aannemersbedrijf",
    "Transportbedrijf",
    "Installatiebedrijf",
    "Stichting",
    "Notariskantoor",
    "Schildersbedrijf",
    "Autobedrijf",
    "Hoveniersbedrijf",
    "Cafetaria",
    "Restaurant",
]
TEAMS = [
    "team Handhaving",
    "team Vergunningen",
    "afdeling Juridische Zaken",
    "team Woo",
    "directie Wetgeving en Juridische Zaken",
    "cluster Sociaal Domein",
    "team Jeugd",
    "afdeling Communicatie",
    "team Openbare Ruimte",
    "directie Bedrijfsvoering",
    "afdeling Burgerzaken",
    "team Informatiebeheer",
    "Klantcontactcentrum",
    "team Wmo",
    "team Inkomen",
    "afdeling Ruimtelijke Ordening",
    "team Bestuursondersteuning",
    "directie Financieel-Economische Zaken",
    "team Veiligheid",
    "Concernstaf",
    "team Bezwaar en Beroep",
    "afdeling HRM",
    "team Integriteit",
    "Programmabureau Wonen",
    "team Toezicht en Handhaving",
    "directie Communicatie",
    "team Participatie",
]
COUNTRIES = [
    "Nederland",
    "België",
    "Duitsland",
    "Marokko",
    "Turkije",
    "Suriname",
    "Syrië",
    "Oekraïne",
    "Polen",
    "Eritrea",
    "Afghanistan",
    "Curaçao",
    "Aruba",
    "Bonaire",
    "Frankrijk",
    "Spanje",
    "Ghana",
    "Somalië",
    "Irak",
    "Iran",
    "China",
    "Vietnam",
    "Indonesië",
    "Roemenië",
    "Bulgarije",
    "Engeland",
    "Verenigd Koninkrijk",
    "Verenigde Staten",
    "Italië",
    "Portugal",
    "Griekenland",
    "Brussel",
    "Europa",
]
TOPICS = [
    "Woo-verzoek",
    "subsidieaanvraag",
    "handhavingsverzoek",
    "omgevingsvergunning",
    "evenementenvergunning",
    "bezwaarschrift",
    "klacht",
    "planning Q3",
    "begroting 2024",
    "raadsvoorstel",
    "Kamervragen",
    "beleidsnota",
    "inzet BOA's",
    "opvang asielzoekers",
    "huisvesting statushouders",
    "energietoeslag",
    "jeugdzorg",
    "Wmo-voorziening",
    "parkeerbeleid",
    "overlast hangjongeren",
    "ondermijning",
    "windpark",
    "stikstof",
    "zonnepanelen",
    "coronamaatregelen",
    "datalek",
    "aanbesteding ICT",
    "herinrichting plein",
    "sluiting zwembad",
    "schuldhulpverlening",
    "reorganisatie",
    "personeelsdossier",
]
LAWS = [
    "de Woo",
    "de Wet open overheid",
    "de Awb",
    "de Algemene wet bestuursrecht",
    "de Participatiewet",
    "de Wmo 2015",
    "de Jeugdwet",
    "de Omgevingswet",
    "de Gemeentewet",
    "de Opiumwet",
    "de AVG",
    "de Wet milieubeheer",
    "de Woningwet",
    "de Wabo",
    "de Huisvestingswet",
    "de Wet BRP",
    "de Ambtenarenwet",
    "de Vreemdelingenwet",
]


@dataclass
class Pools:
    """Lexical pools per split (train/dev/test)."""

    first: dict[str, list[str]] = field(default_factory=dict)
    first_extra: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    surnames_common: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    places: dict[str, list[str]] = field(default_factory=dict)
    municipalities: dict[str, list[str]] = field(default_factory=dict)
    streets: dict[str, list[str]] = field(default_factory=dict)
    regions: dict[str, list[str]] = field(default_factory=dict)


def split_tv(surname: str) -> tuple[str, str]:
    """Split ``van den Berg`` into (``van den``, ``Berg``)."""
    low = surname.casefold()
    for tv in INTERFIXES:
        if low.startswith(tv + " ") and len(surname) > len(tv) + 1:
            return surname[: len(tv)].lower(), surname[len(tv) + 1 :]
    return "", surname


_SMALL = {"En", "Aan", "Den", "De", "Op", "Bij", "Van", "Het", "Der", "In", "Onder", "Over", "Ter"}


def fix_place(name: str) -> str:
    """Repair deduce's title-casing (``Alphen Aan Den Rijn``) and drop qualifiers."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    name = name.replace("'S-", "'s-").replace("'S ", "'s ").replace("'T ", "'t ")
    words = name.split(" ")
    return " ".join(w.lower() if i > 0 and w in _SMALL else w for i, w in enumerate(words))


def _by_split(items: Iterable[str], key: Callable[[str], str] = lambda s: s) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SPLITS}
    for it in sorted(set(items)):
        out[bucket(key(it))].append(it)
    return out


def load_pools(exclude_from_test: set[str] | None = None) -> Pools:
    """Load all pools and split them; test names never occur in train pools.

    ``exclude_from_test`` holds casefolded tokens seen in other training text
    (Europeana); test names containing such a token are dropped.
    """
    lists = REPO / "rules" / "lists"
    first = [n for n in read_list(lists / "first_names.txt") if n[0].isupper()]
    extra = [n for n in read_list(RECIPE / "data" / "extra_first_names.txt")]
    sur_raw = [s for s in read_list(lists / "surnames.txt") if 2 <= len(s) <= 30]
    common_raw = COMMON_SURNAMES.split("|")
    p = Pools()
    p.first = _by_split(first)
    p.first_extra = _by_split(extra)

    def core_key(s: str) -> str:
        return split_tv(s)[1]

    sur = _by_split(sur_raw, core_key)
    com = _by_split(common_raw, core_key)
    p.surnames = {k: [split_tv(s) for s in v] for k, v in sur.items()}
    p.surnames_common = {k: [split_tv(s) for s in v] for k, v in com.items()}

    # tokens used by training names must not appear in test names
    seen: set[str] = set(exclude_from_test or ())
    for split in ("train", "dev"):
        for n in p.first[split] + p.first_extra[split]:
            seen.update(re.split(r"[\s\-]+", n.casefold()))
        for _tv, core in p.surnames[split] + p.surnames_common[split]:
            seen.update(re.split(r"[\s\-]+", core.casefold()))

    def unseen(name: str) -> bool:
        return not any(t in seen for t in re.split(r"[\s\-]+", name.casefold()) if t)

    for d in (p.first, p.first_extra):
        d["test"] = [n for n in d["test"] if unseen(n)]
    for d2 in (p.surnames, p.surnames_common):
        d2["test"] = [(tv, c) for tv, c in d2["test"] if unseen(c)]

    loc = DEDUCE_SRC / "locations"
    places = [fix_place(x) for x in read_list(loc / "lst_placename/lst_residence/items.txt")]
    p.places = _by_split([x for x in places if 2 < len(x) < 30])
    munis = [fix_place(x) for x in read_list(loc / "lst_placename/lst_municipality/items.txt")]
    p.municipalities = _by_split(munis)
    regions = [fix_place(x) for x in read_list(loc / "lst_placename/lst_region/items.txt")]
    p.regions = _by_split(regions + read_list(loc / "lst_placename/lst_province/items.txt"))
    street_re = re.compile(r"^[A-Z'][\w'.\- ]{3,28}$")
    streets = [s for s in read_list(loc / "lst_street/items.txt") if street_re.match(s)]
    p.streets = _by_split(streets)
    return p


# -------------------------------------------------------------------- people
@dataclass
class Person:
    """An invented person assembled from the name pools."""

    first: str
    second: str
    tv: str
    core: str
    tv2: str
    core2: str
    female: bool

    def surname(self, cap: bool = False) -> str:
        """Surname with tussenvoegsel; ``cap`` capitalises it (``De Vries``)."""
        tv = self.tv[:1].upper() + self.tv[1:] if (cap and self.tv) else self.tv
        main = f"{tv} {self.core}" if tv else self.core
        if self.core2:
            other = f"{self.tv2} {self.core2}" if self.tv2 else self.core2
            main = f"{main}-{other}" if len(main) % 2 else f"{main} - {other}"
        return main

    def initials(self, rng: random.Random) -> str:
        """Initials in one of the common styles: ``P.J.``, ``P.J.M.``, ``PJ``."""
        parts = [self.first, *([self.second] if self.second else [])]
        extra = rng.choice(["", "", "", "M", "A", "H", "C", "W"])
        letters = [x[0].upper() for x in parts] + ([extra] if extra else [])
        style = rng.random()
        if style < 0.75:
            return "".join(f"{c}." for c in letters)
        if style < 0.9:
            return " ".join(f"{c}." for c in letters)
        return "".join(letters)

    def given(self) -> str:
        """First name, sometimes with a second name (``Jan Willem``, ``Jan-Willem``)."""
        return (
            f"{self.first}{'-' if len(self.first) % 3 == 0 else ' '}{self.second}"
            if (self.second and len(self.second) % 4 == 0)
            else self.first
        )

    def email(self, rng: random.Random, domain: str) -> str:
        """Plausible e-mail address (not an entity)."""
        core = strip_accents((self.tv + self.core).replace(" ", "").replace("'", "")).lower()
        first = strip_accents(self.first).lower()
        local = rng.choice(
            [f"{first[:1]}.{core}", f"{first}.{core}", f"{first}{core[:1]}", f"{first[:1]}{core}", f"{core}{first[:1]}"]
        )
        return f"{local or 'info'}@{domain}"


def make_person(rng: random.Random, pools: Pools, split: str) -> Person:
    """Draw a person; 30 % of first names and 35 % of surnames from the curated lists."""

    def fname() -> str:
        src = pools.first_extra if rng.random() < 0.3 else pools.first
        return rng.choice(src[split])

    def sname() -> tuple[str, str]:
        src = pools.surnames_common if rng.random() < 0.35 else pools.surnames
        return rng.choice(src[split])

    tv, core = sname()
    tv2, core2 = sname() if rng.random() < 0.1 else ("", "")
    second = fname() if rng.random() < 0.15 else ""
    return Person(fname(), second, tv, core, tv2, core2, rng.random() < 0.5)


# ---------------------------------------------------------------- generation
class Builder:
    """Accumulates text and entity spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[Span] = []

    def add(self, text: str, label: str | None = None) -> None:
        """Append text; if ``label`` is set the text (stripped) becomes an entity."""
        if label and text.strip():
            lead = len(text) - len(text.lstrip())
            core = text.strip()
            self.spans.append((self.n + lead, self.n + lead + len(core), label))
        self.parts.append(text)
        self.n += len(text)

    def result(self) -> tuple[str, list[Span]]:
        """Return ``(text, spans)``."""
        return "".join(self.parts), list(self.spans)


SLOT = re.compile(r"\{([A-Za-z_0-9.]+)(?:!([UL]))?\}")


class Gen:
    """Generator of synthetic documents for one split."""

    def __init__(self, pools: Pools, split: str, seed: int) -> None:
        self.p = pools
        self.split = split
        self.rng = random.Random(seed)
        self.people: list[Person] = []
        self.orgs: list[tuple[str, str]] = []

    # ---- entity fillers
    def person(self, i: int) -> Person:
        """The i-th person of the current document."""
        while len(self.people) <= i:
            self.people.append(make_person(self.rng, self.p, self.split))
        return self.people[i]

    def place(self) -> str:
        """A place or municipality name."""
        r = self.rng
        pool = self.p.municipalities if r.random() < 0.5 else self.p.places
        return r.choice(pool[self.split])

    def street(self) -> str:
        """A street name."""
        return self.rng.choice(self.p.streets[self.split])

    def org(self) -> tuple[str, str]:
        """Organisation name and e-mail domain."""
        r = self.rng
        x = r.random()
        if x < 0.25:
            m = r.choice(self.p.municipalities[self.split])
            pre = r.choice(ORG_PREFIX_PLACE[:2] if r.random() < 0.6 else ORG_PREFIX_PLACE)
            return f"{pre} {m}", strip_accents(m.replace(" ", "").replace("'", "")).lower() + ".nl"
        if x < 0.4:
            return r.choice(MINISTRIES)
        if x < 0.65:
            a = r.choice(AGENCIES)
            return a, strip_accents(a.split()[0]).lower() + ".nl"
        if x < 0.8:
            tv, core = r.choice(self.p.surnames[self.split] + self.p.surnames_common[self.split])
            sur = f"{tv} {core}".strip()
            name = f"{sur} {r.choice(ORG_SUFFIX_SUR)}" if r.random() < 0.5 else f"{r.choice(ORG_PREFIX_SUR)} {sur}"
            return name, strip_accents(core).lower() + ".nl"
        if x < 0.9:
            return r.choice(TEAMS), "rijksoverheid.nl"
        reg = r.choice(self.p.regions[self.split])
        pre = r.choice(["provincie", "Provincie", "Regio", "GGD", "Veiligheidsregio", "Waterschap"])
        return f"{pre} {reg}", strip_accents(reg.split()[0]).lower() + ".nl"

    def org_i(self, i: int) -> tuple[str, str]:
        """The i-th organisation of the current document."""
        while len(self.orgs) <= i:
            self.orgs.append(self.org())
        return self.orgs[i]

    def date(self) -> str:
        """A date in a random Dutch format."""
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2016, 2025)
        months = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ]
        return r.choice(
            [
                f"{d} {months[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {months[m - 1]}",
            ]
        )

    def phone(self) -> str:
        """A phone number."""
        r = self.rng
        return r.choice(
            [
                f"06-{r.randint(10000000, 99999999)}",
                f"06 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+31 6 {r.randint(10000000, 99999999)}",
                f"0{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
                "14 020",
                "14 030",
            ]
        )

    def postcode(self) -> str:
        """Separator plus postcode (``, 1234 AB ``) preceding a place name."""
        r = self.rng
        sep = r.choice([", ", "\n"])
        num = r.randint(1000, 9999)
        a = chr(r.randint(65, 90))
        return f"{sep}{num} {a}{chr(r.randint(65, 90))} "

    def title(self, p: Person) -> str:
        """Salutation title matching the invented gender."""
        return self.rng.choice(TITLES_F if p.female else TITLES_M)

    def pform(self, p: Person, form: str) -> list[Segment]:
        """Render a person in a form; returns segments (PER part labelled)."""
        r = self.rng
        if form == "any":
            form = r.choice(["full", "full", "init", "first", "tsur", "rev", "full"])
        if form == "full":
            return [(f"{p.given()} {p.surname()}", "PER")]
        if form == "init":
            return [(f"{p.initials(r)} {p.surname()}", "PER")]
        if form == "first":
            return [(p.given(), "PER")]
        if form == "sur":
            return [(p.surname(cap=True), "PER")]
        if form == "tsur":
            t = self.title(p)
            if r.random() < 0.15:
                t = f"{t} {r.choice(ACADEMIC)}"
            if r.random() < 0.35:
                return [(t + " ", None), (f"{p.initials(r)} {p.surname()}", "PER")]
            return [(t + " ", None), (p.surname(cap=True), "PER")]
        if form == "rev":
            x = r.random()
            tail = f" {p.tv}" if p.tv else ""
            core = p.surname(cap=False)[len(p.tv) + 1 :] if p.tv else p.surname()
            if x < 0.4:
                return [(f"{core}, {p.given()}{tail}", "PER")]
            if x < 0.7:
                return [(f"{core}{tail}, {p.initials(r)}", "PER")]
            if x < 0.85:
                return [(f"{p.surname(cap=True)}, {p.given()}", "PER")]
            return [(f"{core}, {p.initials(r)}{tail} ({p.given()})", "PER")]
        if form == "upper":
            return [(safe_case(f"{p.given()} {p.surname()}", "U"), "PER")]
        if form == "lower":
            return [(safe_case(f"{p.given()} {p.surname()}", "L"), "PER")]
        if form == "title":
            return [(self.title(p), None)]
        if form == "email":
            return [(p.email(r, self.org_i(0)[1]), None)]
        raise ValueError(form)

    def slot(self, name: str) -> list[Segment]:
        """Resolve one ``{slot}`` into segments."""
        r = self.rng
        if name[0] == "P" and name[1:2].isdigit():
            idx, _, form = name[1:].partition(".")
            return self.pform(self.person(int(idx)), form or "any")
        if name[0] == "O" and name[1:2].isdigit():
            idx, _, form = name[1:].partition(".")
            org, dom = self.org_i(int(idx))
            return [(dom, None)] if form == "dom" else [(org, "ORG")]
        simple: dict[str, Callable[[], list[Segment]]] = {
            "ORG": lambda: [(self.org()[0], "ORG")],
            "CITY": lambda: [(self.place(), "LOC")],
            "STREET": lambda: [(self.street(), "LOC")],
            "REGION": lambda: [(r.choice(self.p.regions[self.split]), "LOC")],
            "COUNTRY": lambda: [(r.choice(COUNTRIES), "LOC")],
            "ADDR": lambda: [
                (self.street(), "LOC"),
                (f" {r.randint(1, 250)}{r.choice(['', '', 'a', 'B', '-2'])}", None),
                (self.postcode(), None),
                (self.place(), "LOC"),
            ],
            "DATE": lambda: [(self.date(), None)],
            "TIME": lambda: [(f"{r.randint(8, 21)}:{r.choice(['00', '15', '30', '45', '05'])}", None)],
            "NUM": lambda: [(str(r.randint(2, 40)), None)],
            "PHONE": lambda: [(self.phone(), None)],
            "KENMERK": lambda: [
                (r.choice(["Z", "ZK", "WOO-", "2024-", "BZK-", ""]) + str(r.randint(10000, 9999999)), None)
            ],
            "ROLE": lambda: [(r.choice(ROLES), None)],
            "POL": lambda: [(r.choice(POLITICAL), None)],
            "TOPIC": lambda: [(r.choice(TOPICS), None)],
            "LAW": lambda: [(r.choice(LAWS), None)],
            "REDACTED": lambda: [
                (r.choice(["5.1.2e", "5.1.2.e", "[5.1.2e]", "10.2e", "[naam]", "XXX", "█████", "*****"]), None)
            ],
        }
        return simple[name]()

    def fill(self, b: Builder, template: str) -> None:
        """Expand a template with ``{slot}`` / ``{slot!U}`` markers into ``b``."""
        pos = 0
        for m in SLOT.finditer(template):
            b.add(template[pos : m.start()])
            for text, label in self.slot(m.group(1)):
                b.add(safe_case(text, m.group(2)) if m.group(2) else text, label)
            pos = m.end()
        b.add(template[pos:])

    def frame(self, frames: list[str]) -> str:
        """Pick a frame; 20 % of frames (index % 5 == 0) never appear in train."""
        if self.split == "train":
            return self.rng.choice([f for i, f in enumerate(frames) if i % 5 != 0])
        return self.rng.choice(frames)

    # ---- document types
    def doc(self) -> tuple[str, list[Span]]:
        """Generate one document of a random type."""
        self.people, self.orgs = [], []
        kinds: list[tuple[Callable[[Builder], None], float]] = [
            (self.email, 0.18),
            (self.email_body, 0.14),
            (self.minutes, 0.1),
            (self.letter, 0.1),
            (self.decision, 0.07),
            (self.enforcement, 0.08),
            (self.chat, 0.1),
            (self.sentences, 0.23),
        ]
        fn = self.rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        b = Builder()
        fn(b)
        text, spans = b.result()
        if self.rng.random() < 0.03:
            text = safe_case(text, "U")
        return text, spans

    def sentences(self, b: Builder) -> None:
        """One to three free-standing sentences (many without entities)."""
        for i in range(self.rng.choice([1, 1, 2, 3])):
            pool = NEGATIVE if self.rng.random() < 0.4 else NARRATIVE
            if i:
                b.add(self.rng.choice([" ", " ", "\n", "\n\n"]))
            self.fill(b, self.frame(pool))

    def header_line(self, b: Builder, key: str, people: list[int], rev: bool = True) -> None:
        """An e-mail header line such as ``Aan: Vries, Jan de <j.devries@x.nl>``."""
        r = self.rng
        b.add(f"{key}:{r.choice([' ', ' ', chr(9), '  '])}")
        for n, i in enumerate(people):
            if n:
                b.add(r.choice(["; ", ", ", "; "]))
            p = self.person(i)
            form = "rev" if rev and r.random() < 0.55 else r.choice(["full", "full", "init"])
            for text, label in self.pform(p, form):
                b.add(text, label)
            if r.random() < 0.4:
                b.add(f" ({r.choice(['BZK', 'VWS', 'DGOO', 'Gemeente', 'extern', 'DBO', 'JenV'])})")
            if r.random() < 0.6:
                dom = self.org_i(i % 2)[1]
                b.add(f" <{p.email(r, dom)}>")
        b.add("\n")

    def email(self, b: Builder) -> None:
        """Full e-mail: header, greeting, body, signature."""
        r = self.rng
        if r.random() < 0.2:
            b.add(
                r.choice(
                    [
                        "-----Oorspronkelijk bericht-----\n",
                        "________________________________\n",
                        "Doorgestuurd bericht:\n",
                    ]
                )
            )
        nto = r.choice([1, 1, 1, 2, 3])
        if r.random() < 0.15:
            b.add(f"Van: {r.choice(['', '[', ''])}")
            self.fill(b, "{REDACTED}")
            b.add("\n")
        else:
            self.header_line(b, r.choice(["Van", "Van", "From", "Afzender"]), [0])
        key = r.choice(["Verzonden", "Datum", "Sent", "Verzonden"])
        date = self.date()
        hour = r.randint(7, 22)
        b.add(f"{key}: {date} {hour}:{r.randint(0, 59):02d}\n")
        self.header_line(b, r.choice(["Aan", "Aan", "To"]), list(range(1, 1 + nto)))
        if r.random() < 0.4:
            self.header_line(b, r.choice(["CC", "Cc", "CC"]), [1 + nto + k for k in range(r.choice([1, 2]))])
        prefix = r.choice(["", "RE: ", "FW: ", "Re: "])
        suffix = r.choice(["", " {CITY}", " - {KENMERK}", " {O1}"])
        self.fill(b, f"Onderwerp: {prefix}{{TOPIC}}{suffix}\n\n")
        self.email_body(b, sender=0, recipient=1)

    def email_body(self, b: Builder, sender: int = 0, recipient: int = 1) -> None:
        """Greeting, 1-4 sentences, closing and signature."""
        r = self.rng
        self.fill(b, self.frame(GREETINGS).replace("P1", f"P{recipient}") + "\n\n")
        for _ in range(r.choice([1, 2, 2, 3, 4])):
            pool = NEGATIVE if r.random() < 0.45 else NARRATIVE
            self.fill(b, self.frame(pool).replace("{P1", "{P7").replace("{P0", "{P8"))
            b.add(r.choice([" ", "\n", "\n\n", " "]))
        b.add("\n" + r.choice(CLOSINGS) + "\n\n")
        self.signature(b, sender)

    def signature(self, b: Builder, i: int) -> None:
        """Signature block with name, role, team, organisation, contact details."""
        r = self.rng
        p = self.person(i)
        form = r.choice(["full", "full", "first", "init", "full"])
        for text, label in self.pform(p, form):
            b.add(text, label)
        b.add("\n")
        if r.random() < 0.7:
            b.add(r.choice(ROLES).capitalize() + r.choice(["\n", " | "]))
        if r.random() < 0.5:
            b.add(r.choice(TEAMS), "ORG")
            b.add("\n")
        if r.random() < 0.7:
            b.add(self.org_i(0)[0], "ORG")
            b.add("\n")
        if r.random() < 0.4:
            self.fill(b, "{ADDR}\n")
        if r.random() < 0.5:
            b.add(f"{r.choice(['T', 'M', 'Tel.', 'Mobiel', 'T:'])} {self.phone()}\n")
        if r.random() < 0.4:
            b.add(f"{r.choice(['E', 'E-mail:', 'Mail'])} {p.email(r, self.org_i(0)[1])}\n")
        if r.random() < 0.3:
            b.add(
                r.choice(
                    [
                        "Ik werk op maandag, dinsdag en donderdag.\n",
                        "Werkdagen: ma t/m do\n",
                        "Let op: ik ben op vrijdag niet bereikbaar.\n",
                        "Dit bericht kan informatie bevatten die niet voor u is bestemd.\n",
                    ]
                )
            )

    def minutes(self, b: Builder) -> None:
        """Meeting minutes with attendance list, items and action points."""
        r = self.rng
        self.fill(
            b,
            r.choice(
                [
                    "Verslag {TOPIC}\n",
                    "VERSLAG OVERLEG {TOPIC!U}\n",
                    "Notulen {TOPIC} {CITY}\n",
                    "Verslag bestuurlijk overleg\n",
                    "Actielijst stuurgroep {TOPIC}\n",
                ]
            ),
        )
        self.fill(
            b,
            "Datum: {DATE}\n"
            + r.choice(["", "Locatie: {O0}, {CITY}\n", "Locatie: Teams\n", "Tijd: {TIME} - {TIME} uur\n"]),
        )
        n = r.randint(2, 6)
        b.add(r.choice(["Aanwezig: ", "Aanwezigen: ", "Aanwezig:\n", "Deelnemers: "]))
        sep = r.choice([", ", "; ", "\n- ", "\n"])
        for i in range(n):
            if i:
                b.add(sep)
            if r.random() < 0.3:
                self.fill(b, "{POL} ")
                for text, label in self.pform(self.person(i), "sur"):
                    b.add(text, label)
            else:
                for text, label in self.pform(self.person(i), r.choice(["full", "init", "full", "tsur"])):
                    b.add(text, label)
            x = r.random()
            if x < 0.5:
                b.add(" (")
                b.add(
                    self.org_i(i % 3)[0] if r.random() < 0.6 else r.choice(["BZK", "VWS", "GGD", "UWV", "VNG"]), "ORG"
                )
                b.add(")")
            elif x < 0.65:
                b.add(f" ({r.choice(ROLES)})")
            elif x < 0.75:
                b.add(", ")
                b.add(self.org_i(i % 3)[0], "ORG")
        b.add("\n")
        if r.random() < 0.5:
            b.add(r.choice(["Afwezig: ", "Afwezig met kennisgeving: ", "Notulist: "]))
            for text, label in self.pform(self.person(n), r.choice(["full", "init", "first"])):
                b.add(text, label)
            b.add("\n")
        b.add("\n1. Opening en mededelingen\n")
        self.fill(
            b,
            r.choice(
                [
                    "{P0.sur} opent de vergadering en heet iedereen welkom.",
                    "De voorzitter opent de vergadering om {TIME} uur.",
                    "{P0.first} opent het overleg. {P1.first} sluit later aan.",
                    "Voorzitter {P0.full} opent de vergadering.",
                    "Er zijn geen mededelingen.",
                ]
            )
            + "\n",
        )
        b.add("2. " + r.choice(["Stand van zaken", "Planning", "Voortgang", "Rondvraag"]) + "\n")
        for _ in range(r.randint(1, 3)):
            self.fill(b, self.frame(MINUTES_LINES) + "\n")
        b.add(r.choice(["\nActiepunten\n", "\nACTIEPUNTEN:\n", "\nActies:\n"]))
        for _ in range(r.randint(1, 4)):
            self.fill(b, self.frame(ACTIONS).replace("P9", f"P{r.randrange(n)}") + "\n")

    def letter(self, b: Builder) -> None:
        """Formal letter with address block and salutation."""
        r = self.rng
        p = self.person(0)
        self.fill(b, r.choice(["{O0}\n", "{O0!U}\n", "", "Retouradres Postbus {NUM} {CITY}\n"]))
        t = self.title(p)
        b.add(r.choice(["Aan ", "", ""]) + t + " ")
        b.add(f"{p.initials(r)} {p.surname()}" if r.random() < 0.7 else f"{p.given()} {p.surname()}", "PER")
        b.add("\n")
        self.fill(b, "{ADDR}\n\n")
        self.fill(
            b,
            r.choice(
                [
                    "Datum {DATE}\nKenmerk {KENMERK}\nBetreft {TOPIC}\n\n",
                    "{CITY}, {DATE}\nOnderwerp: {TOPIC}\nOns kenmerk: {KENMERK}\n\n",
                    "Datum: {DATE}\nUw kenmerk: {KENMERK}\n\n",
                ]
            ),
        )
        salutation = (
            r.choice(["Geachte heer ", "Geachte mevrouw ", "Geachte ", "Beste "])
            if not p.female
            else r.choice(["Geachte mevrouw ", "Geachte mevrouw ", "Beste "])
        )
        b.add(salutation)
        if salutation.startswith("Beste"):
            b.add(p.given(), "PER")
        elif salutation == "Geachte ":
            b.add("mevrouw " if p.female else "heer ")
            b.add(p.surname(cap=True), "PER")
        else:
            b.add(p.surname(cap=True), "PER")
        b.add(",\n\n")
        for _ in range(r.randint(2, 4)):
            pool = NEGATIVE if r.random() < 0.5 else LETTER_LINES
            self.fill(b, self.frame(pool).replace("{P1", "{P0") + r.choice([" ", "\n", "\n\n"]))
        b.add("\n" + r.choice(["Hoogachtend,", "Met vriendelijke groet,", "Met vriendelijke groet,"]) + "\n")
        self.fill(
            b,
            r.choice(
                [
                    "burgemeester en wethouders van {CITY},\nde secretaris, de burgemeester,\n{P2.init} {P3.init}\n",
                    "namens de minister,\n{P2.full}\n{ROLE}\n",
                    "{P2.full}\nTeamleider {O1}\n",
                    "De burgemeester van {CITY},\n\n{P2.full}\n",
                    "het college van burgemeester en wethouders,\nnamens dezen,\n\n{P2.init}\n{ROLE}\n",
                    "de Staatssecretaris van Financiën,\n\n{P2.init}\n",
                ]
            ),
        )

    def decision(self, b: Builder) -> None:
        """Woo decision text."""
        r = self.rng
        b.add(
            r.choice(
                [
                    "Besluit op uw Woo-verzoek\n\n",
                    "BESLUIT\n\n",
                    "Onderwerp: besluit Woo-verzoek\n\n",
                    "Besluit op bezwaar\n\n",
                ]
            )
        )
        for _ in range(r.randint(2, 5)):
            pool = NEGATIVE if r.random() < 0.4 else DECISION_LINES
            self.fill(b, self.frame(pool) + r.choice([" ", "\n", "\n\n"]))

    def enforcement(self, b: Builder) -> None:
        """Inspection / enforcement report."""
        r = self.rng
        self.fill(
            b,
            r.choice(
                [
                    "Rapport van bevindingen\n",
                    "Controlerapport {KENMERK}\n",
                    "PROCES-VERBAAL VAN BEVINDINGEN\n",
                    "Toezichtsrapportage {TOPIC}\n",
                ]
            ),
        )
        self.fill(
            b,
            r.choice(
                [
                    "Datum controle: {DATE}\nAdres: {ADDR}\n",
                    "Locatie: {ADDR}\nTijd: {TIME}\n",
                    "Zaaknummer: {KENMERK}\n",
                ]
            ),
        )
        for _ in range(r.randint(2, 5)):
            pool = NEGATIVE if r.random() < 0.3 else ENFORCEMENT_LINES
            self.fill(b, self.frame(pool) + r.choice([" ", "\n", "\n"]))

    def chat(self, b: Builder) -> None:
        """Chat export (WhatsApp, Teams, Signal-like) with short informal lines."""
        r = self.rng
        style = r.randrange(4)
        lower = r.random() < 0.35
        n_people = r.randint(2, 4)
        for _ in range(r.randint(3, 8)):
            i = r.randrange(n_people)
            p = self.person(i)
            d, t = self.date(), f"{r.randint(7, 23):02d}:{r.randint(0, 59):02d}"
            if style == 0:
                b.add(f"[{d} {t}] ")
            elif style == 1:
                b.add(f"{d}, {t} - ")
            elif style == 2:
                b.add(f"{t} ")
            form = r.choice(["full", "first", "first", "rev"]) if style != 3 else "rev"
            for text, label in self.pform(p, form):
                b.add(text, label)
            if style == 3:
                b.add(f" ({r.choice(['BZK', 'gemeente', 'extern', 'DGSA'])}) {t}\n")
            else:
                b.add(": ")
            line = self.frame(CHAT_LINES).replace("{Px", "{P" + str((i + 1) % n_people))
            sb = Builder()
            self.fill(sb, line)
            text, spans = sb.result()
            if lower:
                text = safe_case(text, "L")
            off = b.n
            b.add(text)
            b.spans.extend((s + off, e + off, lab) for s, e, lab in spans)
            b.add("\n")


GREETINGS = [
    "Beste {P1.first},",
    "Hoi {P1.first},",
    "Hallo {P1.first},",
    "Dag {P1.first},",
    "Beste {P1.full},",
    "Goedemorgen {P1.first},",
    "Hi {P1.first}",
    "Beste collega's,",
    "Geachte heer {P1.sur},",
    "Geachte mevrouw {P1.sur},",
    "Beste {P1.first} en {P2.first},",
    "Hoi allen,",
    "Goedemiddag,",
    "Dag allemaal,",
    "Beste {P1.title} {P1.sur},",
    "Geachte {P1.title} {P1.init},",
    "L.S.,",
    "Hee {P1.first}!",
    "Beste {P1.first!L},",
    "Geachte heer/mevrouw,",
    "Hoi {P1.first}, {P2.first},",
]
CLOSINGS = [
    "Met vriendelijke groet,",
    "Groet,",
    "Groeten,",
    "Mvg,",
    "Met vriendelijke groeten,",
    "Hartelijke groet,",
    "Vriendelijke groet,",
    "Gr.",
    "Alvast bedankt!",
    "Dank en groet,",
    "Met collegiale groet,",
    "Hoogachtend,",
    "Fijne dag,",
]

NARRATIVE = [
    "Zoals besproken met {P1.full} stuur ik je hierbij de stukken.",
    "{P1.first} heeft gisteren gebeld over de melding aan de {STREET}.",
    "Kun jij {P1.first} even bijpraten over de stand van zaken?",
    "Ik heb dit afgestemd met {P1.tsur} van {ORG}.",
    "Volgens {P1.init} ({ORG}) is de vergunning nog niet verleend.",
    "{P1.full} is vanaf maandag het aanspreekpunt voor dit dossier.",
    "Graag hoor ik of {P1.first} en {P2.first} aanwezig kunnen zijn.",
    "De {ROLE}, {P1.full}, heeft aangegeven de brief niet te hebben ontvangen.",
    "Het verzoek is ingediend door {P1.tsur}, wonende te {CITY}.",
    "Wethouder {P1.sur} heeft toegezegd de raad voor de zomer te informeren.",
    "{POL} {P1.sur} opende het gesprek en gaf het woord aan {P2.full}.",
    "Minister {P1.sur} heeft de Kamer per brief geïnformeerd over {TOPIC}.",
    "In het overleg met burgemeester {P1.full} is afgesproken de evaluatie uit te stellen.",
    "Ik ben tot en met {DATE} afwezig. Voor dringende zaken kunt u contact opnemen met {P1.full} via {P1.email}.",
    "Namens {P1.full} verzoek ik u de stukken uiterlijk {DATE} aan te leveren.",
    "Dank voor je snelle reactie, {P1.first}!",
    "Bijgaand de reactie van {P1.sur} op het conceptadvies.",
    "Ik heb {P1.first} gevraagd de stukken door te sturen naar {P2.first}.",
    "Mevrouw {P1.sur} heeft bezwaar gemaakt tegen het besluit van {DATE}.",
    "De heer {P1.sur} (eigenaar van het pand) was niet aanwezig.",
    "Het gesprek met de familie {P1.sur} vond plaats op {DATE} in {CITY}.",
    "Ter info aan {P1.first}.",
    "Is dit akkoord voor jou, {P1.first}? Dan zet ik het door naar {ORG}.",
    "{P1.full} ({ROLE}, {ORG}) neemt het dossier over van {P2.full}.",
    "Op verzoek van {P1.init} is het agendapunt verschoven.",
    "Telefoonnotitie: gesproken met {P1.tsur}, tel. {PHONE}.",
    "Aanvrager: {P1.full}\nAdres: {ADDR}",
    "{ORG} heeft de subsidieaanvraag in behandeling genomen.",
    "De inspectie vond plaats aan de {STREET} in {CITY}.",
    "Het pand ligt op de hoek van de {STREET} en de {STREET}.",
    "De bijeenkomst wordt gehouden in het stadhuis van {CITY}.",
    "In {REGION} en {REGION} is het aantal meldingen gestegen.",
    "Namens {ORG} waren twee medewerkers aanwezig.",
    "{ORG} en {ORG} werken samen in de regio {REGION}.",
    "Betrokkene verbleef eerder in {COUNTRY} en {COUNTRY}.",
    "De woning aan de {STREET} {NUM} in {CITY} wordt gesloten.",
    "{P1.full} van {ORG} stuurt de planning vóór {DATE} rond.",
    "Staatssecretaris {P1.sur} bezoekt op {DATE} de opvanglocatie in {CITY}.",
    "Kamerlid {P1.full} heeft schriftelijke vragen gesteld over {TOPIC}.",
    "Ik stel voor dat {P1.first} contact opneemt met {P2.tsur} van {ORG}.",
    "{P1.first}, wil jij de vergadering van {DATE} voorbereiden?",
    "Zie de mail van {P1.full} hieronder.",
    "Zie de mail van {P1.first} van {DATE}.",
    "De melding van {P1.tsur} over geluidsoverlast aan de {STREET} is doorgezet naar {ORG}.",
    "{P1.full} werkt sinds {DATE} bij {ORG} in {CITY}.",
    "Wij hebben de brief van {P1.full} (klager) op {DATE} ontvangen.",
    "Aanwezig namens {ORG}: {P1.init} en {P2.init}.",
    "Uit het dossier blijkt dat {P1.tsur} in {DATE} naar {CITY} is verhuisd.",
    "Volgens {ORG} is de heer {P1.sur} niet ingeschreven op het adres.",
    "{P1.full}",
    "@{P1.first} kun jij hiernaar kijken?",
    "Dit is besproken met {P1.first} en {P2.first} van {ORG}.",
    "Gemachtigde: {P1.tsur}, {ORG}",
    "Contactpersoon: {P1.full} ({PHONE})",
    "Het college van {CITY} heeft op {DATE} ingestemd met het voorstel van wethouder {P1.sur}.",
    "Burgemeester {P1.sur} heeft een noodbevel afgegeven voor het gebied rond de {STREET}.",
    "Gedeputeerde {P1.full} is portefeuillehouder voor {TOPIC}.",
    "De huurder, {P1.tsur}, heeft een klacht ingediend bij {ORG}.",
    "Op {DATE} heeft {P1.full} een gesprek gehad met de casemanager van {ORG}.",
    "De jurist van {ORG} heeft het advies van {P1.init} beoordeeld.",
    "{P1.full} en {P2.full} waren namens {ORG} aanwezig bij de hoorzitting in {CITY}.",
    "Graag een afspraak inplannen met {P1.full} en {P2.first}.",
    "Wij verwijzen naar het gesprek tussen {P1.tsur} en {P2.tsur}.",
    "Hierbij de notitie van {P1.first}, met opmerkingen van {P2.first}.",
    "Het adres {ADDR} staat op naam van {P1.full}.",
    "Vanuit {ORG} is {P1.full} betrokken als {ROLE}.",
    "{P1.sur} meldt dat de aanvraag bij {ORG} is binnengekomen.",
    "Graag ontvang ik de reactie van {P1.first!L} voor het einde van de week.",
    "Besproken met {P1.first!U}.",
    "{O0} en {P1.full} hebben op {DATE} een overeenkomst gesloten.",
    "Volgens de verklaring van {P1.full} (geboren {DATE} te {CITY}) was zij die avond thuis.",
    "{ORG} heeft de werkzaamheden aan de {STREET} afgerond.",
]

NEGATIVE = [
    "De wijkagent heeft de situatie ter plaatse beoordeeld.",
    "De casemanager neemt binnen vijf werkdagen contact op met de aanvrager.",
    "Graag ontvang ik uiterlijk {DATE} een reactie.",
    "Het college van burgemeester en wethouders heeft besloten het verzoek gedeeltelijk toe te wijzen.",
    "Bijgaand treft u het besluit op uw Woo-verzoek aan.",
    "De Wet open overheid is op 1 mei 2022 in werking getreden.",
    "Op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo zijn persoonsgegevens onleesbaar gemaakt.",
    "Wij hebben uw verzoek ontvangen op {DATE}.",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken.",
    "De toezichthouder constateerde dat de nooduitgang was geblokkeerd.",
    "Zie bijlage.",
    "Is er al nieuws over de planning?",
    "De Burgemeester heeft hierover nog geen besluit genomen.",
    "Teamleider en Jurist zijn op de hoogte gebracht.",
    "De Minister zal de Kamer voor het zomerreces informeren.",
    "Groot onderhoud aan de woning staat gepland voor het derde kwartaal.",
    "De bakker op de hoek heeft klachten ingediend over geluidsoverlast.",
    "Vanaf maandag zijn de loketten weer geopend.",
    "Een kort geding is niet uitgesloten.",
    "Hartelijk dank voor uw bericht.",
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    "Besluit: het verzoek wordt afgewezen.",
    "Document {NUM} wordt deels openbaar gemaakt.",
    "Bijlage {NUM}: Inventarislijst",
    "Actiepunt: planning aanpassen en terugkoppelen in het volgende overleg.",
    "De beleidsmedewerker stuurt de nota na afstemming met de directeur door.",
    "Naam: {REDACTED}",
    "Van: {REDACTED}\nAan: {REDACTED}",
    "Zoals afgesproken stuur ik je de aangepaste versie.",
    "Kunnen we morgen even bellen?",
    "Prima, dank je!",
    "Ik kijk er vandaag nog naar.",
    "De Voorzitter sluit de vergadering om {TIME} uur.",
    "Wethouder en burgemeester zijn het eens over de aanpak.",
    "De aanvrager is op {DATE} telefonisch geïnformeerd.",
    "Volgens de handhaver is de overtreding inmiddels beëindigd.",
    "De Kamerbrief wordt volgende week verstuurd.",
    "Onderwerp: {TOPIC}",
    "Kenmerk: {KENMERK}",
    "Op {DATE} is de zienswijze van belanghebbende ontvangen.",
    "De overige documenten vallen buiten de reikwijdte van het verzoek.",
    "Persoonsgegevens van ambtenaren zijn niet openbaar gemaakt.",
    "Dit valt onder {LAW}.",
    "Op grond van {LAW} is een last onder dwangsom opgelegd.",
    "Visser en Smid zijn beroepen die in dit dorp veel voorkwamen.",
    "Het Rijk draagt bij aan de kosten.",
    "De gemeenteraad vergadert op {DATE} over het voorstel.",
    "Dinsdag heb ik overleg met de Directie.",
    "Stuurgroep, Projectgroep en Klankbordgroep komen maandelijks bijeen.",
    "Concept - niet verspreiden",
    "Graag uw reactie vóór vrijdag.",
    "Met vriendelijke groet,",
    "De casus is besproken in het Veiligheidshuis.",
    "De directeur-generaal is akkoord met de beslisnota.",
    "Overwegingen",
    "Zienswijze derde-belanghebbende",
    "Het Woo-verzoek heeft betrekking op de periode januari tot en met juni.",
    "Uw Woo-verzoek is op {DATE} ontvangen en bij brief van {DATE} bevestigd.",
    "De melder wil anoniem blijven.",
    "Oud-wethouder en oud-raadsleden waren uitgenodigd.",
    "Is de Minister hiervan op de hoogte?",
    "Let op: deze mail bevat vertrouwelijke informatie.",
    "De Jeugdbeschermer heeft de ouders geïnformeerd.",
    "Alle Aanwezigen krijgen het verslag per mail.",
    "Mijn excuses voor de late reactie.",
    "Nieuw Beleid Wonen en Zorg 2025",
    "BIJLAGE",
    "Goed Verhuurderschap: stand van zaken",
    "Het Team heeft de Rapportage vastgesteld.",
    "De Ombudsman heeft geen klachten ontvangen over deze werkwijze.",
    "De heer en mevrouw zijn op de hoogte gebracht.",
    "Graag terugbellen naar {PHONE}.",
    "Tijdens de Rondvraag werden geen punten ingebracht.",
    "Het Programma Aardgasvrije Wijken loopt vertraging op.",
    "Bakker, Visser, Smit: beroepen uit het verleden.",
    "De Groot-Brittannië route is gesloten.",
    "Zie ook de Nota van Toelichting.",
    "Er is geen Privacy Impact Assessment uitgevoerd.",
]

MINUTES_LINES = [
    "{P1.first} licht de planning toe; {P2.sur} vraagt naar de risico's.",
    "{P1.sur} ({O1}) meldt dat de aanbesteding is afgerond.",
    "De voorzitter concludeert dat het voorstel wordt aangenomen.",
    "{P1.init} geeft aan dat {O0} nog geen standpunt heeft ingenomen.",
    "Wethouder {P1.sur} zegt toe de raad te informeren.",
    "Er wordt gesproken over de situatie in {CITY}.",
    "{P2.first} vraagt of de communicatie via {ORG} kan lopen.",
    "Afgesproken wordt dat het team het voorstel verder uitwerkt.",
    "{P1.first} en {P2.first} stemmen af met {ORG} over de huisvesting aan de {STREET}.",
    "Geen bijzonderheden.",
    "De notulen van {DATE} worden ongewijzigd vastgesteld.",
    "{P3.tsur} is verhinderd; {P1.first} neemt het punt over.",
]
ACTIONS = [
    "- @{P9.first} stuurt de conceptnotitie rond",
    "- {P9.first}: afstemmen met {ORG}",
    "• {P9.sur} plant een vervolgoverleg in",
    "- Actie {P9.init}: reactie voorbereiden vóór {DATE}",
    "- @{P9.first} @{P1.first} checken juridische haalbaarheid",
    "- Secretariaat: agenda versturen",
    "{NUM}. {P9.first} - contact opnemen met {O0}",
    "- Allen: input leveren uiterlijk {DATE}",
    "- {P9.full} zorgt voor de uitnodiging",
    "[ ] {P9.first!L}: planning bijwerken",
]
LETTER_LINES = [
    "In uw brief van {DATE} vraagt u om informatie over {TOPIC}.",
    "Op {DATE} heeft u, {P1.tsur}, een verzoek ingediend bij {ORG}.",
    "Naar aanleiding van het gesprek met {P2.tsur} op {DATE} bericht ik u als volgt.",
    "Uw aanvraag voor het adres {ADDR} is ontvangen.",
    "Voor vragen kunt u contact opnemen met {P2.full}, bereikbaar via {PHONE}.",
    "Wij hebben uw zienswijze besproken met {ORG} in {CITY}.",
]
DECISION_LINES = [
    "Op {DATE} heeft u, {P1.full}, namens {ORG} verzocht om openbaarmaking van documenten over {TOPIC}.",
    "Het college van burgemeester en wethouders van {CITY} heeft besloten uw verzoek gedeeltelijk toe te wijzen.",
    "Bij de behandeling van uw verzoek zijn {ORG} en {ORG} als derde-belanghebbende gehoord.",
    "De namen van medewerkers van {ORG} zijn weggelakt.",
    "Wethouder {P2.sur} is als portefeuillehouder betrokken geweest.",
    "Op {DATE} heeft {P2.tsur} van {O0} telefonisch contact met u gehad.",
    "Namens de minister,\n{P2.full}\ndirecteur {TOPIC}",
    "Deze documenten bevatten gegevens van {ORG} die vallen onder {LAW}.",
    "Het verzoek is ontvangen door {O0} te {CITY}.",
    "Verzoeker, {P1.tsur}, is in de gelegenheid gesteld een zienswijze te geven.",
]
ENFORCEMENT_LINES = [
    "Op {DATE} om {TIME} uur hebben toezichthouders {P1.full} en {P2.full} "
    "een controle uitgevoerd op het adres {ADDR}.",
    "Aanwezig was {P3.tsur} (eigenaar).",
    "De toezichthouder van {ORG} trof in de woning {NUM} personen aan.",
    "Betrokkene, {P3.full}, verklaarde dat de werkzaamheden door {ORG} waren uitgevoerd.",
    "De verbalisant {P1.init} heeft de situatie gefotografeerd.",
    "Er werd een waarschuwing gegeven aan {P3.tsur}.",
    "De melding is doorgezet naar {ORG} in {CITY}.",
    "Volgens {P3.first} woont hij sinds {DATE} op het adres.",
    "Bij de controle waren tevens aanwezig: {P1.init} ({ORG}) en {P2.init} ({ORG}).",
    "De boa's hebben de eigenaar, {P3.tsur}, aangesproken.",
    "Het bedrijf {ORG} aan de {STREET} te {CITY} is gesloten.",
]
CHAT_LINES = [
    "ok top",
    "ik bel {Px.first} even",
    "heb jij de stukken van {ORG} al?",
    "ben er over 5 min",
    "{Px.first} zit nog in overleg",
    "prima!",
    "kun je {Px.full} cc'en?",
    "zie mail",
    "staat in de agenda",
    "wie gaat er naar {CITY}?",
    "{Px.first} weet hier meer van",
    "wethouder {Px.sur} wil vandaag nog een update",
    "👍",
    "dank!",
    "ik spreek {Px.first} morgen",
    "is {ORG} al op de hoogte?",
    "ff checken bij {Px.first}",
    "sorry, was in overleg",
    "morgen om 10:00 in {CITY}?",
    "@{Px.first} graag jouw reactie",
    "heb {Px.tsur} gebeld, geen gehoor",
    "de burgemeester is akkoord",
    "lijkt me goed",
    "zal ik de minister informeren?",
]
