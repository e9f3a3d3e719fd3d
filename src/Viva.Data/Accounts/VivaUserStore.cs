using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Viva.Data.Accounts;

/// <summary>
/// Identity's EF Core user store with the recovery codes hashed (<see cref="RecoveryCodes"/>): Identity
/// hands the store the codes to keep and the code to redeem, so hashing both here is the whole change.
/// Counting needs nothing: one entry is one code either way.
/// </summary>
public sealed class VivaUserStore(VivaDb context, IdentityErrorDescriber? describer = null)
    : UserStore<VivaUser, IdentityRole, VivaDb, string>(context, describer)
{
    public override Task ReplaceCodesAsync(VivaUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        // Redeeming one code writes back the others, already hashed: AtRest keeps a hash as it is.
        base.ReplaceCodesAsync(user, recoveryCodes.Select(RecoveryCodes.AtRest), cancellationToken);

    public override Task<bool> RedeemCodeAsync(VivaUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, RecoveryCodes.Hash(code ?? ""), cancellationToken);
}
