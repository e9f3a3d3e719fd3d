using Microsoft.Extensions.Logging;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>Routes the app's logs to the output of the test that is running, so a failure shows what the server did.</summary>
internal sealed class TestOutputLoggerProvider : ILoggerProvider
{
    public ITestOutputHelper? Output { get; set; }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TestOutputLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                provider.Output?.WriteLine($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
            catch (InvalidOperationException)
            {
                // The test that owned the output has finished; its logs are no longer wanted.
            }
        }
    }
}
