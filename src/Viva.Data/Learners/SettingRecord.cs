namespace Viva.Data.Learners;

/// <summary>One named value kept with the user's data, such as the local learner's id (<see cref="LocalLearner"/>).</summary>
public sealed class SettingRecord
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
