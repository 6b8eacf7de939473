using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Tests.Analysis;

public sealed class QuoteAttributorTests
{
    [Fact]
    public void Every_direct_quotation_in_the_seed_article_is_found_and_attributed_to_Liang_Wenfeng()
    {
        var direct = SeedArticle.Article.Quotes.Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal([3, 4, 6, 8, 10, 12, 14], direct.Select(quote => quote.Paragraph).Distinct().Order());
        Assert.All(direct, quote => Assert.Equal("Liang Wenfeng", quote.Speaker));
    }

    [Fact]
    public void The_dismissal_of_AGI_is_a_paraphrase_attributed_to_Zhu_Xiaohu_not_a_quotation()
    {
        var zhu = SeedArticle.Article.Quotes.Where(quote => quote.Speaker == "Zhu Xiaohu").ToList();

        var dismissal = Assert.Single(zhu);
        Assert.True(dismissal.IsParaphrase);
        Assert.Equal(7, dismissal.Paragraph);
        Assert.Contains("dismissed AGI as impractical", dismissal.Text);
    }

    [Fact]
    public void The_seed_article_names_two_speakers_and_knows_Liang_by_his_surname()
    {
        var speakers = SeedArticle.Article.Speakers;

        Assert.Equal(["Liang Wenfeng", "Zhu Xiaohu"], speakers.Select(speaker => speaker.Name).Order());
        Assert.Contains("Liang", speakers.Single(speaker => speaker.Name == "Liang Wenfeng").Aliases);
    }

    [Fact]
    public void A_quotation_is_kept_exactly_as_written_without_its_marks()
    {
        var quote = SeedArticle.Article.Quotes.Single(quote => quote.Paragraph == 6);

        Assert.Equal("In disruptive tech, closed-source moats are fleeting,Even OpenAI’s closed-source model can’t prevent others from catching up.", quote.Text);
        Assert.True(quote.Standalone);
    }

