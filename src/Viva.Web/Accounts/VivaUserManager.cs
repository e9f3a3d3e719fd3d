using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Viva.Data.Accounts;

namespace Viva.Web.Accounts;

/// <summary>
/// Identity's user manager with longer recovery codes: they are stored as a plain SHA-256
/// (<see cref="RecoveryCodes"/>), which is safe only for codes too long to search.
/// </summary>
internal sealed class VivaUserManager(IUserStore<VivaUser> store, IOptions<IdentityOptions> options, IPasswordHasher<VivaUser> passwordHasher,
    IEnumerable<IUserValidator<VivaUser>> userValidators, IEnumerable<IPasswordValidator<VivaUser>> passwordValidators, ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<VivaUser>> logger)
    : UserManager<VivaUser>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override string CreateTwoFactorRecoveryCode() => RecoveryCodes.Create();
}
