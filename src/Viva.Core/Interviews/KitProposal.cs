namespace Viva.Core.Interviews;

/// <summary>
/// The answer to a <see cref="KitRequest"/>: a kit, or one line saying why none fits (too few questions
/// at that level in those areas, a box too small for three areas, ...), for the interviewer to read.
/// </summary>
public sealed record KitProposal(Kit? Kit, string? Failure)
{
    public bool Succeeded => Kit is not null;

    internal static KitProposal Fits(Kit kit) => new(kit, null);

    internal static KitProposal Fails(string reason) => new(null, reason);
}
