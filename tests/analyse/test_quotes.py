from __future__ import annotations

from newsfuse.analyse import analyse
from newsfuse.model import Analysis, Article
from newsfuse.segment import segment


def analysed(*texts: str, published: str = "") -> Analysis:
    articles = [Article(id=str(number), text=text, published=published) for number, text in enumerate(texts)]
    sentences = [sentence for index, article in enumerate(articles) for sentence in segment(article, index)]
    return analyse(articles, sentences, [None] * len(articles), words=2500)


def test_direct_quote_is_credited_to_the_named_speaker_with_role() -> None:
    analysis = analysed("Fire chief Maria Alvarez said the blaze started in a warehouse on Main Street. "
                        "“We have never seen a fire spread this fast,” Alvarez said.")
    speakers = {quote.speaker for quote in analysis.quotes}
    assert speakers == {"Maria Alvarez"}
    direct = [quote for quote in analysis.quotes if quote.direct]
    assert direct and direct[0].text.startswith("We have never seen")
    assert "chief" in direct[0].role.lower()


def test_pronoun_resolves_to_the_person_named_before() -> None:
    analysis = analysed("Mayor Tom Becker visited the flooded district on Monday. "
                        "He said the city would pay for temporary housing for every family.")
    assert [quote.speaker for quote in analysis.quotes] == ["Mayor Tom Becker"]  # title kept, pronoun resolved


def test_same_quote_in_two_outlets_is_merged_and_credited_to_both() -> None:
    first = "“The dam is safe and the water will recede by Friday,” said engineer Paul Okafor."
    second = "Engineer Paul Okafor told reporters: “The dam is safe and the water will recede by Friday.”"
    analysis = analysed(first, second)
    assert len(analysis.quotes) == 1
    assert analysis.quotes[0].sources == (1, 2)


def test_unnamed_speakers_keep_the_sources_phrase() -> None:
    analysis = analysed("The strikes endangered personnel supporting local forces, U.S. officials said.")
    assert analysis.quotes and analysis.quotes[0].speaker == "U.S. officials"
    assert analysis.quotes[0].text.startswith("The strikes endangered")


def test_surname_mentions_and_misspellings_join_the_full_name() -> None:
    analysis = analysed("Defense Minister Sergei Shoigu visited the base.", "Mr. Shiogu met the president.",
                        "Shoigu left on Sunday.")
    people = [entity for entity in analysis.entities if entity.kind == "person"]
    shoigu = next(entity for entity in people if entity.name == "Sergei Shoigu")
    assert {"Shiogu", "Shoigu"} <= set(shoigu.variants)
    assert shoigu.sources == (1, 2, 3)


def test_wire_style_quotation_marks_and_long_appositives() -> None:
    analysis = analysed("``We will rebuild the station within a year,'' said Ana Ruiz, the regional transport "
                        "director for the northern province. Luis Ortega, a retired engineer who designed the "
                        "original bridge over the river in 1970, said the new station would need deeper piles.")
    by_speaker = {quote.speaker: quote for quote in analysis.quotes}
    assert by_speaker["Ana Ruiz"].direct and by_speaker["Ana Ruiz"].text.startswith("We will rebuild")
    assert by_speaker["Luis Ortega"].text.startswith("the new station")


def test_role_starts_at_the_nearest_article() -> None:
    from newsfuse.analyse.roles import role_beside

    role = role_beside("The government invited the elected president of the republic, ", " to the talks.")
    assert role == "elected president of the republic"


def test_two_parties_in_one_sentence_are_two_statements() -> None:
    analysis = analysed("The union claimed the factory had cut wages in secret, while the company insists "
                        "every worker was told in writing.")
    by_speaker = {quote.speaker: quote.text for quote in analysis.quotes}
    assert by_speaker.get("The union", "").startswith("the factory had cut wages")
    assert by_speaker.get("the company", "").startswith("every worker was told")


def test_capitalised_roles_beside_names_and_ordinary_words_taken_for_names() -> None:
    analysis = analysed("The defense budget grew again this year. Defense Minister Ana Lopez of Chile said the "
                        "budget would fall next year, and Lopez said the army agreed.")
    assert {quote.speaker for quote in analysis.quotes} <= {"Ana Lopez", "Minister Ana Lopez"}
    lopez = next(entity for entity in analysis.entities if entity.name == "Ana Lopez")
    assert "Minister" in lopez.role


def test_a_denial_never_becomes_the_denied_statement() -> None:
    analysis = analysed("Police chief Celal Demir denied press reports that the engineer was being held at gunpoint.")
    quote = analysis.quotes[0]
    assert quote.speaker == "Celal Demir" and quote.text.startswith("denied press reports that")


def test_hypothetical_passive_and_negated_speech_is_not_a_statement() -> None:
    analysis = analysed("Governor Ann Lee was told that the bridge would close in June. "
                        "Senator Tom Ray did not say that taxes would rise. Mayor Bo Park could say nothing more.")
    assert not analysis.quotes


def test_straight_quotes_opened_mid_sentence_are_credited() -> None:
    analysis = analysed('Governments "have to stop hitting the snooze button on the alarm," said Adam Markham, '
                        "director of the campaign.")
    assert analysis.quotes and analysis.quotes[0].speaker == "Adam Markham"
    assert analysis.quotes[0].text.startswith("have to stop hitting")


def test_a_place_after_a_preposition_is_not_the_speaker() -> None:
    analysis = analysed("Hunters who live near the Arctic Circle said the ice melts earlier every spring. "
                        "Sandra Olsen, a teacher from Tarzana, Calif., said the new school opens in May.")
    speakers = {quote.speaker for quote in analysis.quotes}
    assert not speakers & {"Arctic Circle", "Circle", "Tarzana", "Calif."}
    assert "Sandra Olsen" in speakers


def test_a_statement_the_attribution_interrupts_is_one_statement() -> None:
    analysis = analysed("Since the late 1700s, the agency said, over half the nation's wetlands have been lost. "
                        "“We will rebuild,” said Mayor Ana Ruiz, “and we will do it this year.”")
    texts = {quote.speaker: quote.text for quote in analysis.quotes}
    assert texts["the agency"].startswith("Since the late 1700s over half the nation's wetlands")
    assert "rebuild" in texts["Mayor Ana Ruiz"] and "this year" in texts["Mayor Ana Ruiz"]


def test_a_quotation_without_attribution_needs_a_quotation_just_before() -> None:
    analysis = analysed("“We will win,” said coach Dan Pike. The team lost its next three games. "
                        "“The Thirteenth Floor,” $4.3 million.")
    assert all("Thirteenth" not in quote.text for quote in analysis.quotes)


def test_a_quotation_running_on_into_the_next_sentence_goes_to_its_speaker() -> None:
    analysis = analysed("“We will win,” said coach Dan Pike. “No parent should send a child to a lousy school. "
                        "Period,” said publisher Steve Forbes.")
    lousy = next(quote for quote in analysis.quotes if "lousy school" in quote.text)
    assert lousy.speaker == "Steve Forbes"


def test_a_relative_speaks_for_themselves_not_for_the_person_named_before() -> None:
    analysis = analysed("General Augusto Pinochet was arrested in London on Friday. "
                        "“This is very painful for our family,” said his wife. "
                        "Opponents say people like Dorothy Hayes bear some responsibility for the strike.")
    by_text = {quote.text: quote.speaker for quote in analysis.quotes}
    assert by_text["This is very painful for our family"] == "Augusto Pinochet's wife"
    hayes = next(speaker for text, speaker in by_text.items() if "responsibility" in text)
    assert hayes == "Opponents"


def test_a_role_is_the_appositive_beside_the_name_not_the_verb_after_a_clause() -> None:
    analysis = analysed("James Kopp, who was charged with killing Dr. Barnett Slepian, is known to abortion rights "
                        "leaders as an aggressive protester, police said.")
    slepian = next(entity for entity in analysis.entities if "Slepian" in entity.name)
    assert "known" not in slepian.role


def test_a_request_is_not_a_statement_and_its_object_is_not_what_was_said() -> None:
    analysis = analysed("Japan urged Peru on Monday to release the hostages before the summit. "
                        "The ministry asked the embassy to close for a week.")
    assert analysis.quotes == ()


def test_a_named_subject_speaks_not_the_appositive_that_describes_it() -> None:
    analysis = analysed("The Harbour Trust, a conservation agency in Sydney said the cove was “clean and safe”. "
                        "“Our divers found no trace of oil,” it said.")
    assert len(analysis.quotes) == 2 and all(quote.speaker.endswith("Harbour Trust") for quote in analysis.quotes)


def test_it_in_a_clause_of_the_sentence_stands_for_the_sentence_subject() -> None:
    analysis = analysed("The port authority of Lagos blamed the delays on the strike. "
                        "The federal commission also criticized the ministry for what it said were slow repairs to "
                        "the Lagos docks.")
    quote = next(quote for quote in analysis.quotes if "slow repairs" in quote.text)
    assert quote.speaker.lower().endswith("commission")


def test_they_after_a_couple_who_spoke_is_that_couple() -> None:
    analysis = analysed("Mark and Ellen Doyle, who adopted a boy in 1994 from a town in central Peru's highlands, "
                        "said “it was the best day of our lives.” “We would go back to Peru tomorrow,” they said.")
    assert len(analysis.quotes) == 2 and all("Doyle" in quote.speaker for quote in analysis.quotes)


def test_the_phrase_just_before_the_verb_speaks_not_a_name_further_back() -> None:
    analysis = analysed("The charity has grown worried by the claims made by the Daily Courier and Radio Nord, "
                        "the memorandum said.")
    assert [quote.speaker for quote in analysis.quotes] == ["the memorandum"]


def test_a_quotation_over_two_sentences_is_one_quote() -> None:
    analysis = analysed("Mayor Tom Becker spoke at the dam on Monday. “The water is falling fast. We expect the "
                        "road to reopen by Friday,” Becker said.")
    assert len(analysis.quotes) == 1
    assert analysis.quotes[0].speaker == "Mayor Tom Becker"
    text = analysis.quotes[0].text
    assert text.startswith("The water is falling fast.") and "reopen by Friday" in text


def test_a_person_with_an_appositive_speaks_though_no_comma_closes_it() -> None:
    analysis = analysed("Ana Ruiz, spokeswoman for the state attorney general's office said the suspect was not "
                        "the author of the program.")
    assert [quote.speaker for quote in analysis.quotes] == ["Ana Ruiz"]


