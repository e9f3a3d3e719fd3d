using System.Text;
using Viva.Core.Interchange.Gift;

namespace Viva.Core.Tests.Interchange;

/// <summary>The grammar as Moodle's GIFT documentation describes it, one fixture per feature, written for these tests.</summary>
public sealed class GiftParserTests
{
    private static GiftDocument Parse(string text)
    {
        var result = GiftParser.Parse("t.gift", Encoding.UTF8.GetBytes(text));
        Assert.Null(result.Problem);
        return result.Document!;
    }

    private static Viva.Core.Bank.Problem Fails(byte[] bytes)
    {
        var result = GiftParser.Parse("bad.gift", bytes);
        Assert.Null(result.Document);
        return result.Problem!;
    }

    private static Viva.Core.Bank.Problem Fails(string text) => Fails(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Every_question_type_is_recognised()
    {
        var doc = Parse("""
            // a comment line
            $CATEGORY: $course$/Python/Basics

            ::Colours::Which colour is the sky? {=blue #Right. ~green #No. ~red}

            ::Answers::Which are primes? {~%50%2 ~%50%3 ~%-100%4}

            Python is dynamically typed.{T#Wrong!#Right.}

            Is 1 a prime? {FALSE}

            Who wrote Python? {=Guido =Guido van Rossum}

            Match the pairs. {=list -> mutable =tuple -> immutable =str -> immutable}

            What is pi? {#3.14:0.01}

            Pick 1 to 5. {#1..5}

            What is e? {#=%100%2.718:0.001 =%50%2.7:0.1 #close}

            Explain the GIL. {####The lock that serialises bytecode.}

            Just some text to read.

            The {~cat =dog ~bird} barked.
            """);
        Assert.Equal(
            [GiftKind.MultipleChoice, GiftKind.MultipleAnswers, GiftKind.TrueFalse, GiftKind.TrueFalse, GiftKind.ShortAnswer, GiftKind.Matching,
             GiftKind.Numerical, GiftKind.Numerical, GiftKind.Numerical, GiftKind.Essay, GiftKind.Description, GiftKind.MultipleChoice],
            doc.Questions.Select(q => q.Kind));
        Assert.All(doc.Questions, q => Assert.Equal("$course$/Python/Basics", q.Category));

        var mc = doc.Questions[0];
        Assert.Equal("Colours", mc.Title);
        Assert.Equal("Which colour is the sky?", mc.Text);
        Assert.Equal(["blue", "green", "red"], mc.Answers.Select(a => a.Text));
        Assert.Equal(["Right.", "No.", ""], mc.Answers.Select(a => a.Feedback));
        Assert.True(mc.Answers[0].Correct);
        Assert.Equal([50m, 50m, -100m], doc.Questions[1].Answers.Select(a => a.Weight));

        var tf = doc.Questions[2];
        Assert.True(tf.TrueFalseAnswer);
        Assert.Equal("Wrong!", tf.TrueFalseWrongFeedback);
        Assert.Equal("Right.", tf.TrueFalseRightFeedback);
        Assert.False(doc.Questions[3].TrueFalseAnswer);

        Assert.Equal(["mutable", "immutable", "immutable"], doc.Questions[5].Answers.Select(a => a.MatchTo));
        Assert.Equal((3.13m, 3.15m), (doc.Questions[6].Answers[0].Min!.Value, doc.Questions[6].Answers[0].Max!.Value));
        Assert.Equal((1m, 5m), (doc.Questions[7].Answers[0].Min!.Value, doc.Questions[7].Answers[0].Max!.Value));
        Assert.Equal([100m, 50m], doc.Questions[8].Answers.Select(a => a.Weight));
        Assert.Equal("close", doc.Questions[8].Answers[1].Feedback);
        Assert.Equal("The lock that serialises bytecode.", doc.Questions[9].GeneralFeedback);

        var missing = doc.Questions[11];
        Assert.True(missing.IsMissingWord);
        Assert.Equal(("The", "barked."), (missing.Text, missing.TextAfter));
    }

    [Fact]
    public void Escapes_formats_ids_and_tags_are_read()
    {
        var doc = Parse("""
            // [id:q-1] [tag:python] [tag:escapes]
            ::A\: title::[markdown]Use \{braces\}, \~tilde, \= and \#.\nNext line, a \\ backslash, -\> arrow.{=\{x\} #ok \: fine ~y}

            ::H::[html]<p>Hi</p>{}
            """);
        var q = doc.Questions[0];
        Assert.Equal("A: title", q.Title);
        Assert.Equal("markdown", q.Format);
        Assert.Equal("Use {braces}, ~tilde, = and #.\nNext line, a \\ backslash, -> arrow.", q.Text);
        Assert.Equal("{x}", q.Answers[0].Text);
        Assert.Equal("ok : fine", q.Answers[0].Feedback);
        Assert.Equal("q-1", q.IdNumber);
        Assert.Equal(["python", "escapes"], q.Tags);
        Assert.Equal(("html", GiftKind.Essay), (doc.Questions[1].Format, doc.Questions[1].Kind));
        Assert.Equal("moodle", Parse("Plain {T}").Questions[0].Format);
    }

    [Fact]
    public void A_numerical_answer_ends_at_a_tilde_whose_feedback_answers_any_other_number()
    {
        // Moodle reads what follows the first '~' of a numerical block as the feedback for any other answer (its '*', worth 0).
        var single = Parse("A prime below 10? {#5:2 ~#Not prime.}").Questions[0];
        var several = Parse("Days in a week? {#=7 =%50%6 ~ #Count again.}").Questions[0];

        Assert.Equal(GiftKind.Numerical, single.Kind);
        Assert.Equal([("5:2", 100m, ""), ("*", 0m, "Not prime.")], single.Answers.Select(a => (a.Text, a.Weight, a.Feedback)));
        Assert.Equal((3m, 7m), (single.Answers[0].Min!.Value, single.Answers[0].Max!.Value));
        Assert.Equal([("7", 100m), ("6", 50m), ("*", 0m)], several.Answers.Select(a => (a.Text, a.Weight)));
        Assert.Equal("Count again.", several.Answers[2].Feedback);
    }

    [Fact]
    public void Each_answer_and_feedback_may_begin_with_its_own_format()
    {
        var q = Parse("Which editor ships with Python? {=[plain]IDLE #[html]<b>Yes</b> ~[markdown]vim #[moodle]Not bundled. ####[plain]IDLE is in the standard installer.}").Questions[0];

        Assert.Equal(["IDLE", "vim"], q.Answers.Select(a => a.Text));
        Assert.Equal(["<b>Yes</b>", "Not bundled."], q.Answers.Select(a => a.Feedback));
        Assert.Equal("IDLE is in the standard installer.", q.GeneralFeedback);
    }

    [Fact]
    public void Escaping_then_parsing_gives_back_any_text()
    {
        const string nasty = "a ~ b = c # d { e } f : g \\ h\nline two -> x \\n y ####";
        var doc = Parse($"::{GiftWriter.Escape(nasty)}::{GiftWriter.Escape(nasty)}{{={GiftWriter.Escape(nasty)} #{GiftWriter.Escape(nasty)}}}");
        var q = doc.Questions[0];
        Assert.Equal(nasty.Trim(), q.Title);
        Assert.Equal(nasty, q.Text);
        Assert.Equal(nasty, q.Answers[0].Text);
        Assert.Equal(nasty, q.Answers[0].Feedback);
    }

    [Theory]
    [InlineData("Q one\n\nWhat? {=a ~b", 3, "never closed")]
    [InlineData("What? {#abc}", 1, "not a number")]
    [InlineData("What? {#3..1}", 1, "ends below")]
    [InlineData("\n\nMatch. {=a -> 1 =b -> 2 =c}", 3, "stray '->'")]
    [InlineData("Pick. {=a -> 1 ~b -> 2}", 1, "'->'")]
    [InlineData("Text } here {=a}", 1, "closes no answer")]
    [InlineData("Weights {~%50%a ~%30%b ~c}", 1, "sum to 100")]
    [InlineData("", 1, "no GIFT questions")]
    [InlineData("// only a comment\n\n", 1, "no GIFT questions")]
    [InlineData("::Title never closed {=a}", 1, "never closed")]
    [InlineData("Two {=a} blocks {=b}", 1, "second '{'")]
    [InlineData("One {=a}\nTwo {=b}", 2, "separated by blank lines")]
    public void Malformed_input_is_one_error_naming_its_line(string text, int line, string message)
    {
        var problem = Fails(text);

        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.gift:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Q1 {T}\n\nCaf").Concat(new byte[] { 0xE9, (byte)' ', (byte)'{', (byte)'T', (byte)'}' }).ToArray();

        var problem = Fails(bytes);

        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }
}
