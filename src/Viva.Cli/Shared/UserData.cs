using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Viva.Data;

namespace Viva.Cli.Shared;

/// <summary>Opens and migrates the user's database for a command, turning the expected failures into one readable line.</summary>
internal static class UserData
{
    /// <summary>The migrated database, or an error line when it cannot be used (corrupt file, unreachable server).</summary>
    /// <remarks><paramref name="pending"/> is told the migrations this open is about to apply (<c>viva db migrate</c> lists them).</remarks>
    public static async Task<(VivaDb? Db, string? Error)> OpenAsync(string? connection, CancellationToken cancellationToken,
        Action<IReadOnlyList<string>>? pending = null)
    {
        var db = VivaDatabase.Create(connection);
        try
        {
            if (pending is not null)
                pending([.. await db.Database.GetPendingMigrationsAsync(cancellationToken)]);
            await VivaDatabase.MigrateAsync(db, cancellationToken);
            return (db, null);
        }
        catch (SqliteException e)
        {
            await db.DisposeAsync();
            var where = connection ?? Environment.GetEnvironmentVariable("VIVA_DB") ?? VivaDatabase.DefaultSqlitePath();
            return (null, $"cannot use the database {where}: {e.Message.Replace("SQLite Error ", "", StringComparison.Ordinal)} (the file was left untouched; move it aside or pass --db)");
        }
        catch (NpgsqlException e)
        {
            await db.DisposeAsync();
            return (null, $"cannot reach PostgreSQL: {e.Message}");
        }
    }
}