def test_a_name_inside_the_statement_is_not_whom_a_trailing_pronoun_stands_for() -> None:
    analysis = analysed("Fire chief Maria Alvarez said the suspect had confessed on Friday. The suspect then "
                        "called Mark Olsen and deleted the files, she said.")
    assert [quote.speaker for quote in analysis.quotes] == ["Maria Alvarez"] * 2


def test_said_followed_by_a_clause_is_not_a_trailing_attribution() -> None:
    analysis = analysed("Tom Berg, a vice president for security at Delta Systems, said the company was hoping for "
                        "the best but bracing for the worst.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [("Tom Berg", "the")]


def test_a_name_right_after_a_group_word_is_the_speaker_of_a_trailing_attribution() -> None:
    analysis = analysed("More cases of the disease are found than ever before, in part because tests improved, says "
                        "study co-author Maria Alvarez, a professor of medicine.")
    assert [quote.speaker for quote in analysis.quotes] == ["Maria Alvarez"]


def test_a_quotation_over_several_sentences_is_one_quote_of_whoever_closes_it() -> None:
    analysis = analysed("“We will rebuild. The river is falling. The roads will open by Friday,” Mayor Tom Becker "
                        "said.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Mayor Tom Becker", "We will rebuild. The river is falling. The roads will open by Friday")]


def test_a_quotation_left_open_goes_on_in_the_sentences_after_it() -> None:
    analysis = analysed("“Who is going to pay?” Tom Berg asked. “That is what this is about. From their side you "
                        "can see the advantages. It was a freak accident.” The case opens in May.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Tom Berg", "Who is going to pay? That is what this is about. From their side you can see the advantages. "
                     "It was a freak accident.")]


def test_a_speakers_next_quoted_sentence_goes_on_with_the_same_statement() -> None:
    analysis = analysed("''This census is much better,'' Brenda Boyd said. ''Last time, the count was way off.'' "
                        "''We counted every house,'' said Tom Ray, a tribal official. ''It took a month.'' "
                        "Ray said the bureau paid for it.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Brenda Boyd", "This census is much better. Last time, the count was way off"),
        ("Tom Ray", "We counted every house. It took a month"),
        ("Tom Ray", "the bureau paid for it")]


def test_wire_quotations_opened_with_two_apostrophes_go_on_after_the_attribution() -> None:
    analysis = analysed("''It was a disaster for people who used it,'' film director Michael Winner said Wednesday. "
                        "''And you met a better class of people in the lounge.''")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Michael Winner", "It was a disaster for people who used it. And you met a better class of people in the "
                           "lounge")]


def test_a_long_role_between_the_quotation_and_the_verb_is_not_part_of_what_was_said() -> None:
    analysis = analysed("“Read literally, the slogan would discourage searches elsewhere,” Nicholas Vianna, "
                        "advertising review specialist with the group's National Advertising Division, said Tuesday.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Nicholas Vianna", "Read literally, the slogan would discourage searches elsewhere")]


def test_saying_after_a_comma_credits_the_subject_the_sentence_opens_with_after_a_time_or_place() -> None:
    analysis = analysed("Continental issued a brief statement on Wednesday, saying there was no proof that it was "
                        "linked to the crash. The union opposes the spinoff, saying it could lead to plant closures. "
                        "The mayor left the hall, saying goodbye to the staff. In Paris, police fired tear gas, saying "
                        "the crowd had turned violent.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Continental", "there was no proof that it was linked to the crash"),
        ("The union", "it could lead to plant closures"), ("police", "the crowd had turned violent")]


def test_no_proof_that_keeps_its_negation_and_maintain_reports_only_before_that() -> None:
    analysis = analysed("Tom Berg said there was no proof that the plane caused the crash. The army has maintained a "
                        "strong presence at the base. The booksellers associations maintain that the sellers have a "
                        "presence in the state.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Tom Berg", "there was no proof that the plane caused the crash"),
        ("The booksellers associations", "the sellers have a presence in the state")]


def test_a_name_after_a_title_and_an_organisation_speaks_and_when_asked_is_no_attribution() -> None:
    analysis = analysed("When asked about the request of the owners, Board of Equalization Chairman Johan Klehs "
                        "said the state is enforcing the tax code.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Johan Klehs", "the state is enforcing the tax code")]


def test_a_source_close_to_the_talks_speaks() -> None:
    analysis = analysed("The agreements provide 185,000 workers with 3 percent pay raises each year, a source close "
                        "to the talks said.")
    assert [quote.speaker for quote in analysis.quotes] == ["a source close to the talks"]


