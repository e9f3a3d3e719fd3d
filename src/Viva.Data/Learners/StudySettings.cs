using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Viva.Data.Learners;

/// <summary>The learner's study settings, kept in the <c>settings</c> table with the learner id.</summary>
public static class StudySettings
{
    public const string NewCardsPerDayName = "new-cards-per-day";

    /// <summary>Anki's default is 20; a question here takes longer than a flash card, so 10.</summary>
    public const int DefaultNewCardsPerDay = 10;

    public const int MaxNewCardsPerDay = 500;

    /// <summary>How many never-studied questions the review queue brings in per UTC day.</summary>
    public static async Task<int> NewCardsPerDayAsync(VivaDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Settings.AsNoTracking().Where(s => s.Name == NewCardsPerDayName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxNewCardsPerDay ? n : DefaultNewCardsPerDay;
    }

    /// <summary>Stores the daily limit of new cards (0 to <see cref="MaxNewCardsPerDay"/>).</summary>
    public static async Task SetNewCardsPerDayAsync(VivaDb db, int value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxNewCardsPerDay);
        var text = value.ToString(CultureInfo.InvariantCulture);
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Name == NewCardsPerDayName, cancellationToken);
        if (record is null)
            db.Settings.Add(new SettingRecord { Name = NewCardsPerDayName, Value = text });
        else
            record.Value = text;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
