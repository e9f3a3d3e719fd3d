using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Viva.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVivaDb>
{
    public SqliteVivaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVivaDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVivaDb>
{
    public PostgresVivaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVivaDb>().UseNpgsql("Host=localhost;Database=viva").Options);
}
