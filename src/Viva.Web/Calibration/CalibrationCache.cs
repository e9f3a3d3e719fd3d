using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Viva.Web.Bank;

namespace Viva.Web.Calibration;

/// <summary>
/// The figures of the latest scores, kept: the bootstrap intervals (team, each panel, each interviewer's
/// leave-one-out) take a few hundred milliseconds for 50 interviews of 6 questions and 3 interviewers
/// (`-- calibration` in bench/Viva.Bench), and the same scores always give the same figures (fixed seed),
/// so they are computed once per set of scores.
/// Keyed by a hash of everything the figures are made of, so a new submission, a renamed interviewer or a
/// different blind-rule view is a new entry, never a stale one.
/// </summary>
internal sealed class CalibrationCache(BankCatalog bank) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public TeamCalibration Get(CalibrationScores scores, IReadOnlyDictionary<string, string> names) =>
        _cache.GetOrCreate(KeyOf(scores, names), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return TeamCalibration.Of(scores, names, bank);
        })!;

    private static string KeyOf(CalibrationScores scores, IReadOnlyDictionary<string, string> names)
    {
        var text = new StringBuilder().Append(scores.HiddenByBlindRule).Append('\n');
        foreach (var i in scores.Interviews)
            text.Append(i.Id).Append('\t').Append(i.CandidateName).Append('\t').Append(i.CreatedAt).Append('\t').Append(i.QuestionIds.Replace('\n', ' ')).Append('\n');
        foreach (var s in scores.Scores.OrderBy(s => s.InterviewId, StringComparer.Ordinal).ThenBy(s => s.InterviewerId, StringComparer.Ordinal).ThenBy(s => s.QuestionId, StringComparer.Ordinal))
            text.Append(s.InterviewId).Append('\t').Append(s.InterviewerId).Append('\t').Append(s.QuestionId).Append('\t').Append(s.Score).Append('\n');
        foreach (var (id, name) in names.OrderBy(n => n.Key, StringComparer.Ordinal))
            text.Append(id).Append('\t').Append(name).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose() => _cache.Dispose();
}
