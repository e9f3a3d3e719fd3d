using Viva.Data;

namespace Viva.Web.Hosting;

/// <summary>
/// Whose rows this request's database context shows. The sign-in gate sets it and the context reads it
/// when it is made, so a request that never touches the database (most page views) never makes one.
/// </summary>
internal sealed class RequestOwner
{
    private bool _claimed;

    public string UserId { get; private set; } = VivaDb.LocalUserId;

    /// <summary>
    /// Points the request at <paramref name="userId"/>'s rows. A context made before this would show
    /// another owner's rows for the rest of the request, so that is a bug, not something to carry on with.
    /// </summary>
    public void Set(string userId)
    {
        if (_claimed && userId != UserId)
            throw new InvalidOperationException("The request's database context was made before the request's owner was known.");
        UserId = userId;
    }

    /// <summary>The owner for a new context; from then on it cannot change.</summary>
    public string Claim()
    {
        _claimed = true;
        return UserId;
    }
}
