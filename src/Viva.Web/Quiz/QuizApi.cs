using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Data;
using Viva.Data.Attempts;
using Viva.Web.Api;
using Viva.Web.Bank;
using Viva.Web.Hosting;

namespace Viva.Web.Quiz;

/// <summary>
/// <c>/api/quiz</c>: a question's quiz items and grading an answer. Choice options come in the learner's
/// order (the <c>.viva.learner</c> cookie, set by the first response that needs it) and are answered by
/// their ids, never by position.
/// </summary>
internal static class QuizApi
{
    public static IEndpointRouteBuilder MapQuizApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/quiz", "Quiz", "A question's quiz items in this learner's option order, and grading an answer by option id.");
        group.MapGet("/items/{questionId}", Items).WithName("getQuizItems")
            .WithSummary("A question's quiz items")
            .WithDescription("Choice options come in this learner's order, each with the id to answer with. The learner is the .viva.learner cookie: keep it (a cookie jar) and the order stays the same. Titles, stems and options are Markdown. Items are numbered from 0 in the question's order; answer one with POST /api/quiz/answers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/answers", AnswerAsync).WithName("answerQuizItem")
            .WithSummary("Answer a quiz item")
            .WithDescription("Send `answer` for a predict item (what the code prints, compared exactly after trimming trailing space) or `selected` for a choice item. A prediction is at most 20,000 characters and is stored and shown as text. Option ids come from GET /api/quiz/items/{questionId}; an empty, unknown or repeated id is a validation problem. The answer is stored, and the response reveals the key.")
            .WithRequestExample(new QuizAnswerBody("generators", 0, "building iterable\ngenerator created\n60 0"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<List<QuizItemView>>, ProblemHttpResult> Items(string questionId, BankCatalog bank, HttpContext context)
    {
        if (bank.Find(questionId) is not { } question)
            return ApiProblems.UnknownQuestion(questionId);
        var order = context.OptionOrder();
        return TypedResults.Ok(question.Quiz.Select((item, index) => item switch
        {
            ChoiceItem c => new QuizItemView(index, c.Kind, c.Title, c.Stem, null, null, [.. order.Arrange(c).Select(o => new OptionView(o.Id, o.Text))]),
            PredictItem p => new QuizItemView(index, p.Kind, p.Title, null, p.Prose, p.Code.Code, null),
            _ => new QuizItemView(index, item.Kind, item.Title, null, null, null, null),
        }).ToList());
    }

    private static async Task<Results<Ok<QuizAnswerResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        QuizAnswerBody body, BankCatalog bank, VivaDb db, TimeProvider clock, MarkdownHtml markdown, HttpContext context, CancellationToken cancellationToken)
    {
        if (body.QuestionId is null || bank.Find(body.QuestionId) is not { } question)
            return ApiProblems.UnknownQuestion(body.QuestionId);
        if (body.ItemIndex is not { } index || index < 0 || index >= question.Quiz.Count)
            return ApiProblems.Invalid("itemIndex", $"This question has {question.Quiz.Count} quiz item(s), numbered from 0.");
        var item = question.Quiz[index];
        List<string> values;
        if (item is ChoiceItem choice)
        {
            if (ChoiceGrader.Problem(choice, body.Selected ?? []) is { } problem)
                return ApiProblems.Invalid("selected", $"Choose option ids from GET /api/quiz/items/{question.Id}: {problem}.");
            values = body.Selected!;
        }
        else
        {
            // An empty prediction is no answer: storing it as wrong would also reveal the key.
            if (string.IsNullOrWhiteSpace(body.Answer) || body.Answer.Length > QuizGrading.MaxAnswerLength)
                return ApiProblems.Invalid("answer", $"A prediction is required (not blank) and at most {QuizGrading.MaxAnswerLength} characters.");
            values = [body.Answer];
        }
        var order = context.OptionOrder();
        var grade = QuizGrading.Grade(item, values, order);
        db.QuizAnswers.Add(new QuizAnswerRecord
        {
            QuestionId = question.Id, ItemIndex = index, AnsweredAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Correct = grade.Correct, Answer = grade.Answer, ContentHash = question.ContentHash,
        });
        await db.SaveChangesAsync(cancellationToken);
        var options = item is ChoiceItem c ? order.Arrange(c).Select(o => new OptionResult(o.Id, o.Text, o.Correct, o.Explanation)).ToList() : null;
        var expectedHtml = grade.ExpectedIsMarkdown ? markdown.Render(grade.Expected).Value : $"<pre>{System.Net.WebUtility.HtmlEncode(grade.Expected)}</pre>";
        var explanationHtml = string.Concat(grade.Explanation.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{markdown.RenderInline(l).Value}</p>"));
        return TypedResults.Ok(new QuizAnswerResponse(grade.Correct, grade.Expected, grade.Explanation, options, expectedHtml, explanationHtml));
    }
}

/// <summary>An answer to one quiz item: <c>answer</c> for a predict item, <c>selected</c> for a choice item.</summary>
/// <param name="QuestionId">The question's id in the bank.</param>
/// <param name="ItemIndex">The item's position in the question's quiz, from 0.</param>
/// <param name="Answer">A predict item's answer: the exact output expected.</param>
/// <param name="Selected">A choice item's answer: the ids of the options chosen (one for a single-answer item).</param>
internal sealed record QuizAnswerBody(string? QuestionId, int? ItemIndex, string? Answer = null, List<string>? Selected = null);

/// <summary>One quiz item as a learner sees it before answering: no correct flags, no explanations.</summary>
/// <param name="ItemIndex">The item's position in the question's quiz, from 0.</param>
/// <param name="Kind">predict, choice or multi.</param>
/// <param name="Title">The item's title (Markdown).</param>
/// <param name="Stem">A choice item's question (Markdown).</param>
/// <param name="Prose">A predict item's text after its code (Markdown).</param>
/// <param name="Code">A predict item's program, whose output is to be predicted.</param>
/// <param name="Options">A choice item's options in this learner's order.</param>
internal sealed record QuizItemView(int ItemIndex, string Kind, string Title, string? Stem, string? Prose, string? Code, List<OptionView>? Options);

/// <summary>A choice option before answering.</summary>
/// <param name="Id">The id to answer with, stable when the bank file is reordered.</param>
/// <param name="Text">The option (Markdown).</param>
internal sealed record OptionView(string Id, string Text);

/// <summary>
/// The grade; for a choice item also every option, in the learner's order, with whether it is correct and why.
/// Expected and Explanation are Markdown (a predict item's expected output is plain text); the *Html
/// fields are the same rendered and sanitised, as the question page shows them.
/// </summary>
/// <param name="Correct">Whether the answer is right.</param>
/// <param name="Expected">The key: the exact output, or the correct options' text.</param>
/// <param name="Explanation">Why (Markdown).</param>
/// <param name="Options">A choice item's options, each with whether it is correct and why.</param>
/// <param name="ExpectedHtml">The key as HTML, sanitised.</param>
/// <param name="ExplanationHtml">The explanation as HTML, sanitised.</param>
internal sealed record QuizAnswerResponse(bool Correct, string Expected, string Explanation, List<OptionResult>? Options, string ExpectedHtml, string ExplanationHtml);

/// <summary>A choice option after answering.</summary>
/// <param name="Id">The option's id.</param>
/// <param name="Text">The option (Markdown).</param>
/// <param name="Correct">Whether it is one of the correct options.</param>
/// <param name="Explanation">Why it is right or wrong (Markdown).</param>
internal sealed record OptionResult(string Id, string Text, bool Correct, string Explanation);
