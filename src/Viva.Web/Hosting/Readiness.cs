namespace Viva.Web.Hosting;

/// <summary>
/// Holds requests that arrive while start-up work (bank load, migration) is still running, so Kestrel
/// can listen early without a request ever seeing a half-started app.
/// </summary>
internal sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public void Track(Task work) => work.ContinueWith(t =>
    {
        if (t.Exception is { } e)
            _ready.TrySetException(e.InnerExceptions);
        else
            _ready.TrySetResult();
    }, TaskScheduler.Default);
}
