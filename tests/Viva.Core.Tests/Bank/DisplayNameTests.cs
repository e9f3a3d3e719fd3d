using Viva.Core.Bank;

namespace Viva.Core.Tests.Bank;

/// <summary>Areas and topics are shown by the titles bank.yml gives them, never by their ids.</summary>
public sealed class DisplayNameTests
{
    private static readonly Lazy<QuestionBank> Bundled = new(() => QuestionBank.Load([RepositoryPaths.BundledBank]));

    [Fact]
    public void An_area_and_a_topic_are_named_by_their_bank_yml_titles()
    {
        Assert.Equal("Concurrency & async", Bundled.Value.AreaTitle("concurrency"));
        Assert.Equal("The GIL and free-threading", Bundled.Value.TopicTitle("concurrency", "gil"));
    }

    [Fact]
    public void An_area_or_topic_no_taxonomy_lists_is_named_by_its_id_so_a_label_is_never_empty()
    {
        Assert.Equal("no-such-area", Bundled.Value.AreaTitle("no-such-area"));
        Assert.Equal("no-such-topic", Bundled.Value.TopicTitle("concurrency", "no-such-topic"));
        Assert.Equal("gil", Bundled.Value.TopicTitle("language", "gil"));
    }
}
