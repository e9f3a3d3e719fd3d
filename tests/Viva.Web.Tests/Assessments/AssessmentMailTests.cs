using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Viva.Core.Assessments;
using Viva.Data.Accounts;
using Viva.Data.Assessments;
using Viva.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Viva.Web.Tests.Assessments;

/// <summary>Multi-user mode with an SMTP server configured, and the assessment sweeper running every second.</summary>
public sealed class MailingAppFixture : VivaAppFixture
{
    public MailingAppFixture() => Configure = o => o with
    {
        MultiUser = true, SignInAttemptsPerMinute = 10_000, Smtp = new Uri($"smtp://127.0.0.1:{Mail.Port}"), MailFrom = "viva@example.com",
        AssessmentSweepInterval = TimeSpan.FromSeconds(1),
    };

    public MailCatcher Mail { get; } = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

/// <summary>
/// Notifications through a real SMTP conversation: the invitation carries the link that opens the assessment, the
/// interviewer hears of the submission; and the server's clock submits an attempt nobody looks at.
/// </summary>
public sealed partial class AssessmentMailTests(MailingAppFixture app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<MailingAppFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_candidate_is_mailed_the_link_and_the_interviewer_the_submission()
    {
        app.LogTo(output);
        var team = "team-" + Guid.NewGuid().ToString("N")[..8];
        var ivy = await Members.NewSignedInAsync(app, browser, $"ivy-{team}@example.com", Roles.Interviewer, team);
        await BrowserTest.RunAsync(ivy, async () =>
        {
            await ivy.GotoAsync("/assessments");
            await ivy.GetByLabel("Title").FillAsync("Mailed screen");
            await ivy.GetByLabel("Or question ids, one per line").FillAsync("gil");
            await ivy.GetByRole(AriaRole.Button, new() { Name = "Create the assessment" }).ClickAsync();
            var casey = $"casey-{team}@example.com";
            await ivy.GetByLabel("Candidate's name").FillAsync("Casey Jones");
            await ivy.GetByLabel("Candidate's e-mail").FillAsync(casey);
            await ivy.GetByRole(AriaRole.Button, new() { Name = "Make the link" }).ClickAsync();
            await Expect(ivy.GetByTestId("mail-status")).ToContainTextAsync($"e-mailed to {casey}");

            var invitation = await app.Mail.WaitForAsync(casey, "Mailed screen", TimeSpan.FromSeconds(10));
            var shown = await ivy.Locator($"tr[data-candidate='{casey}']").GetByTestId("invite-link").TextContentAsync();
            var link = LinkIn().Match(invitation.TextBody ?? "").Value;
            Assert.Equal(shown, link);

            var candidate = await browser.NewPageAsync(app.BaseUrl);
            await candidate.GotoAsync(new Uri(link).PathAndQuery);
            await candidate.GetByLabel("New password").FillAsync(Members.Password);
            await candidate.GetByLabel("Repeat it").FillAsync(Members.Password);
            await candidate.GetByTestId("create-and-open").ClickAsync();
            await candidate.GetByTestId("start-attempt").ClickAsync();
            await candidate.GetByTestId("submit-attempt").ClickAsync();
            await Expect(candidate.GetByTestId("submitted")).ToBeVisibleAsync();

            var notice = await app.Mail.WaitForAsync($"ivy-{team}@example.com", "Casey Jones submitted", TimeSpan.FromSeconds(15));
            var report = LinkIn().Match(notice.TextBody ?? "").Value;
            await ivy.GotoAsync(new Uri(report).PathAndQuery);
            await Expect(ivy.GetByTestId("report-candidate")).ToHaveTextAsync("Casey Jones");
            // Settled once: one notice however many sweeps ran.
            await Task.Delay(2500);
            Assert.Single(app.Mail.Messages, m => (m.Subject ?? "").Contains("Casey Jones submitted", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task The_server_submits_an_attempt_whose_time_ran_out_though_nobody_looks_at_it()
    {
        app.LogTo(output);
        var now = app.Clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        await using (var db = app.OpenDatabase())
        {
            db.Assessments.Add(new AssessmentRecord
            {
                Id = id, Team = "t-" + id, CreatedBy = "nobody", Title = "Forgotten", Items = "written:gil", Minutes = 10, AiUse = "allowed",
                SigningKey = SignedLink.NewKey(), CreatedAt = now.ToUnixTimeMilliseconds(),
            });
            db.Attempts.Add(new AttemptRecord
            {
                Id = id + "-a", AssessmentId = id, InvitationId = id + "-i", CandidateUserId = "someone", CandidateName = "Sam", CreatedAt = 1,
                StartedAt = (now - TimeSpan.FromMinutes(11)).ToUnixTimeMilliseconds(),
            });
            await db.SaveChangesAsync();
        }
        AttemptRecord? attempt = null;
        for (var i = 0; i < 100 && attempt?.SettledAt is null; i++)
        {
            await Task.Delay(100);
            await using var db = app.OpenDatabase();
            attempt = await db.Attempts.AsNoTracking().SingleAsync(a => a.Id == id + "-a");
        }
        Assert.Equal(Viva.Web.Assessments.Attempts.ByTime, attempt!.SubmittedBy);
        // Stamped with its deadline, not with when the sweep noticed.
        Assert.Equal((now - TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds(), attempt.SubmittedAt);
        Assert.NotNull(attempt.InterviewId);
    }

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex LinkIn();
}
