"""Who said what: direct quotations and reported speech, each credited to a resolved speaker.

Rules over entity mentions rather than a parser: news attribution is formulaic ("X said", "said X",
"according to X", "X quoted Y as saying"), and pronouns ("he said") resolve to the person last named
in the same article. The same quote in several outlets is merged and credited to all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsfuse.analyse.names import fold, surname_key
from newsfuse.analyse.nlp import Mention, Passage
from newsfuse.model import Quote
from newsfuse.text import content_terms

SPEECH_VERBS = ("said|says|say|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|retorted|"
                "denied|denies|confirmed|confirms|explained|explains|warned|warns|argued|argues|noted|notes|"
                "announced|announces|declared|declares|asserted|alleged|alleges|acknowledged|admitted|stressed|"
                "emphasized|emphasised|replied|responded|wrote|writes|believes|conceded|"
                "predicted|complained|urged|reported|testified|recalled|quoted")
SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
QUOTED = re.compile(r"[“\"]([^“”\"]+)(?:[”\"]|$)|^([^“”\"]+)[”\"]")
ACCORDING_TO = re.compile(r"\baccording to\s+", re.I)
QUOTED_AS = re.compile(r"\bquoted\s+(.{2,120}?)\s+as\s+say(?:ing)?\b")
PRONOUN_BEFORE = re.compile(r"\b(he|she|it|they|we|I)\s+(?:(?:has|have|had|also|later|then|further|again|"
                            r"once|previously|earlier|repeatedly)\s+)*$", re.I)
PRONOUN_AFTER = re.compile(r"^\s*(he|she|it|they)\b", re.I)
GROUP_NOUN = (r"(?:officials?|military|militaries|ministry|authorities|government|army|police|sources?|analysts?|"
              r"experts?|diplomats?|witnesses|residents|investigators|prosecutors|lawyers?|spokes(?:man|woman|"
              r"person)|newswires|media|agency|statement|officers?|leaders?|lawmakers?|scientists?|researchers?)")
GROUP_BEFORE = re.compile(r"((?:the\s+|The\s+)?(?:[A-Z][\w.’'-]*\s+)*(?:[a-z]+\s+)?" + GROUP_NOUN +
                          r")\s+(?:(?:on|in|last|this)\s+\w+\s+|has\s+|have\s+|had\s+|also\s+)*$")
NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]{2,})\s+(?:also\s+|later\s+|then\s+)?$")
TIME_WORDS = re.compile(r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                        r"yesterday)\b[,\s]*", re.I)
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: an entity cluster, or a phrase such as "U.S. officials" that names nobody."""

    cluster: int | None
    phrase: str


@dataclass(frozen=True)
class Said:
    speaker: Speaker
    text: str
    direct: bool
    source: int
    passage: int


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if len(match.group(group).split()) >= 1:
            spans.append((match.start(group), match.end(group)))
    return spans


def outside(spans: list[tuple[int, int]], position: int) -> bool:
    return all(not start <= position < end for start, end in spans)


