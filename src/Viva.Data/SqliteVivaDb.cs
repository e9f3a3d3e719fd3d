using Microsoft.EntityFrameworkCore;

namespace Viva.Data;

/// <summary>The SQLite flavour of <see cref="VivaDb"/>; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteVivaDb(DbContextOptions<SqliteVivaDb> options) : VivaDb(options);
