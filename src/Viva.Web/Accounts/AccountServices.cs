using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Web.Hosting;

namespace Viva.Web.Accounts;

/// <summary>
/// Multi-user mode: ASP.NET Core Identity on the user database, a cookie session, and a gate that lets
/// nobody past the sign-in page without one. Local single-user mode adds none of this.
/// </summary>
internal static class AccountServices
{
    public const string CookieName = "__Host-viva";
    private const string SignedInAtKey = "viva.signed-in-at";
    /// <summary>A session ends after this long without a request (ASVS 7.3.1 asks for a documented idle limit).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    /// <summary>And after this long whatever happens (ASVS 7.3.2): a stolen cookie does not live for ever.</summary>
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);
    /// <summary>Failed sign-ins before the account is locked, and for how long.</summary>
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddVivaAccounts(this IServiceCollection services)
    {
        // Keys in the database: every web node reads the cookies the others wrote, and a restart keeps sessions.
        services.AddDataProtection().SetApplicationName("viva").PersistKeysToDbContext<VivaDb>();
        services.AddIdentityCore<VivaUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VivaDb>()
            .AddUserStore<VivaUserStore>()
            .AddUserManager<VivaUserManager>()
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddVivaTwoFactor();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            // A sliding renewal re-issues the cookie, so the sign-in time is kept in the ticket's own items.
            o.Events.OnSigningIn = context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items[SignedInAtKey] = now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var at) || !long.TryParse(at, out var ms)
                    || now - DateTimeOffset.FromUnixTimeMilliseconds(ms) > AbsoluteTimeout)
                {
                    context.RejectPrincipal();
                    return;
                }
                if (!await StampIsCurrentAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        // After AddIdentityCookies has set the cookie's own format.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TicketDataFormat = new RememberedTickets(o.TicketDataFormat));
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<SessionStamps>();
        return services;
    }

    /// <summary>
    /// Signs the request in from its cookie or its API token, turns away anyone without either (the API
    /// with 401, pages with a redirect to sign in) and keeps an interviewer or admin without a second factor
    /// on the two-factor set-up page; then points the request's database context at the user's own rows.
    /// Before the page cache, so a cached page is never served to a stranger.
    /// </summary>
    public static IApplicationBuilder UseVivaAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (ApiTokenAuthentication.HasBearer(context.Request))
                await ApiTokenAuthentication.AuthenticateAsync(context, next);
            else if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            {
                if (IsPublic(path))
                    await next(context);
                else if (IsApi(path))
                    await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first",
                        detail: "Send the session cookie of a signed-in browser, or an API token as 'Authorization: Bearer'.").ExecuteAsync(context);
                else
                    context.Response.Redirect("/account/sign-in" + ReturnUrl(context));
            }
            else if (TwoFactor.IsMissing(context.User) && !IsPublic(path) && !path.StartsWithSegments(TwoFactor.SetupPath))
            {
                if (IsApi(path))
                    await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor sign-in required",
                        detail: "Interviewers and admins set up an authenticator app first.").ExecuteAsync(context);
                else
                    context.Response.Redirect(TwoFactor.SetupPath + ReturnUrl(context));
            }
            else
            {
                context.RequestServices.GetRequiredService<RequestOwner>().Set(userId);
                await next(context);
            }
        });
    }

    /// <summary>The session's security stamp is still the user's (see <see cref="SessionStamps"/>).</summary>
    private static Task<bool> StampIsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || context.Principal.FindFirstValue(stampClaim) is not { } stamp)
            return Task.FromResult(false);
        return services.GetRequiredService<SessionStamps>().IsCurrentAsync(id, stamp, context.HttpContext.RequestAborted);
    }

    /// <summary>Ends the session everywhere: the new security stamp makes every cookie issued before it worthless.</summary>
    public static async Task SignOutEverywhereAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<VivaUser>>();
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            context.RequestServices.GetRequiredService<SessionStamps>().Forget(user.Id);
        }
        await context.RequestServices.GetRequiredService<SignInManager<VivaUser>>().SignOutAsync();
    }

    /// <summary>Only a path on this site: a returnUrl of another origin would make the sign-in pages an open redirect.</summary>
    public static string LocalUrl(string? url) =>
        url is ['/', ..] && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    private static string ReturnUrl(HttpContext context)
    {
        var back = context.Request.Path + context.Request.QueryString;
        return back == "/" ? "" : "?returnUrl=" + Uri.EscapeDataString(back);
    }

    /// <summary>
    /// What a stranger may fetch: the pages that start a session (the code step of sign-in included) and
    /// the static assets (no user data), and an assessment's invitation link (which makes the candidate's account).
    /// </summary>
    private static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/account/sign-in") || path.StartsWithSegments("/account/set-password") || path.StartsWithSegments("/not-found")
        || path.StartsWithSegments(Assessments.TakePage.Path)
        || path.Equals(TwoFactor.VerifyPath, StringComparison.OrdinalIgnoreCase) || StaticAssets.Exists(path);
}
