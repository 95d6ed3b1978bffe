"""Who said what: direct quotations and reported speech, each credited to a resolved speaker.

Rules over entity mentions rather than a parser: news attribution is formulaic ("X said", "said X",
"according to X", "X quoted Y as saying"), and pronouns ("he said") resolve to the person last named
in the same article. The same quote in several outlets is merged and credited to all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsfuse.analyse.names import fold, surname_key
from newsfuse.analyse.nlp import Mention, Passage
from newsfuse.model import Quote
from newsfuse.text import content_terms, term_overlap

SPEECH_VERBS = ("said|says|say|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|retorted|"
                "denied|denies|confirmed|confirms|explained|explains|warned|warns|argued|argues|noted|notes|"
                "announced|announces|declared|declares|asserted|alleged|alleges|acknowledged|admitted|stressed|"
                "emphasized|emphasised|replied|responded|wrote|writes|believes|conceded|"
                "predicted|complained|urged|reported|testified|recalled|quoted")
SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
OPEN, CLOSE = r"(?:“|``|\"|'')", r"(?:”|''|\")"  # some wires open quotations with '' too
QUOTED = re.compile(OPEN + r"((?:(?!" + CLOSE + r")[^“])+?)(?:" + CLOSE + r"|$)|^((?:(?!" + OPEN + r")[^”])+?)" + CLOSE)
ENDS_WITH_QUOTE = ("”", '"', "''")
ACCORDING_TO = re.compile(r"\baccording to\s+", re.I)
QUOTED_AS = re.compile(r"\bquoted\s+(.{2,120}?)\s+as\s+say(?:ing)?\b")
PRONOUN_BEFORE = re.compile(r"\b(he|she|it|they|we|I)\s+(?:(?:(?:has|have|had|also|later|then|further|again|"
                            r"once|previously|earlier|repeatedly)\s+)*|(?:[\w’'-]+\s+){1,6}and\s+)$", re.I)
PRONOUN_AFTER = re.compile(r"^\s*(he|she|it|they)\b", re.I)
GROUP_NOUN = (r"(?:officials?|military|militaries|ministry|authorities|government|army|navy|fleet|police|sources?|"
              r"analysts?|experts?|diplomats?|witnesses|residents|investigators|prosecutors|lawyers?|"
              r"spokes(?:man|woman|person)|newswires|media|agency|statement|officers?|leaders?|lawmakers?|"
              r"scientists?|researchers?|designers?|engineers?|specialists?|family|families|parents|relatives|"
              r"press service|channel|newspaper|report|reports|announcement|department|embassy|committee|union|"
              r"company|firm|group|party|management|board|council|court|campaign|team|club|association)")
GROUP_BEFORE = re.compile(r"((?:the\s+|The\s+)?(?:[A-Z][\w.’'-]*\s+)*(?:[a-z]+\s+)?" + GROUP_NOUN +
                          r")\s+(?:(?:on|in|last|this)\s+\w+\s+|(?:has|have|had|also|at first|initially|earlier|"
                          r"later|previously|again|now|still)\s+)*$")
GROUP_AFTER = re.compile(r"^\s*((?:the\s+|a\s+|an\s+|one of the\s+)?(?:[\w.’'-]+\s+){0,6}" + GROUP_NOUN + r")\b",
                         re.I)
ROLE_AFTER_VERB = re.compile(r"^\s*(the\s+\w+)\s*[.,]?\s*$", re.I)  # "..., said the chairman."
POSSESSIVE_GROUP = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?" + GROUP_NOUN)
NAME_AFTER = re.compile(r"^\s*((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\b(?!\s+[A-Z])")
NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]{2,})\s+(?:also\s+|later\s+|then\s+)?$")
TIME_WORDS = re.compile(r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                        r"yesterday)\b[,\s]*", re.I)
PARTICIPLE = re.compile(r"^\s*,?\s*(?:quoting|citing|according|adding|speaking|referring|in explaining)\b", re.I)
CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s+")
TAIL_WORDS = 15  # "..., said a Department of Foreign Affairs and Trade spokesman, speaking on condition of anonymity."
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True)
class Speaker:
    """Who speaks: an entity mention of the sentence (until resolved to its cluster), an entity cluster,
    or a phrase such as "U.S. officials" that names nobody."""

    cluster: int | None
    phrase: str
    mention: Mention | None = None


@dataclass(frozen=True)
class Said:
    speaker: Speaker
    text: str
    direct: bool
    source: int
    passage: int


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks; a sentence may open or close a quotation it does not finish."""
    spans = []
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.group(group).strip():
            spans.append((match.start(group), match.end(group)))
    return spans


