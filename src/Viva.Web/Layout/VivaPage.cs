using Microsoft.AspNetCore.Components;

namespace Viva.Web.Layout;

/// <summary>The base of every component: the request (static SSR always has one) and its cancellation token.</summary>
public abstract class VivaPage : ComponentBase
{
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;
}
