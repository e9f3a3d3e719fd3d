using Viva.Data;
using Viva.Web.Bank;
using System.Security.Cryptography;
using Viva.Core.Bank;
using Viva.Core.Interviews;
using Viva.Data.Interviews;

namespace Viva.Web.Interviews;

/// <summary>Which kits a member may see and change, and the kit's stored form turned back into the Core's.</summary>
internal static class KitAccess
{
    /// <summary>The member's own kits and those shared in their team; nothing of another team.</summary>
    public static IQueryable<KitRecord> Visible(VivaDb db, Member member) =>
        db.Kits.Where(k => k.Team == member.Team && (k.Shared || k.OwnerId == member.Id));

    /// <summary>Only the owner edits a kit; the team reuses a shared one by copying it.</summary>
    public static bool MayEdit(KitRecord kit, Member member) => kit.OwnerId == member.Id;

    /// <summary>An id nobody can guess (ids appear in links; access is checked anyway).</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>A level by its name only: Enum.TryParse also takes numbers ("2", even "99"), which no form offers.</summary>
    public static Level? ParseLevel(string? name) =>
        !int.TryParse(name, out _) && Enum.TryParse<Level>(name, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : null;

    public static KitRequest RequestOf(KitRecord kit) =>
        new(ParseLevel(kit.Level) ?? Level.Senior, kit.Minutes, kit.Seed) { Areas = Lists.Commas(kit.Areas).ToList() };

    /// <summary>The kit's questions in its stored order; ids the bank no longer holds are left out (and reported by <see cref="Missing"/>).</summary>
    public static List<Question> Questions(KitRecord kit, BankCatalog bank) =>
        Lists.Lines(kit.QuestionIds).Select(bank.Find).OfType<Question>().ToList();

    public static IReadOnlyList<string> Missing(KitRecord kit, BankCatalog bank) =>
        Lists.Lines(kit.QuestionIds).Where(id => bank.Find(id) is null).ToList();
}
