using System.Security.Cryptography;
using Viva.Core.Bank;

namespace Viva.Web.Hosting;

/// <summary>
/// Who is learning, for what must stay the same for one learner and differ between learners: the order
/// of choice options. In the local single-user mode the learner is the browser, named by a long-lived
/// random cookie; it is set on the first response that needs it, and that response already uses it.
/// In multi-user mode the account's id is the seed; everything downstream takes it as a plain value.
/// </summary>
internal static class Learner
{
    public const string CookieName = ".viva.learner";
    private const string SeedKey = "viva.learner-seed";
    private const string OrderKey = "viva.option-order";
    /// <summary>128 random bits in URL-safe base64, without padding.</summary>
    private const int SeedLength = 22;

    /// <summary>The browser's seed; a new one (and its cookie) when the request has none or a malformed one.</summary>
    public static string LearnerSeed(this HttpContext context)
    {
        if (context.Items[SeedKey] is string known)
            return known;
        // With accounts the learner is the account, so the orders follow the person to any browser.
        if (context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId)
            return (string)(context.Items[SeedKey] = "user:" + userId);
        var seed = context.Request.Cookies[CookieName];
        if (seed is not { Length: SeedLength } || !seed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            seed = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            context.Response.Cookies.Append(CookieName, seed, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true,
                // Browsers keep a cookie at most 400 days; past that the learner simply gets new orders.
                MaxAge = TimeSpan.FromDays(400),
            });
        }
        context.Items[SeedKey] = seed;
        return seed;
    }

    /// <summary>The option order of this request's learner (one per request: deriving it hashes the seed).</summary>
    public static OptionOrder OptionOrder(this HttpContext context)
    {
        if (context.Items[OrderKey] is not Core.Bank.OptionOrder order)
            context.Items[OrderKey] = order = new OptionOrder(context.LearnerSeed());
        return order;
    }
}
