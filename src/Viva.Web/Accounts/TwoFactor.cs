using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Viva.Data.Accounts;

namespace Viva.Web.Accounts;

/// <summary>
/// TOTP two-factor sign-in (ASVS 5 level 2), on Identity's own authenticator support: interviewers and
/// admins must use it, everybody else may. Whether a session passed the second factor is the "amr"
/// claim Identity adds ("mfa"), so the gate needs no database read to tell.
/// </summary>
internal static class TwoFactor
{
    public const string SetupPath = "/account/two-factor/setup";
    public const string VerifyPath = "/account/two-factor";
    /// <summary>Holds who passed the password step, for the few minutes until the code (Identity's two-factor user-id cookie).</summary>
    public const string CookieName = "__Host-viva-2fa";
    public const int RecoveryCodeCount = 10;
    private const string MethodClaim = "amr";
    private const string MultiFactor = "mfa";
    /// <summary>Both the two-factor pages and the authenticator app call the site this.</summary>
    private const string Issuer = "Viva";

    /// <summary>Roles that see other people's work: a stolen password alone must not open them.</summary>
    public static bool IsRequiredFor(ClaimsPrincipal user) => user.IsInRole(Roles.Interviewer) || user.IsInRole(Roles.Admin);

    /// <summary>A signed-in session that must enrol (or did not pass the code) before anything else.</summary>
    public static bool IsMissing(ClaimsPrincipal user) => IsRequiredFor(user) && !user.HasClaim(MethodClaim, MultiFactor);

    /// <summary>The claim that marks a session as having passed the second factor, for a sign-in that just confirmed one.</summary>
    public static Claim PassedClaim() => new(MethodClaim, MultiFactor);

    public static IdentityBuilder AddVivaTwoFactor(this IdentityBuilder identity)
    {
        identity.Services.Configure<IdentityOptions>(o => o.Tokens.AuthenticatorTokenProvider = OneUseAuthenticatorTokenProvider.Name);
        identity.AddTokenProvider<OneUseAuthenticatorTokenProvider>(OneUseAuthenticatorTokenProvider.Name);
        // After AddIdentityCookies, which names the cookie after its scheme.
        identity.Services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        return identity;
    }

    /// <summary>The key as an authenticator app shows it: lower case, in groups of four.</summary>
    public static string GroupedKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    /// <summary>The otpauth:// URI an app reads from the QR code (Google Authenticator's key-uri format).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The URI as a QR code, a PNG data URI (the pages' CSP allows data: images; no script needed).</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCoder.QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(4));
    }

    /// <summary>What a person typed as a code: spaces and dashes an app shows are not part of a TOTP code.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();

    /// <summary>A TOTP code is 6 digits; anything else is tried as a recovery code.</summary>
    public static bool IsTotp(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
