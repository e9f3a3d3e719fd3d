namespace Viva.Web.Progress;

/// <summary>One area's mastery (mean recall now, unseen = 0), with how many of its questions were studied.</summary>
internal sealed record AreaMastery(string Area, int Percent, int Studied, int Questions);