    [Fact]
    public void An_inline_quotation_takes_the_speaker_of_the_speech_verb_beside_it()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Maria Okafor, the mayor, spoke first. Tom Reyes, an engineer, said the bridge was safe."),
            new(2, "“We will reopen the bridge on Monday morning,” Okafor said. “Nobody should drive on it before then,” Reyes added."),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Maria Okafor", "Tom Reyes"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_relative_who_shares_a_speakers_surname_is_not_taken_for_the_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“The river has never been this low,” said Fergus Mallory, who farms above the weir."),
            new(2, "He kept the council's letter. His sister, Ilse Mallory, read it twice and then said, “You should go to the meeting.”"),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal("Fergus Mallory", quotes.Single(quote => quote.Paragraph == 1).Speaker);
        Assert.NotEqual("Fergus Mallory", quotes.Single(quote => quote.Paragraph == 2).Speaker);
    }

    [Fact]
    public void A_capital_at_the_start_of_a_sentence_is_not_another_given_name()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“The river has never been this low,” said Fergus Mallory, who farms above the weir."),
            new(2, "The council wrote to every farmer. But Mallory said, “I went to the meeting, and I am glad I did.”"),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.All(quotes, quote => Assert.Equal("Fergus Mallory", quote.Speaker));
    }

    [Fact]
    public void A_quotation_running_over_several_sentences_is_attributed_without_failing()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Maria Okafor, the mayor, spoke first."),
            new(2, "Okafor said “we will close the bridge. It is not safe to keep it open for another winter, and nobody wants that” and then she left."),
            new(3, "“Short one. Then another sentence that runs on for a while without a speech verb” the councillor replied."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        var closing = Assert.Single(quotes, quote => quote.Paragraph == 2);
        Assert.Equal("Maria Okafor", closing.Speaker);
        Assert.StartsWith("we will close the bridge.", closing.Text);
    }

    [Fact]
    public void A_pronoun_before_a_standalone_quotation_resolves_to_the_person_last_named()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Tom Reyes said the river rose overnight. Later, Maria Okafor, the mayor, visited the site, and she spoke to the crews."),
            new(2, "“I have never seen the water this high in twenty years.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs));

        Assert.Equal("Maria Okafor", quotes.Single(quote => quote.Standalone).Speaker);
    }

    [Fact]
    public void Names_inside_a_quotation_are_never_taken_as_its_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Tom Reyes said the plan was ready."),
            new(2, "“Even Maria Okafor said it could not be done, and she was wrong about that.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs));

        Assert.Equal("Tom Reyes", quotes.Single(quote => quote.Standalone).Speaker);
    }

    [Fact]
    public void A_speaker_named_after_the_verb_and_a_description_is_the_speaker_and_the_title_is_not_in_the_name()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Helen Dunmore opened the meeting. “We will vote on the plan tonight,” Dunmore said."),
            new(2, "“I have lived on this street all my life and nobody asked me,” said pensioner Margaret Fell."),
            new(3, "“The roof would cost far more than we have,” said Councillor Peter Anand, who chairs the finance committee."),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Helen Dunmore", "Margaret Fell", "Peter Anand"], quotes.Select(quote => quote.Speaker));
        Assert.DoesNotContain(speakers, speaker => speaker.Name.StartsWith("Mayor", StringComparison.Ordinal) || speaker.Name.StartsWith("Councillor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_told_reporters_at_is_not_a_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Maria Okafor, the commissioner, spoke first. “Nobody wants to close the crossing this year,” she told reporters at City Hall."),
        ];

        var speakers = PersonNameFinder.Find(paragraphs);

        Assert.DoesNotContain(speakers, speaker => speaker.Name == "City Hall");
    }

    [Fact]
    public void She_is_not_the_nearest_name_when_the_text_shows_that_person_is_a_man()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Helen Dunmore opened the meeting. “We will vote on the plan tonight,” Dunmore said."),
            new(2, "Councillor Tom Whitaker voted against the plan. “This was decided long before tonight,” he said."),
            new(3, "Dunmore said Whitaker had seen the figures. “Nobody has been kept in the dark about it,” she said."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal("Helen Dunmore", quotes.Single(quote => quote.Paragraph == 3).Speaker);
    }

    [Fact]
    public void The_principal_said_is_the_person_the_article_described_as_principal()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“Our pupils use the library twice every week,” said Dr. Nadia Brennan, the school’s principal."),
            new(2, "Councillor Peter Anand said the roof was too costly. “If enough of us write, they will have to listen,” the principal said."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Nadia Brennan", "Nadia Brennan"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_statement_from_an_organisation_is_the_organisations_not_the_last_person_named()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“We simply cannot afford to keep both buildings open,” said Councillor Peter Anand."),
            new(2, "The Ashcombe Library Trust said in a statement that it was “deeply disappointed by a decision that ignores its readers.”"),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var statement = QuoteAttributor.Attribute(paragraphs, speakers).Single(quote => quote.Paragraph == 2 && !quote.IsParaphrase);

        Assert.Equal("Ashcombe Library Trust", statement.Speaker);
        Assert.True(statement.ByOrganisation);
        Assert.DoesNotContain(speakers, speaker => speaker.Name.EndsWith("Trust", StringComparison.Ordinal));
    }

    [Fact]
    public void The_agency_said_in_a_statement_is_the_one_agency_the_article_named()
    {
        Paragraph[] paragraphs =
        [
            new(1, "The Carrow Valley Water Agency runs the reservoir. Dr. Hannah Quayle said the hospital had its own tanks."),
            new(2, "“Patients will not notice any difference at all,” Dr. Quayle said."),
            new(3, "“Customers with questions can call our free helpline every day,” the agency said in a statement."),
        ];

        var statement = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => quote.Paragraph == 3);

        Assert.Equal("Carrow Valley Water Agency", statement.Speaker);
        Assert.True(statement.ByOrganisation);
    }

    [Fact]
    public void The_agency_said_is_unattributed_when_the_article_names_two_agencies()
    {
        Paragraph[] paragraphs =
        [
            new(1, "The Carrow Valley Water Agency and the Brenhill Environment Agency met on Monday. Dr. Hannah Quayle said the hospital had tanks."),
            new(2, "“Customers with questions can call our free helpline every day,” the agency said in a statement."),
        ];

        var statement = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => quote.Paragraph == 2);

        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void People_at_an_organisation_who_speak_are_not_the_organisation()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mill Lane Primary School has 300 pupils."),
            new(2, "Parents at the school said the closure was “a decision taken without asking a single family.”"),
        ];

        var quote = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => quote.Paragraph == 2 && !quote.IsParaphrase);

        Assert.False(quote.ByOrganisation);
    }

    [Fact]
    public void According_to_names_the_source_of_a_quotation_or_of_reported_speech()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Ruth Adeyemi announced the limits on Thursday. “Nobody here has lived through a summer like this,” she said."),
            new(2, "The limits are “the bare minimum we can ask of anyone,” according to Leon Farrant, the agency’s head of operations."),
            new(3, "According to Farrant, the reservoir is losing one per cent of its volume every four days."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs));

        Assert.Equal("Leon Farrant", quotes.Single(quote => quote.Paragraph == 2 && !quote.IsParaphrase).Speaker);
        var reported = quotes.Single(quote => quote.Paragraph == 3);
        Assert.True(reported.IsParaphrase);
        Assert.Equal("Leon Farrant", reported.Speaker);
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_stays_with_its_speaker_though_another_person_is_named_in_the_attribution()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“Everyone has to give something up this summer,” said café owner Beatrice Lamb."),
            new(2, "“We will get through it,” said dairy farmer Owen Tegid, whose land borders Beatrice Lamb’s café. “But a lot of small farms will not, and nobody at the town hall seems to care."),
            new(3, "“They have not been up here once since the spring, and I do not expect them now.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Beatrice Lamb", "Owen Tegid", "Owen Tegid", "Owen Tegid"], quotes.Select(quote => quote.Speaker));
        Assert.StartsWith("They have not been up here", quotes[^1].Text);
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_each_keep_their_quotations()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“We have already sold half the herd,” said dairy farmer Owen Tegid, “and now they want us to cut back again.” Café owner Beatrice Lamb, two rows behind, shook her head. “Everyone has to give something up,” she said. “Farmers are not the only ones losing money.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Owen Tegid", "Owen Tegid", "Beatrice Lamb", "Beatrice Lamb"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void An_unattributed_quotation_after_a_sentence_naming_someone_else_is_theirs()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“We have already sold half the herd,” said dairy farmer Owen Tegid. Café owner Beatrice Lamb shook her head. “Everyone has to give something up this summer.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Owen Tegid", "Beatrice Lamb"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_title_with_the_surname_alone_is_the_person_named_in_full_earlier()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Grace Okoro announced the limits on Thursday. Councillor Simon Hale said she had acted too late."),
            new(2, "“We followed the advice we were given at every stage,” Mayor Okoro said."),
            new(3, "“The minutes of every meeting are public and anyone can read them,” Okoro added."),
        ];
        var speakers = PersonNameFinder.Find(paragraphs);

        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Grace Okoro", "Grace Okoro"], quotes.Select(quote => quote.Speaker));
        Assert.DoesNotContain(speakers, speaker => speaker.Name.StartsWith("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_two_people_share_is_resolved_by_Mr_or_Mrs_and_otherwise_left_unattributed()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Tom Reyes said he had farmed the valley for thirty years."),
            new(2, "Ana Reyes, who runs the farm shop, said she had been told nothing."),
            new(3, "Councillor Simon Hale said the farm would be flooded."),
            new(4, "“We were never asked about the reservoir, not once,” Mrs. Reyes said."),
            new(5, "“My grandfather planted those orchards with his own hands,” Mr. Reyes said."),
            new(6, "“Nobody will pay us what the land is worth to us,” Reyes said."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Ana Reyes", "Tom Reyes", null], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void The_speaker_before_a_quotation_is_the_subject_of_the_verb_not_a_name_in_a_relative_clause_or_the_listener()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“The reservoir is losing water every single day,” said Leon Farrant, the agency’s head of operations."),
            new(2, "Councillor Simon Hale spoke first. Mayor Ruth Adeyemi, who met Leon Farrant on Monday, said: “We followed the advice at every stage.”"),
            new(3, "Dr. Hannah Quayle, a consultant, was asked about the tanks. She told Farrant: “Patients will not notice any difference at all.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Leon Farrant", "Ruth Adeyemi", "Hannah Quayle"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_role_that_starts_the_sentence_is_not_part_of_the_name_it_describes()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Striker Lily Farraday, 19, scored both goals. “I just heard the noise,” Farraday said."),
        ];

        var quote = Assert.Single(QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)), quote => !quote.IsParaphrase);

        Assert.Equal("Lily Farraday", quote.Speaker);
    }

    [Fact]
    public void A_full_name_given_without_a_role_is_the_person_a_courtesy_title_and_surname_later_name()
    {
        Paragraph[] paragraphs =
        [
            new(1, "“We stopped passing the ball,” Teresa Villin said."),
            new(2, "Among the crowd was Arthur Dunmore, 81, who has held a season ticket for fifty years. “I have waited half a century for this,” said Mr Dunmore."),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Teresa Villin", "Arthur Dunmore"], quotes.Select(quote => quote.Speaker));
    }
    [Fact]
    public void An_attribution_in_the_middle_of_a_quotation_gives_both_halves_to_its_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Helen Dunmore chaired the meeting. Councillor Tom Whitaker voted against the plan."),
            new(2, "“First, we will run a free bus to the hub,” Dunmore said, “and second, the reading group will keep its own room.”"),
        ];

        var quotes = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(["Helen Dunmore", "Helen Dunmore"], quotes.Select(quote => quote.Speaker));
        Assert.StartsWith("and second", quotes[1].Text);
    }

    [Fact]
    public void Straight_quotes_are_read_as_curly_ones_and_a_quote_nested_in_single_marks_stays_inside()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Coach Ivo Brandt named the team on Friday."),
            new(2, "\"The players call it 'the long road' for a reason, and they are right about that,\" Brandt said."),
        ];

        var quote = Assert.Single(QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)), quote => !quote.IsParaphrase);

        Assert.Equal(("Ivo Brandt", "The players call it 'the long road' for a reason, and they are right about that"), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void A_role_that_two_people_hold_leaves_the_quotation_unattributed()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Councillor Peter Anand chairs the finance committee. Councillor Tom Whitaker voted against the plan."),
            new(2, "Mayor Helen Dunmore said the vote would stand. “This was decided long before tonight,” the councillor said."),
        ];

        var quote = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => quote.Paragraph == 2 && !quote.IsParaphrase);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void She_after_two_people_whose_sex_the_text_does_not_show_is_left_unattributed()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Mayor Ann Lee and Councillor Kim Reyes met the residents on Monday. “We will listen to every one of you,” she said."),
        ];

        var quote = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => !quote.IsParaphrase);

        Assert.Null(quote.Speaker);
    }
    [Fact]
    public void She_when_everyone_named_is_shown_to_be_a_man_is_left_unattributed()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Councillor Tom Whitaker spoke first, and he said he would vote against the plan."),
            new(2, "The room went quiet. “It was decided long before tonight, and everyone knows it,” she said."),
        ];

        var quote = QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Single(quote => quote.Paragraph == 2 && !quote.IsParaphrase);

        Assert.Null(quote.Speaker);
    }
    [Fact]
    public void Two_titles_together_are_both_kept_out_of_the_name()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Detective Constable Rhiannon Price, who led the inquiry, said outside court that she was pleased. “Small clubs run on trust,” she said."),
        ];

        var article = ArticleBuilder.Build(new ArticleSource("court", "court.md", new ArticleMetadata(), paragraphs));

        var speaker = Assert.Single(article.Speakers);
        Assert.Equal(("Rhiannon Price", "Detective Constable"), (speaker.Name, speaker.Role));
        Assert.Equal("Rhiannon Price", article.Quotes.Single(quote => !quote.IsParaphrase).Speaker);
    }

    [Fact]
    public void A_name_after_a_preposition_is_a_place_and_reports_nothing()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Gareth Pennock, 58, of Orchard Row, had admitted fourteen counts of fraud at an earlier hearing."),
        ];

        var speakers = PersonNameFinder.Find(paragraphs);
        var quotes = QuoteAttributor.Attribute(paragraphs, speakers);

        Assert.DoesNotContain(speakers, speaker => speaker.Name == "Orchard Row");
        Assert.DoesNotContain(quotes, quote => quote.Speaker == "Orchard Row");
    }

    [Fact]
    public void A_speech_verb_ending_one_sentence_does_not_name_the_first_word_of_the_next()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Joanna Reeve, the club’s secretary, spoke first, and she thanked the court. Tobias Wren, the club’s chair, said nothing."),
            new(2, "“We are still here,” Ms Reeve said. Beside her, Wren nodded. “That is the part he could not take from us,” he said."),
        ];

        var speakers = PersonNameFinder.Find(paragraphs);
        var quotes = QuoteAttributor.Attribute(paragraphs, speakers).Where(quote => !quote.IsParaphrase).ToList();

        Assert.DoesNotContain(speakers, speaker => speaker.Name == "Beside");
        Assert.Equal(["Joanna Reeve", "Tobias Wren"], quotes.Select(quote => quote.Speaker));
    }
}