def mention_near(mentions: Sequence[Mention], start: int, end: int, last: bool,
                 person: bool = False) -> Mention | None:
    kinds = ("person",) if person else ("person", "organisation", "place", "group")
    inside = [mention for mention in mentions if start <= mention.start and mention.end <= end
              and mention.kind in kinds]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def speaker_after(passage: Passage, position: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    """"..., said Peter Cook" / "confirmed the Pentagon's spokesman Peter Cook" / "he said"."""
    rest = passage.text[position:]
    pronoun = PRONOUN_AFTER.match(rest)
    if pronoun:
        return pronoun.group(1).lower()
    window_end = position + min(len(rest), 70)
    found = mention_near(passage.mentions, position, window_end, last=False)
    if found and outside(spans, found.start):
        people = [mention for mention in passage.mentions
                  if position <= mention.start < window_end and mention.kind == "person"]
        return mention_speaker(people[0] if people else found)
    return None


def mention_speaker(mention: Mention) -> Speaker:
    return Speaker(cluster=None, phrase=f"@{mention.start}:{mention.end}")


def speaker_before(passage: Passage, verb_start: int, spans: list[tuple[int, int]]) -> Speaker | str | None:
    before = passage.text[:verb_start]
    cut = max((end for _, end in spans if end <= verb_start), default=0)
    clause = before[cut:]
    pronoun = PRONOUN_BEFORE.search(clause)
    if pronoun:
        return pronoun.group(1).lower()
    group = GROUP_BEFORE.search(clause)
    window = cut + max(0, len(clause) - 90)
    found = mention_near(passage.mentions, window, verb_start, last=True, person=True) \
        or mention_near(passage.mentions, window, verb_start, last=True)
    between = passage.text[found.end:verb_start].strip() if found else ""
    if found and found.kind == "person" and (not between or (between[0] == "," and between[-1] == ",")):
        return mention_speaker(found)  # "Peter Cook said", "Peter Cook, the Pentagon spokesman, said"
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


def reported_text(passage: Passage, verb_end: int, subject_start: int,
                  spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """The quotation(s) in the sentence, else the reported clause after the verb, else the text before the
    attribution ("..., officials said.")."""
    text = passage.text
    long_spans = [(start, end) for start, end in spans if len(text[start:end].split()) >= MIN_QUOTE_WORDS]
    if long_spans:
        return " … ".join(text[start:end].strip(" ,.") for start, end in long_spans), True
    after = TIME_WORDS.sub("", text[verb_end:].strip(" ,:"))
    after = re.sub(r"^(?:[\w.’'-]+\s+){0,4}?that\s+", "", after)
    if len(after.split()) >= 4:
        return after.rstrip(" ."), False
    return text[:subject_start].strip(" ,"), False


def attributions(passage: Passage, spans: list[tuple[int, int]]) -> list[tuple[Speaker | str, int, int]]:
    """(speaker, start of the attribution, end of the verb) for each attribution in the sentence."""
    text = passage.text
    found: list[tuple[Speaker | str, int, int]] = []
    quoted_as = QUOTED_AS.search(text)
    if quoted_as:
        speaker = mention_near(passage.mentions, quoted_as.start(1), quoted_as.end(1), last=False)
        if speaker:
            return [(mention_speaker(speaker), quoted_as.start(), quoted_as.end())]
    for match in ACCORDING_TO.finditer(text):
        speaker = mention_near(passage.mentions, match.end(), match.end() + 70, last=False)
        if speaker and outside(spans, match.start()):
            found.append((mention_speaker(speaker), match.start(), match.end()))
    for match in SPEECH.finditer(text):
        if not outside(spans, match.start()):
            continue
        lead = text[:match.start()].rstrip().rstrip(",")
        inverted = lead.endswith(("”", '"')) or not lead
        speaker = speaker_after(passage, match.end(), spans) if inverted else None
        if speaker is None:
            speaker = speaker_before(passage, match.start(), spans)
        if speaker is not None:
            found.append((speaker, match.start(), match.end()))
            break  # the first attribution of a sentence is its main one
    return found


def collect_said(passages: Sequence[Passage], resolve: ResolveFn) -> list[Said]:
    """Every attributed statement, passage by passage, with pronouns resolved within each article."""
    said: list[Said] = []
    last_person: dict[int, Speaker] = {}
    last_other: dict[int, Speaker] = {}
    previous_direct: dict[int, Speaker] = {}
    for number, passage in enumerate(passages):
        spans = quote_spans(passage.text)
        found = attributions(passage, spans)
        source = passage.source
        if not found and spans and passage.text.lstrip().startswith(("“", '"')) and source in previous_direct:
            text = " … ".join(passage.text[start:end].strip(" ,.") for start, end in spans)
            said.append(Said(previous_direct[source], text, True, source, number))
        for speaker, attribution_start, verb_end in found:
            if isinstance(speaker, str):  # a pronoun
                resolved = resolve_pronoun(speaker, passage, number, attribution_start, resolve,
                                           last_person if speaker in ("he", "she", "i") else last_other)
                if resolved is None:
                    continue
            else:
                resolved = resolve(number, speaker)
            text, direct = reported_text(passage, verb_end, attribution_start, spans)
            if len(text.split()) >= MIN_QUOTE_WORDS:
                said.append(Said(resolved, text, direct, source, number))
            if resolved.cluster is None or resolve.kinds[resolved.cluster] != "person":
                last_other[source] = resolved
            if direct:
                previous_direct[source] = resolved
            else:
                previous_direct.pop(source, None)
        remember_mentions(passage, number, resolve, last_person, last_other)
    return said


class ResolveFn:
    """Maps a mention speaker ("@start:end" in a passage) to its entity cluster; kinds tell people apart."""

    def __init__(self, passages: Sequence[Passage], of_mention: dict[tuple[int, int], int],
                 kinds: Sequence[str], surnames: dict[str, int]) -> None:
        self.passages = passages
        self.of_mention = of_mention
        self.kinds = kinds
        self.surnames = surnames

    def __call__(self, passage: int, speaker: Speaker) -> Speaker:
        if not speaker.phrase.startswith("@"):
            return Speaker(cluster=self.surnames.get(surname_key(fold(speaker.phrase))), phrase=speaker.phrase)
        start, end = (int(part) for part in speaker.phrase[1:].split(":"))
        mentions = self.passages[passage].mentions
        number = next(index for index, mention in enumerate(mentions) if (mention.start, mention.end) == (start, end))
        cluster = self.of_mention.get((passage, number))
        return Speaker(cluster=cluster, phrase=mentions[number].text)


def resolve_pronoun(pronoun: str, passage: Passage, number: int, position: int, resolve: ResolveFn,
                    pool: dict[int, Speaker]) -> Speaker | None:
    """"he"/"she": a person named earlier in the sentence, else the last person named in the article;
    "it"/"they": the last organisation that spoke or was named first in a sentence of the article."""
    if pronoun in ("he", "she", "i"):
        earlier = [mention for mention in passage.mentions if mention.end <= position and mention.kind == "person"]
        if earlier:
            return resolve(number, mention_speaker(earlier[-1]))
    return pool.get(passage.source)


def remember_mentions(passage: Passage, number: int, resolve: ResolveFn, last_person: dict[int, Speaker],
                      last_other: dict[int, Speaker]) -> None:
    first_other = True
    for mention in passage.mentions:
        speaker = resolve(number, mention_speaker(mention))
        if speaker.cluster is None:
            continue
        if resolve.kinds[speaker.cluster] == "person":
            last_person[passage.source] = speaker
        elif first_other:
            last_other[passage.source] = speaker
            first_other = False


def same_quote(first: str, second: str) -> bool:
    a, b = set(content_terms(first)), set(content_terms(second))
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


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
                            variants=tuple(dict.fromkeys(item.text for item in group if item.text != main.text))))
    return tuple(quotes)
