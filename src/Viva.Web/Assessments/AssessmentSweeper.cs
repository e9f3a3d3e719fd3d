using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Data.Assessments;
using Viva.Web.Bank;
using Viva.Web.Hosting;
using Viva.Web.Notifications;
using Viva.Web.Running;

namespace Viva.Web.Assessments;

/// <summary>
/// The server's side of the clock, on every web node: submits attempts whose time and grace are over even when
/// nobody looks at them, then settles each submission once (its final code graded, its interviewer told by
/// e-mail when mail is configured). Claiming a submission is a conditional update, so of several nodes one
/// settles it. Requests still submit an expired attempt themselves when they meet one first.
/// </summary>
internal sealed class AssessmentSweeper(IServiceScopeFactory scopes, VivaWebOptions options, TimeProvider clock, Readiness readiness, IServer server,
    IServiceProvider services, ILogger<AssessmentSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.AssessmentSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "the assessment sweep failed; it runs again in {Interval}", options.AssessmentSweepInterval);
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivaDb>();
        var bank = scope.ServiceProvider.GetRequiredService<BankCatalog>();
        var now = clock.GetUtcNow();
        var open = await db.Attempts.Where(a => a.StartedAt != null && a.SubmittedAt == null).ToListAsync(cancellationToken);
        var assessments = await AssessmentsOfAsync(db, open, cancellationToken);
        foreach (var attempt in open)
            await Attempts.FinishIfOverAsync(db, assessments[attempt.AssessmentId], attempt, bank, now, cancellationToken);

        var submitted = await db.Attempts.AsNoTracking().Where(a => a.SubmittedAt != null && a.SettledAt == null).ToListAsync(cancellationToken);
        assessments = await AssessmentsOfAsync(db, submitted, cancellationToken);
        foreach (var attempt in submitted)
        {
            var at = now.ToUnixTimeMilliseconds();
            if (await db.Attempts.Where(a => a.Id == attempt.Id && a.SettledAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.SettledAt, at), cancellationToken) != 1)
                continue;
            var assessment = assessments[attempt.AssessmentId];
            await Attempts.GradeFinalCodeAsync(db, scope.ServiceProvider.GetRequiredService<CodeRunner>(), assessment, attempt, bank, now, cancellationToken);
            if (services.GetService<Mailer>() is { } mailer)
                await TellInterviewerAsync(db, mailer, assessment, attempt, cancellationToken);
        }
    }

    private static Task<Dictionary<string, AssessmentRecord>> AssessmentsOfAsync(VivaDb db, IReadOnlyList<AttemptRecord> attempts, CancellationToken cancellationToken)
    {
        var ids = attempts.Select(a => a.AssessmentId).Distinct().ToList();
        return db.Assessments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    private async Task TellInterviewerAsync(VivaDb db, Mailer mailer, AssessmentRecord assessment, AttemptRecord attempt, CancellationToken cancellationToken)
    {
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == assessment.CreatedBy, cancellationToken) is not { Email: { } email } author)
            return;
        var link = $"{BaseUrl()}/assessments/{assessment.Id}/attempts/{attempt.Id}";
        var how = attempt.SubmittedBy == Attempts.ByTime ? "was submitted when the time ran out" : "was submitted";
        await mailer.SendAsync(author.DisplayName ?? email, email, $"{attempt.CandidateName} submitted \"{assessment.Title}\"",
            $"{attempt.CandidateName}'s attempt at \"{assessment.Title}\" {how}.\n\nThe graded report: {link}\n\nWritten answers wait on your scorecard.\n", cancellationToken);
    }

    private string BaseUrl() =>
        (options.PublicUrl?.ToString() ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "").TrimEnd('/');
}
