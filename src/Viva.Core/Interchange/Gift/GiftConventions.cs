namespace Viva.Core.Interchange.Gift;

/// <summary>
/// How Viva's parts are named in GIFT so that an export reads back into the same question: one category
/// per question (<c>$course$/viva/area/topic/id</c>), the role of each GIFT question in its title
/// (<c>choice: …</c>, <c>follow-up: …</c>, <c>key points</c>), and header fields as Moodle tags.
/// </summary>
internal static class GiftConventions
{
    public const string CategoryRoot = "$course$/viva";
    public const string KeyPointsTitle = "key points";
    public const string PitfallsTitle = "pitfalls";
    public const string ExerciseTitle = "exercise";
    public const string FollowUpPrefix = "follow-up: ";
    public const string ExamplePrefix = "example: ";
    public const string LevelTag = "viva-level:";
    public const string MinutesTag = "viva-minutes:";
    public const string PythonTag = "viva-python:";
}
