using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Grading;

public class AnswerCorpusTests
{
    private static readonly Lazy<QuestionBank> Bank = new(() => QuestionBank.Load([RepositoryPaths.BundledBank]));

    [Theory]
    [InlineData("corpus")]
    [InlineData("heldout")]
    [InlineData("adversarial")]
    [InlineData("fresh")]
    [InlineData("fresh2")]
    [InlineData("fresh3")]
    [InlineData("fresh4")]
    public void Every_file_parses_names_a_real_question_and_labels_every_key_point(string set) =>
        CheckSet(Path.Combine(RepositoryPaths.Root, "tests", "answers", set));

    private static void CheckSet(string folder)
    {
        var files = Directory.GetFiles(folder, "*.md");
        Assert.NotEmpty(files);
        var questions = Bank.Value.Questions.ToDictionary(q => q.Id);
        foreach (var file in files)
        {
            var answers = AnswerCorpus.LoadFile(file);
            Assert.True(answers.Count > 0, file);
            Assert.All(answers, a => Assert.Contains(a.Style, AnswerCorpus.Styles));
            Assert.Equal(answers.Count, answers.Select(a => a.Style).Distinct().Count());
            var id = answers[0].QuestionId;
            Assert.Equal(Path.GetFileNameWithoutExtension(file), id);
            Assert.True(questions.TryGetValue(id, out var question), $"{file}: no question '{id}' in the bank");
            foreach (var a in answers)
                Assert.True(a.Covered.Count == question.KeyPoints.Count, $"{file} '{a.Style}': {a.Covered.Count} labels for {question.KeyPoints.Count} key points");
        }
    }

    [Fact]
    public void A_label_out_of_order_is_refused()
    {
        const string text = "---\nquestion: q\n---\n\n## terse\n\nsome answer\n\n- [x] 1: yes\n- [ ] 3: no\n";
        var error = Assert.Throws<FormatException>(() => AnswerCorpus.Parse("q.md", text));
        Assert.Contains("q.md:10", error.Message);
    }

    [Fact]
    public void Bullet_lines_of_the_answer_are_text_and_label_lines_are_labels()
    {
        const string text = "---\nquestion: q\n---\n\n## terse\n\n- GIL = one lock\n- dropped on I/O\n\n- [x] 1: \"one lock\"\n- [ ] 2: absent\n";
        var answer = Assert.Single(AnswerCorpus.Parse("q.md", text));
        Assert.Equal("- GIL = one lock\n- dropped on I/O", answer.Text);
        Assert.Equal([true, false], answer.Covered);
        Assert.Equal("absent", answer.Reasons[1]);
    }
}
