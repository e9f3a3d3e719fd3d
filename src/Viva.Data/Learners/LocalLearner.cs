using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Learners;

/// <summary>
/// The learner a database belongs to when there are no accounts (the CLI): a random id made the first
/// time it is asked for and kept, so the options of a choice item come in the same order in every
/// session on this database, and in a different order on someone else's.
/// </summary>
public static class LocalLearner
{
    public const string SettingName = "learner-id";

    public static async Task<string> IdAsync(VivaDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await ReadAsync(db, cancellationToken) is { } id)
            return id;
        // Two processes may start on a new database at once: the first insert wins and both read it back.
        var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO settings (\"UserId\", \"Name\", \"Value\") VALUES ({db.UserId}, {SettingName}, {fresh}) ON CONFLICT DO NOTHING", cancellationToken);
        return await ReadAsync(db, cancellationToken) ?? throw new InvalidOperationException("the learner id was not stored");
    }

    private static Task<string?> ReadAsync(VivaDb db, CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().Where(s => s.Name == SettingName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
}
