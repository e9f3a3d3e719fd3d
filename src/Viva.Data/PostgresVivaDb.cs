using Microsoft.EntityFrameworkCore;

namespace Viva.Data;

/// <summary>The PostgreSQL flavour of <see cref="VivaDb"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresVivaDb(DbContextOptions<PostgresVivaDb> options) : VivaDb(options);
