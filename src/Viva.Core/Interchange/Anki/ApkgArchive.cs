using System.IO.Compression;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Guards for opening an .apkg someone else made: every entry name must stay inside the package (no
/// <c>..</c>, no absolute or drive paths), the sizes the entries declare must stay under a total cap and a
/// sane compression ratio, and copying an entry stops as soon as it yields more than it declared or the cap
/// allows, so a zip bomb is refused after at most the cap's bytes, never expanded whole. Nothing is extracted
/// by name: an entry is only ever copied to a path the caller chose.
/// </summary>
internal static class ApkgArchive
{
    public const long MaxTotalBytes = 200L * 1024 * 1024;
    public const long MaxRatio = 100;
    /// <summary>Small entries may compress extremely well (a JSON map of nothing); the ratio only matters above this.</summary>
    private const long RatioFloor = 1024 * 1024;

    /// <summary>What is wrong with the archive's entries, or null when they are safe to read.</summary>
    public static string? Check(ZipArchive zip)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal)
                || name.Split('/', '\\').Any(segment => segment == ".."))
                return $"entry '{name}' points outside the package (an absolute path or '..'); refused";
            total += entry.Length;
            if (total > MaxTotalBytes)
                return $"the entries declare more than {MaxTotalBytes / (1024 * 1024)} MB uncompressed; refused as a possible zip bomb";
            if (entry.Length > RatioFloor && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                return $"entry '{name}' expands {entry.Length / Math.Max(entry.CompressedLength, 1)} times ({entry.CompressedLength} to {entry.Length} bytes); refused as a possible zip bomb";
        }
        return null;
    }

    /// <summary>Copies an entry to <paramref name="target"/>; returns why it stopped when the entry yields more than it declared.</summary>
    public static string? CopyTo(ZipArchiveEntry entry, string target)
    {
        var limit = Math.Min(entry.Length, MaxTotalBytes);
        using var source = entry.Open();
        using var output = File.Create(target);
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            copied += read;
            if (copied > limit)
                return $"entry '{entry.FullName}' expands beyond the {limit} bytes it declares; refused as a possible zip bomb";
            output.Write(buffer, 0, read);
        }
        return null;
    }
}
