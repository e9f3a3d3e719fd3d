using Viva.Core.Bank;

namespace Viva.Core.Tests.Bank;

/// <summary>Each kind of broken file gives one clear file:line: field: message, and loading goes on.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private Problem SingleProblem(string relativePath, string text)
    {
        _bank.Write(relativePath, text);
        return Assert.Single(QuestionBank.Load([_bank.Root]).Problems);
    }

    [Fact]
    public void The_valid_template_has_no_problems()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion);

        var bank = QuestionBank.Load([_bank.Root]);

        Assert.Empty(bank.Problems);
        var q = Assert.Single(bank.Questions);
        Assert.Equal(3, q.Quiz.Count);
        Assert.Equal(4, q.KeyPoints.Count);
        Assert.Equal(6, q.KeyPoints.Sum(k => k.Weight) - 1);
    }

    [Fact]
    public void A_choice_item_may_have_a_prose_stem_before_its_options_and_it_round_trips()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion.Replace("### choice: What is `sum([])`?\n\n", "### choice: What is `sum([])`?\n\nAssume the builtin is not shadowed.\nNo start argument is given.\n\n", StringComparison.Ordinal));

        var bank = QuestionBank.Load([_bank.Root]);

        Assert.Empty(bank.Problems);
        var choice = Assert.Single(bank.Questions.Single().Quiz.OfType<ChoiceItem>(), c => !c.MultipleAnswers);
        Assert.Equal("Assume the builtin is not shadowed.\nNo start argument is given.", choice.Stem);
        Assert.Equal(["`0`", "`None`"], choice.Options.Select(o => o.Text));
        Assert.Contains("Assume the builtin is not shadowed.\nNo start argument is given.\n\n- [x] `0`", QuestionWriter.Write(bank.Questions.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_that_does_not_parse_names_the_line_inside_the_header()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("tags: [sample]", "tags: [sample", StringComparison.Ordinal));

        Assert.Equal("front matter", p.Field);
        Assert.Contains("YAML does not parse", p.Message, StringComparison.Ordinal);
        Assert.InRange(p.Line, 7, 9);
        Assert.EndsWith($"sample.md:{p.Line}: front matter: {p.Message}", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_reported_at_line_one()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion[TestBank.ValidQuestion.IndexOf("## Question", StringComparison.Ordinal)..]);

        Assert.Equal((1, "front matter"), (p.Line, p.Field));
        Assert.Contains("missing", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_section_is_named()
    {
        var text = TestBank.ValidQuestion;
        var start = text.IndexOf("## Pitfalls", StringComparison.Ordinal);
        var end = text.IndexOf("## Examples", StringComparison.Ordinal);

        var p = SingleProblem("language/sample.md", text.Remove(start, end - start));

        Assert.Equal("Pitfalls", p.Field);
        Assert.Contains("required section '## Pitfalls' is missing", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_across_two_files_names_both()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion);
        var other = TestBank.ValidQuestion.Replace("area: language", "area: stdlib", StringComparison.Ordinal).Replace("topic: basics", "topic: json", StringComparison.Ordinal);

        var p = SingleProblem("stdlib/sample.md", other);

        Assert.Equal((2, "id"), (p.Line, p.Field));
        Assert.Contains("duplicate id 'sample'", p.Message, StringComparison.Ordinal);
        Assert.Contains("language", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_area_lists_the_known_ones()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("area: language", "area: langauge", StringComparison.Ordinal));

        Assert.Equal((4, "area"), (p.Line, p.Field));
        Assert.Equal("unknown area 'langauge' (known: language, stdlib)", p.Message);
    }

    [Fact]
    public void An_unknown_topic_is_reported()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("topic: basics", "topic: json", StringComparison.Ordinal));

        Assert.Equal((5, "topic"), (p.Line, p.Field));
    }

    [Fact]
    public void A_choice_item_with_no_correct_option_is_reported()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("- [x] `0`", "- [ ] `0`", StringComparison.Ordinal));

        Assert.Equal("Quiz", p.Field);
        Assert.Contains("exactly one correct option, has 0", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_item_with_every_option_correct_is_reported()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("- [ ] An int", "- [x] An int", StringComparison.Ordinal));

        Assert.Contains("needs at least one correct and one wrong option", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_an_explanation_is_reported()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("- [ ] `None`\n  It never returns None.", "- [ ] `None`", StringComparison.Ordinal));

        Assert.Contains("needs an explanation", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_names_the_line_of_the_bad_byte()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(TestBank.ValidQuestion).ToList();
        var at = bytes.IndexOf((byte)'Z'); // "Zero, the default start value." on line 17
        bytes[at] = 0xFF;
        _bank.WriteBytes("language/sample.md", bytes.ToArray());

        var p = Assert.Single(QuestionBank.Load([_bank.Root]).Problems);

        Assert.Equal((18, "encoding"), (p.Line, p.Field));
        Assert.Contains("not valid UTF-8 (0xFF", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_code_block_is_reported_where_it_opens()
    {
        var text = TestBank.ValidQuestion;
        var cut = text.IndexOf("```output\n13", StringComparison.Ordinal) + "```output\n13\n".Length;

        _bank.Write("language/sample.md", text[..cut]);
        var problems = QuestionBank.Load([_bank.Root]).Problems;

        Assert.Contains(problems, p => p.Field == "markdown" && p.Message.Contains("never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Expected_test_values_must_be_json()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("```json\n6\n```", "```json\nsix\n```", StringComparison.Ordinal));

        Assert.Equal("Exercise.Tests", p.Field);
        Assert.Contains("not JSON", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_must_declare_its_python_range()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("python: \">=3.8\"\n", "", StringComparison.Ordinal));

        Assert.Equal((2, "python"), (p.Line, p.Field));
        Assert.Contains("required field is missing", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exercise_needs_three_wrong_solutions()
    {
        var text = TestBank.ValidQuestion;
        var cut = text.IndexOf("#### Starts from one", StringComparison.Ordinal);

        var p = SingleProblem("language/sample.md", text[..cut].TrimEnd() + "\n");

        Assert.Equal("Exercise.Wrong solutions", p.Field);
        Assert.Contains("has 2; at least 3", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_solution_without_code_names_its_heading()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("```python\ndef total(xs):\n    return len(xs)\n```", "Just count them.", StringComparison.Ordinal));

        Assert.Equal("Exercise.Wrong solutions", p.Field);
        Assert.Contains("'Counts instead of summing' must be optional prose, then exactly one ```python block", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exercise_parts_out_of_order_are_reported()
    {
        var text = TestBank.ValidQuestion;
        var wrong = text[text.IndexOf("### Wrong solutions", StringComparison.Ordinal)..];
        var tests = text.IndexOf("### Tests", StringComparison.Ordinal);
        var reordered = text[..tests] + wrong + "\n" + text[tests..text.IndexOf("### Wrong solutions", StringComparison.Ordinal)];

        var problems = QuestionBankWith(reordered);

        Assert.Contains(problems, p => p.Field == "Exercise" && p.Message.Contains("must come in this order", StringComparison.Ordinal));
    }

    private IReadOnlyList<Problem> QuestionBankWith(string text)
    {
        _bank.Write("language/sample.md", text);
        return QuestionBank.Load([_bank.Root]).Problems;
    }

    [Fact]
    public void A_file_named_differently_from_its_id_is_reported()
    {
        var p = SingleProblem("language/other.md", TestBank.ValidQuestion);

        Assert.Equal((2, "id"), (p.Line, p.Field));
    }

    [Fact]
    public void Several_broken_files_are_all_reported_and_good_ones_still_load()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion);
        _bank.Write("language/broken.md", "no header at all\n");
        _bank.WriteBytes("language/binary.md", [0xC3, 0x28, 0x0A]);

        var bank = QuestionBank.Load([_bank.Root]);

        Assert.Single(bank.Questions);
        Assert.Equal(2, bank.Problems.Count);
    }

    [Fact]
    public void A_version_line_may_be_followed_by_prose()
    {
        _bank.Write("language/sample.md", TestBank.ValidQuestion.Replace("### Empty sum\n", "### Empty sum\n\n> python: >=3.8\n\nSome words first.\n", StringComparison.Ordinal));

        var bank = QuestionBank.Load([_bank.Root]);

        Assert.Empty(bank.Problems);
        var example = bank.Questions[0].Examples[0];
        Assert.Equal((">=3.8", "Some words first."), (example.Python.Text, example.Prose));
    }

    [Fact]
    public void A_version_line_after_prose_is_an_error_not_a_silent_no_op()
    {
        var p = SingleProblem("language/sample.md", TestBank.ValidQuestion.Replace("### Empty sum\n", "### Empty sum\n\nSome words first.\n\n> python: >=3.8\n", StringComparison.Ordinal));

        Assert.Equal("Examples", p.Field);
        Assert.Contains("must come first", p.Message, StringComparison.Ordinal);
    }
}