def test_a_verb_followed_by_time_and_circumstance_credits_what_came_before_it() -> None:
    analysis = analysed("New evidence from the probe bolsters theories that an ocean lies beneath the crust of the "
                        "moon, scientists reported Monday after analyzing results from the flyby. Ann Lee, 43, a "
                        "worker in Savoonga, said at a news conference that hunting gets more difficult.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("scientists", "New"), ("Ann Lee", "hunting")]


def test_an_attribution_inside_a_statement_keeps_both_halves() -> None:
    analysis = analysed("Mayor Tom Becker spoke on Monday. Stocks soared after the vote, he said, because “we have "
                        "shown the world that we are calm.”")
    assert len(analysis.quotes) == 1 and analysis.quotes[0].speaker == "Mayor Tom Becker"
    assert analysis.quotes[0].text.startswith("Stocks soared") and "shown the world" in analysis.quotes[0].text


def test_the_subject_of_a_sentence_speaks_through_an_appositive_that_names_others() -> None:
    analysis = analysed("The report, issued by Andrew Cuomo, the housing secretary, said that 5.4 million families "
                        "pay more than half their incomes for housing. Cuban-American leaders, encouraged by a bid "
                        "to keep Elian Gonzalez in the United States, said Saturday they would halt protests. Dan "
                        "Burton, chairman of the committee, said he subpoenaed Elian to block precipitous action.")
    assert [quote.speaker for quote in analysis.quotes] == ["The report", "Cuban-American leaders", "Dan Burton"]


def test_a_name_after_a_closed_phrase_speaks_and_a_request_in_an_opening_clause_does_not() -> None:
    analysis = analysed("When President Bill Clinton asked for 120,000 vouchers in January, Rep. Rick Lazio, R-N.Y., "
                        "acknowledged that no vouchers had been approved. Speaking after his meeting with Caldera, "
                        "Hugo Chavez said the rally reflected a peaceful vote.")
    assert [quote.speaker for quote in analysis.quotes] == ["Rep. Rick Lazio", "Hugo Chavez"]


def test_unnamed_speakers_with_a_clause_or_a_phrase_after_them() -> None:
    analysis = analysed("“This process gets him off to a powerful start,” a Western diplomat who insisted on "
                        "anonymity said. “We see this as part of the strategy,” an aide to Clinton said.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "Western diplomat who insisted on anonymity", "an aide to Clinton"]


def test_found_reports_a_finding_only_with_that() -> None:
    analysis = analysed("A report prepared by the department in March found that the number of families waiting "
                        "had increased to 600,000. Police found the car in a ditch near the river on Sunday.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [("A report", "the")]


def test_reported_words_that_open_a_quotation_go_on_with_it() -> None:
    analysis = analysed("Sen. Bob Smith met the boy. Smith said the boy told him in Spanish: “Help me. I don't want "
                        "to go back.” The boy smiled.")
    assert [quote.text for quote in analysis.quotes] == [
        "the boy told him in Spanish: “Help me. I don't want to go back."]


def test_a_name_before_which_speaks_and_a_name_the_recogniser_missed_speaks_through_its_appositive() -> None:
    analysis = analysed("Those figures are disputed by the National Home Builders Association, which argues that "
                        "mitigation restored more wetlands than were lost. Nachman, an opponent of the autonomy "
                        "accords, said the ceremony sends a message that the town is here to stay.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("National Home Builders Association", "mitigation"), ("Nachman", "the")]


def test_two_camps_in_one_sentence_and_a_participle_after_the_day() -> None:
    analysis = analysed("Some scientists argue it reflects broader climate change, but others say it simply reflects "
                        "cyclical changes. Rising ocean temperatures are threatening the salmon, two marine "
                        "biologists said today, citing as early evidence the decline in Alaska salmon.")
    assert [(quote.speaker, quote.text.split()[-1]) for quote in analysis.quotes] == [
        ("Some scientists", "change"), ("others", "changes"), ("marine biologists", "salmon")]


def test_a_declaration_speaks_and_agreeing_to_something_says_nothing() -> None:
    analysis = analysed("The declaration stated that global warming is underway. “What we see is unprecedented,” "
                        "agreed Jim Barry. The company agreed to pay the fine in full by March.")
    assert [quote.speaker for quote in analysis.quotes] == ["The declaration", "Jim Barry"]


def test_a_quotation_too_short_to_say_anything_is_not_listed() -> None:
    analysis = analysed("“Just sit back, relax and enjoy the ride,” Jerry Rhoades said. “I did.”")
    assert [quote.text for quote in analysis.quotes] == ["Just sit back, relax and enjoy the ride"]


def test_a_role_after_the_quotation_speaks_and_a_trailing_attribution_beats_a_verb_inside_the_statement() -> None:
    analysis = analysed("“This case is about the best interests of the child,” the judge said. A new test aimed at "
                        "helping doctors confirms that such disorders are present at birth, researchers said.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("the judge", "This"), ("researchers", "A")]


def test_a_study_concludes_and_experts_caution() -> None:
    analysis = analysed("“A single dose is not an effective treatment for autism,” the study concluded. Experts "
                        "cautioned that the results have not yet been reviewed. The meeting concluded on Tuesday.")
    assert [quote.speaker for quote in analysis.quotes] == ["the study", "Experts"]


def test_quoted_as_telling_and_told_a_station_credit_the_quotation_before() -> None:
    analysis = analysed("“I think the judges made a mistake,” attorney Ivan Tang told Radio Hong Kong, a day after "
                        "a court sentenced Cheung, alias “Big Spender,” to death. “It is better to execute him in "
                        "China,” housewife Chan Lee was quoted as telling the South China Morning Post.")
    assert [(quote.speaker, quote.text.split()[-1]) for quote in analysis.quotes] == [
        ("Ivan Tang", "mistake"), ("Chan Lee", "China")]


def test_a_name_of_an_organisation_speaks_for_it_and_a_second_verb_keeps_the_subject() -> None:
    analysis = analysed("Legislator James Toh of the opposition Democratic Party said Friday the verdict ignored the "
                        "Basic Law. Security chief Manuel Monge described the explosions as an “act of "
                        "intimidation” by gang members, and said the police would double their patrols.")
    assert [quote.speaker for quote in analysis.quotes] == ["James Toh", "Manuel Monge"]


def test_police_have_said_and_a_contracted_pronoun_speak() -> None:
    analysis = analysed("Police have said they believe the attacks are linked to gang wars over gambling profits. "
                        "Rabbi Joshua Hammerman wrote a book. He's concluded that young people are not rejecting God.")
    assert [quote.speaker for quote in analysis.quotes] == ["Police", "Rabbi Joshua Hammerman"]


def test_no_speaker_from_an_opening_place_an_unknown_inverted_speaker_or_reporting_to_a_hospital() -> None:
    analysis = analysed("In Boston, crews said they would spray pesticides near the park. All were found where "
                        "Jamaica Plain meets Brookline, not surprising, said state officals, given the ponds there. "
                        "A man from Queens who reported to a New York hospital on July 22 complaining of fever "
                        "recovered.")
    assert all(quote.speaker not in ("Boston", "Brookline", "Queens") for quote in analysis.quotes)
    assert not any("hospital" in quote.text or "ponds" in quote.text for quote in analysis.quotes)


def test_a_person_the_recogniser_missed_is_who_he_stands_for_and_a_lone_surname_after_the_verb_speaks() -> None:
    analysis = analysed("Commissioner David Vaness said the police feared more attacks. Suresh Gover said volunteers "
                        "would patrol the district. “This is racial terrorism,” he said. “Some of the truths are "
                        "uncomfortable,” said Straw, adding that the report would change things.")
    assert [quote.speaker for quote in analysis.quotes] == ["David Vaness", "Suresh Gover", "Suresh Gover", "Straw",
                                                            "Straw"]  # (", adding that ..." is a second statement)


def test_a_possessive_determiner_role_and_a_newspaper_of_a_city_speak_and_a_name_alone_says_nothing() -> None:
    analysis = analysed("A community newspaper received a threatening letter from the group, its editor said Sunday. "
                        "London's Sunday Telegraph reported that a document was faxed to a radio station. Home "
                        "Secretary Jack Straw announced the plan.")
    assert [quote.speaker for quote in analysis.quotes] == ["its editor", "London's Sunday Telegraph"]


def test_a_speaker_named_right_after_the_verb_is_found_past_a_long_role() -> None:
    analysis = analysed("Only two cases of the virus have been detected so far, said Sal Viveros, group marketing "
                        "manager in the virus defense division of Santa Clara, Calif.-based Network Associates, maker "
                        "of the McAfee virus protection software.")
    assert [(quote.speaker, quote.text.split()[-1]) for quote in analysis.quotes] == [("Sal Viveros", "far")]
    assert "McAfee" in {entity.name for entity in analysis.entities}  # a firm before "virus" is no virus


def test_adding_disclosing_a_group_doing_something_and_figures_speak_but_the_police_are_no_spokesman() -> None:
    analysis = analysed(
        "“The bodies are terribly mutilated,” said Fabien Tillon, a spokesman at the regional police headquarters, "
        "adding that the work would take weeks. The unit follows these steps, according to the police force that "
        "oversees it. The strip came from a DC10, the French agency investigating the disaster said on Monday. "
        "Last week, investigators disclosed that an inspection had been skipped. Arrests fell by a third, according "
        "to figures released Tuesday. The police and prosecutors in some areas have said they fear more crime.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("Fabien Tillon", "The"), ("Fabien Tillon", "the"), ("the police", "The"),
        ("the French agency investigating the disaster", "The"), ("investigators", "an"), ("figures", "Arrests"),
        ("The police and prosecutors in some areas", "they")]


def test_announcing_a_thing_is_no_statement_but_announcing_that_is() -> None:
    analysis = analysed("Gov. George Pataki has announced a pilot program designed to help counties share crime data. "
                        "The mayor announced on Monday that the program would start in June.")
    assert [quote.speaker for quote in analysis.quotes] == ["The mayor"]


def test_an_opening_speaker_past_asides_a_warning_with_its_verb_and_a_that_clause_after_a_long_lead() -> None:
    analysis = analysed(
        "Analyst John Casesa of Merrill Lynch, who did not attend the Smith meeting, said there is concern on Wall "
        "Street. Union leader Richard Shoemaker also warned GM on Wednesday not to sell Delphi. Donald Hackworth, a "
        "GM vice president, said in a message to employees this week that GM was working on a plan. GM estimates "
        "that the strikes have cost it $1.18 billion.")
    assert [(quote.speaker, " ".join(quote.text.split()[:2])) for quote in analysis.quotes] == [
        ("John Casesa", "there is"), ("Richard Shoemaker", "warned GM"), ("Donald Hackworth", "GM was"),
        ("GM", "the strikes")]


def test_a_quotation_after_a_short_lead_in_is_direct_and_the_next_quotation_goes_on() -> None:
    analysis = analysed("Because of Galileo, “we now have a definitive answer to the origin of this ring system,” "
                        "said Michael Belton, leader of the imaging team. “It's a big step forward.”")
    assert [(quote.speaker, quote.direct) for quote in analysis.quotes] == [("Michael Belton", True)]
    assert analysis.quotes[0].text.endswith("ring system. It's a big step forward")


def test_quoted_as_saying_a_clause_family_members_and_experts_who_contend() -> None:
    analysis = analysed("But Itar-Tass, the Russian news agency, quoted Ivanov as saying the information included the "
                        "times of two explosions. Family members have said some of the crew could have been saved. "
                        "Other experts contend that the blast would have mutilated the bodies.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("Ivanov", "the"), ("Family members", "some"), ("Other experts", "the")]


def test_a_name_the_recogniser_once_calls_a_place_speaks_as_the_person_it_is() -> None:
    analysis = analysed("Deputy Prime Minister Ilya Klebanov said Tuesday the bodies would be recovered. Klebanov, "
                        "chairman of the commission investigating the Aug. 12 disaster when the submarine sank after "
                        "shattering explosions, rejected reports that the Kursk was testing a new type of torpedo.")
    assert [quote.speaker for quote in analysis.quotes] == ["Ilya Klebanov"] * 2  # "Deputy Prime Minister" is a role


def test_an_attribution_inside_the_statement_past_a_quoted_word_and_second_statements() -> None:
    analysis = analysed(
        "In exchange for a set of “commitments,” Draisen said, local groups might offer Fleet their neutrality. "
        "“It is like feudal lords getting together,” Bruce Marks quipped. Reno has backed the INS ruling, and has "
        "said that state courts have no say in the matter. “We cannot call a truce yet,” Alarcon said, warning "
        "that exiles in Miami were trying to delay the return.")
    assert [(quote.speaker, " ".join(quote.text.split()[:2])) for quote in analysis.quotes] == [
        ("Draisen", "In exchange"), ("Bruce Marks", "It is"), ("Reno", "state courts"), ("Alarcon", "We cannot"),
        ("Alarcon", "exiles in")]


def test_urging_many_words_away_from_to_is_a_request() -> None:
    analysis = analysed("Attorney General Janet Reno urged those involved in the dispute over the Cuban boy to resolve "
                        "the situation quickly.")
    assert analysis.quotes == ()


def test_rejecting_a_defense_or_claiming_responsibility_says_nothing_but_arguing_that_does() -> None:
    analysis = analysed("Vail Resorts has said it was an honest mistake. But the EPA's Steve Ireland rejected that "
                        "defense. A group calling itself Earth Liberation Front claimed responsibility for the fires. "
                        "Environmentalists lost a legal challenge, arguing unsuccessfully that the Forest Service "
                        "didn't assess the effect on wildlife. Dennis Ross dismissed the settlement activity as "
                        "“destructive” to the peace process.")
    assert [quote.speaker for quote in analysis.quotes] == ["Vail Resorts", "Environmentalists", "Dennis Ross"]


def test_charging_that_is_a_statement_and_being_charged_with_a_crime_is_not() -> None:
    analysis = analysed("Khalil Tufakji, chief cartographer for the Palestinian Authority, charged that the new "
                        "trailers were the beginning of a separate settlement. Smith charged the suspect with theft "
                        "on Monday.")
    assert [quote.speaker for quote in analysis.quotes] == ["Khalil Tufakji"]


def test_noting_whether_something_holds_is_no_statement() -> None:
    analysis = analysed("Their annual catalog includes a section called “100 Programs You Should Not Buy” and notes if "
                        "a title features witchcraft, magic or aliens.")
    assert analysis.quotes == ()


def test_calling_something_a_quotation_says_it_and_an_adverb_may_stand_before_that() -> None:
    analysis = analysed("Senator Ann Gorton called the disease ``one of the most common disabling conditions of "
                        "children.'' Gorton on Wednesday for the first time mentioned publicly that her grandson has "
                        "the disease. The senator called for more money and called off a hearing.")
    said = {(quote.speaker, quote.text.split()[0], quote.direct) for quote in analysis.quotes}
    assert said == {("Senator Ann Gorton", "one", True), ("Senator Ann Gorton", "her", False)}


def test_a_place_that_describes_the_subject_does_not_speak() -> None:
    analysis = analysed("Almost all the 30 Phoenix-area children in the trial reported great results even though "
                        "a third had received a placebo.")
    assert "Phoenix" not in {quote.speaker for quote in analysis.quotes}


def test_a_day_after_a_group_a_document_after_a_possessive_and_it_for_the_sentence_before_s_subject() -> None:
    analysis = analysed("Reports Thursday said city officials had asked the province to spare the old bridge. "
                        "Mayor Karl Osei's letter of appeal argues that the bridge cannot be torn down without a "
                        "vote. The newspaper identified its source only as a senior Hong Kong official. It also "
                        "reported the source would not disclose the province's response.")
    said = {quote.text.split()[1]: quote.speaker for quote in analysis.quotes}
    assert said == {"officials": "Reports", "bridge": "Mayor Karl Osei's letter of appeal", "source": "The newspaper"}


def test_quoted_by_an_outlet_as_saying_is_the_subject_speaking_and_organizations_are_a_group() -> None:
    analysis = analysed("``It is an outrage of enormous proportions,'' Grant was quoted by Reuters as saying. "
                        "A group of 29 British rights organizations said the revised laws create racial tensions.")
    assert {(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes} == {
        ("Grant", "It"), ("A group of 29 British rights organizations", "the")}


def test_a_voiced_feeling_or_warning_and_a_statement_saying_are_statements() -> None:
    analysis = analysed("Numerous experts had issued warnings here that anybody should be careful with attachments. "
                        "The Academy of Adoption Attorneys released a statement saying the measure ``holds tremendous "
                        "potential to correct flawed practices.'' The group issued a report on Monday. Officials "
                        "expressed concern about the costs.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert set(said) == {"Numerous experts", "Academy of Adoption Attorneys"}
    assert said["Numerous experts"].startswith("anybody")
    assert "holds tremendous" in said["Academy of Adoption Attorneys"]


def test_long_group_subjects_an_organisation_with_an_aside_and_a_backtick_quote_opener() -> None:
    analysis = analysed(
        "French investigators looking into the crash last month of an Air France Concorde said Thursday it was "
        "probable that a piece of metal caused a tire to blow out. The Bureau of Accident Investigations, which is "
        "looking into the causes of the crash, said in a statement that it was `'probable that this piece caused "
        "the cut.'' However, officials from the Atlanta Committee for the Olympic Games (ACOG) said, ``This is not "
        "representative of a lack of preparation.''")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said["French investigators"].startswith("it was probable")
    assert "this piece caused the cut" in said["Bureau of Accident Investigations"]
    assert said["officials from the Atlanta Committee for the Olympic Games"].startswith("This is not")


def test_a_group_with_an_affiliation_and_an_aside_between_commas_speaks() -> None:
    analysis = analysed("A source close to the talks, speaking on condition of anonymity, said the agreement followed "
                        "the pattern set by the union.")
    assert [quote.speaker for quote in analysis.quotes] == ["A source"]


def test_an_agency_relaying_a_named_persons_words_is_not_the_speaker() -> None:
    analysis = analysed("Deputy Prime Minister Ilya Klebanov told reporters that the disaster was developing for two "
                        "minutes, the Itar-Tass news agency reported. Klebanov also denied reports that the security "
                        "service had given Putin documents, the Interfax news agency reported.")
    assert {quote.speaker.split()[-1] for quote in analysis.quotes} == {"Klebanov"}
    assert any(quote.text.startswith("denied reports") for quote in analysis.quotes)


def test_a_name_right_after_said_is_what_was_said_about_unless_the_clause_ends_there() -> None:
    analysis = analysed("Earlier, Prime Minister Tony Blair's spokesman, speaking on customary condition of anonymity, "
                        "said Farrakhan ``has clearly offensive views.''")
    assert [quote.speaker.removeprefix("Prime Minister ") for quote in analysis.quotes] == ["Tony Blair's spokesman"]


def test_calling_something_a_short_quotation_keeps_the_naming_and_and_said_is_a_second_statement() -> None:
    analysis = analysed("In Washington, Defense Department spokesman Peter Cook called the video conference "
                        "“extraordinary” and said U.S. officials expressed strong concerns about the attack.")
    assert sorted(quote.text for quote in analysis.quotes) == [
        "U.S. officials expressed strong concerns about the attack", "called the video conference “extraordinary”"]


def test_a_possessive_role_after_the_statement_and_a_role_before_the_subject_who_is_saying() -> None:
    analysis = analysed("Colombia's trade minister should have minded her own business, her Venezuelan counterpart "
                        "said Friday. Education minister Evelyn Jacir de Lovo has dismissed the idea of salary "
                        "increases, instead saying she would institute incentives to reward the best teachers.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said["her Venezuelan counterpart"].startswith("Colombia's trade minister")
    assert said["Evelyn Jacir de Lovo"].startswith("she would institute incentives")


def test_panels_promises_decrying_a_quotation_and_a_statement_in_an_opening_clause() -> None:
    analysis = analysed(
        "A U.S. appellate court panel sided Thursday with the father, saying that immigration officials had been "
        "entitled to deny an asylum hearing. The statement decried the boy's ''cruel and interminable wait to "
        "return to his family.'' Opponents of the boy's return to Cuba had predicted that Castro would parade him "
        "around. Castro had promised that Cuba would avoid a media circus. Although the government initially said "
        "that the family would take a week's holiday, police continued to block all traffic. As the camera panned "
        "over the dedication that the Cuban leader wrote to the boy, his voice could be heard.")
    said = {quote.speaker: quote.text.split()[0] for quote in analysis.quotes}
    assert said == {"A U.S. appellate court panel": "immigration", "The statement": "cruel",
                    "Opponents of the boy's return to Cuba": "Castro",
                    "Castro": "Cuba", "the government": "the"}


def test_noted_says_something_only_before_that_or_between_commas() -> None:
    analysis = analysed("From 1991 to 1996, the health chief noted, the confirmed cases of malaria were reduced "
                        "sharply. Officials at the housing center also have noted the trend, one that residents are "
                        "trying to buck.")
    assert [quote.speaker for quote in analysis.quotes] == ["the health chief"]


def test_whoever_follows_told_is_told_not_telling() -> None:
    analysis = analysed("''Frankly, I think this is special-interest money,'' Bill Neil, director of the conservation "
                        "for the New Jersey Audubon Society, told The Star-Ledger of Newark for Saturday's editions.")
    assert [quote.speaker for quote in analysis.quotes] == ["Bill Neil"]


def test_a_quoted_title_inside_a_reported_clause_and_a_second_quotation_after_a_long_role() -> None:
    analysis = analysed("Critic Yuichi Tanuma said ``The Phantom Menace'' has touches of Japanese influence. "
                        "``We have been getting lots of phone calls,'' said Randy Perkins, a manager at the Wal-Mart "
                        "store in Rome, N.Y. ``We expect this to be a busy night.'' Analysts estimate that sales "
                        "could top $2 billion this year.")
    texts = {quote.speaker: quote.text for quote in analysis.quotes}
    assert "has touches of Japanese influence" in texts["Yuichi Tanuma"]
    assert "busy night" in texts["Randy Perkins"] and texts["Analysts"].startswith("sales could top")


def test_a_discourse_word_never_speaks_and_a_subject_described_by_a_relative_clause_does() -> None:
    analysis = analysed("Still, a father who led the fight for the study said he's not convinced that there is no "
                        "environmental cause for the cases.")
    assert [quote.speaker for quote in analysis.quotes] == ["a father"]


def test_an_attributive_participle_and_a_passive_report_are_nobodys_statement() -> None:
    analysis = analysed("The Judicial Police on Sunday announced the arrest of three alleged triad members, among them "
                        "two women said to be ``very close'' to the gang's leader. The three were identified as Wong "
                        "Tat-hou, an alleged gang leader; and Lam Iok-im, who is known as Big Sister.")
    assert analysis.quotes == ()
    claim = analysed("Conceived to target young buyers, the Neon car now claims to be ``grown up but not old.''")
    assert len(claim.quotes) == 1 and "grown up but not old" in claim.quotes[0].text


def test_a_promise_with_whom_it_was_made_to_and_a_pledge_without_that() -> None:
    analysis = analysed("Prime Minister Benjamin Netanyahu has promised the United States and the Palestinians that "
                        "he will not start new settlements in the West Bank. China has pledged it will increase its "
                        "cooperation with Macau. The contracts included promises from the companies that they would "
                        "not close any factory. The mayor promised to build a new bridge that would last.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.keys() == {"Prime Minister Benjamin Netanyahu", "China"}
    assert said["Prime Minister Benjamin Netanyahu"].startswith("he will not start new settlements")


def test_an_aside_between_a_quotation_and_said_and_a_title_before_the_speakers_name() -> None:
    analysis = analysed("''The major question for me is whether it's just more prevalent or it's on the rise,'' as "
                        "some parents and doctors suspect, said Dr. Eric London, vice president of medical affairs at "
                        "the National Alliance for Autism Research in Princeton.")
    assert [(quote.speaker, quote.direct) for quote in analysis.quotes] == [("Dr. Eric London", True)]
    assert analysis.quotes[0].text.startswith("The major question for me")


def test_what_was_said_before_a_verb_followed_only_by_where_and_how_it_was_said() -> None:
    analysis = analysed("Portuguese officials are ``entirely responsible'' for social order in Macau until next "
                        "year's handover, the committee pointed out in a statement at the end of a three-day meeting.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("the committee", "Portuguese officials are ``entirely responsible'' for social order in Macau until next "
                          "year's handover")]


def test_saying_belongs_to_the_subject_of_its_own_clause_and_more_unnamed_sources() -> None:
    analysis = analysed("Police charged two men with murder but the state prosecuting agency abandoned the case, "
                        "saying there was insufficient evidence. Forensic experts finished identifying the remains of "
                        "all 113 victims, a French public prosecutor said. According to parliamentary estimates, there "
                        "are about 80 foreign adoption agencies operating in Russia. British Airways discloses that "
                        "cracks had been found in the wings of its jets.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.get("the state prosecuting agency") == "there was insufficient evidence"
    assert "Police" not in said
    assert said.get("French public prosecutor", "").startswith("Forensic experts finished identifying")
    assert said.get("parliamentary estimates", "").startswith("there are about 80")
    assert said.get("British Airways", "").startswith("cracks had been found")


def test_two_statements_joined_by_a_semicolon_and_an_agreement_in_principle() -> None:
    analysis = analysed("The air force says it will increase its monitoring in the border region; the army says it "
                        "will build a fort there within a year. The weather forecasting service says the weather is "
                        "good on the coast. The space agency has agreed in principle to continue the probe's "
                        "operations.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.get("The air force", "").startswith("it will increase its monitoring")
    assert said.get("the army", "").startswith("it will build a fort")
    assert said.get("The weather forecasting service", "").startswith("the weather is good")
    assert not any("in principle" in quote.text for quote in analysis.quotes)


def test_unless_otherwise_noted_is_nobodys_statement() -> None:
    assert analysed("All times are Eastern unless otherwise noted.").quotes == ()


def test_a_study_shows_statistics_do_not_and_estimates_holdings_promises_and_repeated_lines() -> None:
    analysis = analysed("A recent research study has shown that children under six months old could suffer from "
                        "malaria. Statistics show that more than 80 percent of the population are at risk. The "
                        "Navajo government estimates there are about 250,000 Navajos today. Scientists hold that the "
                        "parasites were never found at that age. Gary Bauer promised, ``When I'm in the White House, "
                        "you will have a friend.'' Netanyahu repeated the government's line that Israel never "
                        "promised to stop the expansion.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.get("A recent research study", "").startswith("children under six months")
    assert not any(quote.text.startswith("more than 80 percent") for quote in analysis.quotes)
    assert said.get("The Navajo government", "").startswith("there are about 250,000")
    assert said.get("Scientists", "").startswith("the parasites were never found")
    assert "When I'm in the White House" in said.get("Gary Bauer", "")
    assert said.get("Netanyahu", "").startswith("Israel never promised")


def test_a_day_names_nobody_and_a_group_described_by_a_long_relative_clause_speaks() -> None:
    analysis = analysed("A federal report released Monday shows that a record number of families paid too much. "
                        "As the ice melts, natives who live in or near the Arctic Circle said here Wednesday they are "
                        "worried that their way of life will disappear.")
    speakers = [quote.speaker for quote in analysis.quotes]
    assert "Monday" not in speakers
    assert any(speaker.startswith("natives who live") for speaker in speakers)


def test_rulings_readings_courts_and_according_to_a_role() -> None:
    analysis = analysed("Interpreting the act, both courts held that developers did not need a federal permit. "
                        "The U.S. government has ruled that the father and child should be reunited by Friday. "
                        "``We find it unacceptable that districts would avoid evolution,'' the statement by 23 "
                        "authors reads. "
                        "Minister Xu Youfang opened the meeting. So far, China has set up more than 130 wetland "
                        "reserves, according to the minister.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.get("both courts", "").startswith("developers did not need")
    assert said.get("The U.S. government", "").startswith("the father and child")
    assert any(quote.text.startswith("We find it unacceptable") and "authors" in quote.speaker
               for quote in analysis.quotes)
    assert any(quote.text.startswith("So far, China has set up") and "Xu Youfang" in quote.speaker
               for quote in analysis.quotes)


def test_a_name_after_a_word_that_opens_a_clause_speaks_with_its_own_verb() -> None:
    analysis = analysed("The debate rages a decade after the Supreme Court ruled that public schools can't teach it. "
                        "A worker in Savoonga said the ice was thin.")
    said = {quote.speaker: quote.text for quote in analysis.quotes}
    assert said.get("Supreme Court", "").startswith("public schools can't teach")
    assert "Savoonga" not in said  # after a plain preposition the name is still no speaker


def test_a_plural_speakers_present_tense_before_that_speaks_and_the_same_words_as_nouns_do_not() -> None:
    analysis = analysed("Rebel leaders insist that the ceasefire still holds. Officials acknowledge that the talks "
                        "have stalled. They claim to be neutral. The order followed an official report that the "
                        "force was biased. Challenging the company's claim that its prices are the lowest, a "
                        "consumer group has asked for an inquiry.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Rebel leaders", "the ceasefire still holds"), ("Officials", "the talks have stalled")]


def test_they_stands_for_who_spoke_not_for_a_state_after_a_town_or_a_possessive() -> None:
    analysis = analysed("Navy officials said the submarine was safe. The tapes, analyzed at a center in Suitland, "
                        "Md., contain the evidence. And that theory, they said, does not include a collision. The "
                        "Memphis' arrival in Norway was a long-scheduled liberty call, they said.")
    assert [quote.speaker for quote in analysis.quotes] == ["Navy officials"] * 3


def test_an_organisation_that_shares_a_word_with_a_role_is_not_the_person_holding_it() -> None:
    analysis = analysed("Russian Navy commander Vladimir Kuroyedov said the prospects were bleak. The navy said at "
                        "first that it was in radio contact with the submarine.")
    assert [quote.speaker for quote in analysis.quotes] == ["Vladimir Kuroyedov", "The navy"]


def test_a_subject_described_by_who_they_are_after_an_opening_place() -> None:
    analysis = analysed("In Vladivostok, Russia, a former submarine officer who is a member of a governmental "
                        "commission investigating the explosion said Monday that a new weapons system was being "
                        "tested on the Kursk.")
    assert [quote.speaker for quote in analysis.quotes] == ["a former submarine officer"]


def test_two_statements_sharing_one_name_stay_apart() -> None:
    analysis = analysed("Pentagon officials said the Memphis was not damaged. Pentagon officials said the Memphis' "
                        "arrival in Norway was a long-scheduled liberty call.")
    assert len(analysis.quotes) == 2


def test_a_day_before_a_possessive_is_what_was_said_and_a_relative_pronoun_is_no_speaker() -> None:
    analysis = analysed("A spokesman for the software maker said Monday's call volume was even heavier than on "
                        "Friday. Calls came about the virus, which experts now say was designed to spread within "
                        "an organization. ``You can use the word crisis without saying the 'sky is falling.' We "
                        "are at a crisis stage,'' Michael Stegman said.")
    texts = {quote.speaker: quote.text for quote in analysis.quotes}
    assert texts["A spokesman for the software maker"].startswith("Monday's call volume")
    assert texts["experts"].startswith("was designed")
    assert "falling.' We are" in texts["Michael Stegman"]


def test_he_after_a_surname_the_recogniser_missed_is_that_person_and_a_slip_of_a_surname_is_the_person() -> None:
    analysis = analysed("Co-pilot Jean Marcot had flown the route before. Arslanian said Friday that the runway was "
                        "not inspected. The last complete inspection took place at 4:30 a.m., he said.")
    assert [quote.speaker for quote in analysis.quotes] == ["Arslanian", "Arslanian"]
    analysis = analysed("Researcher David Holmes said programs fail. ``Services for other disabilities are not often "
                        "appropriate,'' Homes says. But, he says, ``Adults can continue to develop new skills.''")
    assert {quote.speaker for quote in analysis.quotes} == {"David Holmes"}


def test_a_name_cut_short_by_the_recogniser_is_the_full_name_known_from_the_story_not_a_relative() -> None:
    analysis = analysed("At the hearings, Lawrence's parents, Neville and Doreen Lawrence, protested the choice.",
                        "The murder of a black teenager, Stephen Lawrence, has put pressure on the police. ''No one "
                        "is serving time for the murder of my son,'' Doreen Lawrence later told reporters.")
    assert [quote.speaker for quote in analysis.quotes] == ["Doreen Lawrence"]


def test_one_person_described_speaks_and_she_stands_for_her_and_they_for_an_opening_clauses_plural() -> None:
    analysis = analysed("Jayne Gallagher runs the program. The woman, who asked not to be identified for fear of her "
                        "daughter being taunted, said the child has had problems at school. She said the family may "
                        "move. While adoption professionals are quick to point out that few families take part, they "
                        "say more parents are seeking guidance.")
    assert [quote.speaker for quote in analysis.quotes] == ["The woman", "The woman", "adoption professionals"]


def test_the_subject_before_said_not_a_name_in_an_aside_or_in_what_was_said() -> None:
    analysis = analysed("The Lawrences, who watched from the gallery as Home Secretary Jack Straw announced a series "
                        "of reforms, said they were heartened that the judge had declared that racism was a problem. "
                        "Even Lawrence's grieving parents were treated badly, the report said. The official in charge, "
                        "commissioner David Osland, said at the time, ``The suggestion is an absolute disgrace.''")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("The Lawrences", "they"), ("the report", "Even"), ("David Osland", "The")]


def test_he_and_she_stand_for_the_main_clauses_person_or_one_just_introduced_with_who_they_are() -> None:
    analysis = analysed("When Max was first diagnosed at age 2, Linda Brestler had no idea she would face a second "
                        "loss. ``When I got to the section where her son was diagnosed, I threw the book across the "
                        "room,'' she said. The samples are stored in a warehouse, said Dr. John Harris, director of "
                        "the program. The samples were sent to Dr. Terry Phillips, an immunochemist at George "
                        "Washington University. Four of the brain proteins looked the same in all the teen-agers, he "
                        "said.")
    assert [quote.speaker for quote in analysis.quotes] == ["Linda Brestler", "Dr. John Harris", "Dr. Terry Phillips"]


def test_plans_put_on_hold_say_nothing_and_a_leading_but_is_no_part_of_a_speaker() -> None:
    analysis = analysed("Foreign oil companies, including Exxon, Mobil and Shell, have put some of their investment "
                        "plans on hold. But researchers who are familiar with the proteins said the finding was "
                        "highly provocative.")
    assert [quote.speaker for quote in analysis.quotes] == ["researchers who are familiar with the proteins"]


def test_a_trailing_says_with_a_long_role_before_the_name_beats_a_verb_inside_what_was_said() -> None:
    analysis = analysed("Deloitte Consulting, whose average worker is 35, responded to demands for feedback by adding "
                        "a primer on how to succeed at the company, says human resources managing director Karen "
                        "Morrell. A police chief has stepped up security after threats by gang members, Hong Kong "
                        "newspapers reported Saturday. What Cheung actually said, and how he pleads, will be known "
                        "when the trial opens. The committee criticized the administrators for what it said were "
                        "sluggish efforts to replace civil servants.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("Karen Morrell", "Deloitte"), ("Hong Kong newspapers", "A"), ("The committee", "were")]


def test_a_time_opening_is_no_speaker_and_a_possessive_group_is_one() -> None:
    analysis = analysed("Earlier Wednesday, the Gonzalez family's spokesman said the family would not accept the "
                        "demand. If anything like that happens, the area's mayors said at a press conference, they "
                        "would refuse to provide any police officers.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("the Gonzalez family's spokesman", "the"), ("the area's mayors", "they")]


def test_a_quoted_title_is_no_quotation_and_a_name_in_brackets_no_speaker() -> None:
    analysis = analysed("Chippewa writer Elisabeth Dietz, co-author of a book on prophecies called ``Now Is the "
                        "Hour'' (Blue Dolphin, 1988), said she expects the light marks an emergence into another age. "
                        "In what was titled ``What I believe to be the first review on the Internet,'' Ronald Epstein "
                        "wrote on his Web site (www.example.com) that the movie may not satisfy hard-core ``Star "
                        "Wars'' fans.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("Elisabeth Dietz", "she"), ("Ronald Epstein", "the")]


def test_a_subject_described_with_whom_they_work_for_speaks_not_the_firm_named_in_it() -> None:
    analysis = analysed("A support technician for the anti-virus software maker Network Associates said Monday's "
                        "call volume was even heavier than on Friday.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "A support technician for the anti-virus software maker Network Associates"]


def test_adding_inspectors_says_nothing_and_attorney_general_is_an_office_not_a_rank() -> None:
    analysis = analysed("Customs commissioner Raymond Kelly spoke on Monday. In the last two weeks, Kelly has added "
                        "500 inspectors to border stations. He added that more searches would follow. Deputy "
                        "Attorney General Eric Holder said the department would help.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [
        ("Raymond Kelly", "more"), ("Eric Holder", "the")]
    assert analysis.quotes[1].role == "Deputy Attorney General"


def test_he_after_a_quotation_that_names_someone_is_the_speaker_before_and_a_study_that_found_speaks() -> None:
    analysis = analysed("``We will not lend our police officers,'' said Mayor Alex Penelas. ``If violence follows, we "
                        "are holding the federal government responsible, and specifically Janet Reno and the "
                        "president,'' he said. The first day included the distressing announcement of a national "
                        "study that found that sales of books dropped 3 percent last year.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "Mayor Alex Penelas", "Mayor Alex Penelas", "the distressing announcement of a national study"]


def test_a_short_reported_clause_after_the_verb_is_what_was_said() -> None:
    analysis = analysed("Investigators looking into the cause of the crash for the agency said the tire burst. The "
                        "blaze destroyed the warehouse, officials said.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Investigators", "the tire burst"), ("officials", "The blaze destroyed the warehouse")]


def test_a_verb_in_a_relative_clause_after_the_speaker_is_not_the_attribution() -> None:
    analysis = analysed("``There's a variety of reasons why people go to China for a child,'' said Randall Kennedy, a "
                        "Harvard Law School professor who often writes about race.")
    assert [quote.speaker for quote in analysis.quotes] == ["Randall Kennedy"]


def test_a_person_described_after_the_verb_or_before_a_long_relative_clause_speaks_and_she_is_her() -> None:
    analysis = analysed("A Delphi spokesman said the company would help 7,000 employees buy homes. ``It's a good "
                        "job,'' said a 23-year-old woman who paints buttons at Deltronicos de Matamoros, a Delphi "
                        "plant. The woman, who asked that her name not be used during an interview at her shed in a "
                        "gritty, wind-blown Matamoros settlement, said the smell of solvents gave her headaches. "
                        "``It's difficult work,'' she said.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "A Delphi spokesman", "a 23-year-old woman", "The woman", "The woman"]


def test_a_group_described_by_a_participle_speaks_not_the_name_inside_the_description() -> None:
    analysis = analysed("Workers interviewed leaving DaimlerChrysler's truck plant in Warren on Thursday said they had "
                        "heard little about the agreement. The government released the report of a judicial inquiry "
                        "that said the police inquiry was marked by incompetence.")
    assert [quote.speaker for quote in analysis.quotes] == ["Workers", "the report of a judicial inquiry"]


def test_the_speaker_after_a_closing_quotation_mark_is_no_part_of_what_was_said() -> None:
    analysis = analysed("Students will attend daily chapel. They must ``show evidence of a personal relationship with "
                        "Jesus Christ,'' the school pamphlet says, and must subscribe to a statement of faith.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("the school pamphlet", "They must ``show evidence of a personal relationship with Jesus Christ''")]


def test_according_to_a_body_based_somewhere_is_the_body_and_have_long_is_no_part_of_a_group() -> None:
    analysis = analysed("Between 1993 and 1996, parochial enrollment increased by almost 590,000, according to the "
                        "Washington-based National Catholic Educational Association. Critics of home-schooling have "
                        "long argued children need exposure to the outside world.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "National Catholic Educational Association", "Critics of home-schooling"]


def test_an_organisation_with_a_verb_of_its_own_after_said_is_what_was_said() -> None:
    analysis = analysed("Jack Landy, an environmental engineer with the Environmental Protection Agency in San "
                        "Francisco, said the EPA supports Tres Rios and is impressed with the planning.")
    assert [(quote.speaker, quote.text.split()[:3]) for quote in analysis.quotes] == [
        ("Jack Landy", ["the", "EPA", "supports"])]


def test_a_plural_noun_opening_a_sentence_speaks_as_a_group_and_they_is_that_group() -> None:
    analysis = analysed("The cutoff, a standard the Army Corps later reduced, was 10 acres. Homebuilders have "
                        "complained that this new process will delay construction. They argue that more wetlands are "
                        "being created than are lost.")
    assert [quote.speaker for quote in analysis.quotes] == ["homebuilders", "homebuilders"]


def test_a_say_in_a_decision_and_announced_millions_are_no_statements() -> None:
    analysis = analysed("The EPA has no say in the final decision on wetlands rules by the corps. The U.S. and "
                        "Mexican governments last month announced $50 million in financing for sewage upgrades.")
    assert analysis.quotes == ()


def test_a_clause_interrupted_by_according_to_and_a_short_opening_quotation_are_said_whole() -> None:
    analysis = analysed("Next is Contentville, a site produced by Steven T. Brill, which will, according to its senior "
                        "vice president, Annik LaFarge, make 40 booksellers available. ``The trick,'' she says, ``is "
                        "providing a great customer experience.'' Ingram has an investment in Contentville, which "
                        "``gives us reassurance they'll do it right,'' said Brill.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Annik LaFarge", "Next is Contentville, a site produced by Steven T. Brill, which will make 40 booksellers "
                          "available"),
        ("Annik LaFarge", "The trick … is providing a great customer experience"),
        ("Steven T. Brill", "Ingram has an investment in Contentville, which ``gives us reassurance they'll do it "
                            "right''")]


def test_judges_of_a_court_are_who_criticised() -> None:
    analysis = analysed("In a recent court ruling, all three judges of the federal District Court here criticized the "
                        "program as ``a substantial federal incursion into a sovereign state's area of authority.''")
    assert [quote.speaker for quote in analysis.quotes] == ["all three judges of the federal District Court here"]


def test_a_place_inside_a_sentence_is_not_what_it_stands_for() -> None:
    analysis = analysed("The World Wildlife Fund released a report on Wednesday. This would threaten low-lying U.S. "
                        "coastal cities such as Boston with flooding. The Japanese cities of Tokyo and Osaka would "
                        "also be at risk, it said.")
    assert [quote.speaker for quote in analysis.quotes] == ["World Wildlife Fund"]


def test_what_was_said_ends_before_the_pronoun_and_the_main_clause_and_runs_on_after_that_while() -> None:
    analysis = analysed("Critics of the theory spoke. Perhaps ``politics ain't beanbag,'' but we need some politeness "
                        "in our politics, they say. They have also argued that while ground monitors have shown a "
                        "sharp increase, balloon observations have not. Lou Tambone spoke. While he said that he is "
                        "not a fan, he did mention that the theme was played at his wedding.")
    assert [quote.text for quote in analysis.quotes] == [
        "Perhaps ``politics ain't beanbag,'' but we need some politeness in our politics",
        "while ground monitors have shown a sharp increase, balloon observations have not", "he is not a fan"]


def test_who_says_a_quotation_another_quoted_is_the_one_after_it_and_a_trailing_name_is_cut() -> None:
    analysis = analysed("Steve Case, a biologist, spoke on Monday. In his talks, Miller quoted St. Thomas Aquinas, "
                        "``who says it's wrong to misdescribe how nature works,'' Case said. A challenge can be "
                        "``nipped in the bud'' with a few maneuvers, Case said. Darwin distilled and explained the "
                        "mechanism of life.")
    assert [(quote.speaker, quote.text) for quote in analysis.quotes] == [
        ("Steve Case", "In his talks, Miller quoted St. Thomas Aquinas, ``who says it's wrong to misdescribe how "
                       "nature works''"),
        ("Steve Case", "A challenge can be ``nipped in the bud'' with a few maneuvers")]


def test_a_subject_interrupted_by_according_to_and_an_appositive_goes_on_after_them() -> None:
    analysis = analysed("The study's economic models, according to Jeffrey Sachs, director of the Harvard center, took "
                        "into account more than the costs of treatment. Prices rose 5 percent, according to Ann "
                        "Mills, an economist at the school, who spoke Monday.")
    assert [quote.text for quote in analysis.quotes] == [
        "The study's economic models took into account more than the costs of treatment", "Prices rose 5 percent"]


def test_a_that_after_a_clause_or_before_a_verb_is_part_of_what_was_said() -> None:
    analysis = analysed("Yokich said the union will begin bargaining with the company that presents the best "
                        "proposal. Gettelfinger said that was the theme the negotiators picked. Ann Ruiz said in a "
                        "message to staff that the plant would close.")
    assert [quote.text for quote in analysis.quotes] == [
        "the union will begin bargaining with the company that presents the best proposal",
        "that was the theme the negotiators picked", "the plant would close"]


def test_owners_relatives_and_a_role_before_the_verb_speak_not_the_names_beside_them() -> None:
    analysis = analysed("According to George's parents, the key to his victory wasn't the time he spent with the "
                        "dictionary. ``We decided his needs were not being met,'' said Brown's mother, Robin Brown. "
                        "Lynn will not appeal the decision and the new school superintendent said Wednesday the "
                        "district had begun to revamp the policy. ``This ruling clears the air,'' said Lynn "
                        "superintendent James Mazareas. No firm statistics exist, but experts say it's becoming "
                        "more popular.")
    assert [quote.speaker for quote in analysis.quotes] == [
        "George's parents", "Robin Brown", "the new school superintendent", "James Mazareas", "experts"]


def test_a_role_before_the_verb_is_the_person_last_named_with_that_title() -> None:
    analysis = analysed("President-elect Hugo Chavez met oil ministers on Friday. The Venezuelan president-elect also "
                        "reiterated that his administration will enforce existing agreements.")
    assert [quote.speaker for quote in analysis.quotes] == ["Hugo Chavez"]


def test_as_x_asserted_compares_and_old_rules_and_added_acres_say_nothing() -> None:
    analysis = analysed("Steven Lee, a spokesman for the group, spoke. Those expansions had added as much as 400 acres "
                        "to the inventory. He said the growers had not hidden expansions from the public, as Neil "
                        "asserted. This will require careful scrutiny of proposals that the Corps could ignore under "
                        "the old rules.")
    assert [(quote.speaker, quote.text.split()[:2]) for quote in analysis.quotes] == [
        ("Steven Lee", ["the", "growers"])]


def test_deeds_after_responded_and_wrote_say_nothing_and_a_quoted_fragment_does_not_stop_a_statement() -> None:
    analysis = analysed("The booksellers overwhelmingly rejected that idea as too harsh. Santoro has responded by "
                        "shifting orders to other suppliers. Their native state was known as a place where more "
                        "people wrote books than read them. By obtaining ``disproportionate discounting and credit'' "
                        "unavailable to the independents, Howorth said, the chains are able to offer better prices.")
    assert [(quote.speaker, quote.text.split()[:3]) for quote in analysis.quotes] == [
        ("The booksellers", ["rejected", "that", "idea"]), ("Howorth", ["By", "obtaining", "``disproportionate"])]
    assert analysis.quotes[1].text.endswith("the chains are able to offer better prices")


def test_the_states_is_no_verb_and_a_second_speaker_after_and_speaks_for_itself() -> None:
    analysis = analysed("In the 1980s, Congress and the states passed drug laws that required judges to put people in "
                        "prison. The report confirms statistics that have long been known to analysts, and several "
                        "proponents of tough sanctions said the numbers represent the sentiments of most Texans.")
    assert [(quote.speaker, quote.text.split()[:2]) for quote in analysis.quotes] == [
        ("The report", ["statistics", "that"]), ("several proponents of tough sanctions", ["the", "numbers"])]


def test_numbered_states_a_phrase_with_according_to_and_a_subject_before_a_quoted_rest() -> None:
    analysis = analysed("Fourteen states were graded at B, 7 got C. Other states have considered similar changes. "
                        "He spreads the literal word according to Genesis _ that creation was a divine accomplishment "
                        "in six days _ and tries to debunk the teaching of evolution. Lawrence S. Lerner, who compiled "
                        "the report, said that the conflict ''is not really about science, but about religion.'' White "
                        "House spokesman Joe Lockhart said the administration ''made clear to the Russians that any "
                        "assistance is available.''")
    assert [(quote.speaker, quote.text.split()[:2]) for quote in analysis.quotes] == [
        ("Lawrence S. Lerner", ["the", "conflict"]), ("Joe Lockhart", ["the", "administration"])]


def test_a_three_letter_surname_of_a_known_person_is_that_person() -> None:
    analysis = analysed("Ken Ham runs a museum. After moving to America, Ham, a fundamentalist with an Abe Lincoln "
                        "gaze, now directs an enterprise and claims to have 110 ``creation clubs'' in schools.")
    assert [quote.speaker for quote in analysis.quotes] == ["Ken Ham"]


def test_where_a_finding_was_published_or_said_is_no_part_of_it() -> None:
    analysis = analysed("The animals' immune system produced antibodies that stopped the parasites, the scientists "
                        "reported Monday in Proceedings of the National Academy of Sciences. WHO said today in a "
                        "statement the meeting was aimed at strengthening the consultation.")
    assert [(quote.speaker, quote.text.split()[:2]) for quote in analysis.quotes] == [
        ("the scientists", ["The", "animals'"]), ("WHO", ["the", "meeting"])]


def test_a_person_of_an_organisation_before_who_is_the_speaker() -> None:
    analysis = analysed("More typical was Kenneth Turan of the Los Angeles Times, who called it a ``considerable "
                        "letdown and a plodding movie.''")
    assert [quote.speaker for quote in analysis.quotes] == ["Kenneth Turan"]


def test_two_like_statements_of_one_speaker_in_one_article_are_both_kept() -> None:
    analysis = analysed("Steven Lee, a spokesman for the growers, spoke. He said that he and other growers had always "
                        "indicated that they were modestly expanding into unregulated, upland areas and into blueberry "
                        "bogs on their land. He said they had always told regulators that they were converting "
                        "blueberry bogs to more lucrative cranberry production wherever possible, and extending "
                        "growing areas upland.")
    assert len(analysis.quotes) == 2


def test_a_time_phrase_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    analysis = analysed("The Supreme Court upheld the death penalty. The previous year the court ruled that executing "
                        "those under 16 was cruel. Last year officials said the plan failed.")
    assert [quote.speaker for quote in analysis.quotes] == ["the court", "officials"]


def test_a_sentence_opening_with_a_persons_title_makes_that_person_the_he_that_follows() -> None:
    analysis = analysed("``We could help more students into architecture,'' Prince Charles said. Stephen Lawrence "
                        "was murdered in 1993. Stephen had always wanted to be an architect. The prince expressed his "
                        "sympathy to Stephen's parents, who were at the lecture. ``I wish them well in their quest,'' "
                        "he said.")
    wish = next(quote for quote in analysis.quotes if quote.text.startswith("I wish"))
    assert "Charles" in wish.speaker


def test_a_name_and_its_description_before_a_reporting_verb_are_no_statement() -> None:
    analysis = analysed("Dr. Ian Lipkin, of the Emerging Diseases Laboratory at the University of California, "
                        "confirmed the findings.")
    assert not any("Lipkin" in quote.text for quote in analysis.quotes)


def test_the_name_right_before_the_verb_speaks_not_a_person_named_earlier() -> None:
    analysis = analysed("Police arrested the gang leader Cheung Tze-keung last month. Among those arrested was "
                        "Cheung's wife, who was in one of the houses raided, Television Broadcast reported.")
    assert [quote.speaker for quote in analysis.quotes] == ["Television Broadcast"]


def test_a_participle_between_commas_is_no_reporting_verb() -> None:
    analysis = analysed("Like the Hong Kong avian influenza in 1997 and a new rodent-borne virus, announced "
                        "Thursday, that appears to have killed three women, it is a reminder of how easily "
                        "pathogens leap across species.")
    assert analysis.quotes == ()


def test_a_group_speaker_does_not_take_the_word_before_its_and_or_a_verb() -> None:
    analysis = analysed("The West Nile virus is spread by mosquito bites and scientists said Wednesday they are "
                        "unsure how widespread it is.", "Some in the group were parents of autistic children who said "
                        "they were disappointed at the scope of the study.")
    assert {quote.speaker for quote in analysis.quotes} == {"scientists", "parents of autistic children"}


def test_states_after_a_verb_in_ing_or_a_preposition_is_a_noun() -> None:
    analysis = analysed("Schools and groups like the National Indian Education Association have begun pressing states "
                        "and the federal government for more money for academics.")
    assert analysis.quotes == ()


def test_according_to_a_name_and_a_long_role_the_statement_starts_after_the_role() -> None:
    analysis = analysed("According to Jennifer L. Morgan, director of the World Wildlife Fund Climate Change Campaign "
                        "in Washington, some species would have to migrate ten times faster than after the last ice "
                        "age.", "According to the Census Bureau, in 1996 only 39 percent of young people voted for a "
                        "presidential candidate.")
    by_speaker = {quote.speaker: quote for quote in analysis.quotes}
    assert by_speaker["Jennifer L. Morgan"].text.startswith("some species")
    assert by_speaker["Jennifer L. Morgan"].role.startswith("director of the World Wildlife Fund")
    assert by_speaker["Census Bureau"].text.startswith("in 1996")  # a role noun at the end is no appositive


def test_a_relative_clause_with_its_adverb_is_no_part_of_the_speaker() -> None:
    analysis = analysed("But Simon Daoudi is paying no mind to the movie pundits who have widely declared ``Phantom'' "
                        "an attendance dud.")
    assert [quote.speaker for quote in analysis.quotes] == ["the movie pundits"]


def test_a_verb_after_a_name_opens_no_role() -> None:
    analysis = analysed("The delegation, led by EgyptAir Chairman Mohamed Fahim Rayan, included representatives of the "
                        "Egyptian national carrier and the Civil Aviation Authority. The officials carry the plane's "
                        "maintenance records, Rayan said.")
    rayan = next(quote for quote in analysis.quotes if "records" in quote.text)
    assert "representatives" not in rayan.role


def test_after_told_comes_the_audience_and_the_clause_before_the_speaker_is_what_was_told() -> None:
    seminar = "But it seems a lost cause, Stanford political scientist Terry Moe told a seminar on Friday."
    leaving = "Police searched the site. But as he was leaving, chief Adadi Rajab told reporters the driver died."
    quoted = "But, after hearing Bush, Jan Childress told a reporter: ``Maybe it won't be so bad if he is elected.''"
    by_speaker = {quote.speaker: quote.text for quote in analysed(seminar, leaving, quoted).quotes}
    assert by_speaker["Terry Moe"] == "But it seems a lost cause"
    assert "as he was leaving" not in by_speaker.get("Adadi Rajab", "")
    assert by_speaker["Jan Childress"].startswith("Maybe it won't")


def test_who_quoted_someone_is_no_part_of_the_statement_before() -> None:
    radio = "All those tenders were issued after the new government came to power in July, the Radio quoted " \
            "ministry officials as saying."
    post = "``There is no evidence of a victim. There are only the defendant's statements,'' the Post quoted the " \
           "appeal as saying."
    texts = {quote.speaker: quote.text for quote in analysed(radio, post).quotes}
    assert texts["ministry officials"].endswith("in July")
    assert texts["the appeal"].startswith("There is no evidence") and texts["the appeal"].endswith("statements")


def test_an_appositive_after_a_name_inside_anothers_appositive_is_not_its_role() -> None:
    analysis = analysed("Danny Yatom, political and security advisor to Prime Minister Ehud Barak, met settler leaders "
                        "here Wednesday night. Barak said the outposts would be removed.", "Talk to Sherry Lang, "
                        "spokeswoman for TJX Cos. in Framingham, Mass. ``We believe their claims have no merit,'' says "
                        "Lang.")
    roles = {quote.speaker: quote.role for quote in analysis.quotes}
    assert roles["Prime Minister Ehud Barak"] == ""
    assert roles["Sherry Lang"].startswith("spokeswoman for TJX")


def test_a_comparison_or_a_speech_verb_after_a_name_is_no_role() -> None:
    analysis = analysed("Rabbi Joshua Hammerman, unlike many mainstream religious leaders, believes that younger "
                        "generations are not rejecting God.", "The trend is pronounced among people like Tom "
                        "Williams, experts say. ``I can't stand people who play victim,'' said Williams.")
    roles = {quote.speaker: quote.role for quote in analysis.quotes}
    assert roles["Rabbi Joshua Hammerman"] == "" and roles["Tom Williams"] == ""


def test_his_relative_belongs_to_the_person_named_in_the_sentence_first() -> None:
    analysis = analysed("Dr. Andrew Zimmerman is bracing for calls. But Andrew Bolte was so aggressive the therapy "
                        "didn't stand a chance, his mother said.")
    assert [quote.speaker for quote in analysis.quotes] == ["Andrew Bolte's mother"]


def test_a_relative_named_without_a_comma_is_that_person() -> None:
    analysis = analysed("``This event allows us to keep children focused upon God,'' said her brother Chris "
                        "Tannreuther, standing a few feet away.")
    assert [quote.speaker for quote in analysis.quotes] == ["Chris Tannreuther"]


def test_states_after_a_past_participle_is_a_noun() -> None:
    analysis = analysed("In 1987, the U.S. Supreme Court barred states from requiring the teaching of creationism.",
                        "Montana and North Dakota, sparsely populated states, are the only two that are not slated to "
                        "receive any of the money.")
    assert analysis.quotes == ()


def test_a_comma_after_that_does_not_keep_that_in_the_statement() -> None:
    analysis = analysed("The health department's fact sheets say that, in infected areas, only 1 percent of the "
                        "mosquitoes carried the virus.")
    assert [quote.text for quote in analysis.quotes] == ["in infected areas, only 1 percent of the mosquitoes carried "
                                                         "the virus"]


def test_a_speaker_with_a_title_after_the_statement_is_no_part_of_it() -> None:
    analysis = analysed('The United States is concerned over more "terrorist" attacks by forces of Osama bin Laden, '
                        'CIA Director George Tenet said Tuesday.')
    assert [quote.text for quote in analysis.quotes] == ['The United States is concerned over more "terrorist" '
                                                         'attacks by forces of Osama bin Laden']


def test_what_a_dateline_left_and_who_the_speaker_is_are_no_part_of_the_statement() -> None:
    analysis = analysed("-- Cases of typhoid and dysentery are on the increase in parts of Nairobi, a doctor said.",
                        "Cases of heart attacks in Kenya have increased tenfold in 30 years, a Kenya cardiologist, Dr "
                        "Daniel Gikonyo has said.")
    assert sorted(quote.text for quote in analysis.quotes) == [
        "Cases of heart attacks in Kenya have increased tenfold in 30 years",
        "Cases of typhoid and dysentery are on the increase in parts of Nairobi"]


def test_the_audience_after_told_is_no_part_of_the_statement() -> None:
    analysis = analysed("An ADB representative told reporters poverty is one of the issues obstructing economic "
                        "restructuring in Mongolia.")
    assert [quote.text for quote in analysis.quotes] == ["poverty is one of the issues obstructing economic "
                                                         "restructuring in Mongolia"]


def test_names_with_relative_clauses_before_said_are_the_subject_not_a_statement() -> None:
    analysis = analysed("When asked about the report Tuesday, Gov. George W. Bush, who appoints the parole board "
                        "members, said the clemency system has withstood court challenge.", "She was rejected even "
                        "though supporters insisted she no longer posed a threat to society.")
    by_speaker = {quote.speaker: quote.text for quote in analysis.quotes}
    assert by_speaker["Gov. George W. Bush"] == "the clemency system has withstood court challenge"
    assert by_speaker["supporters"] == "she no longer posed a threat to society"


def test_a_speech_verb_the_tagger_reads_as_a_plural_noun_reports_nothing() -> None:
    analysis = analysed("Sudan requested an investigation into the U.S. claims immediately after the attack.",
                        "Eastern and Gulf states plan to test dead birds and sentinel chickens.",
                        "Saadi reiterated earlier Iraqi claims that Baghdad never stabilized the gas.",
                        "Heat stress deaths may double by 2075, one researcher estimates.")
    by_speaker = {quote.speaker: quote.text for quote in analysis.quotes}
    assert by_speaker == {"Saadi": "Baghdad never stabilized the gas",
                          "one researcher": "Heat stress deaths may double by 2075"}


def test_a_name_and_its_role_after_an_opening_phrase_are_the_subject() -> None:
    analysis = analysed("On Monday, the deputy U.S. ambassador, Peter Burleigh, said no such investigation was needed "
                        "because the United States already had compelling evidence.")
    assert [(quote.speaker, quote.text.split()[0]) for quote in analysis.quotes] == [("Peter Burleigh", "no")]


def test_a_described_subject_may_hold_a_capitalised_word() -> None:
    analysis = analysed("An Ohio youth who was arrested for underage drinking testified that he had never been read "
                        "his rights by the police.")
    assert [quote.speaker for quote in analysis.quotes] == ["An Ohio youth"]


def test_she_said_after_an_opening_clause_is_not_the_name_in_that_clause() -> None:
    analysis = analysed("Dr. Barbara Battalino said she was sorry for the lie. But if Clinton escapes punishment, she "
                        "said, she felt she deserved a pardon.")
    assert {quote.speaker for quote in analysis.quotes} == {"Dr. Barbara Battalino"}


def test_deeds_and_nouns_that_look_like_speech_report_nothing() -> None:
    analysis = analysed("The U.S. attorney's office is looking into possible perjury and cover-up charges.",
                        "President Clinton added his voice to the administration's efforts to reassure investors.")
    assert analysis.quotes == ()


def test_an_editors_initials_after_the_statement_are_no_part_of_it() -> None:
    analysis = analysed("The WMO said there are increased possibilities of below-normal rainfall through March. (gm)")
    assert [quote.text for quote in analysis.quotes] == ["there are increased possibilities of below-normal rainfall "
                                                         "through March"]


def test_warning_after_a_comma_reports_what_the_subject_warned_not_a_request() -> None:
    analysis = analysed("Former Finance Minister Avraham Shohat also added his voice to the criticism, warning the "
                        "government's decision would lead to large investments in the settlements.",
                        "Officials closed the road, warning the public to stay away from the river.")
    assert [(quote.speaker, quote.text.split()[:3]) for quote in analysis.quotes] == [
        ("Avraham Shohat", ["the", "government's", "decision"])]


def test_names_joined_by_a_bare_and_are_objects_not_a_second_subject() -> None:
    analysis = analysed("Meanwhile, local officials lashed out at Attorney General Janet Reno and President Clinton, "
                        "warning that Miami's Cuban exiles may burst into angry protest.")
    assert [quote.speaker for quote in analysis.quotes] == ["local officials"]


def test_a_title_after_another_persons_name_is_the_speakers_own() -> None:
    analysis = analysed("U.S. Secretary of State Madeleine Albright and National Security Adviser Sandy Berger "
                        "appeared on talk shows. ``He now faces an election in three months,'' Berger said.",
                        "``We are growing,'' said Acme President and Chief Executive Tom Jones.",
                        "___ Health experts say a daily walk is for their own good.")
    roles = {quote.speaker: quote.role for quote in analysis.quotes}
    assert roles == {"Sandy Berger": "National Security Adviser", "Tom Jones": "Acme President and Chief Executive",
                     "Health experts": ""}


def test_named_people_and_others_speak_together() -> None:
    analysis = analysed("Labor Secretary Robert Reich and others said the administration too heavily favored "
                        "bondholders.")
    assert [quote.speaker for quote in analysis.quotes] == ["Labor Secretary Robert Reich and others"]


def test_a_question_asked_is_no_statement() -> None:
    analysis = analysed("The lawyer asked her at a deposition whether anything of a sexual nature occurred in her "
                        "office.")
    assert analysis.quotes == ()


def test_the_name_before_has_said_speaks_not_the_organisation_in_its_title() -> None:
    analysis = analysed("The World Health Organization (WHO) Regional Director for Africa Dr Ibrahim Samba has said "
                        "that malaria and malnutrition are major killers of African people.")
    assert [quote.speaker for quote in analysis.quotes] == ["Dr Ibrahim Samba"]


def test_a_name_inside_a_relative_clause_of_an_aside_is_not_the_speaker() -> None:
    analysis = analysed("Dr. James Swanson, a professor at the University of California at Irvine who has studied "
                        "Adderall, said he was surprised to hear of the violent reaction.")
    assert [quote.speaker for quote in analysis.quotes] == ["Dr. James Swanson"]


def test_a_title_ending_a_longer_one_is_no_part_of_the_name() -> None:
    analysis = analysed("He echoed the optimism of Vice President Al Gore, who said in a February interview that "
                        "the United States will make a major push this year.")
    assert [(quote.speaker, quote.role) for quote in analysis.quotes] == [("Al Gore", "Vice President")]
    analysis = analysed("Washington Gov. Gary Locke said that the talks would go on for a long time.")
    assert [(quote.speaker, quote.role) for quote in analysis.quotes] == [("Gary Locke", "Washington Gov.")]


def test_a_title_after_a_verb_of_greeting_stays_with_the_name() -> None:
    analysis = analysed("At Pine Ridge, a marquee expressed joy: ``Welcome President Clinton. Remember Our "
                        "Treaties,'' the sign read. President Clinton said he would help the tribe build houses.")
    assert [(quote.speaker, quote.role) for quote in analysis.quotes
            if quote.text.startswith("he would help")] == [("President Clinton", "")]


def test_where_something_was_said_is_no_speaker() -> None:
    analysis = analysed("``We believe that the voters are entitled to know how deep your sense of `compassion' "
                        "reaches,'' death penalty opponent William B. Moffitt, president of the National "
                        "Association of Criminal Defense Lawyers, wrote in a letter.")
    assert [quote.speaker for quote in analysis.quotes] == ["William B. Moffitt"]
    assert analysis.quotes[0].text.endswith("reaches")


def test_a_name_before_a_noun_names_what_speaks() -> None:
    analysis = analysed("The Bush administration says the total cost will approach $3 billion, while Democrats "
                        "put the figure at $10 billion.")
    assert [quote.speaker for quote in analysis.quotes] == ["The Bush administration"]
    analysis = analysed("Bush himself said that the ads would run in every state next week.")
    assert [quote.speaker for quote in analysis.quotes] == ["Bush"]
    analysis = analysed("The New York Times today reported that global warming is forcing species to move north.")
    assert [quote.speaker for quote in analysis.quotes] == ["New York Times"]  # a day is no noun of the name's


def test_a_hyphenated_word_stays_whole_in_a_group_speaker() -> None:
    analysis = analysed("His lawyers, relatives and capital-punishment opponents contended he was mentally ill "
                        "and deserved treatment rather than death.")
    assert [quote.speaker for quote in analysis.quotes] == ["relatives and capital-punishment opponents"]


def test_an_editors_mark_with_two_sets_of_initials_leaves_the_statement() -> None:
    analysis = analysed("A tribunal judge who read a summary of the evidence said it contained ``scenes from hell, "
                        "written on the darkest pages of human history.'' (mc/bk)")
    assert analysis.quotes and not analysis.quotes[0].text.endswith(")")