def quoted_words(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(text[start:end].strip(" ,.") for start, end in spans)


def outside(spans: list[tuple[int, int]], position: int) -> bool:
    return all(not start <= position < end for start, end in spans)


def mention_near(mentions: Sequence[Mention], start: int, end: int, last: bool,
                 person: bool = False) -> Mention | None:
    kinds = ("person",) if person else ("person", "organisation", "place")  # "the Germans" speaks for nobody
    inside = [mention for mention in mentions if start <= mention.start and mention.end <= end
              and mention.kind in kinds]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def speaker_after(passage: Passage, position: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    """"..., said Peter Cook" / "confirmed the Pentagon's spokesman Peter Cook" / "he said" / "said the
    chairman" / "said one of the submarine's designers"."""
    rest = passage.text[position:]
    pronoun = PRONOUN_AFTER.match(rest)
    if pronoun:
        return pronoun.group(1).lower()
    window_end = position + min(len(rest), 70)
    people = [mention for mention in passage.mentions
              if position <= mention.start < window_end and mention.kind == "person" and outside(spans, mention.start)]
    if people:
        return mention_speaker(people[0])
    group = GROUP_AFTER.match(rest)
    if group:
        return Speaker(cluster=None, phrase=group.group(1).strip())
    found = mention_near(passage.mentions, position, window_end, last=False)
    if found and outside(spans, found.start):
        return mention_speaker(found)
    role = ROLE_AFTER_VERB.match(rest)
    if role:
        return Speaker(cluster=None, phrase=role.group(1))
    name = NAME_AFTER.match(rest)  # a name the recogniser missed: "..., said Ana Ruiz, the ..."
    return Speaker(cluster=None, phrase=name.group(1)) if name else None


def mention_speaker(mention: Mention) -> Speaker:
    return Speaker(cluster=None, phrase=mention.text, mention=mention)


def speaker_before(passage: Passage, verb_start: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    before = passage.text[:verb_start]
    cut = max((end for _, end in spans if end <= verb_start), default=0)
    clause = before[cut:]
    pronoun = PRONOUN_BEFORE.search(clause)
    if pronoun:
        return pronoun.group(1).lower()
    group = GROUP_BEFORE.search(clause)
    person = mention_near(passage.mentions, cut + max(0, len(clause) - 180), verb_start, last=True, person=True)
    between = passage.text[person.end:verb_start].strip() if person else ""
    if person and (not between or (between[0] == "," and between[-1] == ",")):
        return mention_speaker(person)  # "Peter Cook said", "Peter Cook, a long appositive ..., said"
    found = mention_near(passage.mentions, cut + max(0, len(clause) - 90), verb_start, last=True)
    possessive = POSSESSIVE_GROUP.match(passage.text[found.end:verb_start]) if found else None
    if found and possessive:  # "Tony Blair's spokesman said"
        return Speaker(cluster=None, phrase=passage.text[found.start:found.end + possessive.end()])
    if group:  # "U.S. officials said", "..., Russian newswires reported"
        return Speaker(cluster=None, phrase=group.group(1).strip())
    if found and passage.text[found.end:verb_start].count(",") <= 2:
        return mention_speaker(found)
    if cut and clause.strip() in ("and", "but", ""):  # "X called it “...” and said ..."
        earlier = mention_near(passage.mentions, 0, cut, last=False, person=True)
        if earlier:
            return mention_speaker(earlier)
    name = NAME_BEFORE.search(clause)
    return Speaker(cluster=None, phrase=name.group(1)) if name else None


def reported_text(passage: Passage, attribution: Attribution, spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """What was said, and whether it is a direct quotation: the quotation(s) when they stand apart from the
    attribution (“...,” he said), else the reported clause after the verb (quoted fragments included), else
    the text before the attribution ("..., officials said.")."""
    text = passage.text
    after = text[attribution.end:]
    quoted_before = [(start, end) for start, end in spans if end <= attribution.start]
    words_before = sum(len(text[start:end].split()) for start, end in quoted_before)
    if attribution.text_before or PARTICIPLE.match(after) or after.lstrip().startswith(",") \
            or len(after.split()) < 4:
        before = text[:attribution.start].strip(" ,")
        if quoted_before and len(before.split()) <= words_before + 2:
            return quoted_words(text, quoted_before), True
        return before, False
    clause = TIME_WORDS.sub("", after.strip(" ,:"))
    clause = re.sub(r"^(?:[\w.’'-]+\s+){0,4}?that\s+", "", clause).rstrip(" .")
    quoted_after = [(start, end) for start, end in spans if start >= attribution.end]
    if quoted_after and sum(len(text[start:end].split()) for start, end in quoted_after) >= 0.8 * len(clause.split()):
        return quoted_words(text, quoted_after), True
    if quoted_before and not quoted_after and words_before >= MIN_QUOTE_WORDS:
        return quoted_words(text, quoted_before), True
    return clause, False  # reported speech, quoted fragments and all


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | str  # a str is a pronoun still to resolve
    start: int  # where the attribution begins (the text before it may be what was said)
    end: int  # where what follows may be what was said
    text_before: bool = False  # "X, according to Y" and "…, Y quoted Z as saying": the statement precedes


def attribution_of(passage: Passage, spans: list[tuple[int, int]]) -> Attribution | None:
    """The sentence's main attribution: a speech verb with its speaker, else "according to X", else
    "X quoted Y as saying"."""
    text = passage.text
    quoted_as = QUOTED_AS.search(text)
    if quoted_as:
        speaker = mention_near(passage.mentions, quoted_as.start(1), quoted_as.end(1), last=False)
        named = mention_speaker(speaker) if speaker else Speaker(cluster=None, phrase=quoted_as.group(1))
        return Attribution(named, quoted_as.start(), quoted_as.end(), text_before=True)
    for match in SPEECH.finditer(text):
        if not outside(spans, match.start()):
            continue
        lead = text[:match.start()].rstrip().rstrip(",")
        tail = len(text[match.end():].split()) <= TAIL_WORDS and text[:match.start()].rstrip().endswith(",")
        inverted = lead.endswith(ENDS_WITH_QUOTE) or not lead or tail
        speaker = speaker_after(passage, match.end(), spans) if inverted else None
        if speaker is not None:
            return Attribution(speaker, match.start(), match.end(), text_before=True)
        speaker = speaker_before(passage, match.start(), spans)
        if speaker is not None:
            return Attribution(speaker, match.start(), match.end())
    for match in ACCORDING_TO.finditer(text):
        speaker = mention_near(passage.mentions, match.end(), match.end() + 70, last=False)
        group = GROUP_AFTER.match(text[match.end():])
        named = mention_speaker(speaker) if speaker else (Speaker(cluster=None, phrase=group.group(1)) if group
                                                          else None)
        if named and outside(spans, match.start()):
            if match.start() < 3:  # "According to X, ...": the statement follows the name
                comma = text.find(",", match.end())
                return Attribution(named, match.start(), comma + 1 if comma > 0 else match.end())
            return Attribution(named, match.start(), match.end(), text_before=True)
    return None


def collect_said(passages: Sequence[Passage], resolve: SpeakerResolver) -> list[Said]:
    """Every attributed statement, passage by passage, with pronouns resolved within each article."""
    said: list[Said] = []
    last_person: dict[int, Speaker] = {}
    last_other: dict[int, Speaker] = {}
    previous_direct: dict[int, Speaker] = {}  # per source: who spoke the last direct quotation
    for number, sentence in enumerate(passages):
        source = sentence.source
        speakers = []
        for passage in clauses(sentence):
            spans = quote_spans(passage.text)
            attribution = attribution_of(passage, spans)
            if attribution is None:  # a quotation running on from the sentence before
                if spans and passage.text.lstrip().startswith(("“", '"', "``")) and source in previous_direct:
                    said.append(Said(previous_direct[source], quoted_words(passage.text, spans), True, source,
                                     number))
                continue
            speaker = speaker_of(attribution, passage, number, resolve, last_person, last_other)
            if speaker is None:
                continue
            text, direct = reported_text(passage, attribution, spans)
            if len(text.split()) >= MIN_QUOTE_WORDS:
                said.append(Said(speaker, text, direct, source, number))
            if direct:
                previous_direct[source] = speaker
            else:
                previous_direct.pop(source, None)
            speakers.append(speaker)
        remember_mentions(sentence, number, quote_spans(sentence.text), resolve, last_person, last_other)
        for speaker in speakers:  # who spoke is what a following "he said" refers to
            if speaker.cluster is not None:
                pool = last_person if resolve.kinds[speaker.cluster] == "person" else last_other
                pool[source] = speaker
    return said


def clauses(sentence: Passage) -> list[Passage]:
    """"Russia claimed ..., while Washington believes ...": two statements, each with its speaker."""
    text = sentence.text
    split = CLAUSE_BREAK.search(text)
    if not split or not SPEECH.search(text[:split.start()]) or not SPEECH.search(text, split.end()):
        return [sentence]
    return [Passage(sentence.source, sentence.position, text[start:end],
                    tuple(replace(mention, start=mention.start - start, end=mention.end - start)
                          for mention in sentence.mentions if start <= mention.start and mention.end <= end))
            for start, end in ((0, split.start()), (split.end(), len(text)))]


def speaker_of(attribution: Attribution, passage: Passage, number: int, resolve: SpeakerResolver,
               last_person: dict[int, Speaker], last_other: dict[int, Speaker]) -> Speaker | None:
    """The attribution's speaker resolved: a pronoun to whom it stands for, a mention to its entity."""
    speaker = attribution.speaker
    if isinstance(speaker, str):  # a pronoun
        pool = last_person if speaker in ("he", "she", "i") else last_other
        return resolve_pronoun(speaker, passage, number, attribution.start, resolve, pool)
    return resolve_role(resolve(number, speaker), last_person.get(passage.source), resolve)


class SpeakerResolver:
    """Maps a speaker to its entity cluster: a mention through the entity index, a bare name through the
    surnames of the story's people; cluster kinds and roles serve pronouns and "said the chairman"."""

    def __init__(self, passages: Sequence[Passage], of_mention: dict[tuple[int, int], int],
                 kinds: Sequence[str], surnames: dict[str, int], roles: dict[int, str]) -> None:
        self.passages = passages
        self.of_mention = of_mention
        self.kinds = kinds
        self.surnames = surnames
        self.roles = roles

    def __call__(self, passage: int, speaker: Speaker) -> Speaker:
        if speaker.cluster is not None:
            return speaker
        if speaker.mention is None:
            return Speaker(cluster=self.surnames.get(surname_key(fold(speaker.phrase))), phrase=speaker.phrase)
        named = (speaker.mention.text, speaker.mention.kind)  # a clause's mentions sit at other offsets
        number = next(index for index, mention in enumerate(self.passages[passage].mentions)
                      if (mention.text, mention.kind) == named)
        return Speaker(cluster=self.of_mention.get((passage, number)), phrase=speaker.phrase)


def resolve_pronoun(pronoun: str, passage: Passage, number: int, position: int, resolve: SpeakerResolver,
                    pool: dict[int, Speaker]) -> Speaker | None:
    """"he"/"she": a person named earlier in the sentence, else the last person named in the article;
    "it"/"they": the last organisation that spoke or was named first in a sentence of the article."""
    if pronoun in ("he", "she", "i"):
        earlier = [mention for mention in passage.mentions if mention.end <= position and mention.kind == "person"]
        if earlier:
            return resolve(number, mention_speaker(earlier[-1]))
    return pool.get(passage.source)


def resolve_role(speaker: Speaker, last_person: Speaker | None, resolve: SpeakerResolver) -> Speaker:
    """"said the chairman" names the person last named in the article when that is their role."""
    role = ROLE_AFTER_VERB.match(speaker.phrase) if speaker.cluster is None else None
    if role and last_person is not None and last_person.cluster is not None:
        noun = role.group(1).split()[-1].lower()
        if noun in resolve.roles.get(last_person.cluster, "").lower().split():
            return last_person
    return speaker


def remember_mentions(passage: Passage, number: int, spans: list[tuple[int, int]], resolve: SpeakerResolver,
                      last_person: dict[int, Speaker],
                      last_other: dict[int, Speaker]) -> None:
    first_person = first_other = True  # the first name of a sentence is usually its subject
    for mention in passage.mentions:
        speaker = resolve(number, mention_speaker(mention))
        if speaker.cluster is None or not outside(spans, mention.start):
            continue
        if resolve.kinds[speaker.cluster] == "person":
            if first_person:
                last_person[passage.source] = speaker
                first_person = False
        elif first_other:
            last_other[passage.source] = speaker
            first_other = False


def same_quote(first: str, second: str) -> bool:
    return term_overlap(set(content_terms(first)), set(content_terms(second))) >= 0.5


def wording(text: str) -> str:
    """Text without case, punctuation or quote styles: outlets differ in "hasn't" / "hasn’t" only."""
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def speaker_key(speaker: Speaker) -> str:
    return f"#{speaker.cluster}" if speaker.cluster is not None else speaker.phrase.lower().removeprefix("the ")


def merge_quotes(said: list[Said], label: Callable[[Speaker], tuple[str, str]]) -> tuple[Quote, ...]:
    """One Quote per speaker and statement, credited to every source that carries it, grouped by speaker
    (speakers in order of first appearance). `label` gives a speaker's display name and role."""
    groups: list[list[Said]] = []
    for item in said:
        home = next((group for group in groups if speaker_key(group[0].speaker) == speaker_key(item.speaker)
                     and any(same_quote(item.text, other.text) for other in group)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    first_seen: dict[str, int] = {}
    for index, group in enumerate(groups):
        first_seen.setdefault(speaker_key(group[0].speaker), index)
    groups.sort(key=lambda group: first_seen[speaker_key(group[0].speaker)])
    quotes = []
    for group in groups:
        main = max(group, key=lambda item: (item.direct, len(item.text)))
        name, role = label(main.speaker)
        quotes.append(Quote(speaker=name, role=role, text=main.text, direct=main.direct,
                            sources=tuple(sorted({item.source for item in group})),
                            variants=tuple({wording(item.text): item.text for item in group
                                            if wording(item.text) != wording(main.text)}.values())))
    return tuple(quotes)
