namespace Viva.Data.Reviews;

/// <summary>
/// A pause inside the review transaction, after the rows are written and before the commit, set by
/// the environment variable VIVA_TEST_PAUSE_IN_WRITE_MS. It exists only so a test can kill the process
/// at exactly the moment that matters and prove the database keeps every completed review.
/// </summary>
internal static class WriteHook
{
    private static readonly int PauseMs = int.TryParse(Environment.GetEnvironmentVariable("VIVA_TEST_PAUSE_IN_WRITE_MS"), out var ms) ? ms : 0;

    public static async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (PauseMs <= 0)
            return;
        await Console.Error.WriteLineAsync("viva-test: paused inside the review transaction");
        await Task.Delay(PauseMs, cancellationToken);
    }
}
