using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
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
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // The security stamp is checked on every request, so a sign-out (which changes it) ends the
        // session everywhere at once, not at the next periodic check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
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
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        services.AddSingleton<SignInThrottle>();
        return services;
    }

    /// <summary>
    /// Signs the request in from its cookie, turns away anyone without a session (the API with 401, pages
    /// with a redirect to sign in), and points the request's database context at the user's own rows.
    /// Before the page cache, so a cached page is never served to a stranger.
    /// </summary>
    public static IApplicationBuilder UseVivaAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                context.RequestServices.GetRequiredService<VivaDb>().UserId = userId;
                await next(context);
            }
            else if (IsPublic(context.Request.Path))
            {
                await next(context);
            }
            else if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { title = "Sign in first", status = 401 }, context.RequestAborted);
            }
            else
            {
                var back = context.Request.Path + context.Request.QueryString;
                context.Response.Redirect("/account/sign-in" + (back == "/" ? "" : "?returnUrl=" + Uri.EscapeDataString(back)));
            }
        });
    }

    /// <summary>What a stranger may fetch: the pages that start a session and the static assets (no user data).</summary>
    private static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/account/sign-in") || path.StartsWithSegments("/account/set-password") || path.StartsWithSegments("/not-found")
        || StaticAssets.Exists(path);
}
